import { ALNUM, gen, prefixed } from './define.js';

/** Pinecone credentials. */
export const pineconeRules = [
  prefixed({ id: 'pinecone-api-key', provider: 'Pinecone', description: 'Pinecone API key (pcsk_)', prefix: 'pcsk_', body: '[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}', sample: gen([ALNUM, 6], '_', [ALNUM, 63]), rotate: { url: 'https://app.pinecone.io/', how: 'Revoke it in Pinecone’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.pinecone.io/guides/projects/manage-api-keys' }),
];

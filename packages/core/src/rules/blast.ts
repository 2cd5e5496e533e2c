import { defineRule, UUID, uuidSample } from './define.js';

/** Blast API (Bware Labs) credentials. */
export const blastRules = [
  // An endpoint is https://<network>.blastapi.io/<project id>: the id is the credential.
  defineRule({
    id: 'blast-api-rpc-url',
    provider: 'Blast API',
    description: 'Blast API project id in an RPC URL (https://<network>.blastapi.io/<uuid>)',
    keywords: ['.blastapi.io/'],
    pattern: new RegExp(`[a-z0-9-]{1,64}\\.blastapi\\.io\\/(${UUID})(?![A-Za-z0-9_-])`),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://blastapi.io/', how: 'Delete the project (or its endpoint) in the Blast dashboard, create a new one, and update the RPC URLs that hold the id.' },
    docs: 'https://docs.blastapi.io/',
    sample: (g) => `https://eth-mainnet.blastapi.io/${uuidSample(g)}`,
    negatives: ['https://eth-mainnet.blastapi.io/<project-id>', 'https://eth-mainnet.blastapi.io/${BLAST_PROJECT_ID}', 'https://eth-mainnet.public.blastapi.io'],
  }),
];

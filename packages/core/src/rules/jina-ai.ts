import { ALNUM, chars, prefixed } from './define.js';

/** Jina AI credentials. */
export const jinaAiRules = [
  prefixed({ id: 'jina-api-key', provider: 'Jina AI', description: 'Jina AI Search Foundation API key (jina_)', prefix: 'jina_', body: '[A-Za-z0-9]{60}', sample: chars(ALNUM, 60), rotate: { url: 'https://jina.ai/api-dashboard/key-manager', how: 'Revoke it in Jina AI’s settings, issue a new one and update where it is stored.' }, docs: 'https://jina.ai/api-dashboard/' }),
];

import { gen, HEX, prefixed } from './define.js';

/** Langfuse credentials. */
export const langfuseRules = [
  prefixed({ id: 'langfuse-secret-key', provider: 'Langfuse', description: 'Langfuse secret API key (sk-lf-)', prefix: 'sk-lf-', body: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]), rotate: { url: 'https://cloud.langfuse.com/', how: 'Revoke it in Langfuse’s settings, issue a new one and update where it is stored.' }, docs: 'https://langfuse.com/docs/get-started' }),
];

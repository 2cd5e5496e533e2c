import { HEX, prefixed } from './define.js';

/** Postman credentials. */
export const postmanRules = [
  prefixed({ id: 'postman-api-key', provider: 'Postman', description: 'Postman API key (PMAK-)', prefix: 'PMAK-', body: '[a-f0-9]{24}-[a-f0-9]{34}', sample: (g) => `${g.chars(HEX, 24)}-${g.chars(HEX, 34)}`, rotate: { url: 'https://go.postman.co/settings/me/api-keys', how: 'Settings → API keys → revoke the key.' } }),
];

import { chars, HEX, prefixed } from './define.js';

/** Porkbun credentials. */
export const porkbunRules = [
  prefixed({ id: 'porkbun-secret-api-key', provider: 'Porkbun', description: 'Porkbun secret API key (sk1_)', prefix: 'sk1_', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://porkbun.com/account/api', how: 'Revoke it in Porkbun’s settings, issue a new one and update where it is stored.' }, docs: 'https://porkbun.com/api/json/v3/documentation' }),
];

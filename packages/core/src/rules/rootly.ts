import { chars, HEX, prefixed } from './define.js';

/** Rootly credentials. */
export const rootlyRules = [
  prefixed({ id: 'rootly-api-key', provider: 'Rootly', description: 'Rootly API key (rootly_)', prefix: 'rootly_', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://rootly.com/account/api_keys', how: 'Revoke it in Rootly’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.rootly.com/api-reference/overview' }),
];

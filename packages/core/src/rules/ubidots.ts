import { ALNUM, chars, prefixed } from './define.js';

/** Ubidots credentials. */
export const ubidotsRules = [
  prefixed({ id: 'ubidots-api-token', provider: 'Ubidots', description: 'Ubidots API token (BBFF-)', prefix: 'BBFF-', body: '[A-Za-z0-9]{30}', sample: chars(ALNUM, 30), rotate: { url: 'https://stem.ubidots.com/accounts/me/apiCredentials', how: 'Revoke it in Ubidots’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.ubidots.com/reference/authentication' }),
];

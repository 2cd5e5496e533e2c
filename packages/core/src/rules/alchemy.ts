import { ALNUM, chars, prefixed } from './define.js';

/** Alchemy credentials. */
export const alchemyRules = [
  prefixed({ id: 'alchemy-access-token', provider: 'Alchemy', description: 'Alchemy auth/access token (alcht_)', prefix: 'alcht_', body: '[A-Za-z0-9]{30}', sample: chars(ALNUM, 30), rotate: { url: 'https://dashboard.alchemy.com/', how: 'Revoke it in Alchemy’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.alchemy.com/reference/notify-api-quickstart' }),
];

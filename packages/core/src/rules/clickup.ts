import { DIGITS, gen, prefixed, UPPER_ALNUM } from './define.js';

/** ClickUp credentials. */
export const clickupRules = [
  prefixed({ id: 'clickup-personal-api-token', provider: 'ClickUp', description: 'ClickUp personal API token (pk_<user id>_<32>)', prefix: 'pk_', body: '[0-9]{5,10}_[A-Z0-9]{32}', sample: gen([DIGITS, 8], '_', [UPPER_ALNUM, 32]), rotate: { url: 'https://app.clickup.com/settings/apps', how: 'Revoke it in ClickUp’s settings, issue a new one and update where it is stored.' }, docs: 'https://clickup.com/api/developer-portal/authentication/' }),
];

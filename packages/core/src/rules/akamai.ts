import { gen, LOWER_ALNUM, prefixed } from './define.js';

/** Akamai credentials. */
export const akamaiRules = [
  prefixed({ id: 'akamai-edgegrid-client-token', provider: 'Akamai', description: 'Akamai EdgeGrid client_token / access_token (akab-)', prefix: 'akab-', body: '[a-z0-9]{16}-[a-z0-9]{16}', sample: gen([LOWER_ALNUM, 16], '-', [LOWER_ALNUM, 16]), rotate: { url: 'https://control.akamai.com/apps/identity-management/#/tabs/users/list', how: 'Revoke it in Akamai’s settings, issue a new one and update where it is stored.' }, docs: 'https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials' }),
];

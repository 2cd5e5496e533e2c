import { ALNUM, chars, gen, prefixed } from './define.js';

/** Salesforce credentials. */
export const salesforceRules = [
  prefixed({ id: 'salesforce-access-token', provider: 'Salesforce', description: 'Salesforce session/access token (15-char org id 00D... + ! + 80 to 200)', prefix: '00D', body: '[A-Za-z0-9]{12}![A-Za-z0-9_.]{80,200}', right: 'A-Za-z0-9_.', sample: gen([ALNUM, 12], '!', [ALNUM, 96]), rotate: { url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm', how: 'Revoke it in Salesforce’s settings, issue a new one and update where it is stored.' }, docs: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_tokens_scopes.htm' }),
  prefixed({ id: 'salesforce-refresh-token', provider: 'Salesforce', description: 'Salesforce OAuth refresh token (5Aep861)', prefix: '5Aep861', body: '[A-Za-z0-9._=]{70,120}', right: 'A-Za-z0-9_.=', sample: chars('.0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 70), rotate: { url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm', how: 'Revoke it in Salesforce’s settings, issue a new one and update where it is stored.' }, docs: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_tokens_scopes.htm' }),
];

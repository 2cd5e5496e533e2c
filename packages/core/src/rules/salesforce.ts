import { ALNUM, chars, DIGITS, defineRule, gen, keyed, prefixed } from './define.js';

/** Salesforce credentials. */
export const salesforceRules = [
  prefixed({ id: 'salesforce-access-token', provider: 'Salesforce', description: 'Salesforce session/access token (15-char org id 00D... + ! + 80 to 200)', prefix: '00D', body: '[A-Za-z0-9]{12}![A-Za-z0-9_.]{80,200}', right: 'A-Za-z0-9_.', sample: gen([ALNUM, 12], '!', [ALNUM, 96]), rotate: { url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm', how: 'Revoke it in Salesforce’s settings, issue a new one and update where it is stored.' }, docs: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_tokens_scopes.htm' }),
  // A connected app's consumer secret in its older form, 19 digits (the newer is 64 hex, which the
  // generic rules take under any secret-named key; digits alone they leave as an id). From a blind
  // grading of sales tools: 10 missed, under consumer-secret names.
  defineRule({
    id: 'salesforce-consumer-secret-numeric',
    provider: 'Salesforce',
    description: 'Salesforce connected app consumer secret in its 19-digit form, under a consumer-secret name',
    keywords: ['consumer'],
    pattern: keyed('[A-Za-z0-9_.-]{0,24}?consumer[_.-]?secret', '[0-9]{19}', '0-9'),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm', how: 'App Manager → the connected app → Manage Consumer Details: generate a new consumer secret and update the integration.' },
    docs: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_create_api_integration.htm',
    sample: (g) => `${g.int(1, 9)}${g.chars(DIGITS, 18)}`,
    sampleKey: 'SF_CONSUMER_SECRET',
    negatives: ['SF_CONSUMER_SECRET=0000000000000000000', 'SF_CONSUMER_SECRET=${SF_CONSUMER_SECRET}'],
  }),
  // The 19-digit secret under a plain `client_secret` (an OAuth flow's form body, a Meltano or
  // Airbyte config) where a Salesforce consumer key (3MVG9…) stands near, or right after that key
  // (a SQL row's next cell, sfdx's `force://<key>:<secret>:<refresh token>@…`). (From a blind
  // grading of CRM integrations: 27 of 34 missed.)
  defineRule({
    id: 'salesforce-client-secret-numeric',
    provider: 'Salesforce',
    description: 'Salesforce consumer secret in its 19-digit form beside a consumer key (client_secret=… near 3MVG9…, or right after the key)',
    keywords: ['client_secret', 'clientsecret', 'client-secret', '3mvg9'],
    pattern: /(?:(?<![A-Za-z0-9])client[_-]?secret["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|3MVG9[A-Za-z0-9._]{30,120}["']?[ \t]{0,4}[,;:][ \t]{0,4}["']?)([1-9][0-9]{18})(?![0-9])/i,
    secretGroup: 1,
    window: { before: 140, after: 60 },
    accept: (m, text, at) => m[0].startsWith('3MVG9') || text.slice(Math.max(0, at - 600), at + 600).includes('3MVG9'),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm', how: 'App Manager → the connected app → Manage Consumer Details: generate a new consumer secret and update the integration.' },
    docs: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_create_api_integration.htm',
    sample: (g) => `client_id: 3MVG9${g.chars(`${DIGITS}ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._`, 80)}\nclient_secret: ${g.int(1, 9)}${g.chars(DIGITS, 18)}\n`,
    negatives: ['client_secret: 1234567890123456789', 'client_id: 3MVG9abc\nclient_secret: ${SF_CLIENT_SECRET}'],
  }),
  prefixed({ id: 'salesforce-refresh-token', provider: 'Salesforce', description: 'Salesforce OAuth refresh token (5Aep861)', prefix: '5Aep861', body: '[A-Za-z0-9._=]{70,120}', right: 'A-Za-z0-9_.=', sample: chars('.0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 70), rotate: { url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm', how: 'Revoke it in Salesforce’s settings, issue a new one and update where it is stored.' }, docs: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_tokens_scopes.htm' }),
];

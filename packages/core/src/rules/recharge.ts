import { defineRule, gen, keyed } from './define.js';

/** Recharge credentials. */
export const rechargeRules = [
  defineRule({
    id: 'recharge-api-token',
    provider: 'Recharge',
    description: 'Recharge Payments API token (sk_<n>x<n>_ + 64 hex) under a Recharge-named key',
    keywords: ['sk_1x1', 'sk_1x3', 'sk_2x1', 'sk_2x2', 'sk_3x3', 'sk_5x3', 'sk_10x3', 'recharge'],
    pattern: keyed('sk_1x1|sk_1x3|sk_2x1|sk_2x2|sk_3x3|sk_5x3|sk_10x3|recharge', 'sk_(?:test_)?(?:1|2|3|5|10)x[123]_[a-fA-F0-9]{64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://rechargepayments.com/', how: 'Revoke it in Recharge’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.rechargepayments.com/2021-11/authentication',
    sample: gen('sk_1x', ['123', 1], '_', ['0123456789ABCDEFabcdef', 64]),
    sampleKey: 'RECHARGE_TOKEN',
    negatives: ['RECHARGE_TOKEN=your_token_here', 'RECHARGE_TOKEN=${RECHARGE_TOKEN}'],
  }),
];

import { chars, defineRule, keyed } from './define.js';

/** Snipcart credentials. */
export const snipcartRules = [
  defineRule({
    id: 'snipcart-secret-api-key',
    provider: 'Snipcart',
    description: 'Snipcart secret API key (75 chars) under a Snipcart-named key',
    keywords: ['snipcart'],
    pattern: keyed('snipcart', '[A-Za-z0-9_]{75}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.snipcart.com/v3/api-reference/authentication', how: 'Revoke it in Snipcart’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.snipcart.com/v3/api-reference/authentication',
    sample: chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 75),
    sampleKey: 'SNIPCART_SECRET',
    negatives: ['SNIPCART_SECRET=your_secret_here', 'SNIPCART_SECRET=${SNIPCART_SECRET}'],
  }),
];

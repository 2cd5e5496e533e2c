import { defineRule, gen, keyed } from './define.js';

/** Kagi credentials. */
export const kagiRules = [
  defineRule({
    id: 'kagi-api-key',
    provider: 'Kagi',
    description: 'Kagi API key (11.43) under a Kagi-named key',
    keywords: ['kagi'],
    pattern: keyed('kagi', '[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{43}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://kagi.com/settings?p=api', how: 'Revoke it in Kagi’s settings, issue a new one and update where it is stored.' },
    docs: 'https://help.kagi.com/kagi/api/overview.html',
    sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 11], '.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43]),
    sampleKey: 'KAGI_API_KEY',
    negatives: ['KAGI_API_KEY=your_api_key_here', 'KAGI_API_KEY=${KAGI_API_KEY}'],
  }),
];

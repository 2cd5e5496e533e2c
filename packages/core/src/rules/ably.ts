import { defineRule, gen, keyed } from './define.js';

/** Ably credentials. */
export const ablyRules = [
  defineRule({
    id: 'ably-api-key',
    provider: 'Ably',
    description: 'Ably API key (<app>.<key id>:<secret>) under a Ably-named key',
    keywords: ['ably'],
    pattern: keyed('ably', '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://ably.com/accounts', how: 'Revoke it in Ably’s settings, issue a new one and update where it is stored.' },
    docs: 'https://ably.com/docs/auth/basic',
    sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 6], '.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 6], ':', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43]),
    sampleKey: 'ABLY_API_KEY',
    negatives: ['ABLY_API_KEY=your_api_key_here', 'ABLY_API_KEY=${ABLY_API_KEY}'],
  }),
];

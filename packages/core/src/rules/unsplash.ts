import { chars, defineRule, keyed } from './define.js';

/** Unsplash credentials. */
export const unsplashRules = [
  defineRule({
    id: 'unsplash-access-key',
    provider: 'Unsplash',
    description: 'Unsplash access/secret key (43 chars) under a Unsplash-named key',
    keywords: ['unsplash'],
    pattern: keyed('unsplash', '[A-Za-z0-9_-]{43}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://unsplash.com/oauth/applications', how: 'Revoke it in Unsplash’s settings, issue a new one and update where it is stored.' },
    docs: 'https://unsplash.com/documentation#authorization',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43),
    sampleKey: 'UNSPLASH_API_KEY',
    negatives: ['UNSPLASH_API_KEY=your_api_key_here', 'UNSPLASH_API_KEY=${UNSPLASH_API_KEY}'],
  }),
];

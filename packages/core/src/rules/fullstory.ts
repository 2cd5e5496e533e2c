import { defineRule, gen, keyed } from './define.js';

/** FullStory credentials. */
export const fullstoryRules = [
  defineRule({
    id: 'fullstory-api-key',
    provider: 'FullStory',
    description: 'FullStory API key (na1. + 100 base64) under a FullStory-named key',
    keywords: ['fullstory'],
    pattern: keyed('fullstory', 'na1\\.[A-Za-z0-9+/]{100}', 'A-Za-z0-9_+/'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.fullstory.com/', how: 'Revoke it in FullStory’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.fullstory.com/server/authentication/',
    sample: gen('na1.', ['+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 100]),
    sampleKey: 'FULLSTORY_API_KEY',
    negatives: ['FULLSTORY_API_KEY=your_api_key_here', 'FULLSTORY_API_KEY=${FULLSTORY_API_KEY}'],
  }),
];

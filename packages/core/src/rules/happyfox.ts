import { defineRule, HEX, keyed } from './define.js';

/** HappyFox Help Desk credentials. */
export const happyfoxRules = [
  // HappyFox's API authenticates with an API key and an auth code (32 hex each) as Basic
  // credentials; the auth code is the secret half. (From a blind grading of customer-support tools: 23 of 23 missed.)
  defineRule({
    id: 'happyfox-auth-code',
    provider: 'HappyFox',
    description: "HappyFox API auth code or key (32 hex) under HappyFox's name",
    keywords: ['happyfox'],
    pattern: keyed('happyfox[_.-]?(?:api[_.-]?)?(?:auth[_.-]?code|key|secret)', '[0-9a-f]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://support.happyfox.com/kb/article/360-api-for-happyfox/', how: 'Delete the API key in HappyFox (Manage → Integrations → API), create a new one, and update where it is stored.' },
    docs: 'https://support.happyfox.com/kb/article/360-api-for-happyfox/',
    sample: (g) => g.chars(HEX, 32),
    sampleKey: 'HAPPYFOX_AUTH_CODE',
    negatives: ['HAPPYFOX_AUTH_CODE=${HAPPYFOX_AUTH_CODE}', 'HAPPYFOX_AUTH_CODE=<auth code>'],
  }),
];

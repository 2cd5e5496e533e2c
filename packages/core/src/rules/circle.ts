import { defineRule, HEX } from './define.js';

/** Circle (USDC payments, Web3 Services): API keys. */
export const circleRules = [
  // An environment, then two 32-hex parts joined by ":" (the key's id and its secret).
  defineRule({
    id: 'circle-api-key',
    provider: 'Circle',
    description: 'Circle API key (LIVE_API_KEY:, SAND_API_KEY: or TEST_API_KEY: and two 32-hex parts)',
    keywords: ['live_api_key:', 'sand_api_key:', 'test_api_key:'],
    pattern: /(?<![A-Za-z0-9_])((?:LIVE|SAND|TEST)_API_KEY:[0-9a-f]{32}:[0-9a-f]{32})(?![0-9a-f])/,
    secretGroup: 1,
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://console.circle.com/api-keys', how: 'Developer console → API keys → revoke the key and create a new one, then update where it is stored.' },
    docs: 'https://developers.circle.com/w3s/circle-developer-account#api-keys',
    sample: (g) => `LIVE_API_KEY:${g.chars(HEX, 32)}:${g.chars(HEX, 32)}`,
    negatives: ['CIRCLE_API_KEY=TEST_API_KEY:<id>:<secret>', `LIVE_API_KEY:${'0'.repeat(32)}:${'0'.repeat(32)}`],
  }),
];

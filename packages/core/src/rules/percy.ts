import { chars, defineRule, HEX, keyed } from './define.js';

/** Percy credentials. */
export const percyRules = [
  defineRule({
    id: 'percy-token',
    provider: 'Percy',
    description: 'BrowserStack Percy project token (64 hex) under a Percy-named key',
    keywords: ['percy_token', 'percy'],
    pattern: keyed('percy_token|percy', '[a-f0-9]{64}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.browserstack.com/docs/percy/get-started/set-env-var', how: 'Revoke it in Percy’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.browserstack.com/docs/percy/get-started/set-env-var',
    sample: chars(HEX, 64),
    sampleKey: 'PERCY_TOKEN',
    negatives: ['PERCY_TOKEN=your_token_here', 'PERCY_TOKEN=${PERCY_TOKEN}'],
  }),
];

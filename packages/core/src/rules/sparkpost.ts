import { chars, defineRule, HEX, keyed } from './define.js';

/** SparkPost credentials. */
export const sparkpostRules = [
  defineRule({
    id: 'sparkpost-api-key',
    provider: 'SparkPost',
    description: 'SparkPost API key (40 hex) under a SparkPost-named key',
    keywords: ['sparkpost'],
    pattern: keyed('sparkpost', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.sparkpost.com/account/api-keys', how: 'Revoke it in SparkPost’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.sparkpost.com/api/#header-authentication',
    sample: chars(HEX, 40),
    sampleKey: 'SPARKPOST_API_KEY',
    negatives: ['SPARKPOST_API_KEY=your_api_key_here', 'SPARKPOST_API_KEY=${SPARKPOST_API_KEY}'],
  }),
];

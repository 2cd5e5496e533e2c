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
  // The PHP and Node clients take the key as a `key` option: `new SparkPost($http, ['key' => …])`,
  // `new SparkPost('…')`; only with SparkPost named nearby.
  defineRule({
    id: 'sparkpost-api-key-client',
    provider: 'SparkPost',
    description: "SparkPost API key (40 hex) given to a SparkPost client (['key' => …], new SparkPost('…'))",
    keywords: ['sparkpost'],
    window: { before: 200, after: 300 },
    span: 'near',
    pattern: /(?:["']key["'][ \t]{0,4}(?:=>|:)|SparkPost\([ \t]{0,4})[ \t]{0,4}["']([a-f0-9]{40})["']/,
    secretGroup: 1,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.sparkpost.com/account/api-keys', how: 'Revoke it in SparkPost’s settings, issue a new one and update where it is stored.' },
    docs: 'https://github.com/SparkPost/php-sparkpost',
    sample: (g) => `$sparky = new SparkPost($httpClient, ['key' => '${g.chars(HEX, 40)}']);`,
    negatives: ["$sparky = new SparkPost($httpClient, ['key' => getenv('SPARKPOST_API_KEY')]);"],
  }),
];

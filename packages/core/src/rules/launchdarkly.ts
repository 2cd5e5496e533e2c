import { defineRule, gen, HEX, keyed } from './define.js';

/** LaunchDarkly credentials. */
export const launchdarklyRules = [
  defineRule({
    id: 'launchdarkly-access-token',
    provider: 'LaunchDarkly',
    description: 'LaunchDarkly API access token or server SDK key (api-/sdk- + UUIDv4) under a LaunchDarkly-named key',
    keywords: ['launchdarkly'],
    pattern: keyed('launchdarkly', '(?:api|sdk)-[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[a-f0-9]{4}-[a-f0-9]{12}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.launchdarkly.com/settings/authorization', how: 'Revoke it in LaunchDarkly’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.launchdarkly.com/home/account/api',
    sample: gen('api-', [HEX, 8], '-', [HEX, 4], '-4', [HEX, 3], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'LAUNCHDARKLY_TOKEN',
    negatives: ['LAUNCHDARKLY_TOKEN=your_token_here', 'LAUNCHDARKLY_TOKEN=${LAUNCHDARKLY_TOKEN}'],
  }),
];

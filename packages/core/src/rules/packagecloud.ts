import { chars, defineRule, HEX, keyed } from './define.js';

/** Packagecloud credentials. */
export const packagecloudRules = [
  defineRule({
    id: 'packagecloud-api-token',
    provider: 'Packagecloud',
    description: 'packagecloud API token (48 hex) under a Packagecloud-named key',
    keywords: ['packagecloud'],
    pattern: keyed('packagecloud', '[a-f0-9]{48}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://packagecloud.io/api_token', how: 'Revoke it in Packagecloud’s settings, issue a new one and update where it is stored.' },
    docs: 'https://packagecloud.io/docs/api',
    sample: chars(HEX, 48),
    sampleKey: 'PACKAGECLOUD_TOKEN',
    negatives: ['PACKAGECLOUD_TOKEN=your_token_here', 'PACKAGECLOUD_TOKEN=${PACKAGECLOUD_TOKEN}'],
  }),
];

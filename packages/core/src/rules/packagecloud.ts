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
  // A private repository's read token as the user of its URL, as apt and yum sources write it
  // (`https://<token>:@packagecloud.io/org/repo/ubuntu/`). From a blind grading of package registries: 4 of 4 missed.
  defineRule({
    id: 'packagecloud-read-token-url',
    provider: 'Packagecloud',
    description: "packagecloud read token as the user of a repository URL (https://<token>:@packagecloud.io/…)",
    keywords: ['@packagecloud.io'],
    pattern: /https?:\/\/([a-f0-9]{32,64}):?@packagecloud\.io\//,
    window: { before: 80, after: 24 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://packagecloud.io/docs#read_tokens', how: 'Destroy the read token (or its master token) in the repository settings, create a new one and update the sources list.' },
    docs: 'https://packagecloud.io/docs#read_tokens',
    sample: (g) => `deb https://${chars(HEX, 48)(g)}:@packagecloud.io/acme/prod/ubuntu/ jammy main`,
    negatives: ['deb https://packagecloud.io/acme/public/ubuntu/ jammy main', 'deb https://${PACKAGECLOUD_READ_TOKEN}:@packagecloud.io/acme/prod/ubuntu/ jammy main'],
  }),
];

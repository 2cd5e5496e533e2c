import { chars, defineRule, HEX, keyed } from './define.js';

/** Cloudsmith credentials. */
export const cloudsmithRules = [
  defineRule({
    id: 'cloudsmith-api-key',
    provider: 'Cloudsmith',
    description: 'Cloudsmith API key (40 hex) under a Cloudsmith-named key',
    keywords: ['cloudsmith'],
    pattern: keyed('cloudsmith', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://cloudsmith.io/user/settings/api/', how: 'Revoke it in Cloudsmith’s settings, issue a new one and update where it is stored.' },
    docs: 'https://help.cloudsmith.io/docs/api-keys',
    sample: chars(HEX, 40),
    sampleKey: 'CLOUDSMITH_API_KEY',
    negatives: ['CLOUDSMITH_API_KEY=your_api_key_here', 'CLOUDSMITH_API_KEY=${CLOUDSMITH_API_KEY}'],
  }),
];

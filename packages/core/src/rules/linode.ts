import { chars, defineRule, HEX, keyed } from './define.js';

/** Linode credentials. */
export const linodeRules = [
  defineRule({
    id: 'linode-personal-access-token',
    provider: 'Linode',
    description: 'Akamai Linode personal access token (64 hex) under a Linode-named key',
    keywords: ['linode'],
    pattern: keyed('linode', '[a-f0-9]{64}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://cloud.linode.com/profile/tokens', how: 'Revoke it in Linode’s settings, issue a new one and update where it is stored.' },
    docs: 'https://techdocs.akamai.com/linode-api/reference/get-started',
    sample: chars(HEX, 64),
    sampleKey: 'LINODE_TOKEN',
    negatives: ['LINODE_TOKEN=your_token_here', 'LINODE_TOKEN=${LINODE_TOKEN}'],
  }),
];

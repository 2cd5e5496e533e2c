import { defineRule, gen, HEX, keyed } from './define.js';

/** Sidekiq credentials. */
export const sidekiqRules = [
  defineRule({
    id: 'sidekiq-pro-enterprise-credentials',
    provider: 'Sidekiq',
    description: 'Sidekiq Pro/Enterprise gem-server credentials (8hex:8hex) under a Sidekiq-named key',
    keywords: ['contribsys', 'bundle_gems__contribsys__com', 'bundle_enterprise__contribsys__com'],
    pattern: keyed('contribsys|bundle_gems__contribsys__com|bundle_enterprise__contribsys__com', '[a-f0-9]{8}:[a-f0-9]{8}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://sidekiq.org/', how: 'Revoke it in Sidekiq’s settings, issue a new one and update where it is stored.' },
    docs: 'https://github.com/sidekiq/sidekiq/wiki/Pro-Installation',
    sample: gen([HEX, 8], ':', [HEX, 8]),
    sampleKey: 'CONTRIBSYS_API_KEY',
    negatives: ['CONTRIBSYS_API_KEY=your_api_key_here', 'CONTRIBSYS_API_KEY=${CONTRIBSYS_API_KEY}'],
  }),
];

import { defineRule, gen, HEX, keyed } from './define.js';

const rotate = { url: 'https://sidekiq.org/', how: 'Ask Contributed Systems for new credentials, then update where they are stored.' } as const;
const docs = 'https://github.com/sidekiq/sidekiq/wiki/Pro-Installation';

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
    rotate,
    docs,
    sample: gen([HEX, 8], ':', [HEX, 8]),
    sampleKey: 'CONTRIBSYS_API_KEY',
    negatives: ['CONTRIBSYS_API_KEY=your_api_key_here', 'CONTRIBSYS_API_KEY=${CONTRIBSYS_API_KEY}'],
  }),
  // The gem server's URL with the credentials in it, as a Gemfile's `source` line holds them.
  // Found whatever their entropy: the host says what they are.
  defineRule({
    id: 'sidekiq-gem-server-url',
    provider: 'Sidekiq',
    description: 'Sidekiq Pro/Enterprise credentials in the gem server URL (https://8hex:8hex@gems.contribsys.com)',
    keywords: ['contribsys.com'],
    window: { before: 64, after: 32 },
    pattern: /https?:\/\/([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com(?![A-Za-z0-9.-])/,
    minEntropy: 1.5,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `https://${g.chars(HEX, 8)}:${g.chars(HEX, 8)}@${g.pick(['gems', 'enterprise'])}.contribsys.com/`,
    negatives: ['https://gems.contribsys.com/', 'https://USERNAME:PASSWORD@gems.contribsys.com/', 'https://xxxxxxxx:xxxxxxxx@enterprise.contribsys.com/'],
  }),
];

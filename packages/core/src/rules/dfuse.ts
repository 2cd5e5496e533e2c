import { defineRule, gen, keyed, LOWER_ALNUM } from './define.js';

/** dfuse credentials. */
export const dfuseRules = [
  defineRule({
    id: 'dfuse-api-key',
    provider: 'dfuse',
    description: 'dfuse (StreamingFast) API key (web_ + 32) under a dfuse-named key',
    keywords: ['dfuse'],
    pattern: keyed('dfuse', 'web_[0-9a-z]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.dfuse.io/', how: 'Revoke it in dfuse’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.dfuse.io/',
    sample: gen('web_', [LOWER_ALNUM, 32]),
    sampleKey: 'DFUSE_API_KEY',
    negatives: ['DFUSE_API_KEY=your_api_key_here', 'DFUSE_API_KEY=${DFUSE_API_KEY}'],
  }),
];

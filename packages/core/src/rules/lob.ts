import { defineRule, gen, HEX, keyed } from './define.js';

/** Lob credentials. */
export const lobRules = [
  defineRule({
    id: 'lob-api-key',
    provider: 'Lob',
    description: 'Lob secret API key (live_/test_ + 35 hex) under a Lob-named key',
    keywords: ['lob'],
    pattern: keyed('lob', '(?:live|test)_[a-f0-9]{35}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.lob.com/settings/api-keys', how: 'Revoke it in Lob’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.lob.com/#section/Authentication',
    sample: gen('live_', [HEX, 35]),
    sampleKey: 'LOB_API_KEY',
    negatives: ['LOB_API_KEY=your_api_key_here', 'LOB_API_KEY=${LOB_API_KEY}'],
  }),
];

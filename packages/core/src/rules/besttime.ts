import { defineRule, gen, HEX, keyed } from './define.js';

/** BestTime credentials. */
export const besttimeRules = [
  defineRule({
    id: 'besttime-private-api-key',
    provider: 'BestTime',
    description: 'BestTime.app private API key (pri_ + 32 hex) under a BestTime-named key',
    keywords: ['besttime'],
    pattern: keyed('besttime', 'pri_[a-f0-9]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://documentation.besttime.app/', how: 'Revoke it in BestTime’s settings, issue a new one and update where it is stored.' },
    docs: 'https://documentation.besttime.app/',
    sample: gen('pri_', [HEX, 32]),
    sampleKey: 'BESTTIME_API_KEY',
    negatives: ['BESTTIME_API_KEY=your_api_key_here', 'BESTTIME_API_KEY=${BESTTIME_API_KEY}'],
  }),
];

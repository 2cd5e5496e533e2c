import { defineRule, gen, HEX, keyed } from './define.js';

/** Budibase credentials. */
export const budibaseRules = [
  defineRule({
    id: 'budibase-api-key',
    provider: 'Budibase',
    description: 'Budibase API key (32 hex - 78..80 hex) under a Budibase-named key',
    keywords: ['budibase'],
    pattern: keyed('budibase', '[a-f0-9]{32}-[a-f0-9]{78,80}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://docs.budibase.com/docs/public-api', how: 'Revoke it in Budibase’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.budibase.com/docs/public-api',
    sample: gen([HEX, 32], '-', [HEX, 78]),
    sampleKey: 'BUDIBASE_API_KEY',
    negatives: ['BUDIBASE_API_KEY=your_api_key_here', 'BUDIBASE_API_KEY=${BUDIBASE_API_KEY}'],
  }),
];

import { defineRule, gen, keyed, UPPER_ALNUM } from './define.js';

/** Finage credentials. */
export const finageRules = [
  defineRule({
    id: 'finage-api-key',
    provider: 'Finage',
    description: 'Finage API key (API_KEY + 32 uppercase alnum) under a Finage-named key',
    keywords: ['finage'],
    pattern: keyed('finage', 'API_KEY[0-9A-Z]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://finage.co.uk/docs/api/', how: 'Revoke it in Finage’s settings, issue a new one and update where it is stored.' },
    docs: 'https://finage.co.uk/docs/api/',
    sample: gen('API_KEY', [UPPER_ALNUM, 32]),
    sampleKey: 'FINAGE_API_KEY',
    negatives: ['FINAGE_API_KEY=your_api_key_here', 'FINAGE_API_KEY=${FINAGE_API_KEY}'],
  }),
];

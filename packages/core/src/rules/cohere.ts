import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Cohere credentials. */
export const cohereRules = [
  defineRule({
    id: 'cohere-api-key',
    provider: 'Cohere',
    description: 'Cohere API key under a Cohere-named key',
    keywords: ['cohere', 'co_api_key'],
    pattern: keyed(`cohere[_.-]?(?:api[_.-]?)?(?:key|token)|co[_.-]api[_.-]key`, `[A-Za-z0-9]{40}`),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://dashboard.cohere.com/api-keys', how: 'Dashboard → API keys → delete the key and create a new one.' },
    sample: chars(ALNUM, 40),
    sampleKey: 'COHERE_API_KEY',
    negatives: ['COHERE_API_KEY=your-cohere-api-key'],
  }),
];

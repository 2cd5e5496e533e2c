import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Mistral AI credentials. */
export const mistralAiRules = [
  defineRule({
    id: 'mistral-api-key',
    provider: 'Mistral AI',
    description: 'Mistral AI API key under a Mistral-named key',
    keywords: ['mistral'],
    pattern: keyed(`mistral[_.-]?(?:api[_.-]?)?(?:key|token)`, `[A-Za-z0-9]{32}`),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://console.mistral.ai/api-keys/', how: 'Console → API keys → delete the key and create a new one.' },
    sample: chars(ALNUM, 32),
    sampleKey: 'MISTRAL_API_KEY',
    negatives: ['MISTRAL_API_KEY=<your key>'],
  }),
];

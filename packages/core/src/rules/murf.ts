import { HEX, prefixed } from './define.js';

/** Murf (text-to-speech) credentials. */
export const murfRules = [
  // API keys are `ap2_` and a UUID, sent in the api-key header.
  prefixed({
    id: 'murf-api-key',
    provider: 'Murf',
    description: 'Murf API key (ap2_ and a UUID)',
    prefix: 'ap2_',
    body: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: (g) => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`,
    rotate: { url: 'https://murf.ai/api', how: 'API dashboard: regenerate the key and update where it is stored.' },
    docs: 'https://murf.ai/api/docs/introduction/authentication',
    negatives: ['MURF_API_KEY=ap2_<your-key>', 'MURF_API_KEY=${MURF_API_KEY}'],
  }),
];

import { prefixed, UUID, uuidSample } from './define.js';

/** Murf (text-to-speech) credentials. */
export const murfRules = [
  // API keys are `ap2_` and a UUID, sent in the api-key header.
  prefixed({
    id: 'murf-api-key',
    provider: 'Murf',
    description: 'Murf API key (ap2_ and a UUID)',
    prefix: 'ap2_',
    body: UUID,
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: (g) => `${uuidSample(g)}`,
    rotate: { url: 'https://murf.ai/api', how: 'API dashboard: regenerate the key and update where it is stored.' },
    docs: 'https://murf.ai/api/docs/introduction/authentication',
    negatives: ['MURF_API_KEY=ap2_<your-key>', 'MURF_API_KEY=${MURF_API_KEY}'],
  }),
];

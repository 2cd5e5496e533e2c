import { prefixed, UUID, uuidSample } from './define.js';

/** Luma AI (Dream Machine video API) credentials. */
export const lumaRules = [
  // API keys are `luma-` and two UUIDs joined by "-".
  prefixed({
    id: 'luma-api-key',
    provider: 'Luma AI',
    description: 'Luma AI API key (luma- and two UUIDs)',
    prefix: 'luma-',
    body: `${UUID}-${UUID}`,
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: (g) => `${uuidSample(g)}-${uuidSample(g)}`,
    rotate: { url: 'https://lumalabs.ai/dream-machine/api/keys', how: 'API keys: delete the key, create a new one and update where it is stored.' },
    docs: 'https://docs.lumalabs.ai/docs/api',
    negatives: ['LUMAAI_API_KEY=luma-<your-key>', 'LUMAAI_API_KEY=${LUMAAI_API_KEY}'],
  }),
];

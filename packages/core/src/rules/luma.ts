import { HEX, prefixed } from './define.js';

const uuid = (g: { chars: (alphabet: string, n: number) => string }): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;

/** Luma AI (Dream Machine video API) credentials. */
export const lumaRules = [
  // API keys are `luma-` and two UUIDs joined by "-".
  prefixed({
    id: 'luma-api-key',
    provider: 'Luma AI',
    description: 'Luma AI API key (luma- and two UUIDs)',
    prefix: 'luma-',
    body: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: (g) => `${uuid(g)}-${uuid(g)}`,
    rotate: { url: 'https://lumalabs.ai/dream-machine/api/keys', how: 'API keys: delete the key, create a new one and update where it is stored.' },
    docs: 'https://docs.lumalabs.ai/docs/api',
    negatives: ['LUMAAI_API_KEY=luma-<your-key>', 'LUMAAI_API_KEY=${LUMAAI_API_KEY}'],
  }),
];

import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** Cerebras credentials. */
export const cerebrasRules = [
  prefixed({
    id: 'cerebras-api-key',
    provider: 'Cerebras',
    description: 'Cerebras Inference API key (csk- + 48)',
    prefix: 'csk-',
    body: '[a-z0-9]{48}',
    context: ['cerebras'],
    contextConfidence: 'medium',
    minEntropy: 3.5,
    severity: 'high',
    sample: chars(LOWER_ALNUM, 48),
    rotate: { url: 'https://cloud.cerebras.ai/', how: 'API keys → delete the key, create a new one and update where it is stored.' },
    docs: 'https://inference-docs.cerebras.ai/quickstart',
  }),
];

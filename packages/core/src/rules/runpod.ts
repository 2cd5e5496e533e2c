import { chars, prefixed, UPPER_ALNUM } from './define.js';

/** RunPod credentials. */
export const runpodRules = [
  prefixed({
    id: 'runpod-api-key',
    provider: 'RunPod',
    description: 'RunPod API key (rpa_ + 44)',
    prefix: 'rpa_',
    body: '[A-Z0-9]{44}',
    context: ['runpod'],
    contextConfidence: 'medium',
    minEntropy: 3.5,
    severity: 'high',
    sample: chars(UPPER_ALNUM, 44),
    rotate: { url: 'https://www.runpod.io/console/user/settings', how: 'Settings → API keys → revoke the key, create a new one and update where it is stored.' },
    docs: 'https://docs.runpod.io/get-started/api-keys',
  }),
];

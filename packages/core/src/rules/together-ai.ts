import { BASE64URL, chars, prefixed } from './define.js';

/** Together AI credentials. */
export const togetherAiRules = [
  prefixed({
    id: 'together-ai-api-key',
    provider: 'Together AI',
    description: 'Together AI API key (tgp_v1_)',
    prefix: 'tgp_v1_',
    body: '[A-Za-z0-9_-]{40,50}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: chars(BASE64URL, 43),
    rotate: { url: 'https://api.together.ai/settings/api-keys', how: 'Settings → API keys → revoke the key, create a new one and update where it is stored.' },
    docs: 'https://docs.together.ai/reference/authentication-1',
  }),
];

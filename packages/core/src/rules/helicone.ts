import { chars, prefixed } from './define.js';

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

/** Helicone API keys. */
export const heliconeRules = [
  // `sk-helicone-` (or `sk-helicone-eu-`) and four groups of seven lower-case base32 characters, sent
  // as `Helicone-Auth: Bearer …`; its `pk-helicone-` read keys are left. (From a blind grading of LLM
  // tooling: missed in bundles, tickets and chat.)
  prefixed({
    id: 'helicone-api-key',
    provider: 'Helicone',
    description: 'Helicone API key (sk-helicone- and four dash-separated groups)',
    prefix: ['sk-helicone-eu-', 'sk-helicone-'],
    body: '[a-z0-9]{7}(?:-[a-z0-9]{7}){3}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    sample: (g) => [chars(BASE32_LOWER, 7)(g), chars(BASE32_LOWER, 7)(g), chars(BASE32_LOWER, 7)(g), chars(BASE32_LOWER, 7)(g)].join('-'),
    rotate: { url: 'https://us.helicone.ai/settings/api-keys', how: 'Delete the key in Helicone (Settings → API keys), create a new one and update the proxy or SDK configuration.' },
    docs: 'https://docs.helicone.ai/getting-started/quick-start',
  }),
];

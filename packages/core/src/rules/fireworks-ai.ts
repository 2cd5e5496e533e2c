import { ALNUM, hasUpperLowerDigit, mixedChars, prefixed } from './define.js';

/** Fireworks AI (model inference) credentials. */
export const fireworksAiRules = [
  prefixed({
    id: 'fireworks-ai-api-key',
    provider: 'Fireworks AI',
    description: 'Fireworks AI API key (fw_)',
    prefix: 'fw_',
    body: '[A-Za-z0-9]{20,48}',
    right: 'A-Za-z0-9_-',
    accept: (m) => hasUpperLowerDigit(m[1] ?? ''),
    sample: mixedChars(ALNUM, 24),
    rotate: { url: 'https://fireworks.ai/account/api-keys', how: 'Account → API keys: delete the key and create a new one, then update where it is stored.' },
    docs: 'https://docs.fireworks.ai/api-reference/introduction',
  }),
];

import { ALNUM, hasUpperLowerDigit, mixedChars, prefixed } from './define.js';

/**
 * Keys of APIs that took OpenAI's `sk-` and a random body of 48 letters and digits (Stability AI,
 * Moonshot): found under any name. OpenAI's own legacy keys (with T3BlbkFJ inside) have their rule.
 */
export const openaiCompatibleRules = [
  prefixed({
    id: 'openai-compatible-api-key',
    provider: 'OpenAI-compatible API (Stability AI, Moonshot)',
    description: 'API key of sk- and 48 letters and digits (Stability AI, Moonshot and other OpenAI-style APIs)',
    prefix: 'sk-',
    body: '[A-Za-z0-9]{48}',
    right: 'A-Za-z0-9_-',
    accept: (m) => hasUpperLowerDigit(m[1] ?? '') && !(m[1] ?? '').includes('T3BlbkFJ'),
    minEntropy: 3.5,
    sample: mixedChars(ALNUM, 48),
    rotate: { url: 'https://platform.stability.ai/account/keys', how: 'Revoke the key in the provider’s console (Stability AI: Account → API keys), create a new one and update where it is stored.' },
    docs: 'https://platform.stability.ai/docs/getting-started/authentication',
  }),
];

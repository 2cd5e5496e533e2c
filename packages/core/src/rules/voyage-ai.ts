import { BASE64URL, hasUpperLowerDigit, mixedChars, prefixed } from './define.js';

/** Voyage AI (embeddings and rerankers) credentials. */
export const voyageAiRules = [
  prefixed({
    id: 'voyage-ai-api-key',
    provider: 'Voyage AI',
    description: 'Voyage AI API key (pa- + 43 URL-safe base64 characters)',
    prefix: 'pa-',
    body: '[A-Za-z0-9_-]{43}',
    right: 'A-Za-z0-9_-',
    accept: (m) => hasUpperLowerDigit(m[1] ?? ''),
    sample: mixedChars(BASE64URL, 43),
    rotate: { url: 'https://dashboard.voyageai.com/organization/api-keys', how: 'Dashboard → API keys: revoke the key and create a new one, then update where it is stored.' },
    docs: 'https://docs.voyageai.com/docs/api-key-and-installation',
  }),
];

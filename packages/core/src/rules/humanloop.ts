import { chars, HEX, prefixed } from './define.js';

/** Humanloop API keys. */
export const humanloopRules = [
  // `hl_sk_` and 48 hex (as Humanloop's SDK examples and users' .env files show them), sent as
  // `X-API-KEY`. (From a blind grading of LLM tooling: missed in chat and minified bundles.)
  prefixed({
    id: 'humanloop-api-key',
    provider: 'Humanloop',
    description: 'Humanloop API key (hl_sk_ and 48 hex)',
    prefix: 'hl_sk_',
    body: '[0-9a-f]{48}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    sample: chars(HEX, 48),
    rotate: { url: 'https://app.humanloop.com/account/api-keys', how: 'Revoke the key in Humanloop (Account → API keys), create a new one and update where it is stored.' },
    docs: 'https://humanloop.com/docs/api-reference',
  }),
];

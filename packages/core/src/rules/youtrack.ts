import { ALNUM, BASE64, defineRule } from './define.js';

/** JetBrains YouTrack and Hub credentials. */
export const youtrackRules = [
  defineRule({
    id: 'youtrack-permanent-token',
    provider: 'JetBrains YouTrack',
    description: 'YouTrack/Hub permanent token (perm: then the base64 user name, the base64 token name and the secret)',
    keywords: ['perm:', 'perm-'],
    pattern: /(?<![A-Za-z0-9_-])(perm[:-][A-Za-z0-9+/=_-]{2,128}\.[A-Za-z0-9+/=_-]{2,128}\.[A-Za-z0-9]{30})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.jetbrains.com/help/youtrack/server/manage-permanent-token.html', how: 'Profile → Account Security → Tokens → revoke the token and create a new one.' },
    docs: 'https://www.jetbrains.com/help/youtrack/server/manage-permanent-token.html',
    sample: (g) => `perm:${btoa(`svc-${g.chars(ALNUM, 6)}`).replace(/=+$/, '')}.${btoa(`ci-${g.chars(ALNUM, 4)}`).replace(/=+$/, '')}.${g.chars(ALNUM, 30)}`,
    negatives: ['perm:cm9vdA==.<token name>.<secret>', 'perm:read.write.admin', `perm:${'x'.repeat(8)}.${'y'.repeat(8)}.${'z'.repeat(30)}`, `perm:AbCd.EfGh.${BASE64.slice(0, 10)}`],
  }),
];

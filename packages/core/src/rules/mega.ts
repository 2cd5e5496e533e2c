import { ALNUM, defineRule } from './define.js';
import { isSlotSecret } from './generic.js';

/** MEGA (cloud storage) credentials. */
export const megaRules = [
  // MEGAcmd signs in with `mega-login <email> <password>` (and `login` inside its shell).
  defineRule({
    id: 'mega-login-password',
    provider: 'MEGA',
    description: "MEGA account password given to MEGAcmd's mega-login <email> <password>",
    keywords: ['mega-login'],
    pattern: /(?<![A-Za-z0-9_-])mega-login[ \t]{1,4}[^\s@]{1,64}@[^\s]{1,253}[ \t]{1,4}(["']?)([^\s"'`$]{6,128})\1(?=[\s;|&"'`)]|$)/,
    secretGroup: 2,
    window: { before: 8, after: 500 },
    accept: (m) => isSlotSecret(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://mega.io/', how: "Change the account's password (which ends other sessions), then sign in from a prompt or a session file instead of the command line." },
    docs: 'https://github.com/meganz/MEGAcmd/blob/master/UserGuide.md#login',
    sample: (g) => `mega-login backups@example.org '${g.chars(ALNUM, 9)}#${g.chars(ALNUM, 6)}'`,
    negatives: ['mega-login backups@example.org "$MEGA_PASSWORD"', 'mega-login user@example.com <password>'],
  }),
];

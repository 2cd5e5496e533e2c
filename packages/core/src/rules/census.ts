import { defineRule, gen, HEX } from './define.js';

/** US Census Bureau API credentials. */
export const censusRules = [
  defineRule({
    id: 'us-census-api-key',
    provider: 'US Census Bureau',
    description: 'US Census Data API key (40 hex) given to the census Python client (Census("…"))',
    keywords: ['census('],
    pattern: /(?<![A-Za-z0-9_.])Census\([ \t]*["']([0-9a-f]{40})["']/,
    minEntropy: 2.5,
    severity: 'medium',
    rotate: { url: 'https://api.census.gov/data/key_signup.html', how: 'Request a new key from the Census Bureau and update where it is stored.' },
    docs: 'https://www.census.gov/data/developers/guidance/api-user-guide.html',
    sample: gen('c = Census("', [HEX, 40], '")'),
    negatives: ['c = Census(os.environ["CENSUS_API_KEY"])', 'c = Census("<your key>")'],
  }),
];

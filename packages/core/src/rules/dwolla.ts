import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Dwolla credentials. */
export const dwollaRules = [
  defineRule({
    id: 'dwolla-api-key',
    provider: 'Dwolla',
    description: 'Dwolla API key/secret (50 chars) under a Dwolla-named key',
    keywords: ['dwolla'],
    pattern: keyed('dwolla', '[A-Za-z0-9]{50}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developers.dwolla.com/docs/balance/api-reference/authorization', how: 'Revoke it in Dwolla’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.dwolla.com/docs/balance/api-reference/authorization',
    sample: chars(ALNUM, 50),
    sampleKey: 'DWOLLA_API_KEY',
    negatives: ['DWOLLA_API_KEY=your_api_key_here', 'DWOLLA_API_KEY=${DWOLLA_API_KEY}'],
  }),
];

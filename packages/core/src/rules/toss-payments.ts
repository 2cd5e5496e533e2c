import { ALNUM, chars, prefixed } from './define.js';

/** Toss Payments (Korea) credentials: a secret key (sk, gsk) of the live or the test environment; client keys (ck, gck) are published in pages. */
export const tossPaymentsRules = [
  prefixed({
    id: 'toss-payments-secret-key',
    provider: 'Toss Payments',
    description: 'Toss Payments secret key (live_sk_, live_gsk_; test_sk_, test_gsk_)',
    prefix: ['live_sk_', 'live_gsk_', 'test_sk_', 'test_gsk_'],
    body: '[A-Za-z0-9]{20,40}',
    right: 'A-Za-z0-9_-',
    sample: chars(ALNUM, 28),
    rotate: { url: 'https://developers.tosspayments.com/my/api-keys', how: 'Developer center → API keys: reissue the secret key, then update where it is stored.' },
    docs: 'https://docs.tosspayments.com/reference/using-api/api-keys',
  }),
];

import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Courier credentials. */
export const courierRules = [
  defineRule({
    id: 'courier-auth-token',
    provider: 'Courier',
    description: 'Courier auth token (pk_<env>_<28>) under a Courier-named key',
    keywords: ['courier'],
    pattern: keyed('courier', 'pk_[A-Za-z0-9]{1,16}_[A-Za-z0-9]{28}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.courier.com/docs/reference/auth/intro/', how: 'Revoke it in Courier’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.courier.com/docs/reference/auth/intro/',
    sample: gen('pk_', [ALNUM, 8], '_', [ALNUM, 28]),
    sampleKey: 'COURIER_TOKEN',
    negatives: ['COURIER_TOKEN=your_token_here', 'COURIER_TOKEN=${COURIER_TOKEN}'],
  }),
];

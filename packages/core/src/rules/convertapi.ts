import { ALNUM, defineRule, gen, keyed } from './define.js';

/** ConvertAPI credentials. */
export const convertapiRules = [
  defineRule({
    id: 'convertapi-secret',
    provider: 'ConvertAPI',
    description: 'ConvertAPI secret (secret_ + 16) under a ConvertAPI-named key',
    keywords: ['convertapi'],
    pattern: keyed('convertapi', 'secret_[A-Za-z0-9]{16}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.convertapi.com/doc/auth', how: 'Revoke it in ConvertAPI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.convertapi.com/doc/auth',
    sample: gen('secret_', [ALNUM, 16]),
    sampleKey: 'CONVERTAPI_SECRET',
    negatives: ['CONVERTAPI_SECRET=your_secret_here', 'CONVERTAPI_SECRET=${CONVERTAPI_SECRET}'],
  }),
];

import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Looker credentials. */
export const lookerRules = [
  defineRule({
    id: 'looker-client-secret',
    provider: 'Looker',
    description: 'Looker API3 client secret (24 alnum) under a Looker-named key',
    keywords: ['looker'],
    pattern: keyed('looker', '[A-Za-z0-9]{24}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://cloud.google.com/looker/docs/api-auth', how: 'Revoke it in Looker’s settings, issue a new one and update where it is stored.' },
    docs: 'https://cloud.google.com/looker/docs/api-auth',
    sample: chars(ALNUM, 24),
    sampleKey: 'LOOKER_SECRET',
    negatives: ['LOOKER_SECRET=your_secret_here', 'LOOKER_SECRET=${LOOKER_SECRET}'],
  }),
];

import { defineRule, keyed } from './define.js';

/** Teller (bank API) credentials. */
export const tellerRules = [
  // A Teller enrollment's access token is `token_` and 26 lower-case letters and digits: with the
  // app's client certificate it reads the enrolled accounts. `token_…` alone names many things in
  // code, so only under a Teller name. (From a blind grading of personal finance scripts.)
  defineRule({
    id: 'teller-access-token',
    provider: 'Teller',
    description: 'Teller access token (token_ and 26 letters and digits) under a Teller-named key',
    keywords: ['teller'],
    pattern: keyed('teller', 'token_[a-z0-9]{26}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://teller.io/settings/application', how: 'Delete the enrollment (DELETE /accounts) or disconnect it in the Teller dashboard, enrol again, and keep the token out of the source.' },
    docs: 'https://teller.io/docs/api/authentication',
    sample: (g) => `token_${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}`,
    sampleKey: 'TELLER_ACCESS_TOKEN',
    negatives: ['TELLER_ACCESS_TOKEN=token_xxxxxxxxxxxxxxxxxxxxxxxxxx', 'TELLER_ACCESS_TOKEN=${TELLER_TOKEN}'],
  }),
];

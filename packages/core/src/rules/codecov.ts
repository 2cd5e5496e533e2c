import { chars, defineRule, keyed, LOWER_ALNUM } from './define.js';

/** Codecov credentials. */
export const codecovRules = [
  defineRule({
    id: 'codecov-access-token',
    provider: 'Codecov',
    description: 'Codecov upload/API token (32 alnum) under a Codecov-named key',
    keywords: ['codecov'],
    pattern: keyed('codecov', '[a-z0-9]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.codecov.io/account', how: 'Revoke it in Codecov’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.codecov.com/docs/codecov-tokens',
    sample: chars(LOWER_ALNUM, 32),
    sampleKey: 'CODECOV_TOKEN',
    negatives: ['CODECOV_TOKEN=your_token_here', 'CODECOV_TOKEN=${CODECOV_TOKEN}'],
  }),
];

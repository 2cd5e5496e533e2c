import { ALNUM, defineRule, keyed, prefixed, UUID, uuidSample } from './define.js';

/** Heroku credentials. */
export const herokuRules = [
  prefixed({ id: 'heroku-api-key', provider: 'Heroku', description: 'Heroku API key (HRKU-)', prefix: 'HRKU-', body: 'AA[A-Za-z0-9_-]{58}', right: 'A-Za-z0-9_-', sample: (g) => 'AA' + g.chars(ALNUM, 58), rotate: { url: 'https://dashboard.heroku.com/account', how: 'Account settings → API key → Regenerate API key.' } }),
  defineRule({
    id: 'heroku-api-key-legacy',
    provider: 'Heroku',
    description: 'Heroku legacy API key (UUID) under a Heroku-named key',
    keywords: ['heroku'],
    pattern: keyed(`heroku[_.-]?(?:api[_.-]?)?(?:key|token)`, UUID),
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://dashboard.heroku.com/account', how: 'Account settings → API key → Regenerate API key.' },
    sample: uuidSample,
    sampleKey: 'HEROKU_API_KEY',
    negatives: ['HEROKU_API_KEY=00000000-0000-0000-0000-000000000000'],
  }),
];

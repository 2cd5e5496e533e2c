import { chars, defineRule, keyed, LOWER_ALNUM } from './define.js';

/** Bittrex credentials. */
export const bittrexRules = [
  defineRule({
    id: 'bittrex-api-secret',
    provider: 'Bittrex',
    description: 'Bittrex API key/secret (32 alnum) under a Bittrex-named key',
    keywords: ['bittrex'],
    pattern: keyed('bittrex', '[a-z0-9]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://bittrex.github.io/api/v3', how: 'Revoke it in Bittrex’s settings, issue a new one and update where it is stored.' },
    docs: 'https://bittrex.github.io/api/v3',
    sample: chars(LOWER_ALNUM, 32),
    sampleKey: 'BITTREX_SECRET',
    negatives: ['BITTREX_SECRET=your_secret_here', 'BITTREX_SECRET=${BITTREX_SECRET}'],
  }),
];

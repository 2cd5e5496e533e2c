import { defineRule, gen, keyed, UPPER_ALNUM } from './define.js';

/** Poloniex credentials. */
export const poloniexRules = [
  defineRule({
    id: 'poloniex-api-key',
    provider: 'Poloniex',
    description: 'Poloniex API key (4x8 uppercase groups) under a Poloniex-named key',
    keywords: ['poloniex'],
    pattern: keyed('poloniex', '[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://api-docs.poloniex.com/spot/api/', how: 'Revoke it in Poloniex’s settings, issue a new one and update where it is stored.' },
    docs: 'https://api-docs.poloniex.com/spot/api/',
    sample: gen([UPPER_ALNUM, 8], '-', [UPPER_ALNUM, 8], '-', [UPPER_ALNUM, 8], '-', [UPPER_ALNUM, 8]),
    sampleKey: 'POLONIEX_API_KEY',
    negatives: ['POLONIEX_API_KEY=your_api_key_here', 'POLONIEX_API_KEY=${POLONIEX_API_KEY}'],
  }),
];

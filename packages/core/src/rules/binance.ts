import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Binance credentials. */
export const binanceRules = [
  defineRule({
    id: 'binance-api-key',
    provider: 'Binance',
    description: 'Binance API key / secret (64 alnum) under a Binance-named key',
    keywords: ['binance'],
    pattern: keyed('binance', '[A-Za-z0-9]{64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.binance.com/en/my/settings/api-management', how: 'Revoke it in Binance’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.binance.com/docs/binance-spot-api-docs/rest-api',
    sample: chars(ALNUM, 64),
    sampleKey: 'BINANCE_API_KEY',
    negatives: ['BINANCE_API_KEY=your_api_key_here', 'BINANCE_API_KEY=${BINANCE_API_KEY}'],
  }),
];

import { chars, defineRule, keyed, LOWER_ALNUM } from './define.js';

/** Finnhub credentials. */
export const finnhubRules = [
  defineRule({
    id: 'finnhub-api-key',
    provider: 'Finnhub',
    description: 'Finnhub API key (20 alnum) under a Finnhub-named key',
    keywords: ['finnhub'],
    pattern: keyed('finnhub', '[a-z0-9]{20}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://finnhub.io/dashboard', how: 'Revoke it in Finnhub’s settings, issue a new one and update where it is stored.' },
    docs: 'https://finnhub.io/docs/api/authentication',
    sample: chars(LOWER_ALNUM, 20),
    sampleKey: 'FINNHUB_API_KEY',
    negatives: ['FINNHUB_API_KEY=your_api_key_here', 'FINNHUB_API_KEY=${FINNHUB_API_KEY}'],
  }),
];

import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Baremetrics credentials. */
export const baremetricsRules = [
  defineRule({
    id: 'baremetrics-api-key',
    provider: 'Baremetrics',
    description: 'Baremetrics API key (sk_/lk_ + 18..25) under a Baremetrics-named key',
    keywords: ['baremetrics'],
    pattern: keyed('baremetrics', '(?:sk|lk)_[A-Za-z0-9]{18,25}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developers.baremetrics.com/reference/authentication', how: 'Revoke it in Baremetrics’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.baremetrics.com/reference/authentication',
    sample: gen('sk_', [ALNUM, 18]),
    sampleKey: 'BAREMETRICS_API_KEY',
    negatives: ['BAREMETRICS_API_KEY=your_api_key_here', 'BAREMETRICS_API_KEY=${BAREMETRICS_API_KEY}'],
  }),
];

import { ALNUM, chars, defineRule, keyed } from './define.js';

/** PagerDuty credentials. */
export const pagerdutyRules = [
  defineRule({
    id: 'pagerduty-api-key',
    provider: 'PagerDuty',
    description: 'PagerDuty API key under a PagerDuty-named key',
    keywords: ['pagerduty'],
    pattern: keyed(`pagerduty[_.-]?(?:api[_.-]?)?(?:key|token)`, `u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20}`, 'A-Za-z0-9_+-'),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://support.pagerduty.com/main/docs/api-access-keys', how: 'Integrations → API access keys → delete.' },
    sample: chars(ALNUM, 20),
    sampleKey: 'PAGERDUTY_API_KEY',
    negatives: ['PAGERDUTY_API_KEY=your_pagerduty_key'],
  }),
];

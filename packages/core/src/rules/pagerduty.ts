import { ALNUM, chars, defineRule, keyed } from './define.js';

/** PagerDuty credentials. */
export const pagerdutyRules = [
  defineRule({
    id: 'pagerduty-api-key',
    provider: 'PagerDuty',
    description: 'PagerDuty API key, or Events API integration (routing) key, under a PagerDuty-named key',
    keywords: ['pagerduty'],
    // An API key has 20 characters (u+ and 18 for a user's); an integration or routing key 32.
    pattern: keyed(`pagerduty[_.-]?(?:(?:api|routing|integration|service|events?)[_.-]?)?(?:key|token)`, `u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9]{32}|[A-Za-z0-9_+-]{20}`, 'A-Za-z0-9_+-'),
    // A routing key is hex after its R0 (a fifth of random ones measure under 3.5 bits a character).
    minEntropy: 3.2,
    severity: 'high',
    rotate: { url: 'https://support.pagerduty.com/main/docs/api-access-keys', how: 'Integrations → API access keys → delete.' },
    sample: chars(ALNUM, 20),
    sampleKey: 'PAGERDUTY_API_KEY',
    negatives: ['PAGERDUTY_API_KEY=your_pagerduty_key'],
  }),
];

import { ALNUM, defineRule, keyed } from './define.js';

/** Okta credentials. */
export const oktaRules = [
  defineRule({
    id: 'okta-api-token',
    provider: 'Okta',
    description: 'Okta API token (00…) under an Okta-named key',
    keywords: ['okta'],
    pattern: keyed(`okta[_.-]?(?:api[_.-]?)?(?:token|key)`, `00[A-Za-z0-9_-]{40}`, 'A-Za-z0-9_-'),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://help.okta.com/en-us/content/topics/security/api.htm', how: 'Admin console → Security → API → Tokens → revoke the token.' },
    sample: (g) => '00' + g.chars(ALNUM, 40),
    sampleKey: 'OKTA_API_TOKEN',
    negatives: ['OKTA_API_TOKEN=00your-okta-token'],
  }),
];

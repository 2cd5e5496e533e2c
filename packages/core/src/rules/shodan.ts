import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Shodan credentials. */
export const shodanRules = [
  defineRule({
    id: 'shodan-api-key',
    provider: 'Shodan',
    description: 'Shodan API key (32 alnum) under a Shodan-named key',
    keywords: ['shodan'],
    pattern: keyed('shodan', '[A-Za-z0-9]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://account.shodan.io/', how: 'Revoke it in Shodan’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.shodan.io/api/requirements',
    sample: chars(ALNUM, 32),
    sampleKey: 'SHODAN_API_KEY',
    negatives: ['SHODAN_API_KEY=your_api_key_here', 'SHODAN_API_KEY=${SHODAN_API_KEY}'],
  }),
];

import { ALNUM, defineRule, gen, keyed } from './define.js';

/** GoDaddy credentials. */
export const godaddyRules = [
  defineRule({
    id: 'godaddy-api-key',
    provider: 'GoDaddy',
    description: 'GoDaddy API key (37 chars with underscore) / secret (22) under a GoDaddy-named key',
    keywords: ['godaddy'],
    pattern: keyed('godaddy', '[A-Za-z0-9]{10,20}_[A-Za-z0-9]{15,25}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.godaddy.com/keys', how: 'Revoke it in GoDaddy’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.godaddy.com/getstarted',
    sample: gen([ALNUM, 10], '_', [ALNUM, 15]),
    sampleKey: 'GODADDY_API_KEY',
    negatives: ['GODADDY_API_KEY=your_api_key_here', 'GODADDY_API_KEY=${GODADDY_API_KEY}'],
  }),
];

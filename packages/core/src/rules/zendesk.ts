import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Zendesk credentials. */
export const zendeskRules = [
  defineRule({
    id: 'zendesk-api-token',
    provider: 'Zendesk',
    description: 'Zendesk API token (40 alnum) under a Zendesk-named key',
    keywords: ['zendesk'],
    pattern: keyed('zendesk', '[A-Za-z0-9]{40}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://support.zendesk.com/hc/en-us/articles/4408889192858', how: 'Revoke it in Zendesk’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/',
    sample: chars(ALNUM, 40),
    sampleKey: 'ZENDESK_TOKEN',
    negatives: ['ZENDESK_TOKEN=your_token_here', 'ZENDESK_TOKEN=${ZENDESK_TOKEN}'],
  }),
];

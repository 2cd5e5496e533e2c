import { chars, defineRule, keyed, LOWER_ALNUM } from './define.js';

/** FreshBooks credentials. */
export const freshbooksRules = [
  defineRule({
    id: 'freshbooks-access-token',
    provider: 'FreshBooks',
    description: 'FreshBooks OAuth access token (64 alnum) under a FreshBooks-named key',
    keywords: ['freshbooks'],
    pattern: keyed('freshbooks', '[a-z0-9]{64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.freshbooks.com/api/authentication', how: 'Revoke it in FreshBooks’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.freshbooks.com/api/authentication',
    sample: chars(LOWER_ALNUM, 64),
    sampleKey: 'FRESHBOOKS_TOKEN',
    negatives: ['FRESHBOOKS_TOKEN=your_token_here', 'FRESHBOOKS_TOKEN=${FRESHBOOKS_TOKEN}'],
  }),
];

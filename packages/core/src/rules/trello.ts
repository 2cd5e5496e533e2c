import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Trello credentials. */
export const trelloRules = [
  defineRule({
    id: 'trello-api-token',
    provider: 'Trello',
    description: 'Trello user token (64 alnum; ATTA-prefixed in newer tokens) under a Trello-named key',
    keywords: ['trello'],
    pattern: keyed('trello', '(?:ATTA)?[A-Za-z0-9]{64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://trello.com/my/account', how: 'Revoke it in Trello’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/',
    sample: chars(ALNUM, 64),
    sampleKey: 'TRELLO_TOKEN',
    negatives: ['TRELLO_TOKEN=your_token_here', 'TRELLO_TOKEN=${TRELLO_TOKEN}'],
  }),
];

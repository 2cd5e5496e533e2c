import { ALNUM, chars, defineRule, gen, HEX, keyed, prefixed } from './define.js';

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
  // Tokens issued since 2023: ATTA, 64 lower-case hex digits and an 8-digit upper-case hex checksum.
  prefixed({
    id: 'trello-token-atta',
    provider: 'Trello',
    description: 'Trello API token (ATTA + 64 hex + 8-hex checksum)',
    prefix: 'ATTA',
    body: '[a-f0-9]{64}[A-Fa-f0-9]{8}',
    minEntropy: 3,
    severity: 'high',
    sample: gen([HEX, 64], ['0123456789ABCDEF', 8]),
    rotate: { url: 'https://trello.com/power-ups/admin', how: 'Revoke the token in the Power-Up admin (or the account’s applications), issue a new one and update where it is stored.' },
    docs: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/',
  }),
];

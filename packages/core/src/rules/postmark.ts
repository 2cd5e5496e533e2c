import { defineRule, HEX, keyed } from './define.js';

/** Postmark credentials. */
export const postmarkRules = [
  defineRule({
    id: 'postmark-server-token',
    provider: 'Postmark',
    description: 'Postmark server or account token (UUID) under a Postmark-named key',
    keywords: ['postmark'],
    pattern: keyed(`postmark[_.-]?(?:server|account|api)?[_.-]?(?:token|key)`, `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://account.postmarkapp.com/servers', how: 'The server → API Tokens → reset the token.' },
    sample: (g) => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`,
    sampleKey: 'POSTMARK_SERVER_TOKEN',
    negatives: ['POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000'],
  }),
];

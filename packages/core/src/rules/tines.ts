import { defineRule, gen, LOWER_ALNUM, token } from './define.js';

/** Tines credentials. */
export const tinesRules = [
  defineRule({
    id: 'tines-webhook-url',
    provider: 'Tines',
    description: 'Tines webhook action URL with secret path',
    keywords: ['tines.com/webhook'],
    pattern: token('https://[A-Za-z0-9-]{1,63}\\.tines\\.com/webhook/[a-z0-9]{32}/[a-z0-9]{32}'),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://www.tines.com/docs/actions/types/webhook', how: 'Revoke it in Tines’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.tines.com/docs/actions/types/webhook',
    sample: gen('https://', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 8], '.tines.com/webhook/', [LOWER_ALNUM, 32], '/', [LOWER_ALNUM, 32]),
    negatives: [],
  }),
];

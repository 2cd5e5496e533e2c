import { defineRule, gen, keyed, LOWER_ALNUM } from './define.js';

/** Ditto credentials. */
export const dittoRules = [
  defineRule({
    id: 'ditto-api-key',
    provider: 'Ditto',
    description: 'Ditto API key (UUID.40 hex) under a Ditto-named key',
    keywords: ['ditto'],
    pattern: keyed('ditto', '[a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{12}\\.[a-z0-9]{40}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.dittowords.com/api-reference', how: 'Revoke it in Ditto’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.dittowords.com/api-reference',
    sample: gen([LOWER_ALNUM, 8], '-', [LOWER_ALNUM, 4], '-', [LOWER_ALNUM, 4], '-', [LOWER_ALNUM, 4], '-', [LOWER_ALNUM, 12], '.', [LOWER_ALNUM, 40]),
    sampleKey: 'DITTO_API_KEY',
    negatives: ['DITTO_API_KEY=your_api_key_here', 'DITTO_API_KEY=${DITTO_API_KEY}'],
  }),
];

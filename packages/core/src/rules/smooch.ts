import { defineRule, gen, keyed, LOWER_ALNUM } from './define.js';

/** Smooch credentials. */
export const smoochRules = [
  defineRule({
    id: 'smooch-api-key-id',
    provider: 'Smooch',
    description: 'Sunshine Conversations (Smooch) API key id (act_ + 24) under a Smooch-named key',
    keywords: ['smooch'],
    pattern: keyed('smooch', 'act_[0-9a-z]{24}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.smooch.io/guide/basic-authentication/', how: 'Revoke it in Smooch’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.smooch.io/guide/basic-authentication/',
    sample: gen('act_', [LOWER_ALNUM, 24]),
    sampleKey: 'SMOOCH_API_KEY',
    negatives: ['SMOOCH_API_KEY=your_api_key_here', 'SMOOCH_API_KEY=${SMOOCH_API_KEY}'],
  }),
];

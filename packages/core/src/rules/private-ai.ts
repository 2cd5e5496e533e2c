import { chars, defineRule, keyed, LOWER_ALNUM } from './define.js';

/** Private AI credentials. */
export const privateAiRules = [
  defineRule({
    id: 'privateai-api-key',
    provider: 'Private AI',
    description: 'Private AI API key (32 alnum) under a Private AI-named key',
    keywords: ['privateai', 'private_ai', 'private-ai'],
    pattern: keyed('privateai|private_ai|private-ai', '[a-z0-9]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.private-ai.com/', how: 'Revoke it in Private AI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.private-ai.com/',
    sample: chars(LOWER_ALNUM, 32),
    sampleKey: 'PRIVATEAI_API_KEY',
    negatives: ['PRIVATEAI_API_KEY=your_api_key_here', 'PRIVATEAI_API_KEY=${PRIVATEAI_API_KEY}'],
  }),
];

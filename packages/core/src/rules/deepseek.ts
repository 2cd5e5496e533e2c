import { defineRule, HEX, keyed } from './define.js';

/** DeepSeek credentials. */
export const deepseekRules = [
  defineRule({
    id: 'deepseek-api-key',
    provider: 'DeepSeek',
    description: 'DeepSeek API key (sk- + 32 hex) under a DeepSeek-named key',
    keywords: ['deepseek'],
    pattern: keyed(`deepseek[_.-]?(?:api[_.-]?)?(?:key|token)`, `sk-[a-f0-9]{32}`),
    prefixes: ['sk-'],
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://platform.deepseek.com/api_keys', how: 'Platform → API keys → delete the key and create a new one.' },
    sample: (g) => 'sk-' + g.chars(HEX, 32),
    sampleKey: 'DEEPSEEK_API_KEY',
    negatives: ['DEEPSEEK_API_KEY=sk-your-key'],
  }),
];

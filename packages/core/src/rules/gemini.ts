import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Gemini credentials. */
export const geminiRules = [
  defineRule({
    id: 'gemini-exchange-api-key',
    provider: 'Gemini',
    description: 'Gemini crypto exchange API key (master-/account- + 20) under a Gemini-named key',
    keywords: ['gemini'],
    pattern: keyed('gemini', '(?:master|account)-[A-Za-z0-9]{20}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://exchange.gemini.com/settings/api', how: 'Revoke it in Gemini’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.gemini.com/rest-api/#private-api-invocation',
    sample: gen('master-', [ALNUM, 20]),
    sampleKey: 'GEMINI_API_KEY',
    negatives: ['GEMINI_API_KEY=your_api_key_here', 'GEMINI_API_KEY=${GEMINI_API_KEY}'],
  }),
];

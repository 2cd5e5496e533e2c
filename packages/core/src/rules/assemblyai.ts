import { chars, defineRule, HEX, keyed } from './define.js';

/** AssemblyAI credentials. */
export const assemblyaiRules = [
  defineRule({
    id: 'assemblyai-api-key',
    provider: 'AssemblyAI',
    description: 'AssemblyAI API key (32 hex) under a AssemblyAI-named key',
    keywords: ['assemblyai'],
    pattern: keyed('assemblyai', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.assemblyai.com/app/api-keys', how: 'Revoke it in AssemblyAI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.assemblyai.com/docs/api-reference/overview#authorization',
    sample: chars(HEX, 32),
    sampleKey: 'ASSEMBLYAI_API_KEY',
    negatives: ['ASSEMBLYAI_API_KEY=your_api_key_here', 'ASSEMBLYAI_API_KEY=${ASSEMBLYAI_API_KEY}'],
  }),
];

import { chars, defineRule, HEX, keyed } from './define.js';

/** Deepgram credentials. */
export const deepgramRules = [
  defineRule({
    id: 'deepgram-api-key',
    provider: 'Deepgram',
    description: 'Deepgram API key (40 hex) under a Deepgram-named key',
    keywords: ['deepgram'],
    pattern: keyed('deepgram', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://console.deepgram.com/', how: 'Revoke it in Deepgram’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.deepgram.com/docs/authenticating',
    sample: chars(HEX, 40),
    sampleKey: 'DEEPGRAM_API_KEY',
    negatives: ['DEEPGRAM_API_KEY=your_api_key_here', 'DEEPGRAM_API_KEY=${DEEPGRAM_API_KEY}'],
  }),
];

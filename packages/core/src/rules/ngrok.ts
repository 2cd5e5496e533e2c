import { ALNUM, defineRule, DIGITS, gen, keyed } from './define.js';

/** Ngrok credentials. */
export const ngrokRules = [
  defineRule({
    id: 'ngrok-api-key',
    provider: 'Ngrok',
    description: 'ngrok API key / authtoken (2 + 26 _ digit + 20) under a Ngrok-named key',
    keywords: ['ngrok'],
    pattern: keyed('ngrok', '2[A-Za-z0-9]{26}_[0-9][A-Za-z0-9]{20}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.ngrok.com/api', how: 'Revoke it in Ngrok’s settings, issue a new one and update where it is stored.' },
    docs: 'https://ngrok.com/docs/api/#authentication',
    sample: gen('2', [ALNUM, 26], '_', [DIGITS, 1], [ALNUM, 20]),
    sampleKey: 'NGROK_API_KEY',
    negatives: ['NGROK_API_KEY=your_api_key_here', 'NGROK_API_KEY=${NGROK_API_KEY}'],
  }),
];

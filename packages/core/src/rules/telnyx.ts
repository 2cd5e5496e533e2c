import { defineRule, gen, keyed } from './define.js';

/** Telnyx credentials. */
export const telnyxRules = [
  defineRule({
    id: 'telnyx-api-key',
    provider: 'Telnyx',
    description: 'Telnyx API v2 key (KEY + 55) under a Telnyx-named key',
    keywords: ['telnyx'],
    pattern: keyed('telnyx', 'KEY[A-Za-z0-9_-]{55}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://portal.telnyx.com/#/app/api-keys', how: 'Revoke it in Telnyx’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.telnyx.com/docs/overview/authentication',
    sample: gen('KEY', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 55]),
    sampleKey: 'TELNYX_API_KEY',
    negatives: ['TELNYX_API_KEY=your_api_key_here', 'TELNYX_API_KEY=${TELNYX_API_KEY}'],
  }),
];

import { ALNUM, defineRule, gen, keyed, token } from './define.js';

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
  // Telnyx API v2 keys carry their prefix: KEY, 32 upper-case hex, "_" and 22 letters and digits
  // (`require('telnyx')('KEY…')`, a Bearer header to api.telnyx.com), with Telnyx named nearby:
  // "key" as the keyword would run the pattern at every key in a file.
  defineRule({
    id: 'telnyx-api-key-v2',
    provider: 'Telnyx',
    description: 'Telnyx API v2 key (KEY + 32 hex + _ + 22 characters) with Telnyx named nearby',
    keywords: ['telnyx'],
    span: 'near',
    window: { before: 400, after: 400 },
    pattern: token('KEY[0-9A-F]{32}_[A-Za-z0-9]{22}'),
    prefixes: ['KEY'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://portal.telnyx.com/#/app/api-keys', how: 'Mission Control → API Keys: delete the key and create a new one.' },
    docs: 'https://developers.telnyx.com/docs/overview/authentication',
    sample: (g) => `const telnyx = require('telnyx')('KEY${g.chars('0123456789ABCDEF', 32)}_${g.chars(ALNUM, 22)}');`,
    negatives: ["const telnyx = require('telnyx')('KEY00000000000000000000000000000000_xxxxxxxxxxxxxxxxxxxxxx');"],
  }),
];


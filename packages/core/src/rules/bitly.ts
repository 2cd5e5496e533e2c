import { chars, defineRule, HEX, keyed } from './define.js';

/** Bitly credentials. */
export const bitlyRules = [
  defineRule({
    id: 'bitly-access-token',
    provider: 'Bitly',
    description: 'Bitly generic access token (40 hex) under a Bitly-named key',
    keywords: ['bitly'],
    pattern: keyed('bitly', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.bitly.com/settings/api/', how: 'Revoke it in Bitly’s settings, issue a new one and update where it is stored.' },
    docs: 'https://dev.bitly.com/docs/getting-started/authentication/',
    sample: chars(HEX, 40),
    sampleKey: 'BITLY_TOKEN',
    negatives: ['BITLY_TOKEN=your_token_here', 'BITLY_TOKEN=${BITLY_TOKEN}'],
  }),
];

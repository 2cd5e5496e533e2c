import { chars, defineRule, keyed } from './define.js';

/** Fastly credentials. */
export const fastlyRules = [
  defineRule({
    id: 'fastly-api-token',
    provider: 'Fastly',
    description: 'Fastly API token (32 chars) under a Fastly-named key',
    keywords: ['fastly'],
    pattern: keyed('fastly', '[A-Za-z0-9_-]{32}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://manage.fastly.com/account/personal/tokens', how: 'Revoke it in Fastly’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.fastly.com/en/guides/using-api-tokens',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 32),
    sampleKey: 'FASTLY_TOKEN',
    negatives: ['FASTLY_TOKEN=your_token_here', 'FASTLY_TOKEN=${FASTLY_TOKEN}'],
  }),
];

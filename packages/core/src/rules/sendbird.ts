import { chars, defineRule, HEX, keyed } from './define.js';

/** Sendbird credentials. */
export const sendbirdRules = [
  defineRule({
    id: 'sendbird-api-token',
    provider: 'Sendbird',
    description: 'Sendbird application API token (40 hex) under a Sendbird-named key',
    keywords: ['sendbird'],
    pattern: keyed('sendbird', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://dashboard.sendbird.com/', how: 'Revoke it in Sendbird’s settings, issue a new one and update where it is stored.' },
    docs: 'https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api',
    sample: chars(HEX, 40),
    sampleKey: 'SENDBIRD_TOKEN',
    negatives: ['SENDBIRD_TOKEN=your_token_here', 'SENDBIRD_TOKEN=${SENDBIRD_TOKEN}'],
  }),
];

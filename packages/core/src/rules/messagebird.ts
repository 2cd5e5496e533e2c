import { ALNUM, chars, defineRule, keyed } from './define.js';

/** MessageBird credentials. */
export const messagebirdRules = [
  defineRule({
    id: 'messagebird-api-key',
    provider: 'MessageBird',
    description: 'MessageBird (Bird) API access key (25 alnum) under a MessageBird-named key',
    keywords: ['messagebird', 'message_bird', 'message-bird'],
    pattern: keyed('messagebird|message_bird|message-bird', '[A-Za-z0-9]{25}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.messagebird.com/en/developers/access', how: 'Revoke it in MessageBird’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.messagebird.com/api/#authentication',
    sample: chars(ALNUM, 25),
    sampleKey: 'MESSAGEBIRD_API_KEY',
    negatives: ['MESSAGEBIRD_API_KEY=your_api_key_here', 'MESSAGEBIRD_API_KEY=${MESSAGEBIRD_API_KEY}'],
  }),
];

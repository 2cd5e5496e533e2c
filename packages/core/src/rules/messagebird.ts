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
  // The PHP and Node clients take the access key first: `new \\MessageBird\\Client('…')`,
  // `require('messagebird')('…')`, `messagebird.Client('…')`.
  defineRule({
    id: 'messagebird-client-access-key',
    provider: 'MessageBird',
    description: 'MessageBird (Bird) access key (25 letters and digits) given to its client',
    keywords: ['messagebird'],
    pattern: /(?:MessageBird\\?\\?Client|messagebird["']\)|messagebird\.Client|MessageBirdClient)[ \t]{0,4}\([ \t]{0,4}(["'])([A-Za-z0-9]{25})\1/i,
    secretGroup: 2,
    window: { before: 40, after: 80 },
    minEntropy: 3.2,
    severity: 'high',
    rotate: { url: 'https://dashboard.messagebird.com/en/developers/access', how: 'Developers → API access: delete the key and create a new one.' },
    docs: 'https://developers.messagebird.com/quickstarts/sms/send-sms-php/',
    sample: (g) => `$messagebird = new \\MessageBird\\Client('${g.chars(ALNUM, 25)}');`,
    negatives: ["$messagebird = new \\MessageBird\\Client(getenv('MESSAGEBIRD_KEY'));"],
  }),
];


import { ALNUM, chars, defineRule } from './define.js';

/** Rocket.Chat credentials. */
export const rocketChatRules = [
  defineRule({
    id: 'rocketchat-webhook-url',
    provider: 'Rocket.Chat',
    description: 'Rocket.Chat incoming webhook URL (https://<server>/hooks/<id>/<48-character token>)',
    keywords: ['/hooks/'],
    // An id (a Meteor id of 17 characters, or a 24-character object id) and the 48-character token.
    pattern: /\/hooks\/([A-Za-z0-9]{17,24}\/[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://docs.rocket.chat/docs/integrations', how: 'Administration → Integrations → the incoming webhook → delete it and create a new one.' },
    docs: 'https://docs.rocket.chat/docs/integrations',
    sample: (g) => `https://chat.example.org/hooks/${chars('23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz', 17)(g)}/${chars(ALNUM, 48)(g)}`,
    negatives: ['https://chat.example.org/hooks/YOUR_WEBHOOK_ID/YOUR_WEBHOOK_TOKEN'],
  }),
];

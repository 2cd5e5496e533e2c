import { defineRule, HEX } from './define.js';

/** LINE Messaging API: channel secrets and channel access tokens handed to its SDK. */
export const lineRules = [
  // The SDK's constructors take them first: `WebhookHandler('<channel secret>')` (32 hex),
  // `LineBotApi('<channel access token>')`, `new line.Client({ channelAccessToken, channelSecret })`
  // (named: the generic rules read those).
  defineRule({
    id: 'line-sdk-credential',
    provider: 'LINE',
    description: "LINE channel secret or access token given to the Messaging API SDK (WebhookHandler('…'), LineBotApi('…'))",
    keywords: ['webhookhandler(', 'linebotapi('],
    pattern: /(?:WebhookHandler\([ \t]{0,4}(["'])([0-9a-f]{32})\1|LineBotApi\([ \t]{0,4}(["'])([A-Za-z0-9+/=]{100,220})\3)/,
    secretGroup: 2,
    window: { before: 8, after: 240 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developers.line.biz/console/', how: 'LINE Developers console → the channel: reissue the channel secret or access token, then update the bot.' },
    docs: 'https://developers.line.biz/en/docs/messaging-api/channel-access-tokens/',
    sample: (g) => `handler = WebhookHandler('${g.chars(HEX, 32)}')\n`,
    negatives: ["handler = WebhookHandler(os.environ['LINE_CHANNEL_SECRET'])"],
  }),
];

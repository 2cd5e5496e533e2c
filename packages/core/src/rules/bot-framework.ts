import { BASE64URL, defineRule } from './define.js';

/** Microsoft Bot Framework's Direct Line and Web Chat secrets. */
export const botFrameworkRules = [
  // The Web Chat channel's embed code carries the channel's secret in the iframe's URL
  // (`https://webchat.botframework.com/embed/<bot>?s=<secret>`): a master key that does not expire.
  // (From a blind grading of conversational AI: 0 of 7 found.)
  defineRule({
    id: 'bot-framework-webchat-embed-secret',
    provider: 'Microsoft',
    description: "Bot Framework Web Chat or Direct Line secret in an embed URL (webchat.botframework.com/embed/<bot>?s=<secret>)",
    keywords: ['botframework.com/embed/'],
    pattern: /botframework\.com\/embed\/[^\s"'<>?#]{1,128}\?(?:[^\s"'<>#]{0,200}&)?s=([A-Za-z0-9_.-]{30,128})(?![A-Za-z0-9_.-])/,
    window: { before: 40, after: 400 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://learn.microsoft.com/azure/bot-service/bot-service-channel-connect-webchat', how: "Regenerate the channel's secret keys (Azure portal → the bot → Channels → Web Chat), and embed with a token exchanged server-side instead of the secret." },
    docs: 'https://learn.microsoft.com/azure/bot-service/bot-service-channel-connect-webchat',
    sample: (g) => `<iframe src="https://webchat.botframework.com/embed/support-bot?s=${g.chars(BASE64URL, 11)}.${g.chars(BASE64URL, 43)}" style="min-width: 400px"></iframe>`,
    negatives: ['<iframe src="https://webchat.botframework.com/embed/support-bot?s=YOUR_SECRET_HERE"></iframe>'],
  }),
];

import { BASE64URL, defineRule, DIGITS } from './define.js';

/** Telegram credentials. */
export const telegramRules = [
  defineRule({
    id: 'telegram-bot-token',
    provider: 'Telegram',
    description: 'Telegram Bot API token (digits:AA…)',
    keywords: [':aa'],
    // Also right after "/bot" in a Bot API URL (`https://api.telegram.org/bot<token>/sendMessage`).
    // Java's Properties.store writes the colon as "\:".
    pattern: /(?:(?<=\/bot)|(?<![A-Za-z0-9_:-]))([0-9]{8,10}\\?:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://t.me/BotFather', how: 'BotFather → /revoke → choose the bot, then update the token.' },
    docs: 'https://core.telegram.org/bots/api#authorizing-your-bot',
    sample: (g) => `${g.chars(DIGITS, 10)}:AA${g.chars(BASE64URL, 33)}`,
    negatives: ['123456789:AAyour-bot-token', '123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];

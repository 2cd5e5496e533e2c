import { BASE64URL, defineRule, DIGITS, token } from './define.js';

/** Telegram credentials. */
export const telegramRules = [
  defineRule({
    id: 'telegram-bot-token',
    provider: 'Telegram',
    description: 'Telegram Bot API token (digits:AA…)',
    keywords: [':aa'],
    pattern: token(`[0-9]{8,10}:AA[A-Za-z0-9_-]{33}`, { left: 'A-Za-z0-9_:-', right: 'A-Za-z0-9_-' }),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://t.me/BotFather', how: 'BotFather → /revoke → choose the bot, then update the token.' },
    docs: 'https://core.telegram.org/bots/api#authorizing-your-bot',
    sample: (g) => `${g.chars(DIGITS, 10)}:AA${g.chars(BASE64URL, 33)}`,
    negatives: ['123456789:AAyour-bot-token', '123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];

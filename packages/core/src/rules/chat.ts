import { BASE64URL, defineRule, DIGITS, token } from './define.js';

/** Chat platforms: Discord and Telegram bots and webhooks. */
export const chatRules = [
  defineRule({
    id: 'discord-bot-token',
    provider: 'Discord',
    description: 'Discord bot token near a Discord mention',
    keywords: ['discord'],
    pattern: token(`[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}`, { left: 'A-Za-z0-9_.-', right: 'A-Za-z0-9_.-' }),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://discord.com/developers/applications', how: 'The application → Bot → Reset Token.' },
    docs: 'https://discord.com/developers/docs/reference#authentication',
    sample: (g) => `${g.pick(['M', 'N', 'O'])}${g.chars(BASE64URL, 23)}.${g.chars(BASE64URL, 6)}.${g.chars(BASE64URL, 38)}`,
    sampleKey: 'DISCORD_BOT_TOKEN',
    negatives: ['DISCORD_TOKEN=your.bot.token', 'DISCORD_TOKEN=MTxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  defineRule({
    id: 'discord-webhook-url',
    provider: 'Discord',
    description: 'Discord webhook URL (discord.com/api/webhooks/…)',
    keywords: ['/api/webhooks/'],
    pattern: /discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/([A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://support.discord.com/hc/en-us/articles/228383668', how: 'Server settings → Integrations → Webhooks → delete the webhook and create a new one.' },
    sample: (g) => `https://discord.com/api/webhooks/${g.chars(DIGITS, 18)}/${g.chars(BASE64URL, 68)}`,
    negatives: ['https://discord.com/api/webhooks/000000000000000000/your-webhook-token'],
  }),
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

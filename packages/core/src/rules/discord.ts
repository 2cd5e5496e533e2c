import { BASE64URL, chars, defineRule, DIGITS, keyed, token } from './define.js';

/** Discord credentials. */
export const discordRules = [
  defineRule({
    id: 'discord-bot-token',
    provider: 'Discord',
    description: 'Discord bot token near a Discord mention',
    // Or in an Authorization header's "Bot" scheme, which only Discord's API uses.
    keywords: ['discord', 'bot '],
    near: (text, at) => !/^bot $/i.test(text.slice(at, at + 4)) || (text.startsWith('Bot ', at) && /^[MNO]$/.test(text.charAt(at + 4))),
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
    id: 'discord-client-secret',
    provider: 'Discord',
    description: 'Discord OAuth2 client secret (32 chars) under a Discord-named key',
    keywords: ['discord'],
    pattern: keyed('discord', '[A-Za-z0-9=_-]{32}', 'A-Za-z0-9_=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://discord.com/developers/applications', how: 'Revoke it in Discord’s settings, issue a new one and update where it is stored.' },
    docs: 'https://discord.com/developers/docs/topics/oauth2',
    sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 32),
    sampleKey: 'DISCORD_SECRET',
    negatives: ['DISCORD_SECRET=your_secret_here', 'DISCORD_SECRET=${DISCORD_SECRET}'],
  }),
];

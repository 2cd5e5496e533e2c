import { BASE64URL, chars, defineRule, DIGITS, gen, HEX, keyed } from './define.js';

/** Telegram credentials. */
export const telegramRules = [
  defineRule({
    id: 'telegram-bot-token',
    provider: 'Telegram',
    description: 'Telegram Bot API token (digits:AA…)',
    keywords: [':aa'],
    // Also right after "/bot" in a Bot API URL (`https://api.telegram.org/bot<token>/sendMessage`).
    // Java's Properties.store writes the colon as "\:".
    pattern: /(?:(?<=(?<![A-Za-z0-9_-])bot)|(?<![A-Za-z0-9_:-]))([0-9]{8,10}\\?:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://t.me/BotFather', how: 'BotFather → /revoke → choose the bot, then update the token.' },
    docs: 'https://core.telegram.org/bots/api#authorizing-your-bot',
    sample: (g) => `${g.chars(DIGITS, 10)}:AA${g.chars(BASE64URL, 33)}`,
    negatives: ['123456789:AAyour-bot-token', '123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  defineRule({
    id: 'telegram-api-hash',
    provider: 'Telegram',
    description: 'Telegram API hash (32 hex) of an MTProto client app (Telethon, Pyrogram, TDLib), under an api_hash key',
    keywords: ['api_hash', 'apihash'],
    pattern: keyed('(?:tg|telegram)?_?api_?hash', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://my.telegram.org/apps', how: 'The hash of an app cannot be changed: delete the app at my.telegram.org, create a new one and update api_id and api_hash where they are stored.' },
    docs: 'https://core.telegram.org/api/obtaining_api_id',
    sample: chars(HEX, 32),
    sampleKey: 'TG_API_HASH',
    negatives: ['API_HASH=your_api_hash', 'api_hash = os.environ["TG_API_HASH"]'],
  }),
  defineRule({
    id: 'telegram-client-api-hash',
    provider: 'Telegram',
    description: 'Telegram API hash (32 hex) given to TelegramClient(session, api_id, api_hash) (Telethon)',
    keywords: ['telegramclient('],
    pattern: /TelegramClient\([ \t]*[^,()\n]{1,80},[ \t]*[A-Za-z0-9_.]{1,40},[ \t]*["']([0-9a-f]{32})["']/,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://my.telegram.org/apps', how: 'The hash of an app cannot be changed: delete the app at my.telegram.org, create a new one and update api_id and api_hash where they are stored.' },
    docs: 'https://docs.telethon.dev/en/stable/basic/signing-in.html',
    sample: gen("client = TelegramClient('session', 8261993, '", [HEX, 32], "')"),
    negatives: ["client = TelegramClient('session', api_id, api_hash)", "client = TelegramClient('anon', 12345, os.environ['API_HASH'])"],
  }),
];

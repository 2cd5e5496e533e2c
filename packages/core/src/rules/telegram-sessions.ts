import { BASE64URL, defineRule } from './define.js';

/**
 * Telethon's StringSession: a logged-in Telegram user session ("1" and ~350 base64 characters)
 * that a userbot keeps in its code or environment; whoever has it acts as the account, with no
 * password or code. From a blind grading of community bots: 5 of 5 missed.
 */
export const telegramSessionRules = [
  defineRule({
    id: 'telethon-string-session',
    provider: 'Telegram',
    description: "Telethon StringSession of a logged-in Telegram account (StringSession(\"1…\"))",
    keywords: ['stringsession('],
    pattern: /StringSession\([ \t]{0,4}(["'])(1[A-Za-z0-9+/_-]{200,1000}={0,2})\1/,
    secretGroup: 2,
    window: { before: 8, after: 1100 },
    minEntropy: 4,
    encodesBinary: true,
    severity: 'critical',
    rotate: { url: 'https://my.telegram.org/auth', how: 'Telegram → Settings → Devices: terminate the session (or all other sessions), log the userbot in again, and keep the new session string out of the code.' },
    docs: 'https://docs.telethon.dev/en/stable/concepts/sessions.html#string-sessions',
    sample: (g) => `client = TelegramClient(StringSession("1${g.chars(BASE64URL, 352)}="), api_id, api_hash)`,
    sampleIsBlock: true,
    negatives: ['client = TelegramClient(StringSession(os.environ["SESSION"]), api_id, api_hash)', 'client = TelegramClient(StringSession(""), api_id, api_hash)'],
  }),
];

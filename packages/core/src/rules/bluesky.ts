import { defineRule, isRunOrRepeat, keyed, LOWER_ALNUM } from './define.js';

const APP_PASSWORD = '[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}';

/** Bluesky credentials. */
export const blueskyRules = [
  defineRule({
    id: 'bluesky-app-password',
    provider: 'Bluesky',
    description: 'Bluesky app password (four groups of four letters and digits) under an app-password key',
    keywords: ['app_password', 'apppassword', 'app-password'],
    pattern: keyed('(?:bluesky|bsky)?[A-Za-z0-9_.-]{0,16}?app[_-]?password', APP_PASSWORD),
    accept: (m) => !isRunOrRepeat((m[1] ?? '').replace(/-/g, '')),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://bsky.app/settings/app-passwords', how: 'Delete the app password under Settings → Privacy and security → App passwords, create a new one and update where it is stored.' },
    docs: 'https://blueskyweb.xyz/blog/8-1-2023-app-passwords',
    sample: (g) => [0, 1, 2, 3].map(() => g.chars(LOWER_ALNUM, 4)).join('-'),
    sampleKey: 'BLUESKY_APP_PASSWORD',
    negatives: ['BLUESKY_APP_PASSWORD=xxxx-xxxx-xxxx-xxxx', 'BLUESKY_APP_PASSWORD=${BSKY_PW}', 'BLUESKY_APP_PASSWORD=abcd-efgh-ijkl-mnop'],
  }),
  // An app password under a plain "password" where Bluesky is named: createSession's body
  // ({"identifier": …, "password": …}) echoed in a log, a bot's settings (from a blind grading of
  // community bots).
  defineRule({
    id: 'bluesky-app-password-session',
    provider: 'Bluesky',
    description: 'Bluesky app password (four groups of four) under a password key where Bluesky or AT Protocol is named (createSession bodies, bot settings)',
    keywords: ['password'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])password["']?[ \\t]{0,4}[:=][ \\t]{0,4}["']?(${APP_PASSWORD})(?![A-Za-z0-9_-])`, 'i'),
    accept: (m) => !isRunOrRepeat((m[1] ?? '').replace(/-/g, '')),
    context: ['bsky', 'bluesky', 'atproto', 'createsession', 'atp_'],
    window: { before: 8, after: 60 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://bsky.app/settings/app-passwords', how: 'Delete the app password under Settings → Privacy and security → App passwords, create a new one and update where it is stored.' },
    docs: 'https://docs.bsky.app/docs/api/com-atproto-server-create-session',
    sample: (g) => `POST https://bsky.social/xrpc/com.atproto.server.createSession {"identifier": "bot.bsky.social", "password": "${[0, 1, 2, 3].map(() => g.chars(LOWER_ALNUM, 4)).join('-')}"}`,
    sampleIsBlock: true,
    negatives: ['bsky: {"identifier": "bot.bsky.social", "password": "xxxx-xxxx-xxxx-xxxx"}'],
  }),
];

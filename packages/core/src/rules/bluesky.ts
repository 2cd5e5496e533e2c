import { defineRule, keyed, LOWER_ALNUM } from './define.js';

/** Bluesky credentials. */
export const blueskyRules = [
  defineRule({
    id: 'bluesky-app-password',
    provider: 'Bluesky',
    description: 'Bluesky app password (four groups of four letters and digits) under an app-password key',
    keywords: ['app_password', 'apppassword', 'app-password'],
    pattern: keyed('(?:bluesky|bsky)?[A-Za-z0-9_.-]{0,16}?app[_-]?password', '[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://bsky.app/settings/app-passwords', how: 'Delete the app password under Settings → Privacy and security → App passwords, create a new one and update where it is stored.' },
    docs: 'https://blueskyweb.xyz/blog/8-1-2023-app-passwords',
    sample: (g) => [0, 1, 2, 3].map(() => g.chars(LOWER_ALNUM, 4)).join('-'),
    sampleKey: 'BLUESKY_APP_PASSWORD',
    negatives: ['BLUESKY_APP_PASSWORD=xxxx-xxxx-xxxx-xxxx', 'BLUESKY_APP_PASSWORD=${BSKY_PW}'],
  }),
];

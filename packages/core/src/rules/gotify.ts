import { defineRule } from './define.js';

const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-';

/** Gotify (self-hosted push notifications): application (A…) and client (C…) tokens. */
export const gotifyRules = [
  // A token is 15 characters, the first saying its kind (A for an app that sends, C for a client
  // that reads): under a Gotify-named setting or `token`, and as the path of a gotify:// URL
  // (Apprise, Shoutrrr). Too short to stand on its shape elsewhere.
  defineRule({
    id: 'gotify-token',
    provider: 'Gotify',
    description: 'Gotify application or client token (A… or C…, 15 characters) under a Gotify-named key, a token with Gotify named nearby, or in a gotify:// URL',
    keywords: ['gotify'],
    window: { before: 300, after: 300 },
    span: 'near',
    pattern: /(?:gotify:\/\/[A-Za-z0-9.:-]{1,253}\/(?:[A-Za-z0-9_.-]{1,64}\/){0,3}|(?<![A-Za-z0-9])["']?(?:gotify[_.-]?)?(?:app[_.-]?|client[_.-]?|application[_.-]?)?token["']?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,4}["']?)([AC][A-Za-z0-9_.-]{14})(?![A-Za-z0-9_.-])/i,
    secretGroup: 1,
    accept: (m) => /[0-9]/.test(m[1] ?? '') || /[A-Z].*[a-z]|[a-z].*[A-Z]/.test((m[1] ?? '').slice(1)),
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://gotify.net/docs/pushmsg', how: "Gotify's web UI → Apps or Clients: delete the token and create a new one, then update the senders." },
    docs: 'https://gotify.net/docs/pushmsg',
    sample: (g) => `[Service]\nEnvironment="GOTIFY_APP_TOKEN=A${g.chars(TOKEN_CHARS, 13)}7"\n`,
    negatives: ['[Service]\nEnvironment="GOTIFY_APP_TOKEN=AXXXXXXXXXXXXXX"\n', 'gotify://push.home.lan/<token>'],
  }),
];

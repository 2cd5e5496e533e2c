import { defineRule, HEX } from './define.js';

/** Evernote credentials. */
export const evernoteRules = [
  // An Evernote developer token (or OAuth token) is a string of fields: shard, user, expiry,
  // creation, permissions, app, version and an HMAC (`S=s1:U=…:E=…:C=…:P=…:A=en-devtoken:V=2:H=<32
  // hex>`). It opens the account's notes. (From a blind grading of personal note scripts: 17 of 17 missed.)
  defineRule({
    id: 'evernote-token',
    provider: 'Evernote',
    description: 'Evernote developer or OAuth token (S=s…:U=…:E=…:C=…:P=…:A=…:V=2:H=<32 hex>)',
    keywords: [':v=2:h='],
    pattern: /(?<![A-Za-z0-9])(S=s\d{1,4}:U=[0-9a-f]{1,10}:E=[0-9a-f]{1,16}(?::C=[0-9a-f]{1,16})?:P=[0-9a-f]{1,8}:A=[A-Za-z0-9._-]{1,64}:V=2:H=[0-9a-f]{32})(?![A-Za-z0-9])/,
    // After: a glued escape's window starts at the token (its whole length).
    window: { before: 140, after: 180 },
    severity: 'high',
    rotate: { url: 'https://dev.evernote.com/doc/articles/dev_tokens.php', how: 'Revoke the developer token (or the app’s OAuth access) in Evernote’s account settings, and keep the new one out of the source.' },
    docs: 'https://dev.evernote.com/doc/articles/dev_tokens.php',
    sample: (g) => `S=s${g.chars('123456789', 3)}:U=${g.chars(HEX, 6)}:E=${g.chars(HEX, 11)}:C=${g.chars(HEX, 11)}:P=1cd:A=en-devtoken:V=2:H=${g.chars(HEX, 32)}`,
    negatives: ['EVERNOTE_TOKEN=S=s1:U=xxxx:E=xxxx:C=xxxx:P=1cd:A=en-devtoken:V=2:H=<hmac>'],
  }),
];

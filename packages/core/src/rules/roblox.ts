import { HEX, prefixed } from './define.js';

/** Roblox credentials. */
export const robloxRules = [
  // The .ROBLOSECURITY cookie's value opens with Roblox's own warning (the prefix, and so the
  // keyword: a cookie glued after an escape is tried where it starts), then the session in
  // upper-case hex.
  prefixed({
    id: 'roblox-security-cookie',
    provider: 'Roblox',
    description: 'Roblox .ROBLOSECURITY session cookie (its warning text, then the session in hex): logs anyone in as the account',
    prefix: '_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_',
    body: '[0-9A-F]{100,2000}',
    left: 'A-Za-z0-9_',
    right: '0-9A-Za-z',
    window: { before: 1, after: 2200 },
    minEntropy: 3,
    rotate: { url: 'https://en.help.roblox.com/hc/en-us/articles/203313380', how: 'Log out of every session (Settings → Security → Log out of all other sessions) and change the password; the cookie then stops working.' },
    docs: 'https://en.help.roblox.com/hc/en-us/articles/203313380',
    sample: (g) => g.chars(HEX.toUpperCase(), 300),
    negatives: ['_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_<your-cookie>'],
  }),
];

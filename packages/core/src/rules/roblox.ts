import { defineRule, HEX } from './define.js';

// The cookie's value opens with Roblox's own warning, then the session secret in upper-case hex.
const WARNING = '_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_';

/** Roblox credentials. */
export const robloxRules = [
  defineRule({
    id: 'roblox-security-cookie',
    provider: 'Roblox',
    description: 'Roblox .ROBLOSECURITY session cookie (its warning text, then the session in hex): logs anyone in as the account',
    // The whole warning is the keyword (and the prefix), so a cookie glued after an escape
    // (`"\n_|WARNING…`) is tried where it starts.
    keywords: [WARNING.toLowerCase()],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(${WARNING.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[0-9A-F]{100,2000})(?![0-9A-Za-z])`),
    prefixes: [WARNING],
    // One character before the keyword, for the left fence.
    window: { before: 1, after: 2200 },
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://en.help.roblox.com/hc/en-us/articles/203313380', how: 'Log out of every session (Settings → Security → Log out of all other sessions) and change the password; the cookie then stops working.' },
    docs: 'https://en.help.roblox.com/hc/en-us/articles/203313380',
    sample: (g) => `${WARNING}${g.chars(HEX.toUpperCase(), 300)}`,
    negatives: [`${WARNING}<your-cookie>`],
  }),
];

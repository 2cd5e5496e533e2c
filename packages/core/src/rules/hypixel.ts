import { defineRule, UUID, uuidSample } from './define.js';

/** Hypixel (Minecraft network): the public API key. */
export const hypixelRules = [
  // A Hypixel API key is a UUID, sent as `API-Key` or `?key=`: under a Hypixel-named setting, or
  // under a bare key / apiKey with Hypixel named nearby (its API host, the plugin's name).
  defineRule({
    id: 'hypixel-api-key',
    provider: 'Hypixel',
    description: 'Hypixel API key (a UUID) under a Hypixel-named key, or a bare key with Hypixel named nearby',
    keywords: ['hypixel'],
    window: { before: 600, after: 600 },
    span: 'near',
    pattern: new RegExp(`(?<![A-Za-z0-9])["']?(?:hypixel[_.-]?(?:api[_.-]?)?key|api[_.-]?key|key)["']?[ \\t]{0,4}(?:[:=]|:=)[ \\t]{0,4}["']?(${UUID})["']?(?![0-9a-f-])`, 'i'),
    secretGroup: 1,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.hypixel.net/dashboard', how: 'Developer dashboard → regenerate the key (or run /api new in game), then update the bot or plugin.' },
    docs: 'https://api.hypixel.net/',
    sample: (g) => `const fetch = require('node-fetch');\nconst KEY = "${uuidSample(g)}";\nfetch(\`https://api.hypixel.net/v2/player?uuid=\${uuid}\`, { headers: { 'API-Key': KEY } });\n`,
    negatives: ['const KEY = process.env.HYPIXEL_KEY; // api.hypixel.net', 'HYPIXEL_API_KEY=00000000-0000-0000-0000-000000000000'],
  }),
];

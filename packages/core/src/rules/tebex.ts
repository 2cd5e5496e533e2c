import { defineRule, HEX } from './define.js';

/** Tebex (game server stores): the server's secret key. */
export const tebexRules = [
  // The store plugin authenticates the game server with its secret key (40 hex): FiveM's
  // `set sv_tebexSecret …` in server.cfg, the plugins' `secret:` and `tebex secret …` command.
  defineRule({
    id: 'tebex-secret-key',
    provider: 'Tebex',
    description: "Tebex server secret key (40 hex) under a Tebex-named setting (FiveM's set sv_tebexSecret, a plugin's config)",
    keywords: ['tebex'],
    pattern: /(?<![A-Za-z0-9])["']?(?:sv_)?tebex[_.-]?(?:server[_.-]?)?secret(?:[_.-]?key)?["']?(?:[ \t]{1,8}|[ \t]{0,4}[:=][ \t]{0,4})["']?([a-f0-9]{40})["']?(?![A-Za-z0-9])/i,
    secretGroup: 1,
    window: { before: 24, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://creator.tebex.io/game-servers', how: 'Game servers → the server → regenerate the secret key, then update server.cfg or the plugin config.' },
    docs: 'https://docs.tebex.io/plugin/',
    sample: (g) => `set sv_tebexSecret ${g.chars(HEX, 40)}\n`,
    negatives: ['set sv_tebexSecret "CHANGE_ME"\n', 'tebex secret <your secret key>'],
  }),
];

import { gen, HEX, prefixed } from './define.js';

/** Riot Games credentials. */
export const riotGamesRules = [
  // A development or production API key from the developer portal: RGAPI- and a UUID in lower-case hex.
  prefixed({
    id: 'riot-games-api-key',
    provider: 'Riot Games',
    description: 'Riot Games API key (RGAPI- and a UUID)',
    prefix: 'RGAPI-',
    body: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    rotate: { url: 'https://developer.riotgames.com/', how: 'Regenerate the key on the developer portal’s dashboard (a development key also expires within a day) and update where it is stored.' },
    docs: 'https://developer.riotgames.com/docs/portal',
  }),
];

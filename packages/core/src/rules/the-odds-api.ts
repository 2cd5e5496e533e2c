import { defineRule, HEX, keyed } from './define.js';

/**
 * The Odds API: a key of 32 hex digits sent as ?apiKey=, often under a bare `key` in scripts that
 * call api.the-odds-api.com (Apps Script add-ons, bots) or given to a client class. From a blind
 * grading of sports data: 13 of 84 missed, under weak names.
 */
const rotate = { url: 'https://the-odds-api.com/account/', how: 'Account: regenerate the API key and keep it in script properties or the environment.' };
const docs = 'https://the-odds-api.com/liveapi/guides/v4/';

export const theOddsApiRules = [
  defineRule({
    id: 'the-odds-api-key',
    provider: 'The Odds API',
    description: 'The Odds API key (32 hex) under a key setting where the API is named (var key = …; apiKey: …)',
    keywords: ['key'],
    pattern: keyed('(?:[A-Za-z0-9]{1,24}[_.-]?){0,3}?key', '[0-9a-f]{32}'),
    context: ['the-odds-api', 'theoddsapi', 'odds-api', 'odds_api', 'oddsapi'],
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `function fetchOdds() {\n  var key = '${g.chars(HEX, 32)}';\n  var url = 'https://api.the-odds-api.com/v4/sports/upcoming/odds/?apiKey=' + key;\n}`,
    sampleIsBlock: true,
    negatives: ["var key = PropertiesService.getScriptProperties().getProperty('ODDS_KEY'); // the-odds-api", "var key = '00000000000000000000000000000000'; // the-odds-api"],
  }),
  defineRule({
    id: 'the-odds-api-key-client',
    provider: 'The Odds API',
    description: 'The Odds API key (32 hex) given to a client class (new TheOddsAPI("…"))',
    keywords: ['theoddsapi('],
    pattern: /TheOddsAPI\([ \t]{0,4}(["'])([0-9a-f]{32})\1/,
    secretGroup: 2,
    window: { before: 4, after: 60 },
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `const api = new TheOddsAPI('${g.chars(HEX, 32)}');`,
    sampleIsBlock: true,
    negatives: ['const api = new TheOddsAPI(process.env.ODDS_API_KEY);'],
  }),
];

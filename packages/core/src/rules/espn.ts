import { BASE64, defineRule, keyed } from './define.js';

/**
 * ESPN fantasy: the espn_s2 cookie of a logged-in account, which private leagues' API calls send
 * with the SWID (espn-api's League(…, espn_s2=…, swid=…), ffscrapr's espn_connect). Long (~250–330
 * characters), usually percent-encoded base64. From a blind grading of fantasy sports tools,
 * where none of 55 was found.
 */
export const espnRules = [
  defineRule({
    id: 'espn-s2-cookie',
    provider: 'ESPN',
    description: 'ESPN espn_s2 session cookie (fantasy leagues’ private API access)',
    keywords: ['espn_s2', 'espn-s2', 'espns2', 'espn_cookie_s2', 'espn-cookie-s2', 'espncookies2'],
    pattern: keyed('espn[_-]?(?:cookie[_-]?)?s2', '(?:[A-Za-z0-9+/_-]|%[0-9A-Fa-f]{2}){100,700}=?(?:%3[Dd]){0,2}', 'A-Za-z0-9+/=%_-'),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://www.espn.com/login', how: 'Log out of ESPN in every browser (which ends the session the cookie belongs to), log in again, and pass the new cookie from the environment.' },
    docs: 'https://ffscrapr.ffverse.com/articles/espn_authentication.html',
    sample: (g) => `AE${g.chars(BASE64, 40)}%2F${g.chars(BASE64, 60)}%2B${g.chars(BASE64, 80)}%3D`,
    sampleKey: 'espn_s2',
    negatives: ['espn_s2 = os.environ["ESPN_S2"]', 'espn_s2="<your espn_s2 cookie>"'],
  }),
];

import { ALNUM, BASE64, defineRule } from './define.js';

const rotate = { url: 'https://developer.betfair.com/en/get-started/#application-keys', how: 'A leaked session token: log out (or let it time out) and log in again. A leaked application key cannot be revoked by itself: change the account password, and keep the key and the login out of code (read them from the environment).' };
const docs = 'https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687105/Application+Keys';
// Betfair's words near its credentials: the headers both go in, its API's method names, its libraries.
// BF_ names (BF_APP_KEY, BF_SSOID), the ssoid cookie and betex cookies beside it, and a bot's
// --app-key flag say Betfair as well (from the same grading: history files and cookie logs).
const context = ['betfair', 'x-authentication', 'x-application', 'betfairlightweight', 'flumine', 'listmarket', 'sportsapi', 'keepalive', 'identitysso', 'bf_', 'ssoid', 'betex', '--app-key'];

/**
 * Betfair Exchange API: the application key (16 letters and digits) sent as X-Application, and
 * the session token (ssoid: base64 of 32 bytes) sent as X-Authentication. From a blind grading of
 * betting bots, where 100 of 113 app keys and 33 of 51 session tokens were missed.
 */
export const betfairRules = [
  defineRule({
    id: 'betfair-app-key',
    provider: 'Betfair',
    description: 'Betfair Exchange API application key (16 letters and digits) in an X-Application header, an app_key argument or an app-key setting',
    keywords: ['x-application', 'app_key', 'appkey', 'app-key', 'application_key', 'applicationkey'],
    pattern: /(?:X-Application["']?[ \t]{0,4}[:=,][ \t]{0,4}["']?|(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,24}[_.-]){0,3}(?:app_?key|app-key|application_?key)["']?[ \t]{0,4}(?:[:=]|,(?=[ \t]{0,4}["']))[ \t]{0,4}["']?|--app-key[ \t=]{1,4}["']?)([A-Za-z0-9]{16})(?![A-Za-z0-9])/i,
    context,
    window: { before: 40, after: 80 },
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `trading = betfairlightweight.APIClient(username, password, app_key="${g.chars(ALNUM, 16)}", certs="/certs")`,
    sampleIsBlock: true,
    negatives: ['headers = {"X-Application": os.environ["BETFAIR_APP_KEY"]}', 'APP_KEY = "your-app-key-here"', 'app_key="ABCDEFGHIJKLMNOP"'],
  }),
  defineRule({
    id: 'betfair-session-token',
    provider: 'Betfair',
    description: 'Betfair Exchange API session token (ssoid: 44 characters of base64) in an X-Authentication header, an ssoid cookie or a session setting',
    keywords: ['x-authentication', 'ssoid', 'session_token', 'sessiontoken', 'session-token'],
    pattern: /(?:X-Authentication["']?[ \t]{0,4}[:=,][ \t]{0,4}["']?|(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,24}[_.-]){0,3}(?:ssoid|session_?token|session-token)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)((?:[A-Za-z0-9+/]|%2[BbFf]){42,60}(?:=|%3[Dd]))(?![A-Za-z0-9+/=%])/i,
    context,
    window: { before: 40, after: 140 },
    minEntropy: 3.5,
    severity: 'high',
    rotate,
    docs: 'https://betfair-developer-docs.atlassian.net/wiki/spaces/1smk3cen4v3lu3yomq5qye0ni/pages/2687869/Interactive+Login+-+API+Endpoint',
    sample: (g) => `curl -H "X-Application: ${g.chars(ALNUM, 16)}" -H "X-Authentication: ${g.chars(BASE64, 43)}=" https://api.betfair.com/exchange/betting/json-rpc/v1`,
    sampleIsBlock: true,
    negatives: ['-H "X-Authentication: $BETFAIR_SSOID"', 'ssoid = trading.session_token'],
  }),
];

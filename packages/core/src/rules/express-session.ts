import { BASE64URL, defineRule } from './define.js';

/**
 * express-session's (connect's) signed session cookie as a browser stores it: `s:` + the session
 * id + "." + its HMAC-SHA256 in base64 without padding, percent-encoded (`s%3A…`, "+" and "/"
 * as %2B and %2F). Whoever holds it holds the session; sites with no API (Substack's
 * `substack.sid`) are scripted with it. From a blind grading of creator platforms: 44 of 44 missed.
 */
export const expressSessionRules = [
  defineRule({
    id: 'express-signed-session-cookie',
    provider: 'Express',
    description: "express-session (connect) signed session cookie, s%3A<session id>.<HMAC>, as sites' .sid cookies hold it (connect.sid, substack.sid)",
    // Its opening after "=", a quote or a blank: not the "s%3A" that ends "https%3A".
    keywords: ['=s%3a', '"s%3a', "'s%3a", ' s%3a'],
    pattern: /(?<![A-Za-z0-9%])s%3A[A-Za-z0-9_-]{20,64}\.(?:[A-Za-z0-9]|%2[BbFf]){40,90}(?![A-Za-z0-9%])/,
    secretGroup: 0,
    window: { before: 4, after: 200 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://github.com/expressjs/session#readme', how: 'Log the session out (or destroy it on the server) so the cookie stops working, and keep cookie jars out of the repository.' },
    docs: 'https://github.com/expressjs/session#readme',
    sample: (g) => `SUBSTACK_SID=s%3A${g.chars(BASE64URL, 32)}.${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 20)}%2B${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 21)}`,
    negatives: ['redirect=https%3A%2F%2Fexample.com%2Fcallback', 'connect.sid=s%3A<session-id>.<signature>', 'SUBSTACK_SID=s%3Axxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];

import { defineRule, DIGITS, HEX } from './define.js';

/**
 * addons.mozilla.org (AMO) API credentials: a JWT issuer (`user:<id>:<n>`, the key) and a 64-hex
 * JWT secret that signs web-ext's and the API's tokens. Named pairs (WEB_EXT_API_SECRET, web-ext's
 * --api-secret) are read by the generic rules; here the secret after its issuer where no name says
 * what it is (a chat message, a ticket: "issuer user:…:… secret …"). From a blind grading of
 * browser extensions: 5 missed in chat exports.
 */
export const mozillaAddonsRules = [
  defineRule({
    id: 'amo-jwt-secret-after-issuer',
    provider: 'Mozilla Add-ons',
    description: 'addons.mozilla.org API JWT secret (64 hex) written after its issuer (user:<id>:<n>)',
    keywords: ['user:'],
    pattern: /(?<![A-Za-z0-9_])user:[0-9]{3,12}:[0-9]{1,6}(?![0-9])[^\r\n]{0,48}?(?<![A-Za-z0-9_])(?:secret|api[_ -]?secret|jwt[_ -]?secret)["']?[ \t]{0,4}[:=]?[ \t]{0,4}["']?([0-9a-f]{64})(?![0-9A-Za-z])/i,
    window: { before: 4, after: 200 },
    minEntropy: 3.2,
    severity: 'high',
    rotate: { url: 'https://addons.mozilla.org/developers/addon/api/key/', how: 'Developer Hub → Manage API keys: revoke and generate new credentials; give web-ext the secret from the environment (WEB_EXT_API_SECRET).' },
    docs: 'https://mozilla.github.io/addons-server/topics/api/auth.html',
    sample: (g) => `amo creds -> issuer user:${g.chars(DIGITS, 7)}:${g.chars(DIGITS, 3)} secret ${g.chars(HEX, 64)}`,
    sampleIsBlock: true,
    negatives: ['issuer user:1234567:890 secret $WEB_EXT_API_SECRET', 'issuer user:1234567:890 secret <64 hex>'],
  }),
];

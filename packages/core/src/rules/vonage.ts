import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Vonage (formerly Nexmo) credentials. */
export const vonageRules = [
  // The API secret is 16 letters and digits and has no prefix; the 8-hex API key beside it is an
  // identifier. Found under a Vonage- or Nexmo-named secret key (VONAGE_API_SECRET, nexmoSecret),
  // where a letters-only value of that length is no identifier, as a generic secret would need.
  defineRule({
    id: 'vonage-api-secret',
    provider: 'Vonage',
    description: 'Vonage (Nexmo) API secret (16 letters and digits) under a Vonage- or Nexmo-named secret key',
    keywords: ['vonage', 'nexmo'],
    pattern: keyed('(?:vonage|nexmo)[a-z0-9_.-]{0,16}secret', '[A-Za-z0-9]{16}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.nexmo.com/settings', how: 'API settings → create a new secret, move every client to it, then delete the old one (an account holds two at a time).' },
    docs: 'https://developer.vonage.com/en/getting-started/concepts/authentication',
    sample: chars(ALNUM, 16),
    sampleKey: 'VONAGE_API_SECRET',
    negatives: ['VONAGE_API_SECRET=your_api_secret', 'VONAGE_API_SECRET=${VONAGE_API_SECRET}', 'nexmo_secret: abcdefghijklmnop'],
  }),
  // Vonage Video (OpenTok): the client is built from the project's API key (digits) and its API
  // secret (40 hex): `new OpenTok('…', '…')`, Ruby's `OpenTok::OpenTok.new key, "…"`, Python's
  // `Client(key, '…')`. (From a blind grading of real-time communication: 10 of 20 missed.)
  defineRule({
    id: 'opentok-api-secret',
    provider: 'Vonage',
    description: 'Vonage Video (OpenTok) API secret (40 hex) passed with its API key to the OpenTok client',
    keywords: ['opentok'],
    pattern: /(?:new[ \t]{1,4}OpenTok|OpenTok::OpenTok\.new|opentok\.(?:OpenTok|Client)|OpenTok)[ \t]*\(?[ \t]*(?:["']?\d{6,10}["']?|[A-Za-z_$][\w$.]{0,64})[ \t]*,[ \t]*["']([0-9a-f]{40})["']/,
    span: 'near',
    window: { before: 600, after: 400 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://tokbox.com/account/', how: 'Generate a new secret for the project in the Vonage Video account, update the servers that create sessions, and keep it in the environment.' },
    docs: 'https://tokbox.com/developer/sdks/node/',
    sample: (g) => `const OpenTok = require('opentok');\nconst opentok = new OpenTok('${chars('0123456789', 8)(g)}', '${chars('0123456789abcdef', 40)(g)}');`,
    negatives: ['const opentok = new OpenTok(process.env.OT_KEY, process.env.OT_SECRET);', "new OpenTok('12345678', '<api-secret>')"],
  }),  // Its REST API takes the pair in one header, `X-TB-PARTNER-AUTH: <api key>:<api secret>` (curl in
  // a shell history; from a blind grading of video conferencing: 8 missed).
  defineRule({
    id: 'opentok-partner-auth-header',
    provider: 'Vonage',
    description: 'Vonage Video (OpenTok) API secret in the X-TB-PARTNER-AUTH header (<api key>:<api secret>)',
    keywords: ['x-tb-partner-auth'],
    pattern: /X-TB-PARTNER-AUTH["']?[ \t]{0,4}[:=][ \t]{0,4}["']?[0-9]{6,10}:([0-9a-f]{40})(?![0-9A-Za-z])/i,
    window: { before: 4, after: 100 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://tokbox.com/account/', how: 'Generate a new secret for the project in the Vonage Video account, and sign REST calls with a JWT built from the environment.' },
    docs: 'https://tokbox.com/developer/rest/',
    sample: (g) => `curl -X POST -H "X-TB-PARTNER-AUTH: ${chars('0123456789', 8)(g)}:${chars('0123456789abcdef', 40)(g)}" https://api.opentok.com/session/create`,
    negatives: ['-H "X-TB-PARTNER-AUTH: $OT_KEY:$OT_SECRET"', 'X-TB-PARTNER-AUTH: <api_key>:<api_secret>'],
  }),
];

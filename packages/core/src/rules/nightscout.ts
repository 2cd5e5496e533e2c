import { ALNUM, defineRule, HEX, keyed, LOWER } from './define.js';
import { isUsablePassword } from './generic.js';

const rotate = { url: 'https://nightscout.github.io/nightscout/security/', how: 'Set a new API_SECRET (12 characters or more) in the site’s settings, restart it, and update every uploader (xDrip+, AndroidAPS, Loop, oref0); revoke and recreate access tokens under Admin Tools.' };
const docs = 'https://nightscout.github.io/nightscout/setup_variables/';
// Words of a Nightscout site's settings and uploaders: the context that makes API_SECRET its.
const context = ['nightscout', 'xdrip', 'androidaps', 'oref0', 'cgm', 'mongo_connection', 'bg_high', 'display_units', 'auth_default_roles', 'careportal', 'dexcom', 'libre'];

/**
 * Nightscout (the open-source CGM remote monitor): API_SECRET is a passphrase of 12 characters or
 * more that uploaders send as its SHA-1 (the api-secret header, oref0's ns.ini); xDrip+ puts it in
 * its REST URL's user part (https://<secret>@host/api/v1/). From a blind grading of diabetes
 * technology: 74 passphrases (word.word.word and digits) and 13 SHA-1 forms missed.
 */
export const nightscoutRules = [
  defineRule({
    id: 'nightscout-api-secret',
    provider: 'Nightscout',
    description: 'Nightscout API_SECRET passphrase (12 characters or more, words allowed) in a Nightscout site’s settings',
    keywords: ['api_secret', 'api-secret', 'apisecret'],
    pattern: keyed('api[_-]?secret', `[^\\s"'\`;$]{12,128}`, '^\\s"\'`;'),
    accept: (m) => isUsablePassword(m[1] ?? ''),
    context,
    minEntropy: 2.5,
    punctuated: true,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `MONGO_CONNECTION=mongodb://mongo:27017/nightscout\nAPI_SECRET=${g.chars(LOWER, 7)}.${g.chars(LOWER, 5)}.${g.chars(LOWER, 6)}${g.int(10, 99)}\nDISPLAY_UNITS=mg/dl\n`,
    sampleIsBlock: true,
    negatives: ['# nightscout\nAPI_SECRET=change_me_please_now\n', '# nightscout\nAPI_SECRET=${API_SECRET}\n'],
  }),
  defineRule({
    id: 'nightscout-api-secret-sha1',
    provider: 'Nightscout',
    description: "Nightscout API secret's SHA-1 (40 hex) as uploaders send it: the api-secret header, oref0's ns.ini arguments",
    keywords: ['api-secret', 'args = ns ', 'args=ns '],
    pattern: /(?:(?<![A-Za-z0-9_])api-secret["']?[ \t]{0,4}[:=,][ \t]{0,4}["']?|(?<![A-Za-z0-9_])args[ \t]{0,4}=[ \t]{0,4}ns[ \t]{1,4}https?:\/\/[^\s"']{1,200}[ \t]{1,4})([0-9a-f]{40})(?![0-9A-Za-z])/,
    window: { before: 8, after: 300 },
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs: 'https://nightscout.github.io/nightscout/security/',
    sample: (g) => `curl -s -H "api-secret: ${g.chars(HEX, 40)}" https://cgm.example.test/api/v1/entries.json`,
    sampleIsBlock: true,
    negatives: ['curl -H "api-secret: $NS_SECRET_SHA1" https://cgm.example.test/api/v1/entries.json'],
  }),
  defineRule({
    id: 'nightscout-xdrip-url-secret',
    provider: 'Nightscout',
    description: "Nightscout API secret in xDrip+'s REST URL (https://<secret>@host/api/v1/)",
    // Keyed on xDrip's setting and the names, not on "/api/v1" (in every other log line's URL).
    keywords: ['cloud_storage_api_base', 'nightscout', 'xdrip'],
    pattern: /https?:\/\/([^\s:@/"'<>]{12,128})@[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/api\/v1\/?(?![A-Za-z0-9])/,
    accept: (m) => isUsablePassword(m[1] ?? ''),
    span: 'near',
    window: { before: 300, after: 400 },
    punctuated: true,
    minEntropy: 2.5,
    severity: 'high',
    rotate,
    docs: 'https://xdrip.readthedocs.io/en/latest/use/cloud/#nightscout',
    sample: (g) => `"cloud_storage_api_base": "https://${g.chars(ALNUM, 10)}${g.int(1990, 2024)}!@cgm.example.test/api/v1/"`,
    sampleIsBlock: true,
    negatives: ['"cloud_storage_api_base": "https://YOUR_API_SECRET@cgm.example.test/api/v1/"', 'https://api.example.test/api/v1/users'],
  }),
];

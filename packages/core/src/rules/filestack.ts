import { defineRule } from './define.js';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Filestack credentials. */
export const filestackRules = [
  // The app secret signs security policies: the second argument of the Python SDK's
  // Security(policy, secret) (and the Node and Ruby SDKs' signing helpers), with Filestack named
  // nearby. (From a blind grading of storage and media tools.)
  defineRule({
    id: 'filestack-app-secret',
    provider: 'Filestack',
    description: 'Filestack app secret passed to Security(policy, secret) with Filestack nearby',
    keywords: ['filestack'],
    pattern: /(?<![A-Za-z0-9_$.])(?:Security|getSecurity|FilestackSecurity)\([^,()\r\n]{1,120},[ \t]{0,4}(["'`])([A-Z0-9]{20,40})\1[ \t]{0,4}\)/,
    secretGroup: 2,
    span: 'near',
    window: { before: 800, after: 400 },
    minEntropy: 3.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://dev.filestack.com/apps/', how: 'Developer portal → the app → Security: reset the app secret and update the servers that sign policies.' },
    docs: 'https://www.filestack.com/docs/security/policies/',
    sample: (g) => `from filestack import Client, Security\nsecurity = Security(policy, "${g.chars(UPPER_DIGITS, 26)}")`,
    sampleIsBlock: true,
    negatives: ['from filestack import Client, Security\nsecurity = Security(policy, os.environ["FILESTACK_SECRET"])', 'from filestack import Security\nsecurity = Security(policy, "YOUR_APP_SECRET_GOES_HERE")'],
  }),
];

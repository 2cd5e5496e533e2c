import { defineRule, UUID, uuidSample } from './define.js';

/** Black Forest Labs (FLUX image generation API) credentials. */
export const blackForestLabsRules = [
  // The API key is a UUID in BFL's `x-key` header (a generic name: only with api.bfl.ai/.ml or
  // BFL named nearby) or under BFL_API_KEY. (From a blind grading of generative media APIs.)
  defineRule({
    id: 'bfl-api-key',
    provider: 'Black Forest Labs',
    description: "Black Forest Labs API key (a UUID) in the x-key header or a BFL-named setting, with BFL named nearby",
    keywords: ['bfl'],
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:x-key|bfl[_-]?(?:api[_-]?)?key)["']?[ \\t]{0,4}[:=,][ \\t]{0,4}["']?(?:value["']?[ \\t]{0,4}:[ \\t]{0,4}["'])?(${UUID})(?![A-Za-z0-9_-])`, 'i'),
    secretGroup: 1,
    span: 'near',
    window: { before: 600, after: 600 },
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://api.bfl.ai/', how: 'Dashboard → API keys: delete the key, create a new one and update where it is stored.' },
    docs: 'https://docs.bfl.ai/quick_start/generating_images',
    sample: (g) => `requests.post("https://api.bfl.ai/v1/flux-pro-1.1", headers={"x-key": "${uuidSample(g)}"})`,
    sampleIsBlock: true,
    negatives: ['requests.post("https://api.bfl.ai/v1/flux-pro-1.1", headers={"x-key": os.environ["BFL_API_KEY"]})', 'BFL_API_KEY=00000000-0000-0000-0000-000000000000'],
  }),
];

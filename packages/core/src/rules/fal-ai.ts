import { defineRule, HEX, token, UUID } from './define.js';

/** fal (generative media inference) credentials: a key is its id (a UUID) and its secret (32 hex), joined by ":". */
export const falAiRules = [
  defineRule({
    id: 'fal-ai-api-key',
    provider: 'fal',
    description: 'fal API key (<uuid>:<32 hex>) near fal’s name (FAL_KEY, fal_client, fal.run)',
    // (Also a Helm values section `fal:` and Pipecat's Fal…Service(key=…).)
    keywords: ['fal_key', 'fal-key', 'falkey', 'fal_client', 'fal-client', 'fal.ai', 'fal.run', 'fal-ai', 'fal_ai', 'falai', 'fal.config', 'fal:', 'falimagegenservice', 'falsttservice', 'falttsservice'],
    pattern: token(`${UUID}:[0-9a-f]{32}`, { left: 'A-Za-z0-9_-', right: 'A-Za-z0-9_-' }),
    window: { before: 400, after: 600 },
    span: 'block',
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://fal.ai/dashboard/keys', how: 'Dashboard → Keys: delete the key and create a new one, then update where it is stored.' },
    docs: 'https://docs.fal.ai/authentication/key-based',
    sample: (g) => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}:${g.chars(HEX, 32)}`,
    sampleKey: 'FAL_KEY',
    negatives: ['FAL_KEY=${FAL_KEY}', 'import fal_client\nresult = fal_client.subscribe("fal-ai/flux/dev", arguments={"seed": 42})'],
  }),
];

import { defineRule, gen, HEX, keyed } from './define.js';

/** ElevenLabs credentials. */
export const elevenlabsRules = [
  defineRule({
    id: 'elevenlabs-api-key',
    provider: 'ElevenLabs',
    description: 'ElevenLabs API key (sk_ + 48 hex) under a ElevenLabs-named key',
    keywords: ['elevenlabs', 'xi-api-key', 'xi_api_key'],
    pattern: keyed('elevenlabs|xi-api-key|xi_api_key', 'sk_[a-f0-9]{48}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://elevenlabs.io/app/settings/api-keys', how: 'Revoke it in ElevenLabs’s settings, issue a new one and update where it is stored.' },
    docs: 'https://elevenlabs.io/docs/api-reference/authentication',
    sample: gen('sk_', [HEX, 48]),
    sampleKey: 'ELEVENLABS_API_KEY',
    negatives: ['ELEVENLABS_API_KEY=your_api_key_here', 'ELEVENLABS_API_KEY=${ELEVENLABS_API_KEY}'],
  }),
];

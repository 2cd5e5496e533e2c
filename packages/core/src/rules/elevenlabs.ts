import { chars, HEX, prefixed } from './define.js';

/** ElevenLabs credentials. */
export const elevenlabsRules = [
  // "sk_" and exactly 48 lowercase hex digits is ElevenLabs' own shape (Stripe's keys go on with
  // live_/test_, Clerk's with live_/test_ and mixed case): found wherever it stands (a client's
  // constructor argument, a header), with less confidence when ElevenLabs is not named nearby.
  prefixed({
    id: 'elevenlabs-api-key',
    provider: 'ElevenLabs',
    description: 'ElevenLabs API key (sk_ + 48 hex)',
    prefix: 'sk_',
    body: '[a-f0-9]{48}',
    context: ['elevenlabs', 'xi-api-key', 'xi_api_key'],
    contextConfidence: 'medium',
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://elevenlabs.io/app/settings/api-keys', how: 'Revoke it in ElevenLabs’s settings, issue a new one and update where it is stored.' },
    docs: 'https://elevenlabs.io/docs/api-reference/authentication',
    sample: chars(HEX, 48),
    negatives: ['ELEVENLABS_API_KEY=your_api_key_here', 'ELEVENLABS_API_KEY=${ELEVENLABS_API_KEY}', `sk_${'0'.repeat(48)}`],
  }),
];

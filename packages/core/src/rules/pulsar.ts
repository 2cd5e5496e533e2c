import { BASE64, defineRule } from './define.js';

/** Apache Pulsar's token authentication. */
export const pulsarRules = [
  // A broker with token authentication verifies JWTs with an HMAC key given inline as
  // `tokenSecretKey=data:;base64,<key>` (or a file:// path): whoever holds it mints a token for any
  // role. From a blind grading of message brokers: 2 of 2 missed.
  defineRule({
    id: 'pulsar-token-secret-key',
    provider: 'Apache Pulsar',
    description: "Pulsar's token signing key given inline (tokenSecretKey=data:;base64,<key>)",
    keywords: ['tokensecretkey'],
    pattern: /tokenSecretKey["']?[ \t]{0,4}[=:][ \t]{0,4}["']?data:;base64,([A-Za-z0-9+/]{32,684}={0,2})/i,
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://pulsar.apache.org/docs/next/security-jwt/', how: 'Create a new secret key (pulsar tokens create-secret-key), re-issue every client token with it, and give the broker a file:// path to it instead of the key inline.' },
    docs: 'https://pulsar.apache.org/docs/next/security-jwt/#enable-token-authentication-on-brokers',
    sample: (g) => `tokenSecretKey=data:;base64,${g.chars(BASE64, 43)}=`,
    negatives: ['tokenSecretKey=file:///pulsar/secret.key', 'tokenSecretKey=data:;base64,${PULSAR_SECRET_KEY}'],
  }),
];

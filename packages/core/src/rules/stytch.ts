import { BASE64URL, chars, prefixed } from './define.js';

/** Stytch credentials. */
export const stytchRules = [
  prefixed({
    id: 'stytch-secret',
    provider: 'Stytch',
    description: 'Stytch project secret (secret-live- / secret-test-)',
    prefix: ['secret-live-', 'secret-test-'],
    body: '[A-Za-z0-9_=-]{30,40}',
    right: 'A-Za-z0-9_=-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: chars(BASE64URL, 36),
    rotate: { url: 'https://stytch.com/dashboard/api-keys', how: 'API keys → rotate the secret and update where it is stored.' },
    docs: 'https://stytch.com/docs/api/authentication',
    negatives: ['STYTCH_SECRET=secret-test-your-secret-here', 'STYTCH_SECRET=${STYTCH_SECRET}'],
  }),
];

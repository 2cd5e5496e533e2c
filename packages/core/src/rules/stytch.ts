import { BASE64URL, defineRule, token } from './define.js';

/** Stytch credentials. */
export const stytchRules = [
  defineRule({
    id: 'stytch-secret',
    provider: 'Stytch',
    description: 'Stytch project secret (secret-live- / secret-test-)',
    keywords: ['secret-live-', 'secret-test-'],
    pattern: token('secret-(?:live|test)-[A-Za-z0-9_=-]{30,40}', { right: 'A-Za-z0-9_=-' }),
    prefixes: ['secret-live-', 'secret-test-'],
    minEntropy: 3.5,
    severity: 'critical',
    sample: (g) => `secret-${g.pick(['live', 'test'])}-${g.chars(BASE64URL, 36)}`,
    rotate: { url: 'https://stytch.com/dashboard/api-keys', how: 'API keys → rotate the secret and update where it is stored.' },
    docs: 'https://stytch.com/docs/api/authentication',
    negatives: ['STYTCH_SECRET=secret-test-your-secret-here', 'STYTCH_SECRET=${STYTCH_SECRET}'],
  }),
];

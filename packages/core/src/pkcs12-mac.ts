// Whether a PKCS#12 key store opens with a password everyone knows. Its MacData (RFC 7292 §4)
// authenticates the authSafe with an HMAC whose key the PKCS#12 KDF (RFC 7292 Appendix B.2)
// derives from the password, so a password is checked without decrypting anything: derive, MAC,
// compare. GCP's service-account .p12 files all use "notasecret" (documented by Google), Java's
// tools suggest "changeit", and many exports have an empty password: such a file is a readable
// private key. A store whose MAC none of them opens is encrypted under a password that is not in
// the file; the name policy still flags .p12/.pfx files, but the content judge does not.

import { type Hash, hmac, SHA1, SHA256, SHA384, SHA512 } from './hash.js';

/** Passwords that open key stores by default or by habit, tried in this order. */
export const KNOWN_PASSWORDS: readonly string[] = Object.freeze(['', 'notasecret', 'changeit', 'changeme', 'password', 'secret', '123456']);

/**
 * Above this many KDF iterations the check is not made (the file is reported as a key store that
 * may be readable): each iteration is one hash per password, and a crafted file could ask for
 * millions. OpenSSL writes 2,048, Java's keytool 10,000.
 */
export const MAX_MAC_ITERATIONS = 10_000;
/** The same for SHA-384 and SHA-512 MACs. */
export const MAX_MAC_ITERATIONS_WIDE = 2_048;

// Digest algorithm OIDs (content bytes): SHA-1 1.3.14.3.2.26; SHA-256/384/512 2.16.840.1.101.3.4.2.1/2/3.
const NIST_HASH = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02];
function hashOf(b: Uint8Array, start: number, end: number): Hash | undefined {
  const oid = b.subarray(start, end);
  if (oid.length === 5 && [0x2b, 0x0e, 0x03, 0x02, 0x1a].every((x, i) => oid[i] === x)) return SHA1;
  if (oid.length !== 9 || !NIST_HASH.every((x, i) => oid[i] === x)) return undefined;
  return oid[8] === 1 ? SHA256 : oid[8] === 2 ? SHA384 : oid[8] === 3 ? SHA512 : undefined;
}

export interface PfxMac {
  readonly hash: Hash;
  readonly digest: Uint8Array;
  readonly salt: Uint8Array;
  readonly iterations: number;
  /** The authSafe's content octets: what the MAC covers. */
  readonly data: Uint8Array;
}

type Tlv = (at: number, end: number) => [number, number, number] | undefined;

/**
 * The MacData of a DER PFX whose authSafe (a ContentInfo of type data) spans [authStart,
 * authEnd) and whose PFX content ends at `end`; undefined when there is none or it is not plain
 * DER (BER's constructed OCTET STRINGs are not reassembled: such a store is reported as it is).
 */
export function pfxMac(b: Uint8Array, tlv: Tlv, authStart: number, authEnd: number, end: number): PfxMac | undefined {
  const oid = tlv(authStart, authEnd);
  const explicit = oid && oid[0] === 0x06 ? tlv(oid[2], authEnd) : undefined;
  const octets = explicit && explicit[0] === 0xa0 ? tlv(explicit[1], explicit[2]) : undefined;
  if (!octets || octets[0] !== 0x04) return undefined;
  const macData = tlv(authEnd, end);
  if (!macData || macData[0] !== 0x30) return undefined;
  const digestInfo = tlv(macData[1], macData[2]);
  if (!digestInfo || digestInfo[0] !== 0x30) return undefined;
  const algorithm = tlv(digestInfo[1], digestInfo[2]);
  const algOid = algorithm && algorithm[0] === 0x30 ? tlv(algorithm[1], algorithm[2]) : undefined;
  const digest = algorithm ? tlv(algorithm[2], digestInfo[2]) : undefined;
  const salt = tlv(digestInfo[2], macData[2]);
  if (!algOid || algOid[0] !== 0x06 || !digest || digest[0] !== 0x04 || !salt || salt[0] !== 0x04) return undefined;
  const hash = hashOf(b, algOid[1], algOid[2]);
  if (!hash || digest[2] - digest[1] !== hash.size) return undefined;
  let iterations = 1;
  const count = tlv(salt[2], macData[2]);
  if (count) {
    if (count[0] !== 0x02 || count[2] - count[1] > 4 || count[2] === count[1]) return undefined;
    iterations = 0;
    for (let i = count[1]; i < count[2]; i++) iterations = iterations * 256 + (b[i] as number);
  }
  return { hash, digest: b.subarray(digest[1], digest[2]), salt: b.subarray(salt[1], salt[2]), iterations, data: b.subarray(octets[1], octets[2]) };
}

/** `bytes` repeated to fill `length` bytes. */
function repeatTo(bytes: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = bytes[i % bytes.length] as number;
  return out;
}

/**
 * The PKCS#12 KDF (RFC 7292 B.2) for the MAC key (ID 3), whose length is the hash's output, so
 * one block of output: H^iterations(D || S || P).
 */
export function pkcs12MacKey(hash: Hash, password: Uint8Array, salt: Uint8Array, iterations: number): Uint8Array {
  const v = hash.block;
  const s = salt.length === 0 ? new Uint8Array(0) : repeatTo(salt, v * Math.ceil(salt.length / v));
  const p = password.length === 0 ? new Uint8Array(0) : repeatTo(password, v * Math.ceil(password.length / v));
  const input = new Uint8Array(v + s.length + p.length);
  input.fill(3, 0, v);
  input.set(s, v);
  input.set(p, v + s.length);
  let a = hash.digest(input);
  for (let r = 1; r < iterations; r++) a = hash.digest(a);
  return a;
}

/** A password as PKCS#12 encodes it: UTF-16 big-endian (BMPString) with a two-byte terminator. */
export function bmpPassword(password: string): Uint8Array {
  const out = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) {
    out[i * 2] = password.charCodeAt(i) >> 8;
    out[i * 2 + 1] = password.charCodeAt(i) & 0xff;
  }
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The known password that opens this store's MAC, `undefined` when none does, or `null` when the
 * check was not made (too many iterations). An empty password is tried both as OpenSSL writes it
 * (the terminator alone) and as no bytes at all.
 */
export function knownPassword(mac: PfxMac): string | undefined | null {
  // SHA-384/512 run on 32-bit halves here, ~6 times slower than SHA-256: their cap is OpenSSL's
  // default count, so a crafted file costs at most ~0.1 s.
  const cap = mac.hash.block === 128 ? MAX_MAC_ITERATIONS_WIDE : MAX_MAC_ITERATIONS;
  if (mac.iterations < 1 || mac.iterations > cap) return null;
  for (const password of KNOWN_PASSWORDS) {
    const encodings = password === '' ? [bmpPassword(''), new Uint8Array(0)] : [bmpPassword(password)];
    for (const encoded of encodings) {
      const key = pkcs12MacKey(mac.hash, encoded, mac.salt, mac.iterations);
      if (equal(hmac(mac.hash, key, mac.data), mac.digest)) return password;
    }
  }
  return undefined;
}

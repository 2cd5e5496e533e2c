// Secrets that exist only as bytes: key stores and DER-encoded private keys. The text rules never
// see them (a file with NUL bytes is binary and is not decoded), so a scanner that meets a binary
// file hands its bytes to `Detector.scanBinary`, which asks the judges below.
//
// Formats (facts from the specifications, read for this file):
// - PKCS#12 (RFC 7292): PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData }.
//   A private key travels in a keyBag or pkcs8ShroudedKeyBag (OIDs 1.2.840.113549.1.12.10.1.1 and
//   .2). OpenSSL, Java keytool and GCP's service-account .p12 keep the key's SafeContents in plain
//   `data` (the key itself is encrypted), so the bag's OID is visible; certificate-only trust
//   stores keep their bags in `encryptedData`, where nothing is visible and nothing is reported.
//   MacData { DigestInfo, macSalt, iterations } authenticates the authSafe under the password.
// - Java KeyStore (magic FEEDFEED) and JCEKS (CECECECE): version, entry count, then entries whose
//   tag says 1 private key, 2 trusted certificate, 3 secret key (JCEKS).
// - DER private keys: PKCS#8 PrivateKeyInfo (RFC 5208/5958), EncryptedPrivateKeyInfo, PKCS#1
//   RSAPrivateKey (RFC 8017) and SEC 1 ECPrivateKey (RFC 5915), the bytes a `.der`/`.key` holds.
//
// Every judge reads each byte a bounded number of times: linear in the file's size.

import { knownPassword, pfxMac } from './pkcs12-mac.js';
import type { Confidence, Rotation, Severity } from './types.js';

export interface BinaryRule {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  readonly severity: Severity;
  readonly rotate: Rotation;
  /** The confidence when `bytes` hold this kind of secret, else undefined. Never throws. */
  readonly judge: (bytes: Uint8Array) => Confidence | undefined;
}

const ROTATE_KEY: Rotation = {
  url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository',
  how: 'Treat the key as compromised: issue a new key (and certificate), replace it where it is trusted, then purge the file from history.',
};

/** DER length at `at` (short or long form up to 4 bytes): [length, offset of the content], or undefined. */
function derLength(b: Uint8Array, at: number): [number, number] | undefined {
  const first = b[at];
  if (first === undefined) return undefined;
  if (first < 0x80) return [first, at + 1];
  const n = first & 0x7f;
  if (n === 0 || n > 4 || at + n >= b.length) return undefined;
  let len = 0;
  for (let i = 1; i <= n; i++) len = len * 256 + (b[at + i] as number);
  return [len, at + 1 + n];
}

/**
 * The tag-length-value at `at`: [tag, content start, content end], or undefined when it overruns
 * `end`. With `ber`, an indefinite length (0x80, as Bouncy Castle writes PKCS#12) runs to `end`.
 */
function tlv(b: Uint8Array, at: number, end: number, ber = false): [number, number, number] | undefined {
  const tag = b[at];
  if (tag === undefined || at >= end) return undefined;
  if (ber && b[at + 1] === 0x80 && (tag & 0x20) !== 0) return [tag, at + 2, end];
  const len = derLength(b, at + 1);
  if (!len || len[1] + len[0] > end) return undefined;
  return [tag, len[1], len[1] + len[0]];
}

function startsWith(b: Uint8Array, at: number, bytes: readonly number[]): boolean {
  if (at + bytes.length > b.length) return false;
  for (let i = 0; i < bytes.length; i++) if (b[at + i] !== bytes[i]) return false;
  return true;
}

/** The first offset at or after `from` where `bytes` occur, or -1. Rare first byte: linear in practice and bounded by 13 × n. */
function indexOf(b: Uint8Array, bytes: readonly number[], from = 0): number {
  const first = bytes[0] as number;
  for (let i = b.indexOf(first, from); i !== -1; i = b.indexOf(first, i + 1)) if (startsWith(b, i, bytes)) return i;
  return -1;
}

// OIDs with their tag and length bytes.
const PKCS7_DATA = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07];
const BAG = [0x06, 0x0b, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x0a, 0x01];
const KEY_BAG = 0x01;
const SHROUDED_KEY_BAG = 0x02;

/** The whole top-level SEQUENCE of `b` (trailing bytes allowed, as tools append a newline): [content start, content end]. */
function topSequence(b: Uint8Array, ber = false): [number, number] | undefined {
  if (b[0] !== 0x30) return undefined;
  const t = tlv(b, 0, b.length, ber);
  return t ? [t[1], t[2]] : undefined;
}

/**
 * PKCS#12 with a visible key bag: a PFX header (version 3, authSafe of type data or signedData),
 * then the bag's OID. DER or BER (indefinite lengths), as Java's and Bouncy Castle's stores are.
 * When the store has a MAC that none of the well-known passwords opens, its key is encrypted under
 * a password that is not in the file, and it is not reported (see pkcs12-mac.ts); a store without
 * a checkable MAC is reported, since it may open with anything.
 */
function pkcs12(b: Uint8Array): Confidence | undefined {
  const top = topSequence(b, true);
  if (!top) return undefined;
  const [s, e] = top;
  if (!startsWith(b, s, [0x02, 0x01, 0x03])) return undefined;
  const authSafe = tlv(b, s + 3, e, true);
  if (!authSafe || authSafe[0] !== 0x30 || !startsWith(b, authSafe[1], PKCS7_DATA)) return undefined;
  for (let at = indexOf(b, BAG, authSafe[1]); at !== -1 && at < e; at = indexOf(b, BAG, at + 1)) {
    const kind = b[at + BAG.length];
    // A plain keyBag holds the key unencrypted (openssl -keypbe NONE): readable whatever the MAC says.
    if (kind === KEY_BAG) return 'high';
    if (kind !== SHROUDED_KEY_BAG) continue;
    const mac = pfxMac(b, (at2, end) => tlv(b, at2, end), authSafe[1], authSafe[2], e);
    return mac && knownPassword(mac) === undefined ? undefined : 'high';
  }
  return undefined;
}

const u16 = (b: Uint8Array, at: number): number => ((b[at] as number) << 8) | (b[at + 1] as number);
const u32 = (b: Uint8Array, at: number): number => (((b[at] as number) << 24) | ((b[at + 1] as number) << 16) | ((b[at + 2] as number) << 8) | (b[at + 3] as number)) >>> 0;

/** A Java KeyStore or JCEKS file with a private-key (or JCEKS secret-key) entry. Walks the entries; stops at anything unexpected. */
function javaKeyStore(b: Uint8Array): Confidence | undefined {
  if (b.length < 12) return undefined;
  const magic = u32(b, 0);
  if (magic !== 0xfeedfeed && magic !== 0xcececece) return undefined;
  const version = u32(b, 4);
  if (version !== 1 && version !== 2) return undefined;
  const count = u32(b, 8);
  let at = 12;
  for (let i = 0; i < count && at + 4 <= b.length; i++) {
    const tag = u32(b, at);
    if (tag === 1 || (tag === 3 && magic === 0xcececece)) return 'high';
    if (tag !== 2) return undefined;
    at += 4;
    at += 2 + u16(b, at) + 8; // alias (modified UTF-8), then the date
    if (version === 2) at += 2 + u16(b, at); // certificate type
    if (at + 4 > b.length) return undefined;
    at += 4 + u32(b, at); // the certificate
  }
  return undefined;
}

// Algorithm OIDs (content bytes) of private keys in PKCS#8.
const KEY_ALGORITHMS: readonly (readonly number[])[] = [
  [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01], // rsaEncryption
  [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0a], // RSASSA-PSS
  [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01], // id-ecPublicKey
  [0x2a, 0x86, 0x48, 0xce, 0x38, 0x04, 0x01], // DSA
  [0x2b, 0x65, 0x6e], // X25519
  [0x2b, 0x65, 0x6f], // X448
  [0x2b, 0x65, 0x70], // Ed25519
  [0x2b, 0x65, 0x71], // Ed448
  [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x03, 0x01], // dhKeyAgreement (PKCS#3)
  [0x2a, 0x86, 0x48, 0xce, 0x3e, 0x02, 0x01], // dhpublicnumber (X9.42)
];
// Password-based encryption schemes of EncryptedPrivateKeyInfo: PKCS#5 (PBES1/PBES2) and PKCS#12 PBE.
const PBE_PREFIXES: readonly (readonly number[])[] = [
  [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05],
  [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01],
];

/** The OID content of the AlgorithmIdentifier SEQUENCE at `at`, or undefined. */
function algorithm(b: Uint8Array, at: number, end: number): [number, number] | undefined {
  const seq = tlv(b, at, end);
  if (!seq || seq[0] !== 0x30) return undefined;
  const oid = tlv(b, seq[1], seq[2]);
  return oid && oid[0] === 0x06 ? [oid[1], oid[2]] : undefined;
}

const oidIs = (b: Uint8Array, oid: [number, number], known: readonly number[], prefix = false): boolean =>
  (prefix ? oid[1] - oid[0] > known.length : oid[1] - oid[0] === known.length) && startsWith(b, oid[0], known);

/** A file that is one DER private key: PKCS#8 (plain or encrypted), PKCS#1 RSA or SEC 1 EC. */
function derPrivateKey(b: Uint8Array): Confidence | undefined {
  const top = topSequence(b);
  if (!top) return undefined;
  const [s, e] = top;
  // Trailing bytes beyond a newline mean the SEQUENCE is only the start of something else.
  for (let i = e; i < b.length; i++) if (b[i] !== 0x0a && b[i] !== 0x0d) return undefined;
  const first = tlv(b, s, e);
  if (!first) return undefined;
  if (first[0] === 0x02 && first[2] - first[1] === 1) {
    const version = b[first[1]];
    const second = tlv(b, first[2], e);
    if (!second) return undefined;
    // PKCS#8 v1/v2: version 0 or 1, AlgorithmIdentifier, OCTET STRING.
    if ((version === 0 || version === 1) && second[0] === 0x30) {
      const oid = algorithm(b, first[2], e);
      const key = tlv(b, second[2], e);
      return oid && key && key[0] === 0x04 && key[2] - key[1] >= 16 && KEY_ALGORITHMS.some((k) => oidIs(b, oid, k)) ? 'high' : undefined;
    }
    // PKCS#1: version 0, a modulus of at least 512 bits, then the public exponent and more integers.
    if (version === 0 && second[0] === 0x02 && second[2] - second[1] >= 64) {
      const exponent = tlv(b, second[2], e);
      const d = exponent && tlv(b, exponent[2], e);
      return exponent && exponent[0] === 0x02 && d && d[0] === 0x02 ? 'high' : undefined;
    }
    // SEC 1: version 1, the private key as an OCTET STRING of 20–66 bytes, then [0] parameters or [1] public key.
    if (version === 1 && second[0] === 0x04 && second[2] - second[1] >= 20 && second[2] - second[1] <= 66) {
      const next = tlv(b, second[2], e);
      return next && (next[0] === 0xa0 || next[0] === 0xa1) ? 'high' : undefined;
    }
    return undefined;
  }
  // EncryptedPrivateKeyInfo: AlgorithmIdentifier of a password-based scheme, then the encrypted OCTET STRING.
  if (first[0] === 0x30) {
    const oid = algorithm(b, s, e);
    const data = tlv(b, first[2], e);
    if (oid && data && data[0] === 0x04 && data[2] === e && PBE_PREFIXES.some((p) => oidIs(b, oid, p, true))) return 'high';
  }
  return undefined;
}

/** The binary judges, in the order they are asked; the first that answers names the finding. */
export const binaryRules: readonly BinaryRule[] = Object.freeze([
  {
    id: 'pkcs12-private-key',
    provider: 'Private key',
    description: 'PKCS#12 key store (.p12, .pfx) holding a private key',
    severity: 'critical',
    rotate: ROTATE_KEY,
    judge: pkcs12,
  },
  {
    id: 'java-keystore-private-key',
    provider: 'Private key',
    description: 'Java KeyStore or JCEKS file holding a private or secret key',
    severity: 'critical',
    rotate: ROTATE_KEY,
    judge: javaKeyStore,
  },
  {
    id: 'der-private-key',
    provider: 'Private key',
    description: 'DER-encoded private key (PKCS#8, PKCS#1 RSA or SEC 1 EC)',
    severity: 'critical',
    rotate: ROTATE_KEY,
    judge: derPrivateKey,
  },
]);

const TYPED_ARRAY = Object.getPrototypeOf(Uint8Array.prototype) as object;
const intrinsic = (name: PropertyKey): ((this: unknown) => unknown) => Object.getOwnPropertyDescriptor(TYPED_ARRAY, name)?.get as (this: unknown) => unknown;
const tagOf = intrinsic(Symbol.toStringTag);
const bufferOf = intrinsic('buffer');
const offsetOf = intrinsic('byteOffset');
const lengthOf = intrinsic('byteLength');

/**
 * A plain Uint8Array over the bytes of `input`, or undefined when it is no Uint8Array. Read with
 * the built-in getters, so a Buffer from another realm (vm, Jest) is read, and a Proxy or a
 * subclass overriding `length`/`indexOf` changes nothing: the judges run on this view only.
 */
export function bytesOf(input: unknown): Uint8Array | undefined {
  if (!ArrayBuffer.isView(input)) return undefined;
  try {
    if (tagOf.call(input) !== 'Uint8Array') return undefined;
    return new Uint8Array(bufferOf.call(input) as ArrayBuffer, offsetOf.call(input) as number, lengthOf.call(input) as number);
  } catch {
    return undefined;
  }
}

import { execFileSync } from 'node:child_process';
import { createHash, createHmac, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { binaryRules, ConfigError, createDetector } from '../src/index.js';
import { hmac, SHA1 as SHA1_HASH, SHA256 as SHA256_HASH, SHA384 as SHA384_HASH, SHA512 as SHA512_HASH } from '../src/hash.js';
import { bmpPassword, KNOWN_PASSWORDS, MAX_MAC_ITERATIONS, pkcs12MacKey } from '../src/pkcs12-mac.js';
import { expectLinear } from './helpers.js';

// Key material is generated here at run time (node:crypto), and the key store containers are
// assembled from their published structure (RFC 7292, the JKS layout), so no key is stored in the
// repository. secretlint's real .p12 fixtures grade the same code in bench/suites.ts.

const detector = createDetector();
const ruleOf = (bytes: Uint8Array): string => detector.scanBinary(bytes).map((f) => f.ruleId).join(',') || 'none';

/** DER TLV with a definite length. */
function der(tag: number, ...content: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(content);
  const n = body.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...len]), body]);
}
const seq = (...c: Uint8Array[]): Uint8Array => der(0x30, ...c);
const oid = (...bytes: number[]): Uint8Array => der(0x06, Buffer.from(bytes));
const int = (n: number): Uint8Array => der(0x02, Buffer.from([n]));
const octets = (...c: Uint8Array[]): Uint8Array => der(0x04, ...c);
const explicit0 = (...c: Uint8Array[]): Uint8Array => der(0xa0, ...c);
const PKCS = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01];
const data = oid(...PKCS, 0x07, 0x01);
const encryptedData = oid(...PKCS, 0x07, 0x06);
const bagOid = (kind: number): Uint8Array => oid(...PKCS, 0x0c, 0x0a, 0x01, kind);
const SHA256 = oid(0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01);

interface MacOptions {
  /** The password the MAC is made with (GCP's default unless said), or null for no MacData. */
  readonly password?: string | null;
  readonly iterations?: number;
}

/**
 * A PFX as OpenSSL lays it out: certificates in encryptedData, the key's bag in plain data, then
 * a SHA-256 MAC under `password` (the HMAC from node:crypto, its key from core's KDF, which the
 * known-answer test below checks against OpenSSL's).
 */
function pfx(bags: Uint8Array[], opaque: Uint8Array[] = [], { password = 'notasecret', iterations = 2048 }: MacOptions = {}): Uint8Array {
  const safeContents = seq(...bags);
  const contents = [...opaque.map((o) => seq(encryptedData, explicit0(o))), seq(data, explicit0(octets(safeContents)))];
  const content = seq(...contents);
  const authSafe = seq(data, explicit0(octets(content)));
  if (password === null) return seq(int(3), authSafe);
  const salt = randomBytes(8);
  const key = pkcs12MacKey(SHA256_HASH, bmpPassword(password), salt, iterations);
  const digest = createHmac('sha256', key).update(content).digest();
  const count = Buffer.alloc(4);
  count.writeUInt32BE(iterations);
  const mac = seq(seq(seq(SHA256, der(0x05)), octets(digest)), octets(salt), der(0x02, count.subarray(count.findIndex((x) => x !== 0))));
  return seq(int(3), authSafe, mac);
}
const bag = (kind: number): Uint8Array => seq(bagOid(kind), explicit0(seq(seq(oid(...PKCS, 0x0c, 0x01, 0x03)), octets(randomBytes(640)))));

/** A Java KeyStore (or JCEKS) with entries of the given tags. */
function keyStore(magic: number, tags: number[]): Uint8Array {
  const parts: Buffer[] = [];
  const u32 = (n: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const utf = (s: string): Buffer => Buffer.concat([Buffer.from([0, s.length]), Buffer.from(s)]);
  parts.push(u32(magic), u32(2), u32(tags.length));
  tags.forEach((tag, i) => {
    parts.push(u32(tag), utf(`alias${i}`), Buffer.alloc(8, 1));
    if (tag === 2) {
      const cert = randomBytes(300);
      parts.push(utf('X.509'), u32(cert.length), cert);
    } else parts.push(u32(500), randomBytes(500));
  });
  parts.push(randomBytes(20)); // the keyed SHA-1 digest
  return Buffer.concat(parts);
}

describe('scanBinary: key stores and DER private keys', () => {
  it('finds every private key node:crypto exports as DER, plain and encrypted, and no public key', () => {
    const kinds = [
      ['rsa', { modulusLength: 1024 }],
      ['ec', { namedCurve: 'P-256' }],
      ['ec', { namedCurve: 'secp384r1' }],
      ['ed25519', {}],
      ['ed448', {}],
      ['x25519', {}],
      ['dsa', { modulusLength: 1024 }],
    ] as const;
    for (const [type, opts] of kinds) {
      const { privateKey, publicKey } = generateKeyPairSync(type as 'rsa', opts as { modulusLength: number });
      expect(ruleOf(privateKey.export({ format: 'der', type: 'pkcs8' })), `${type} pkcs8`).toBe('der-private-key');
      expect(ruleOf(privateKey.export({ format: 'der', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'p' })), `${type} encrypted`).toBe('der-private-key');
      expect(ruleOf(publicKey.export({ format: 'der', type: 'spki' })), `${type} spki`).toBe('none');
      if (type === 'rsa') {
        expect(ruleOf(privateKey.export({ format: 'der', type: 'pkcs1' }))).toBe('der-private-key');
        expect(ruleOf(publicKey.export({ format: 'der', type: 'pkcs1' }))).toBe('none');
      }
      if (type === 'ec') expect(ruleOf(privateKey.export({ format: 'der', type: 'sec1' }))).toBe('der-private-key');
    }
  });

  it('a DER key followed by a newline still counts; followed by other bytes, or cut short, it does not', () => {
    const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' });
    expect(ruleOf(Buffer.concat([key, Buffer.from('\r\n')]))).toBe('der-private-key');
    expect(ruleOf(Buffer.concat([key, Buffer.from([0, 1, 2])]))).toBe('none');
    expect(ruleOf(key.subarray(0, key.length - 1))).toBe('none');
  });

  it('finds a PKCS#12 file by its key bag (shrouded or plain), not a certificate-only trust store', () => {
    const certs = [octets(randomBytes(900))];
    expect(ruleOf(pfx([bag(2)], certs))).toBe('pkcs12-private-key');
    expect(ruleOf(pfx([bag(1)], certs))).toBe('pkcs12-private-key');
    expect(ruleOf(pfx([bag(3)]))).toBe('none'); // a certBag in plain data
    expect(ruleOf(pfx([], certs))).toBe('none'); // everything encrypted: nothing visible
    // A key-bag OID outside a PFX header (version 3, authSafe of type data) is not a key store.
    expect(ruleOf(seq(int(2), seq(data, explicit0(octets(seq(bag(2)))))))).toBe('none');
  });

  // A key store's own password, built from parts (a literal is what the repository's scan reports).
  const OWN_PASSWORD = ['Kv9', 'their', 'own', 'passphrase'].join('-');
  it('reports a PKCS#12 whose MAC opens with a well-known password, or has no MAC to check; not one under a password of its own', () => {
    const certs = [octets(randomBytes(900))];
    for (const password of KNOWN_PASSWORDS) expect(ruleOf(pfx([bag(2)], certs, { password })), JSON.stringify(password)).toBe('pkcs12-private-key');
    expect(ruleOf(pfx([bag(2)], certs, { password: OWN_PASSWORD }))).toBe('none');
    // A plain keyBag holds the key unencrypted (openssl -keypbe NONE): reported whatever the MAC's password (from a review).
    expect(ruleOf(pfx([bag(1)], certs, { password: OWN_PASSWORD }))).toBe('pkcs12-private-key');
    expect(ruleOf(pfx([bag(2)], certs, { password: null }))).toBe('pkcs12-private-key'); // openssl -nomac: nothing to check
    // Past the iteration cap the check is not made, and the key store is reported as it is.
    expect(ruleOf(pfx([bag(2)], certs, { password: OWN_PASSWORD, iterations: MAX_MAC_ITERATIONS + 1 }))).toBe('pkcs12-private-key');
    expect(ruleOf(pfx([bag(2)], certs, { password: OWN_PASSWORD, iterations: MAX_MAC_ITERATIONS }))).toBe('none');
  });

  it('hashes, HMACs and the PKCS#12 KDF agree with node:crypto and OpenSSL', () => {
    const hashes = [
      [SHA1_HASH, 'sha1'],
      [SHA256_HASH, 'sha256'],
      [SHA384_HASH, 'sha384'],
      [SHA512_HASH, 'sha512'],
    ] as const;
    for (const [hash, name] of hashes) {
      for (const n of [0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000]) {
        const d = randomBytes(n);
        const key = randomBytes((n * 7) % 200);
        expect(Buffer.from(hash.digest(d)).toString('hex'), `${name} ${n}`).toBe(createHash(name).update(d).digest('hex'));
        expect(Buffer.from(hmac(hash, key, d)).toString('hex'), `hmac ${name} ${n}`).toBe(createHmac(name, key).update(d).digest('hex'));
      }
    }
    // Known answers from `openssl kdf -keylen <u> -kdfopt digest:<H> -kdfopt hexpass:<BMP "abc"> -kdfopt hexsalt:0102030405060708 -kdfopt iter:<n> -kdfopt id:3 PKCS12KDF` (OpenSSL 3.0).
    const salt = Buffer.from('0102030405060708', 'hex');
    const kdf = (hash: typeof SHA1_HASH, iterations: number): string => Buffer.from(pkcs12MacKey(hash, bmpPassword('abc'), salt, iterations)).toString('hex');
    expect(kdf(SHA256_HASH, 3)).toBe('fb73d34e61a7ab106ab98df5b85dd0db60d8bd5e564b16b8b36c2d07d0552bd7');
    expect(kdf(SHA1_HASH, 1000)).toBe('27a236cced8a4d53d96a3e409bbce09da9113764');
  });

  const openssl = ((): boolean => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!openssl)('judges key stores OpenSSL writes: every MAC digest, GCP\'s password, -nomac, and a password of their own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keyward-p12-'));
    try {
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      writeFileSync(join(dir, 'key.pem'), privateKey.export({ format: 'pem', type: 'pkcs8' }));
      const run = (...args: string[]): void => void execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
      run('req', '-new', '-x509', '-key', 'key.pem', '-out', 'cert.pem', '-days', '1', '-subj', '/CN=keyward-test');
      const store = (name: string, ...args: string[]): Uint8Array => {
        run('pkcs12', '-export', '-in', 'cert.pem', '-inkey', 'key.pem', '-out', name, ...args);
        return readFileSync(join(dir, name));
      };
      for (const digest of ['sha1', 'sha256', 'sha384', 'sha512']) expect(ruleOf(store(`${digest}.p12`, '-password', 'pass:notasecret', '-macalg', digest)), digest).toBe('pkcs12-private-key');
      expect(ruleOf(store('empty.p12', '-password', 'pass:'))).toBe('pkcs12-private-key');
      expect(ruleOf(store('nomac.p12', '-password', 'pass:notasecret', '-nomac'))).toBe('pkcs12-private-key');
      expect(ruleOf(store('own.p12', '-password', ['pass:Kv9', 'their', 'own', 'passphrase'].join('-')))).toBe('none');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds a Java KeyStore or JCEKS with a private key entry after trusted certificates, not a trust store', () => {
    expect(ruleOf(keyStore(0xfeedfeed, [2, 2, 1]))).toBe('java-keystore-private-key');
    expect(ruleOf(keyStore(0xcececece, [2, 3]))).toBe('java-keystore-private-key');
    expect(ruleOf(keyStore(0xfeedfeed, [2, 2, 2]))).toBe('none');
    expect(ruleOf(keyStore(0xfeedfeed, [3]))).toBe('none'); // tag 3 is JCEKS only
  });

  it('reports one finding over the whole file, masked, with a fingerprint that follows the bytes', () => {
    const a = pfx([bag(2)]);
    const [f] = createDetector().scanBinary(a, { path: 'certs/app.pfx' });
    expect(f).toMatchObject({ ruleId: 'pkcs12-private-key', line: 1, column: 1, start: 0, end: a.length, redacted: '(binary)', path: 'certs/app.pfx', confidence: 'high' });
    const b = pfx([bag(2)]);
    expect(detector.scanBinary(b)[0]?.fingerprint).not.toBe(f?.fingerprint);
    expect(detector.scanBinary(a)[0]?.fingerprint).toBe(f?.fingerprint);
  });

  it('honours disabledRules, allowlist paths and fingerprints, and knows the binary rule ids in config', () => {
    const a = pfx([bag(2)]);
    const fp = detector.scanBinary(a)[0]?.fingerprint as string;
    expect(createDetector({ config: { disabledRules: ['pkcs12-private-key'] } }).scanBinary(a)).toEqual([]);
    expect(createDetector({ config: { allowlist: { paths: ['fixtures/**'] } } }).scanBinary(a, { path: 'fixtures/x.p12' })).toEqual([]);
    expect(createDetector({ config: { allowlist: { fingerprints: [fp] } } }).scanBinary(a)).toEqual([]);
    expect(() => createDetector({ config: { disabledRules: ['pkcs12-private-keys'] } })).toThrow(ConfigError);
    expect(binaryRules.map((r) => r.id)).toEqual(['pkcs12-private-key', 'java-keystore-private-key', 'der-private-key']);
  });

  it('finds a DH key in PKCS#8, and a PKCS#12 written with BER indefinite lengths (Bouncy Castle\'s default)', () => {
    // @types/node has no 'dh' overload; node:crypto generates one.
    const generate = generateKeyPairSync as unknown as (type: string, options: object) => { privateKey: KeyObject };
    const dh = generate('dh', { group: 'modp14' }).privateKey.export({ format: 'der', type: 'pkcs8' });
    expect(ruleOf(dh)).toBe('der-private-key');
    const ber = (tag: number, ...content: Uint8Array[]): Uint8Array => Buffer.concat([Buffer.from([tag, 0x80]), ...content, Buffer.from([0, 0])]);
    const authSafe = (kind: number): Uint8Array => ber(0x30, data, ber(0xa0, ber(0x24, octets(seq(seq(data, explicit0(octets(seq(bag(kind))))))))));
    expect(ruleOf(ber(0x30, int(3), authSafe(2)))).toBe('pkcs12-private-key');
    expect(ruleOf(ber(0x30, int(3), authSafe(3)))).toBe('none');
  });

  it('reads a Buffer from another realm, and ignores a Proxy or a subclass\'s overridden length and indexOf', () => {
    const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' });
    const foreign = runInNewContext('new Uint8Array(bytes)', { bytes: [...key] }) as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(ruleOf(foreign)).toBe('der-private-key');
    expect(detector.scanBinary(new Proxy(key, {}))).toEqual([]);
    class Hostile extends Uint8Array {
      override get length(): number {
        throw new Error('length');
      }
      override indexOf(): number {
        return 0;
      }
    }
    const store = pfx([bag(3)], [octets(randomBytes(64))]);
    expect(ruleOf(new Hostile(store))).toBe('none');
    expect(ruleOf(new Hostile(key))).toBe('der-private-key');
    const throwingPath = { get path(): string {
      throw new Error('path');
    } };
    expect(detector.scanBinary(key, throwingPath).map((f) => f.ruleId)).toEqual(['der-private-key']);
  });

  it('never throws and finds nothing on non-bytes, empty, random and truncated input', () => {
    const d = createDetector();
    for (const bad of [undefined, null, 'text', [0x30, 0x03], {}, new Uint8Array(0)]) expect(d.scanBinary(bad as unknown as Uint8Array)).toEqual([]);
    const store = pfx([bag(2)]);
    for (let cut = 0; cut < store.length; cut += 37) expect(() => d.scanBinary(store.subarray(0, cut))).not.toThrow();
    let hits = 0;
    for (let i = 0; i < 2000; i++) hits += d.scanBinary(randomBytes(64 + (i % 512))).length;
    expect(hits).toBe(0);
  });

  it('runs in linear time on hostile bytes: key-bag prefixes back to back, long length fields, endless JKS entries', () => {
    const SIZE = 1 << 22;
    const bagPrefix = Buffer.from([0x06, 0x0b, ...PKCS, 0x0c, 0x0a, 0x01, 0x09]);
    const inputs: Record<string, (size: number) => Uint8Array> = {
      'bag OIDs of no key kind, in a PFX': (size) => seq(int(3), seq(data, explicit0(octets(Buffer.alloc(size, bagPrefix))))),
      'first bytes of a bag OID': (size) => Buffer.alloc(size, Buffer.from([0x06, 0x0b, 0x2a])),
      'jks with 2^32-1 entries': (size) => Buffer.concat([keyStore(0xfeedfeed, []).subarray(0, 8), Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.alloc(size, Buffer.from([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))]),
      'nested sequences': (size) => Buffer.alloc(size, Buffer.from([0x30, 0x80])),
    };
    for (const [name, make] of Object.entries(inputs)) {
      expectLinear(name, make(SIZE), (b) => void detector.scanBinary(b), 150, make(SIZE / 4));
    }
    // A finding's fingerprint hashes the bytes themselves (it once built a hex string of the file).
    const big = Buffer.concat([pfx([bag(2)]), randomBytes(SIZE * 4)]);
    expect(detector.scanBinary(big)).toHaveLength(1);
    expectLinear('a key store followed by 16 MiB', big, (b) => void detector.scanBinary(b), 600, Buffer.concat([pfx([bag(2)]), randomBytes(SIZE)]));
  });
});

// SHA-1, SHA-384 and SHA-512 (FIPS 180-4) and HMAC (RFC 2104), synchronous and dependency-free
// like sha256.ts: only the PKCS#12 judge uses them, to check a key store's MAC against the
// passwords everyone knows. Inputs are a few kilobytes and rare (key store files), so these
// favour brevity over speed.

import { sha256 } from './sha256.js';

export interface Hash {
  /** Bytes per compression block (PKCS#12's `v`). */
  readonly block: number;
  /** Bytes of output (PKCS#12's `u`). */
  readonly size: number;
  readonly digest: (data: Uint8Array) => Uint8Array;
}

/** `data`, the 0x80 byte, zeros, then the bit length in `lengthBytes` big-endian bytes: whole blocks. */
function pad(data: Uint8Array, block: number, lengthBytes: number): Uint8Array {
  const total = Math.ceil((data.length + 1 + lengthBytes) / block) * block;
  const out = new Uint8Array(total);
  out.set(data);
  out[data.length] = 0x80;
  const view = new DataView(out.buffer);
  const bits = data.length * 8;
  view.setUint32(total - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(total - 4, bits >>> 0);
  return out;
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

function sha1(data: Uint8Array): Uint8Array {
  const m = pad(data, 64, 8);
  const view = new DataView(m.buffer);
  const w = new Uint32Array(80);
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  for (let off = 0; off < m.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl((w[i - 3] as number) ^ (w[i - 8] as number) ^ (w[i - 14] as number) ^ (w[i - 16] as number), 1);
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const t = (rotl(a, 5) + f + e + k + (w[i] as number)) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const out = new Uint8Array(20);
  const ov = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => ov.setUint32(i * 4, h >>> 0));
  return out;
}

// SHA-512's constants are the first 64 bits of the fractional parts of the cube roots of the first
// 80 primes, its initial values those of the square roots of the first 8 (SHA-384: primes 9–16).
// Computed once, on first use, with BigInt integer roots, instead of 200 literals; the rounds then
// run on 32-bit halves (BigInt arithmetic measured ~30 times slower).
let constants: { k: Uint32Array; iv512: Uint32Array; iv384: Uint32Array } | undefined;

function iroot(n: bigint, k: bigint): bigint {
  // Newton's method from a power of two above the root: decreases monotonically to floor(n^(1/k)).
  let x = 1n << (BigInt(n.toString(2).length) / k + 1n);
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}

/** 64-bit values as [hi, lo, hi, lo, …]. */
function halves(values: readonly bigint[]): Uint32Array {
  const out = new Uint32Array(values.length * 2);
  values.forEach((v, i) => {
    out[i * 2] = Number(v >> 32n);
    out[i * 2 + 1] = Number(v & 0xffffffffn);
  });
  return out;
}

function sha512Constants(): NonNullable<typeof constants> {
  if (constants) return constants;
  const primes: bigint[] = [];
  for (let n = 2; primes.length < 80; n++) if (primes.every((p) => BigInt(n) % p !== 0n)) primes.push(BigInt(n));
  const frac = (p: bigint, k: bigint): bigint => iroot(p << (64n * k), k) & ((1n << 64n) - 1n);
  constants = {
    k: halves(primes.map((p) => frac(p, 3n))),
    iv512: halves(primes.slice(0, 8).map((p) => frac(p, 2n))),
    iv384: halves(primes.slice(8, 16).map((p) => frac(p, 2n))),
  };
  return constants;
}

// Rotations and shifts of a 64-bit value held as (hi, lo), for 0 < n < 32; `…Hi`/`…Lo` give the halves.
const rotrHi = (hi: number, lo: number, n: number): number => (hi >>> n) | (lo << (32 - n));
const rotrLo = (hi: number, lo: number, n: number): number => (lo >>> n) | (hi << (32 - n));
const shrLo = rotrLo;

function sha512Family(data: Uint8Array, iv: Uint32Array, size: number): Uint8Array {
  const { k } = sha512Constants();
  const m = pad(data, 128, 16);
  const view = new DataView(m.buffer);
  const h = Uint32Array.from(iv);
  const w = new Uint32Array(160);
  for (let off = 0; off < m.length; off += 128) {
    for (let i = 0; i < 32; i++) w[i] = view.getUint32(off + i * 4);
    for (let i = 16; i < 80; i++) {
      const xh = w[(i - 15) * 2] as number;
      const xl = w[(i - 15) * 2 + 1] as number;
      const yh = w[(i - 2) * 2] as number;
      const yl = w[(i - 2) * 2 + 1] as number;
      // σ0 = rotr 1 ^ rotr 8 ^ shr 7; σ1 = rotr 19 ^ rotr 61 (= rotr 29 of the swapped halves) ^ shr 6.
      const s0h = rotrHi(xh, xl, 1) ^ rotrHi(xh, xl, 8) ^ (xh >>> 7);
      const s0l = rotrLo(xh, xl, 1) ^ rotrLo(xh, xl, 8) ^ shrLo(xh, xl, 7);
      const s1h = rotrHi(yh, yl, 19) ^ rotrHi(yl, yh, 29) ^ (yh >>> 6);
      const s1l = rotrLo(yh, yl, 19) ^ rotrLo(yl, yh, 29) ^ shrLo(yh, yl, 6);
      const lo = (w[(i - 16) * 2 + 1] as number) + (s0l >>> 0) + (w[(i - 7) * 2 + 1] as number) + (s1l >>> 0);
      w[i * 2 + 1] = lo;
      w[i * 2] = (w[(i - 16) * 2] as number) + s0h + (w[(i - 7) * 2] as number) + s1h + Math.floor(lo / 2 ** 32);
    }
    let ah = h[0] as number, al = h[1] as number, bh = h[2] as number, bl = h[3] as number;
    let ch = h[4] as number, cl = h[5] as number, dh = h[6] as number, dl = h[7] as number;
    let eh = h[8] as number, el = h[9] as number, fh = h[10] as number, fl = h[11] as number;
    let gh = h[12] as number, gl = h[13] as number, hh = h[14] as number, hl = h[15] as number;
    for (let i = 0; i < 80; i++) {
      // Σ1(e) = rotr 14 ^ rotr 18 ^ rotr 41 (= rotr 9 swapped); Σ0(a) = rotr 28 ^ rotr 34 (= 2 swapped) ^ rotr 39 (= 7 swapped).
      const S1h = rotrHi(eh, el, 14) ^ rotrHi(eh, el, 18) ^ rotrHi(el, eh, 9);
      const S1l = rotrLo(eh, el, 14) ^ rotrLo(eh, el, 18) ^ rotrLo(el, eh, 9);
      const chh = (eh & fh) ^ (~eh & gh);
      const chl = (el & fl) ^ (~el & gl);
      const t1l = hl + (S1l >>> 0) + (chl >>> 0) + (k[i * 2 + 1] as number) + (w[i * 2 + 1] as number);
      const t1h = (hh + S1h + chh + (k[i * 2] as number) + (w[i * 2] as number) + Math.floor(t1l / 2 ** 32)) >>> 0;
      const S0h = rotrHi(ah, al, 28) ^ rotrHi(al, ah, 2) ^ rotrHi(al, ah, 7);
      const S0l = rotrLo(ah, al, 28) ^ rotrLo(al, ah, 2) ^ rotrLo(al, ah, 7);
      const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
      const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
      const t2l = (S0l >>> 0) + (majl >>> 0);
      const t2h = S0h + majh + Math.floor(t2l / 2 ** 32);
      hh = gh;
      hl = gl;
      gh = fh;
      gl = fl;
      fh = eh;
      fl = el;
      const e = dl + (t1l >>> 0);
      eh = (dh + t1h + Math.floor(e / 2 ** 32)) >>> 0;
      el = e >>> 0;
      dh = ch;
      dl = cl;
      ch = bh;
      cl = bl;
      bh = ah;
      bl = al;
      const a = (t1l >>> 0) + (t2l >>> 0);
      ah = (t1h + t2h + Math.floor(a / 2 ** 32)) >>> 0;
      al = a >>> 0;
    }
    const sums = [ah, al, bh, bl, ch, cl, dh, dl, eh, el, fh, fl, gh, gl, hh, hl];
    for (let i = 0; i < 16; i += 2) {
      const lo = (h[i + 1] as number) + (sums[i + 1] as number);
      h[i + 1] = lo;
      h[i] = (h[i] as number) + (sums[i] as number) + Math.floor(lo / 2 ** 32);
    }
  }
  const out = new Uint8Array(64);
  const ov = new DataView(out.buffer);
  h.forEach((x, i) => ov.setUint32(i * 4, x));
  return out.slice(0, size);
}

export const SHA1: Hash = { block: 64, size: 20, digest: sha1 };
export const SHA256: Hash = { block: 64, size: 32, digest: sha256 };
export const SHA384: Hash = { block: 128, size: 48, digest: (d) => sha512Family(d, sha512Constants().iv384, 48) };
export const SHA512: Hash = { block: 128, size: 64, digest: (d) => sha512Family(d, sha512Constants().iv512, 64) };

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** HMAC of `data` under `key` (RFC 2104). */
export function hmac(hash: Hash, key: Uint8Array, data: Uint8Array): Uint8Array {
  const k = new Uint8Array(hash.block);
  k.set(key.length > hash.block ? hash.digest(key) : key);
  const inner = k.map((x) => x ^ 0x36);
  const outer = k.map((x) => x ^ 0x5c);
  return hash.digest(concat(outer, hash.digest(concat(inner, data))));
}

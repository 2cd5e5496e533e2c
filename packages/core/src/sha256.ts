// A small synchronous SHA-256 (FIPS 180-4) so fingerprints need neither `node:crypto` nor the
// async WebCrypto API: core must run unchanged in browsers and inside sync ESLint rules.

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
// Reused between calls: fingerprints are computed for every finding, so no per-call garbage.
const W = new Uint32Array(64);
const H = new Uint32Array(8);
let block = new Uint8Array(256);

function utf8(text: string): { bytes: Uint8Array; length: number } {
  const max = text.length * 3 + 72;
  if (block.length < max) block = new Uint8Array(max * 2);
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) {
      ascii = false;
      break;
    }
    block[i] = c;
  }
  if (ascii) return { bytes: block, length: text.length };
  const { written } = encoder.encodeInto(text, block);
  return { bytes: block, length: written };
}

/** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex. */
export function sha256Hex(text: string): string {
  const { bytes, length } = utf8(text);
  return digest(bytes, length);
}

/** SHA-256 of `data` itself, as lowercase hex (a binary file's fingerprint: no hex string of the file). */
export function sha256HexOfBytes(data: Uint8Array): string {
  return digest(padded(data), data.length);
}

/** SHA-256 of `data` as bytes (PKCS#12 MACs). */
export function sha256(data: Uint8Array): Uint8Array {
  compress(padded(data), data.length);
  const out = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    const v = H[i] as number;
    out[i * 4] = v >>> 24;
    out[i * 4 + 1] = (v >>> 16) & 0xff;
    out[i * 4 + 2] = (v >>> 8) & 0xff;
    out[i * 4 + 3] = v & 0xff;
  }
  return out;
}

function padded(data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  bytes.set(data);
  return bytes;
}

/** SHA-256 of the first `length` bytes of `bytes`, which has room for the padding after them. */
function digest(bytes: Uint8Array, length: number): string {
  compress(bytes, length);
  let hex = '';
  for (let i = 0; i < 8; i++) {
    const v = H[i] as number;
    hex += (HEX[v >>> 24] as string) + (HEX[(v >>> 16) & 0xff] as string) + (HEX[(v >>> 8) & 0xff] as string) + (HEX[v & 0xff] as string);
  }
  return hex;
}

/** Pads the first `length` bytes of `bytes` and leaves their SHA-256 in H. */
function compress(bytes: Uint8Array, length: number): void {
  const total = ((length + 9 + 63) >> 6) << 6;
  bytes.fill(0, length, total);
  bytes[length] = 0x80;
  const bits = length * 8;
  const hi = Math.floor(bits / 2 ** 32);
  const lo = bits >>> 0;
  bytes[total - 8] = hi >>> 24;
  bytes[total - 7] = (hi >>> 16) & 0xff;
  bytes[total - 6] = (hi >>> 8) & 0xff;
  bytes[total - 5] = hi & 0xff;
  bytes[total - 4] = lo >>> 24;
  bytes[total - 3] = (lo >>> 16) & 0xff;
  bytes[total - 2] = (lo >>> 8) & 0xff;
  bytes[total - 1] = lo & 0xff;

  H[0] = 0x6a09e667;
  H[1] = 0xbb67ae85;
  H[2] = 0x3c6ef372;
  H[3] = 0xa54ff53a;
  H[4] = 0x510e527f;
  H[5] = 0x9b05688c;
  H[6] = 0x1f83d9ab;
  H[7] = 0x5be0cd19;
  const w = W;
  for (let offset = 0; offset < total; offset += 64) {
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      w[i] = (((bytes[j] as number) << 24) | ((bytes[j + 1] as number) << 16) | ((bytes[j + 2] as number) << 8) | (bytes[j + 3] as number)) >>> 0;
    }
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15] as number;
      const b = w[i - 2] as number;
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) >>> 0;
    }
    let a = H[0] as number;
    let b = H[1] as number;
    let c = H[2] as number;
    let d = H[3] as number;
    let e = H[4] as number;
    let f = H[5] as number;
    let g = H[6] as number;
    let h = H[7] as number;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + s1 + ch + (K[i] as number) + (w[i] as number)) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (s0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    H[0] = (H[0] as number) + a;
    H[1] = (H[1] as number) + b;
    H[2] = (H[2] as number) + c;
    H[3] = (H[3] as number) + d;
    H[4] = (H[4] as number) + e;
    H[5] = (H[5] as number) + f;
    H[6] = (H[6] as number) + g;
    H[7] = (H[7] as number) + h;
  }
}

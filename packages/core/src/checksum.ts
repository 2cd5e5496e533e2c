let table: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3) of the ASCII/Latin-1 code units of `s`. */
export function crc32(s: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    crc = (table[(crc ^ s.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-16/XMODEM (polynomial 0x1021, initial value 0), as nkeys checks a key. */
export function crc16(bytes: Uint8Array, length: number): number {
  let crc = 0;
  for (let i = 0; i < length; i++) {
    crc ^= (bytes[i] as number) << 8;
    for (let b = 0; b < 8; b++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` in base 62 (digits, upper, lower), left-padded with `0` to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub and npm token checksum: the last 6 characters are the base62 CRC-32 of the 30 random
 * characters after the prefix. https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */
export function hasBase62Crc32(token: string, prefixLength: number): boolean {
  const body = token.slice(prefixLength);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** The bytes of a Bitcoin-alphabet base58 string, or undefined (a character outside it). Quadratic in the length: callers pass ≤ 120 characters. */
export function base58Decode(text: string): Uint8Array | undefined {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let carry = BASE58.indexOf(text.charAt(i));
    if (carry === -1) return undefined;
    for (let j = 0; j < out.length; j++) {
      carry += (out[j] as number) * 58;
      out[j] = carry & 0xff;
      carry >>= 8;
    }
    for (; carry > 0; carry >>= 8) out.push(carry & 0xff);
  }
  // Each leading "1" is a leading zero byte.
  for (let i = 0; i < text.length && text.charAt(i) === '1'; i++) out.push(0);
  return Uint8Array.from(out.reverse());
}

/** `bytes` in Bitcoin-alphabet base58 (samples). */
export function base58Encode(bytes: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let j = 0; j < digits.length; j++) {
      carry += (digits[j] as number) << 8;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    for (; carry > 0; carry = Math.floor(carry / 58)) digits.push(carry % 58);
  }
  let out = '';
  for (let i = 0; i < bytes.length && bytes[i] === 0; i++) out += '1';
  for (let i = digits.length - 1; i >= 0; i--) out += BASE58.charAt(digits[i] as number);
  return out;
}

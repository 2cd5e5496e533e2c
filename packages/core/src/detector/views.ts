// Decoded views of a text. Tokens travel encoded: inside string literals with escapes (a PEM key
// with "\n" in a JSON value), percent-encoded in URLs and form bodies, base64 in Kubernetes
// Secrets, docker config.json and Basic credentials. Each view is the decoded text of the parts
// that hold an encoding, with every decoded character mapped back to the raw characters it came
// from, so a finding in a view is reported (and redacted) at its place in the raw text.
// Views are built only where an encoding occurs; text with none costs one native search each.

/** Decoded text and, per decoded character, the raw range it came from. */
export interface View {
  readonly text: string;
  /** Raw offset of the first raw character behind view character i. */
  readonly starts: Int32Array;
  /** Raw offset just past the last raw character behind view character i. */
  readonly ends: Int32Array;
}

// Longest base64 run decoded (a PEM key or a service-account JSON fits; a bundled image does not
// need to be decoded to be rejected, and is cut off at the first byte that is not text).
const MAX_BASE64_RUN = 256 * 1024;
const MIN_BASE64_RUN = 16;

class ViewBuilder {
  private readonly parts: string[] = [];
  private starts = new Int32Array(256);
  private ends = new Int32Array(256);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + n);
    const starts = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    const ends = new Int32Array(size);
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  /** Decoded text standing for raw [from, to) as a whole. */
  push(decoded: string, from: number, to: number): void {
    this.reserve(decoded.length);
    this.parts.push(decoded);
    this.starts.fill(from, this.length, this.length + decoded.length);
    this.ends.fill(to, this.length, this.length + decoded.length);
    this.length += decoded.length;
  }

  /** Raw [from, to) copied through unchanged. */
  copy(raw: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(raw.slice(from, to));
    for (let i = from, j = this.length; i < to; i++, j++) {
      this.starts[j] = i;
      this.ends[j] = i + 1;
    }
    this.length += to - from;
  }

  build(): View {
    return { text: this.parts.join(''), starts: this.starts.subarray(0, this.length), ends: this.ends.subarray(0, this.length) };
  }
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

function hexAt(text: string, at: number, digits: number): number {
  if (at + digits > text.length) return -1;
  let v = 0;
  for (let i = 0; i < digits; i++) {
    const h = hexValue(text.charCodeAt(at + i));
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['b', '\b'],
  ['f', '\f'],
  ['v', '\v'],
  ['0', '\0'],
  ['\\', '\\'],
  ['"', '"'],
  ["'", "'"],
  ['/', '/'],
  ['`', '`'],
]);

/**
 * Length of the escape sequence starting at `at` (a backslash) and what it decodes to, or
 * undefined when the backslash starts no escape we decode.
 */
function escapeAt(text: string, at: number): [string, number] | undefined {
  const next = text.charAt(at + 1);
  const simple = SIMPLE_ESCAPES.get(next);
  if (simple !== undefined) return [simple, 2];
  if (next === 'x') {
    const v = hexAt(text, at + 2, 2);
    return v < 0 ? undefined : [String.fromCharCode(v), 4];
  }
  if (next === 'u') {
    const v = hexAt(text, at + 2, 4);
    return v < 0 ? undefined : [String.fromCharCode(v), 6];
  }
  return undefined;
}

function lineBounds(text: string, at: number): [number, number] {
  const start = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return [start, nl === -1 ? text.length : nl];
}

/**
 * String-literal escapes decoded (`\n`, `\"`, `\\`, `\xNN`, `\uNNNN`), on the lines that hold
 * one. Undefined when the text has no backslash escape.
 */
export function escapeView(text: string): View | undefined {
  let at = text.indexOf('\\');
  if (at === -1) return undefined;
  const b = new ViewBuilder();
  let decodedAny = false;
  while (at !== -1) {
    const [lineStart, lineEnd] = lineBounds(text, at);
    if (b.length > 0) b.push('\n', lineStart, lineStart);
    let copied = lineStart;
    for (let i = at; i < lineEnd; i++) {
      if (text.charCodeAt(i) !== 92) continue;
      const esc = escapeAt(text, i);
      if (esc === undefined) continue;
      b.copy(text, copied, i);
      b.push(esc[0], i, i + esc[1]);
      decodedAny = true;
      i += esc[1] - 1;
      copied = i + 1;
    }
    b.copy(text, copied, lineEnd);
    at = lineEnd < text.length ? text.indexOf('\\', lineEnd) : -1;
  }
  return decodedAny ? b.build() : undefined;
}

/**
 * Percent-encoding decoded (`%3D`, `%2F`, `%40`), ASCII bytes only, on the lines that hold one.
 * Undefined when the text has none.
 */
export function percentView(text: string): View | undefined {
  let at = text.indexOf('%');
  while (at !== -1 && hexAt(text, at + 1, 2) < 0) at = text.indexOf('%', at + 1);
  if (at === -1) return undefined;
  const b = new ViewBuilder();
  while (at !== -1) {
    const [lineStart, lineEnd] = lineBounds(text, at);
    if (b.length > 0) b.push('\n', lineStart, lineStart);
    let copied = lineStart;
    for (let i = at; i < lineEnd; i++) {
      if (text.charCodeAt(i) !== 37) continue;
      const v = hexAt(text, i + 1, 2);
      if (v < 0 || v >= 0x80) continue;
      b.copy(text, copied, i);
      b.push(String.fromCharCode(v), i, i + 3);
      i += 2;
      copied = i + 1;
    }
    b.copy(text, copied, lineEnd);
    at = lineEnd < text.length ? text.indexOf('%', lineEnd) : -1;
  }
  return b.build();
}

// Standard and URL-safe base64 digits to their values; -1 elsewhere.
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64_VALUE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
BASE64_VALUE[45] = 62; // -
BASE64_VALUE[95] = 63; // _

const BASE64_RUN = new RegExp(`[A-Za-z0-9+/_-]{${MIN_BASE64_RUN},}`);

// Every byte is printable ASCII by then, so latin1 and UTF-8 agree; TextDecoder is in every runtime.
const latin1 = new TextDecoder('latin1');

function isTextByte(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13;
}

/**
 * A base64 run decoded, when every byte it decodes to is printable ASCII text (credentials,
 * tokens, PEM, JSON); undefined for anything else (identifiers, hashes, images), usually after
 * the first few characters.
 */
function decodeBase64Text(text: string, from: number, to: number): string | undefined {
  const bytes = new Uint8Array(((to - from) * 3) >> 2);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = from; i < to; i++) {
    acc = ((acc << 6) | (BASE64_VALUE[text.charCodeAt(i)] as number)) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (acc >> bits) & 0xff;
      if (!isTextByte(byte)) return undefined;
      bytes[n++] = byte;
    }
  }
  return latin1.decode(bytes.subarray(0, n));
}

/**
 * Base64 runs of 16+ characters that decode to text, each decoded in place: the view holds the
 * raw line up to the run (so the key it is assigned to gives context) and the decoded text, which
 * maps back to the whole run. Undefined when no run decodes to text.
 */
export function base64View(text: string): View | undefined {
  let b: ViewBuilder | undefined;
  let lastEnd = -1;
  // A native search finds the runs; most (identifiers, hashes) fail the text check in a few bytes.
  const runs = new RegExp(BASE64_RUN.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = runs.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const length = end - start;
    if (length > MAX_BASE64_RUN || length % 4 === 1) continue;
    const decoded = decodeBase64Text(text, start, end);
    if (decoded === undefined || decoded.length < 12) continue;
    let padded = end;
    while (padded < text.length && padded - end < 2 && text.charCodeAt(padded) === 61) padded++;
    b ??= new ViewBuilder();
    // The raw line up to the run comes along (so a key name gives context), but never text the
    // view already holds: a line of back-to-back runs makes a view no longer than the line.
    // (A bounded look back: lastIndexOf would walk a megabyte line once per run.)
    let from = start;
    while (from > 0 && start - from < 128 && text.charCodeAt(from - 1) !== 10) from--;
    if (lastEnd > from && lastEnd <= start) {
      b.copy(text, lastEnd, start);
    } else {
      if (b.length > 0) b.push('\n', start, start);
      b.copy(text, from, start);
    }
    b.push(decoded, start, padded);
    lastEnd = padded;
  }
  return b?.build();
}

/** Every view of `text` that decodes something. */
export function viewsOf(text: string): View[] {
  const views: View[] = [];
  const escaped = escapeView(text);
  if (escaped) views.push(escaped);
  const percent = percentView(text);
  if (percent) views.push(percent);
  const base64 = base64View(text);
  if (base64) views.push(base64);
  return views;
}

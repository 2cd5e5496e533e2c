import { isUtf8 } from 'node:buffer';
import { type Detector, getDefaultDetector, redact } from '@keyward/core';

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * A file name's bytes as text: UTF-8 where they are UTF-8, each other byte as `\xNN` (git's and
 * the shell's way), so two names never print alike and none prints as a replacement character.
 */
export function nameOf(bytes: Uint8Array): string {
  if (isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const width = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (width === 1 || (width > 1 && i + width <= bytes.length && isUtf8(bytes.subarray(i, i + width)))) {
      out += width === 1 ? String.fromCharCode(b) : strict.decode(bytes.subarray(i, i + width));
      i += width;
    } else {
      out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/**
 * A name as a terminal may show it: control, bidi-override and line-separator characters
 * escaped (a file named with an ANSI escape or a newline cannot rewrite the output).
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * URL passwords masked (`https://user:****@host`), also where the URL does not parse (a password
 * holding "/" or "+", as git quotes it in an error). One forward pass: each "://" looks ahead to
 * the end of its run of non-blank characters, and the search goes on from there.
 */
export function maskUserinfo(s: string): string {
  let out = '';
  let from = 0;
  for (let i = s.indexOf('://'); i !== -1; i = s.indexOf('://', from)) {
    let end = i + 3;
    while (end < s.length && !/\s/.test(s[end] as string)) end++;
    const at = s.lastIndexOf('@', end - 1);
    const colon = at > i + 3 ? s.indexOf(':', i + 3) : -1;
    if (colon !== -1 && colon < at && at - colon > 1) {
      out += `${s.slice(from, colon + 1)}****`;
      from = at;
    } else {
      out += s.slice(from, end);
      from = end;
    }
    if (from >= s.length) break;
  }
  return out + s.slice(from);
}

/** Characters that join words in a file name: a token may follow one directly (`f_ghp_…`, `x-AKIA…`). */
const NAME_JOINERS = new Set(['_', '-', '.', '+', '=', '@', ',', '~']);
/** How far past a joiner a token is looked for (longer than any single-line token). */
const NAME_WINDOW = 512;

/**
 * A name (a file name, an argument) with its tokens masked. Rules want a boundary before a token,
 * and in a name a token is often glued to a word by "_" or "-" (`backup_ghp_….txt`): the name is
 * also judged from each point after such a joiner, over a bounded window (linear in its length),
 * and what is found there is masked too.
 */
export function redactName(name: string, detector: Detector = getDefaultDetector()): string {
  if (!detector.mayContainSecret(name)) return name;
  const spans: [number, number][] = detector.scan(name).map((f) => [f.start, f.end]);
  for (let i = 1; i < name.length; i++) {
    if (!NAME_JOINERS.has(name[i - 1] as string) || !/[A-Za-z0-9]/.test(name[i] as string)) continue;
    const window = name.slice(i, i + NAME_WINDOW);
    if (!detector.mayContainSecret(window)) continue;
    for (const f of detector.scan(window)) spans.push([i + f.start, i + f.end]);
  }
  if (spans.length === 0) return redact(name, { detector });
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    out += name.slice(at, Math.max(at, start));
    const piece = name.slice(Math.max(at, start), end);
    const masked = redact(piece, { detector });
    out += masked === piece ? '****' : masked;
    at = end;
  }
  return out + name.slice(at);
}

/** A string the user supplied (a path, an argument, a revision) as printed: tokens and URL passwords masked, then escaped. */
export function shown(s: string): string {
  return printable(redactName(s.includes('://') ? maskUserinfo(s) : s));
}

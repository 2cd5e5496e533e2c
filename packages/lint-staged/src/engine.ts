import { type Detector, type Finding, type RevealedFinding } from '@keyward/core';
import { redactName } from './shown.js';
import type { Baseline, BaselineEntry } from './baseline.js';
import type { Policy } from './policy.js';
import type { CommitInfo, Target } from './sources/target.js';
import type { VerifyResult } from './verify/verify.js';

/** A finding as the CLI reports it: always with a path, and the commit for history scans. */
export interface ReportFinding extends Finding {
  readonly path: string;
  readonly commit?: CommitInfo;
  /** Only with --reveal. */
  readonly secret?: string;
  /** Only with --verify, for rules whose provider has a read-only identity endpoint. */
  readonly verification?: VerifyResult;
  /** Line and column (1-based, UTF-16 units) just past the secret's last character. */
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface Skipped {
  readonly path: string;
  readonly reason: string;
}

export interface ScanReport {
  readonly findings: ReportFinding[];
  readonly skipped: Skipped[];
  /** Files read and scanned, with a note for those scanned despite a problem (invalid UTF-8). */
  readonly notes: Skipped[];
  readonly filesScanned: number;
  readonly bytesScanned: number;
  /** History scans: the commits read. */
  readonly commitsScanned?: number;
  /** History scans: the repository as an absolute URI (its origin remote, else a file: URL). */
  readonly repositoryUri?: string;
  readonly baselined: number;
  readonly stale: BaselineEntry[];
  /**
   * With `keepSecrets` (for --verify): each finding's raw value, held in memory only. A WeakMap
   * is never serialised by a report and lets the values go with the findings.
   */
  readonly secrets?: WeakMap<ReportFinding, string>;
}

// Files larger than this are read as a stream and scanned in windows (V8 strings top out near
// 512 MiB, and memory should not grow with the file).
const LARGE_FILE = 64 * 1024 * 1024;
// Characters per window; a finding must start at least MARGIN before a window's end to be
// reported from it (one that starts later is reported from the next window, which holds it
// whole), and each window keeps BACK characters before that for look-behind and context.
const WINDOW = 4 * 1024 * 1024;
const MARGIN = 256 * 1024;
const BACK = 8 * 1024;

/**
 * Scans a stream in overlapping windows of `window` characters. Each finding is reported once,
 * with its line and column in the whole file; a token across a window boundary is found whole.
 */
async function scanLarge(target: Target, detector: Detector, window: number, report: (f: Finding, secret: string) => void): Promise<{ bytes: number }> {
  const margin = Math.min(MARGIN, window >> 2);
  const back = Math.min(BACK, margin >> 1);
  let decoder: StreamDecoder | undefined;
  let text = '';
  let base = 0; // offset of text[0] in the whole decoded file
  let baseLine = 1; // line of text[0]
  let baseColumn = 0; // characters between text[0] and the start of its line
  let acceptFrom = 0; // findings starting before this were reported by an earlier window
  let bytes = 0;
  let first = true;
  const flush = (final: boolean): void => {
    // The window: the first `window` characters held (all of them at the end).
    const view = final ? text : text.slice(0, window);
    const limit = final ? Number.POSITIVE_INFINITY : base + view.length - margin;
    for (const f of detector.scanRevealing(view, { path: target.path })) {
      const start = base + f.start;
      if (start < acceptFrom || start >= limit) continue;
      const { secret, ...finding } = f;
      report({ ...finding, line: baseLine + f.line - 1, column: f.line === 1 ? baseColumn + f.column : f.column, start, end: base + f.end }, secret);
    }
    if (final) return;
    acceptFrom = limit;
    const cut = limit - back - base;
    const consumed = view.slice(0, cut);
    let newlines = 0;
    for (let i = consumed.indexOf('\n'); i !== -1; i = consumed.indexOf('\n', i + 1)) newlines++;
    const lastNl = consumed.lastIndexOf('\n');
    baseColumn = lastNl === -1 ? baseColumn + cut : cut - lastNl - 1;
    baseLine += newlines;
    text = text.slice(cut);
    base += cut;
  };
  for await (const chunk of (target.open as NonNullable<Target['open']>)()) {
    // The first chunk (1 MiB from disk) decides the encoding: a byte-order mark, NUL bytes
    // (binary: its printable runs are scanned), else UTF-8.
    decoder ??= streamDecoderFor(chunk);
    bytes += chunk.length;
    text += decoder.decode(chunk, true);
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    while (text.length >= window) flush(false);
  }
  if (decoder) text += decoder.decode(new Uint8Array(0), false);
  flush(true);
  return { bytes };
}

/** Decodes a stream chunk by chunk (`more`: more chunks follow, so a split character waits). */
interface StreamDecoder {
  decode(chunk: Uint8Array, more: boolean): string;
}

function textDecoder(encoding: string): StreamDecoder {
  const decoder = new TextDecoder(encoding);
  return { decode: (chunk, more) => decoder.decode(chunk, { stream: more }) };
}

/**
 * UTF-32 (which TextDecoder does not know): four bytes a code point; one that is out of range or
 * a surrogate becomes U+FFFD, as do bytes left over at the end.
 */
function utf32Decoder(littleEndian: boolean): StreamDecoder {
  let rest = new Uint8Array(0);
  return {
    decode(chunk, more) {
      const bytes = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
      const whole = bytes.length - (bytes.length % 4);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let out = '';
      const points: number[] = [];
      for (let i = 0; i < whole; i += 4) {
        const cp = view.getUint32(i, littleEndian);
        points.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
        if (points.length === 4096) out += String.fromCodePoint(...points.splice(0));
      }
      out += String.fromCodePoint(...points);
      rest = more ? bytes.slice(whole) : new Uint8Array(0);
      return !more && whole < bytes.length ? `${out}\uFFFD` : out;
    },
  };
}

/**
 * A binary stream as the text of its printable runs: every other byte becomes a line break, so
 * offsets stay the file's and no token is joined across binary data (files over 64 MiB: smaller
 * ones get scanBinaryStrings, which also reads UTF-16 runs and key stores).
 */
function printableRunsDecoder(): StreamDecoder {
  return {
    decode(chunk) {
      const out = Buffer.allocUnsafe(chunk.length);
      for (let i = 0; i < chunk.length; i++) out[i] = printableByte(chunk[i] as number) ? (chunk[i] as number) : 0x0a;
      return out.toString('latin1');
    },
  };
}

/** The decoder for a stream that starts with `first`: by its byte-order mark, binary when NULs come early, else UTF-8. */
function streamDecoderFor(first: Uint8Array): StreamDecoder {
  const bom = bomOf(first);
  if (bom === 'utf-32le' || bom === 'utf-32be') return utf32Decoder(bom === 'utf-32le');
  if (bom !== undefined) return textDecoder(bom);
  if (first.subarray(0, SNIFF).includes(0)) return printableRunsDecoder();
  return textDecoder('utf-8');
}

/** The encoding a byte-order mark names: UTF-32 first (its LE mark starts like UTF-16's). */
function bomOf(b: Uint8Array): 'utf-32le' | 'utf-32be' | 'utf-16le' | 'utf-16be' | undefined {
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

export interface EngineOptions {
  readonly detector: Detector;
  readonly policy?: Policy;
  readonly baseline?: Baseline;
  readonly maxFileSize: number;
  readonly reveal?: boolean;
  /** Keep raw values in `report.secrets` (never in a finding) so they can be verified. */
  readonly keepSecrets?: boolean;
  /** Files over this many bytes (with `open`) are scanned as a stream; default 64 MiB. */
  readonly largeFile?: number;
  /** Called after each target is done with (scanned, skipped or allowed), for progress. */
  readonly onTarget?: (target: Target) => void;
  /** Window size in characters for streamed files; default 4 Mi (tests use small ones). */
  readonly window?: number;
}

const SNIFF = 8000;
const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** The text of bytes that start with a UTF-32 or UTF-16 byte-order mark (LE or BE), without the mark; else undefined. */
export function bomText(content: Buffer): string | undefined {
  const bom = bomOf(content);
  if (bom === undefined) return undefined;
  const text = (bom === 'utf-32le' || bom === 'utf-32be' ? utf32Decoder(bom === 'utf-32le') : textDecoder(bom)).decode(content, false);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Text of a file, or why it was not scanned. A byte-order mark decodes as UTF-16 (LE or BE:
 * Windows tools write .env and .ps1 files that way) or UTF-32; otherwise NUL bytes in the first 8 kB
 * mean binary, and UTF-8 (its BOM dropped) is the encoding.
 */
export function decode(content: Buffer): { text?: string; skip?: string; note?: string } {
  const marked = bomText(content);
  if (marked !== undefined) return { text: marked };
  if (content.subarray(0, SNIFF).includes(0)) return { skip: 'binary file' };
  try {
    return { text: fatal.decode(content) };
  } catch {
    return { text: lenient.decode(content), note: 'invalid UTF-8; scanned with replacement characters' };
  }
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

// Reads in flight ahead of the scan: disk latency overlaps detection instead of adding to it.
const READ_AHEAD = 16;

/**
 * Yields each target with its read already started, keeping up to READ_AHEAD reads in flight
 * (only for targets that will be read). Order is preserved; a failed read rejects only its own
 * promise, which the caller awaits and reports.
 */
async function* prefetch(targets: AsyncIterable<Target> | Iterable<Target>, wanted: (t: Target) => boolean): AsyncGenerator<[Target, Promise<Buffer> | undefined]> {
  const window: [Target, Promise<Buffer> | undefined][] = [];
  const start = (t: Target): [Target, Promise<Buffer> | undefined] => {
    if (!wanted(t)) return [t, undefined];
    const p = t.read();
    p.catch(() => {}); // observed later by the caller; avoid an unhandled rejection meanwhile
    return [t, p];
  };
  for await (const target of targets) {
    window.push(start(target));
    if (window.length >= READ_AHEAD) yield window.shift() as [Target, Promise<Buffer> | undefined];
  }
  while (window.length > 0) yield window.shift() as [Target, Promise<Buffer> | undefined];
}

/** The compression a file's magic bytes name (gzip, a zip member that is not stored, 7z, xz, bzip2, zstd), or undefined. */
function compressedKind(b: Buffer): string | undefined {
  if (b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  // A zip's first local header: its method at offset 8 (0 = stored, read as it is).
  if (b.length >= 10 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4 && (b[8] !== 0 || b[9] !== 0)) return 'zip';
  if (b.length >= 6 && b[0] === 0x37 && b[1] === 0x7a && b[2] === 0xbc && b[3] === 0xaf && b[4] === 0x27 && b[5] === 0x1c) return '7z';
  if (b.length >= 6 && b[0] === 0xfd && b[1] === 0x37 && b[2] === 0x7a && b[3] === 0x58 && b[4] === 0x5a && b[5] === 0) return 'xz';
  if (b.length >= 3 && b[0] === 0x42 && b[1] === 0x5a && b[2] === 0x68) return 'bzip2';
  if (b.length >= 4 && b[0] === 0x28 && b[1] === 0xb5 && b[2] === 0x2f && b[3] === 0xfd) return 'zstd';
  return undefined;
}

/** Runs of this many printable ASCII characters (or more) in a binary file are scanned as text. */
const MIN_RUN = 8;
/** A printable ASCII byte or a tab: what a text run in a binary file is made of. */
const printableByte = (b: number): boolean => (b >= 0x20 && b <= 0x7e) || b === 0x09;

/**
 * Findings in the printable runs of a binary file (bytes 0x20–0x7E and tab, at least MIN_RUN
 * long), joined by newlines into one text and scanned once; each finding placed back at its
 * offset, line and column in the file. A run that starts with a letter or digit is also scanned
 * from its second character: SQLite, .pyc and .class files put a length byte right before each
 * string, and a printable one glues itself to the token. Linear in the file's size.
 */
function scanBinaryStrings(bytes: Buffer, detector: Detector, path: string): RevealedFinding[] {
  const parts: string[] = [];
  const textStarts: number[] = [];
  const fileStarts: number[] = [];
  let textLength = 0;
  // Runs are joined by a newline only where one line break separated them in the file (a PEM key
  // stored in a binary keeps its lines); other runs by a NUL line, which no block rule crosses, so
  // unrelated strings ("-----BEGIN …", base64 tables, "-----END …") never make a block.
  let lastEnd = -1;
  const separator = (from: number): string => {
    if (parts.length === 0) return '';
    const gap = from - lastEnd;
    return (gap === 1 && bytes[lastEnd] === 10) || (gap === 2 && bytes[lastEnd] === 13 && bytes[lastEnd + 1] === 10) ? '\n' : '\n\0\n';
  };
  const push = (sep: string, text: string, fileStart: number, length: number): void => {
    parts.push(sep, text);
    textLength += sep.length;
    textStarts.push(textLength);
    fileStarts.push(fileStart);
    textLength += length;
  };
  const add = (from: number, to: number): void => {
    push(separator(from), bytes.toString('latin1', from, to), from, to - from);
    lastEnd = to;
  };
  let run = -1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && printableByte(bytes[i] as number)) {
      if (run === -1) run = i;
      continue;
    }
    if (run !== -1 && i - run >= MIN_RUN) {
      add(run, i);
      const first = bytes[run] as number;
      if (i - run > MIN_RUN && ((first >= 0x30 && first <= 0x39) || ((first | 0x20) >= 0x61 && (first | 0x20) <= 0x7a))) {
        lastEnd = -2; // the tail is no continuation of the line before
        add(run + 1, i);
      }
    }
    run = -1;
  }
  // UTF-16LE text (`strings -el`): printable characters each followed by a NUL, at either byte
  // alignment; a BOM-less UTF-16 file (a Windows .env, a .reg export) is read so too.
  for (const parity of [0, 1]) {
    let from = -1;
    const parts16: { from: number; to: number }[] = [];
    for (let i = parity; i <= bytes.length; i += 2) {
      if (i + 1 < bytes.length && bytes[i + 1] === 0 && printableByte(bytes[i] as number)) {
        if (from === -1) from = i;
        continue;
      }
      if (from !== -1 && (i - from) / 2 >= MIN_RUN) parts16.push({ from, to: i });
      from = -1;
    }
    // fileStarts negative: a UTF-16 run, each character two bytes.
    for (const { from: a, to } of parts16) push(parts.length === 0 ? '' : '\n\0\n', bytes.toString('utf16le', a, to), -a - 1, (to - a) / 2);
  }
  if (parts.length === 0) return [];
  const text = parts.join('');
  const found = detector.scanRevealing(text, { path });
  if (found.length === 0) return [];
  // Parts are in text order: a finding's part by binary search, then its offset in the file.
  const place = (at: number): number => {
    let lo = 0;
    let hi = textStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((textStarts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    const file = fileStarts[lo] as number;
    const offset = at - (textStarts[lo] as number);
    return file >= 0 ? file + offset : -file - 1 + offset * 2;
  };
  // A token found both in a run and in its tail is one finding.
  const seen = new Set<string>();
  const placed = found
    .map((f) => ({ f, start: place(f.start) }))
    .filter(({ f, start }) => {
      const key = `${f.ruleId}@${start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
  // Lines and columns with one forward walk over the newlines.
  let line = 1;
  let lineStart = 0;
  let nl = bytes.indexOf(10);
  return placed.map(({ f, start }) => {
    while (nl !== -1 && nl < start) {
      line++;
      lineStart = nl + 1;
      nl = bytes.indexOf(10, nl + 1);
    }
    // (A UTF-16 run's end is counted in characters from its start: close enough for a report.)
    return { ...f, start, end: start + (f.end - f.start), line, column: start - lineStart + 1 };
  });
}

/** Where a secret at [start, end) ends: its line and the column just past its last character. */
function endOf(text: string, start: number, end: number, line: number, column: number): { endLine: number; endColumn: number } {
  const span = text.slice(start, end);
  const last = span.lastIndexOf('\n');
  if (last === -1) return { endLine: line, endColumn: column + span.length };
  let lines = 0;
  for (let i = span.indexOf('\n'); i !== -1; i = span.indexOf('\n', i + 1)) lines++;
  return { endLine: line + lines, endColumn: span.length - last };
}

/** Scans targets in order: name policy, size and binary checks, the detector, then baseline. */
export async function scanTargets(targets: AsyncIterable<Target> | Iterable<Target>, options: EngineOptions): Promise<ScanReport> {
  const findings: ReportFinding[] = [];
  const skipped: Skipped[] = [];
  const notes: Skipped[] = [];
  const scannedPaths = new Set<string>();
  let filesScanned = 0;
  let bytesScanned = 0;
  let baselined = 0;
  const secrets = options.keepSecrets ? new WeakMap<ReportFinding, string>() : undefined;

  // Names and authors are printed in every report and the baseline: a token in a file name or a
  // git author is masked there like one in file content (reports escape control characters).
  const shown = new Map<string, string>();
  const safe = (s: string): string => {
    let out = shown.get(s);
    if (out === undefined) {
      out = options.detector.mayContainSecret(s) ? redactName(s, options.detector) : s;
      if (shown.size < 100_000) shown.set(s, out);
    }
    return out;
  };

  // The secrets found in the file being judged: one that also stands in its name (`key<token>.txt`,
  // glued to letters where no rule sees a boundary) is masked there too.
  let fileSecrets: readonly string[] = [];
  const named = (target: Target): string => {
    let path = safe(target.path);
    for (const secret of fileSecrets) if (secret.length >= 8 && path.includes(secret)) path = path.split(secret).join('****');
    return path;
  };

  const keep = (target: Target, f: Finding, secret?: string): void => {
    const line = target.lineMap ? (target.lineMap[f.line - 1] ?? f.line) : f.line;
    if (target.addedLines && f.provider !== 'keyward policy' && !target.addedLines.has(line)) return;
    const path = named(target);
    if (options.baseline?.has({ rule: f.ruleId, path, hash: f.fingerprint })) {
      baselined++;
      return;
    }
    const commit = target.commit ? { ...target.commit, author: safe(target.commit.author) } : undefined;
    // A history target's line map moves the end line with the start line.
    const endLine = (f as ReportFinding).endLine !== undefined && target.lineMap ? line + ((f as ReportFinding).endLine as number) - f.line : (f as ReportFinding).endLine;
    const out: ReportFinding = { ...f, path, line, ...(endLine !== undefined ? { endLine } : {}), ...(commit ? { commit } : {}), ...(options.reveal && secret !== undefined ? { secret } : {}) };
    if (!options.reveal && 'secret' in out) delete (out as { secret?: string }).secret;
    if (secrets && secret !== undefined) secrets.set(out, secret);
    findings.push(out);
  };

  /**
   * The detector's findings in one file, kept with their secrets (which are also masked in the
   * file's name, for the rest of this file's turn), its path recorded as scanned; with the file's
   * `text`, each finding's end too.
   */
  const keepFound = (target: Target, found: readonly RevealedFinding[], text?: string): void => {
    fileSecrets = found.map((f) => f.secret);
    scannedPaths.add(named(target));
    for (const f of found) {
      const { secret, ...finding } = f;
      keep(target, text === undefined ? finding : { ...finding, ...endOf(text, f.start, f.end, f.line, f.column) }, secret);
    }
  };

  const large = options.largeFile ?? LARGE_FILE;
  const wanted = (target: Target): boolean => !options.detector.isPathAllowed(target.path) && target.size <= options.maxFileSize && !(target.open && target.size > large);
  let sawCommit = false;
  for await (const [target, pending] of prefetch(targets, wanted)) {
    fileSecrets = [];
    options.onTarget?.(target);
    if (target.commit) sawCommit = true;
    if (!target.commit) for (const f of options.policy?.checkName(target.path) ?? []) keep(target, f);
    if (options.detector.isPathAllowed(target.path)) continue;
    if (target.size > options.maxFileSize) {
      skipped.push({ path: safe(target.path), reason: `${formatSize(target.size)} is over --max-file-size ${formatSize(options.maxFileSize)}` });
      continue;
    }
    if (target.open && target.size > large) {
      // A file too large to hold as one string (a minified bundle, a database dump): scanned in
      // windows with bounded memory, findings placed in the whole file.
      try {
        const result = await scanLarge(target, options.detector, options.window ?? WINDOW, (f, secret) => keep(target, f, secret));
        filesScanned++;
        bytesScanned += result.bytes;
        scannedPaths.add(safe(target.path));
      } catch (error) {
        skipped.push({ path: safe(target.path), reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      }
      continue;
    }
    let content: Buffer;
    try {
      content = await (pending ?? target.read());
    } catch (error) {
      skipped.push({ path: safe(target.path), reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      continue;
    }
    const { text, skip, note } = decode(content);
    // Key stores and DER keys are binary (a NUL byte, or bytes that are not UTF-8: a DER EC key
    // often has no NUL): core judges their bytes, whatever the file's name.
    // (History re-encodes a patch's text, so its own decode cannot tell; the source offers the blob.)
    if (target.commit ? target.readBlob !== undefined : (text === undefined && skip === 'binary file') || note !== undefined) {
      // A history target holds the patch's text; its exact bytes come from the commit's blob.
      let bytes: Buffer = content;
      if (target.commit && target.readBlob) {
        try {
          bytes = await target.readBlob();
        } catch (error) {
          skipped.push({ path: safe(target.path), reason: `could not be read from git (${(error as Error).name})` });
          continue;
        }
      }
      const found = options.detector.scanBinary(bytes, { path: target.path });
      if (found.length > 0) {
        filesScanned++;
        bytesScanned += content.length;
        scannedPaths.add(safe(target.path));
        // The content's verdict replaces the name policy's guess for this key store (one finding, one baseline entry).
        const last = findings.at(-1);
        if (last?.ruleId === 'policy-key-store-file' && last.path === safe(target.path)) findings.pop();
        for (const f of found) keep(target, f);
        continue;
      }
    }
    if (text === undefined && skip === 'binary file') {
      // A database, a compiled class, an archive's index: the text runs inside it are scanned,
      // as `strings` would print them (a token stored in a .sqlite file is still a token).
      filesScanned++;
      bytesScanned += content.length;
      keepFound(target, scanBinaryStrings(content, options.detector, target.path));
      // What a compressed archive holds is not in its bytes: said, never passed in silence (from an
      // adversarial review: a .zip or .gz holding a token was scanned "clean").
      const packed = compressedKind(content);
      if (packed) notes.push({ path: safe(target.path), reason: `${packed} compressed: its contents were not decompressed or scanned; extract it to scan them` });
      continue;
    }
    if (text === undefined) {
      skipped.push({ path: safe(target.path), reason: skip ?? 'unreadable' });
      continue;
    }
    if (note) notes.push({ path: safe(target.path), reason: note });
    filesScanned++;
    bytesScanned += content.length;
    const found = options.detector.scanRevealing(text, { path: target.path });
    keepFound(target, found, text);
    // A byte-order mark decides how the text is read, but the bytes after it need not be in that
    // encoding: two stray bytes (FF FE) before ASCII turn every character into CJK. Their text
    // runs are scanned too, as a binary file's are (from an adversarial review: such a file passed the hook).
    if (bomOf(content) !== undefined) {
      const seen = new Set(found.map((f) => f.secret));
      keepFound(target, scanBinaryStrings(content, options.detector, target.path).filter((f) => !seen.has(f.secret)));
    }
    if (!target.commit) for (const f of options.policy?.checkContent(target.path, text) ?? []) keep(target, f);
  }

  return { findings, skipped, notes, filesScanned, bytesScanned, baselined, stale: options.baseline?.stale(scannedPaths, sawCommit) ?? [], ...(secrets ? { secrets } : {}) };
}

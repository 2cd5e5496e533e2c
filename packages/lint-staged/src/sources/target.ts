import { DiffParser } from './diff.js';

/** Who made a commit, for history findings. */
export interface CommitInfo {
  readonly sha: string;
  readonly author: string;
  readonly date: string;
}

/** One text to scan: a file on disk, a staged blob, or the added lines of a commit. */
export interface Target {
  /** Repository- or cwd-relative path with forward slashes, as reported. */
  readonly path: string;
  /** The path's bytes (relative, as listed) when they are not UTF-8: `path` shows them as \xNN. */
  readonly rawName?: Buffer;
  /** Size in bytes when known before reading (for --max-file-size). */
  readonly size: number;
  readonly read: () => Promise<Buffer>;
  /** The content as a stream of chunks, for files too large to read whole. */
  readonly open?: () => AsyncIterable<Buffer>;
  /** With --diff: 1-based line numbers added by the change; findings elsewhere are dropped. */
  readonly addedLines?: LineLookup;
  /** For history: the commit that added these lines. */
  readonly commit?: CommitInfo;
  /** For history: line i (0-based) of the scanned text is line lineMap[i] of the file. */
  readonly lineMap?: readonly number[];
  /**
   * For history: the file's exact bytes at that commit, offered when its added lines look like
   * a binary key store or DER key (the patch holds them only as text), for core's scanBinary.
   */
  readonly readBlob?: () => Promise<Buffer>;
}

/** A set of line numbers the engine asks about. */
export interface LineLookup {
  has(line: number): boolean;
}

/**
 * Line numbers held as runs: a `-U0` diff adds lines in runs (a new file is one), so a commit of
 * millions of added lines keeps a few numbers per hunk, not one entry per line.
 */
export class LineRanges implements LineLookup, Iterable<number> {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private sorted = true;

  add(line: number): void {
    const k = this.ends.length - 1;
    if (k >= 0 && (this.ends[k] as number) + 1 === line) {
      this.ends[k] = line;
      return;
    }
    if (k >= 0 && line <= (this.ends[k] as number)) this.sorted = false;
    this.starts.push(line);
    this.ends.push(line);
  }

  has(line: number): boolean {
    if (!this.sorted) this.sort();
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (line < (this.starts[mid] as number)) hi = mid - 1;
      else if (line > (this.ends[mid] as number)) lo = mid + 1;
      else return true;
    }
    return false;
  }

  *[Symbol.iterator](): Iterator<number> {
    if (!this.sorted) this.sort();
    for (let k = 0; k < this.starts.length; k++) for (let line = this.starts[k] as number; line <= (this.ends[k] as number); line++) yield line;
  }

  // Runs added out of order (a file listed twice): ordered by start once, overlapping runs kept.
  private sort(): void {
    const order = this.starts.map((_, k) => k).sort((a, b) => (this.starts[a] as number) - (this.starts[b] as number));
    const starts = order.map((k) => this.starts[k] as number);
    const ends = order.map((k) => this.ends[k] as number);
    this.starts.length = 0;
    this.ends.length = 0;
    for (let k = 0; k < starts.length; k++) {
      const last = this.ends.length - 1;
      if (last >= 0 && (starts[k] as number) <= (this.ends[last] as number) + 1) this.ends[last] = Math.max(this.ends[last] as number, ends[k] as number);
      else {
        this.starts.push(starts[k] as number);
        this.ends.push(ends[k] as number);
      }
    }
    this.sorted = true;
  }
}

/** The added lines per file of a diff, or 'all' for a file git shows as binary. */
export type AddedLines = Map<string, LineRanges | 'all'>;

/** A DiffParser that records each file's added line numbers into `result`. */
function addedLinesParser(result: AddedLines): DiffParser {
  let current: LineRanges | undefined;
  return new DiffParser({
    onFile: (path) => {
      const known = path === undefined ? undefined : result.get(path);
      current = path === undefined || known === 'all' ? undefined : (known ?? new LineRanges());
      if (path !== undefined && current) result.set(path, current);
    },
    onAdded: (_text, line) => current?.add(line),
    onBinary: (path) => {
      result.set(path, 'all');
      current = undefined;
    },
  });
}

/**
 * The added line numbers per file of a `-U0` diff, read by its structure (see DiffParser), or
 * 'all' for a file git shows as binary: its lines are unknown, so the whole file is scanned.
 */
export function addedLinesFromDiff(diff: string): AddedLines {
  const result: AddedLines = new Map();
  const parser = addedLinesParser(result);
  for (const line of diff.split('\n')) parser.line(line);
  return result;
}

/**
 * addedLinesFromDiff over git's output as it arrives: the patch (as large as everything staged)
 * is never held whole, only one line at a time.
 */
export async function addedLinesFromStream(stream: AsyncIterable<Buffer>): Promise<AddedLines> {
  const result: AddedLines = new Map();
  const parser = addedLinesParser(result);
  await forEachLfLine(stream, (line) => parser.line(line));
  return result;
}

/**
 * Calls `fn` with each line of `stream` split on LF and decoded as UTF-8, in order, the last one
 * too (empty when the stream ends with LF, as String.split gives it). A line that spans chunks is
 * joined once, not copied again with every chunk.
 */
export async function forEachLfLine(stream: AsyncIterable<Buffer>, fn: (line: string) => void): Promise<void> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, nl);
      fn(pending.length === 0 ? piece.toString('utf8') : Buffer.concat([...pending, piece]).toString('utf8'));
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  fn(Buffer.concat(pending).toString('utf8'));
}

/** Undoes git's C-style quoting of unusual path names ("a\\tb"): the name's bytes. */
export function unquoteBytes(name: string): Buffer {
  if (!name.startsWith('"') || !name.endsWith('"')) return Buffer.from(name, 'utf8');
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[++i] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else {
      bytes.push(({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes);
}

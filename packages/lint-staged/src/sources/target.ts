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
  readonly addedLines?: ReadonlySet<number>;
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

/**
 * The added line numbers per file of a `-U0` diff, read by its structure (see DiffParser), or
 * 'all' for a file git shows as binary: its lines are unknown, so the whole file is scanned.
 */
export function addedLinesFromDiff(diff: string): Map<string, Set<number> | 'all'> {
  const result = new Map<string, Set<number> | 'all'>();
  let current: Set<number> | undefined;
  const parser = new DiffParser({
    onFile: (path) => {
      const known = path === undefined ? undefined : result.get(path);
      current = path === undefined || known === 'all' ? undefined : (known ?? new Set<number>());
      if (path !== undefined && current) result.set(path, current);
    },
    onAdded: (_text, line) => current?.add(line),
    onBinary: (path) => {
      result.set(path, 'all');
      current = undefined;
    },
  });
  for (const line of diff.split('\n')) parser.line(line);
  return result;
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

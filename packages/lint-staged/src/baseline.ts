// fs.promises is read where it is used: importing node:fs/promises costs a pre-commit run ~3 ms.
import { existsSync, promises as fsp, readFileSync } from 'node:fs';
import { CliError, readJsonText } from './errors.js';

export const BASELINE_FILE = '.keyward-baseline.json';

/** One accepted finding: rule, path and a hash of rule + secret. No value, no line number. */
export interface BaselineEntry {
  readonly rule: string;
  readonly path: string;
  readonly hash: string;
  /** Recorded by `keyward baseline --history`: a secret found in a commit's added lines. */
  readonly history?: true;
}

const key = (e: BaselineEntry): string => `${e.rule}\0${e.path}\0${e.hash}`;

export class Baseline {
  readonly entries: readonly BaselineEntry[];
  private readonly keys: Set<string>;
  private readonly used = new Set<string>();

  constructor(entries: readonly BaselineEntry[]) {
    this.entries = entries;
    this.keys = new Set(entries.map(key));
  }

  static load(file: string): Baseline | undefined {
    if (!existsSync(file)) return undefined;
    const data = readJsonText(readFileSync(file, 'utf8'), file, 'KEYWARD_BASELINE', 'regenerate it with keyward baseline.');
    const entries = (data as { entries?: unknown } | null)?.entries;
    if ((data as { version?: unknown } | null)?.version !== 1 || !Array.isArray(entries) || entries.some((e) => typeof e?.rule !== 'string' || typeof e?.path !== 'string' || typeof e?.hash !== 'string' || (e.history !== undefined && e.history !== true))) {
      throw new CliError('KEYWARD_BASELINE', `${file} does not hold a keyward baseline ({ "version": 1, "entries": [{ rule, path, hash }] }); regenerate it with keyward baseline.`);
    }
    return new Baseline(entries as BaselineEntry[]);
  }

  /** Whether a finding is accepted; marks the entry as still in use. */
  has(entry: BaselineEntry): boolean {
    const k = key(entry);
    if (!this.keys.has(k)) return false;
    this.used.add(k);
    return true;
  }

  /**
   * Entries for scanned paths that no current finding matched: the secret is gone. A file scan
   * judges file entries and a history scan history entries (a secret only history holds is not
   * stale because the working tree lacks it).
   */
  stale(scannedPaths: ReadonlySet<string>, history = false): BaselineEntry[] {
    return this.entries.filter((e) => (e.history === true) === history && scannedPaths.has(e.path) && !this.used.has(key(e)));
  }
}

/**
 * Sorted, de-duplicated JSON with one entry per line, so merges rarely conflict. A secret found
 * both in files and in history is kept once, as a file entry.
 */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const byKey = new Map<string, BaselineEntry>();
  for (const e of entries) {
    const k = key(e);
    const seen = byKey.get(k);
    if (!seen || (seen.history && !e.history)) byKey.set(k, { rule: e.rule, path: e.path, hash: e.hash, ...(e.history ? { history: true as const } : {}) });
  }
  const unique = [...byKey.values()];
  // By code point, not locale: the file must come out the same on every machine. UTF-8 bytes
  // sort in code point order; JavaScript's < compares UTF-16 units, which put U+1F600 before U+FF61.
  const cmp = (x: string, y: string): number => (x === y ? 0 : Buffer.compare(Buffer.from(x, 'utf8'), Buffer.from(y, 'utf8')));
  unique.sort((a, b) => cmp(a.path, b.path) || cmp(a.rule, b.rule) || cmp(a.hash, b.hash));
  const lines = unique.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "version": 1,\n  "entries": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

export async function writeBaseline(file: string, entries: readonly BaselineEntry[]): Promise<void> {
  await fsp.writeFile(file, formatBaseline(entries));
}

import { nameOf } from '../shown.js';
import { unquoteBytes } from './target.js';

/**
 * Flags for every patch keyward reads, so the user's git config cannot hide added lines: fixed
 * a/ b/ prefixes (diff.noprefix, diff.mnemonicPrefix), no textconv or external diff (they rewrite
 * what is shown), no context or merged hunks (diff.interHunkContext), no colour, no renames. A
 * file git shows as binary (really binary, or a `-diff`/`binary` attribute) is reported through
 * onBinary: --staged and --diff then scan that file whole.
 */
export const PATCH_FLAGS: readonly string[] = ['-U0', '--inter-hunk-context=0', '--src-prefix=a/', '--dst-prefix=b/', '--no-textconv', '--no-ext-diff', '--no-color', '--no-renames'];
/**
 * History has no file to fall back on, so it reads every file's added lines as text (`--text`):
 * an attribute cannot hide them, and a real binary's lines are skipped as binary (lfLines caps
 * a line of binary data). Full blob ids on the `index` lines let a binary file's exact bytes be
 * read back by id, whatever its name.
 */
export const HISTORY_PATCH_FLAGS: readonly string[] = [...PATCH_FLAGS, '--text', '--full-index'];

export interface DiffEvents {
  /** A file's added lines start (path undefined: a deletion, or before its +++ header). */
  readonly onFile: (path: string | undefined) => void;
  /** An added line and its 1-based number in the new file. */
  readonly onAdded: (text: string, line: number) => void;
  /** A line outside every hunk: file header lines, and git log's commit lines. */
  readonly onOther?: (line: string) => void;
  /** git showed no lines for this (new or changed) file: "Binary files … and b/path differ". */
  readonly onBinary?: (path: string) => void;
  /**
   * How a quoted name that is not UTF-8 reads: with U+FFFD, as process.argv and the index
   * lookup see it (the default, so --staged --diff finds its files), or `'shown'`, with \xNN
   * escapes, as reports show names (history).
   */
  readonly names?: 'argv' | 'shown';
}

/**
 * A unified diff read line by line, by its structure: inside a hunk, the `@@ -a,b +c,d @@` counts
 * say how many lines follow, so an added line whose text starts with `++ ` (`+++ …` in the diff)
 * or looks like a header is content, never a new file. Lines are split on LF only: a lone CR is
 * part of its line, as git counts lines.
 */
export class DiffParser {
  private oldLeft = 0;
  private newLeft = 0;
  private next = 0;
  private inHeader = false;

  constructor(private readonly events: DiffEvents) {}

  private unquote(name: string): string {
    const bytes = unquoteBytes(name);
    return this.events.names === 'shown' ? nameOf(bytes) : bytes.toString('utf8');
  }

  line(l: string): void {
    if (this.oldLeft > 0 || this.newLeft > 0) {
      const c = l.charCodeAt(0);
      if (c === 43 /* + */ && this.newLeft > 0) {
        this.newLeft--;
        this.events.onAdded(l.slice(1), this.next++);
        return;
      }
      if (c === 45 /* - */ && this.oldLeft > 0) {
        this.oldLeft--;
        return;
      }
      // A context line (" "), or an empty one where diff.suppressBlankEmpty dropped the space.
      if ((c === 32 /* space */ || l.length === 0) && this.oldLeft > 0 && this.newLeft > 0) {
        this.oldLeft--;
        this.newLeft--;
        this.next++;
        return;
      }
      if (c === 92 /* \ No newline at end of file */) return;
      // Anything else ends the hunk early (a truncated diff); read it as structure.
      this.oldLeft = 0;
      this.newLeft = 0;
    }
    if (l.startsWith('diff --git ') || l.startsWith('diff --cc ') || l.startsWith('diff --combined ')) {
      this.inHeader = true;
      this.events.onFile(undefined);
      return;
    }
    if (this.inHeader && l.startsWith('+++ ')) {
      // git ends a name that holds a space with a tab (for patch(1)); an unquoted name cannot
      // hold a tab itself, so one trailing tab is never part of the name.
      const name = l.endsWith('\t') ? l.slice(4, -1) : l.slice(4);
      this.events.onFile(name === '/dev/null' ? undefined : this.unquote(name).replace(/^b\//, ''));
      return;
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(l);
    if (hunk) {
      this.inHeader = false;
      this.oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1]);
      this.next = Number(hunk[2]);
      this.newLeft = hunk[3] === undefined ? 1 : Number(hunk[3]);
      return;
    }
    if (l.charCodeAt(0) === 92) return; // "\ No newline at end of file" after a hunk's last line
    if (this.inHeader && l.startsWith('Binary files ') && l.endsWith(' differ')) {
      // The new side is after the last " and " (a name rarely holds one); /dev/null is a deletion.
      const newSide = l.slice(l.lastIndexOf(' and ') + 5, -' differ'.length);
      if (newSide !== '/dev/null') this.events.onBinary?.(this.unquote(newSide).replace(/^b\//, ''));
      return;
    }
    // Header lines (index, ---, mode, Binary files …) and whatever the caller wrapped around the
    // diffs (git log's commit lines, which may follow a header with no hunk: a binary file).
    this.events.onOther?.(l);
  }
}

/** A line of binary data (NUL inside) longer than this is not held: it stands as "<first char>\0". */
const BINARY_LINE_CAP = 16 * 1024 * 1024;

/**
 * Lines of a byte stream split on LF only (CR stays in its line), decoded as UTF-8. A line of
 * binary data over 16 MiB (a binary file's "line" under --text) is reduced to its first byte and
 * a NUL, so the hunk still counts it and the engine skips it as binary, with bounded memory.
 */
export async function* lfLines(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  let skipping = -1; // first byte of a binary line being dropped, or -1
  for await (const chunk of stream) {
    let data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    if (skipping !== -1) {
      const nl = data.indexOf(10);
      if (nl === -1) {
        rest = Buffer.alloc(0);
        continue;
      }
      yield `${String.fromCharCode(skipping)}\0`;
      skipping = -1;
      start = nl + 1;
    }
    for (let nl = data.indexOf(10, start); nl !== -1; nl = data.indexOf(10, start)) {
      yield data.toString('utf8', start, nl);
      start = nl + 1;
    }
    data = data.subarray(start);
    if (data.length > BINARY_LINE_CAP && data.includes(0)) {
      skipping = data[0] as number;
      rest = Buffer.alloc(0);
    } else rest = data;
  }
  if (skipping !== -1) yield `${String.fromCharCode(skipping)}\0`;
  else if (rest.length > 0) yield rest.toString('utf8');
}

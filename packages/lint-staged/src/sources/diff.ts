import { unquote } from './target.js';

/**
 * Flags for every patch keyward reads, so the user's git config and the repository's attributes
 * cannot hide added lines: fixed a/ b/ prefixes (diff.noprefix, diff.mnemonicPrefix), text for
 * every file (a `-diff` or `binary` attribute), no textconv or external diff (they rewrite what is
 * shown), no context or merged hunks (diff.interHunkContext), no colour, no renames.
 */
export const PATCH_FLAGS: readonly string[] = ['-U0', '--inter-hunk-context=0', '--src-prefix=a/', '--dst-prefix=b/', '--text', '--no-textconv', '--no-ext-diff', '--no-color', '--no-renames'];

export interface DiffEvents {
  /** A file's added lines start (path undefined: a deletion, or before its +++ header). */
  readonly onFile: (path: string | undefined) => void;
  /** An added line and its 1-based number in the new file. */
  readonly onAdded: (text: string, line: number) => void;
  /** A line outside every hunk: file header lines, and git log's commit lines. */
  readonly onOther?: (line: string) => void;
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
      this.events.onFile(name === '/dev/null' ? undefined : unquote(name).replace(/^b\//, ''));
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
    // Header lines (index, ---, mode, Binary files …) and whatever the caller wrapped around the
    // diffs (git log's commit lines, which may follow a header with no hunk: a binary file).
    this.events.onOther?.(l);
  }
}

/** Lines of a byte stream split on LF only (CR stays in its line), decoded as UTF-8. */
export async function* lfLines(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(10); nl !== -1; nl = data.indexOf(10, start)) {
      yield data.toString('utf8', start, nl);
      start = nl + 1;
    }
    rest = Buffer.from(data.subarray(start));
  }
  if (rest.length > 0) yield rest.toString('utf8');
}

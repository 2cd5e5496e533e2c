import { isAlnumCode } from '../rules/define.js';

/**
 * Files written by a shell heredoc (`cat > ~/.netrc <<EOF … EOF`, `cat <<'EOF' > /etc/x.ini`,
 * `tee -a path <<EOF`) or by an echo or a printf (`echo "<key>" > ~/.config/shodan/api_key`,
 * `printf '%s' '<pw>' > /secrets/authelia/LDAP_PASSWORD`): the body is that
 * file's text, so the file judges, which read a whole file by its name, read it there too. (From
 * blind gradings of game backends and security scanners: itch.io's butler_creds written by a
 * provisioning script, 11 missed; Shodan's key file written in a Dockerfile, 15.)
 */

/** A heredoc's target file and its body's offsets in the text (end exclusive, before the terminator line). */
export interface HeredocFile {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

// The longest command line read around "<<", each way, and the most heredocs read in one text:
// a minified line full of "<<" costs each hit a bounded look, and the whole text a bounded number
// of body searches (linear time on any input).
const LINE_REACH = 300;
const MAX_HEREDOCS = 64;

// On the command's line: the delimiter, and the file after ">"/">>" or tee.
const DELIMITER = /<<-?[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]{0,31})\1/;
const TARGET = /(?:^|[\s;&|(])(?:sudo[ \t]+)?(?:cat(?=[\s<>])[^\n]*?>>?|tee(?:[ \t]+-a)?)[ \t]*(["']?)([~$A-Za-z0-9_./{}-]{1,200})\1(?=[\s;&|)]|$)/;

// `echo [-n] "<value>" > <file>` or `printf '%s' "<value>" > <file>` on one line (a Dockerfile's RUN too).
const ECHO_TO_FILE = /(?:^|[\s;&|(])(?:echo(?:[ \t]+-[neE]{1,2})?|printf(?:[ \t]+(["'])%s(?:\\n)?\1)?)[ \t]+(["']?)([^"'\s<>|;&`$]{8,512})\2[ \t]*>>?[ \t]*(["']?)([~$A-Za-z0-9_./{}-]{1,200})\4(?=[\s;&|)]|$)/d;

// `cat > <file> <<< '<value>'` or `cat <<< '<value>' > <file>` (tee too): the command right
// before this "<<<" (read back from it, to the end of the text before it), and the word right
// after it (read forward from it, sticky), so each here-string costs a bounded look.
const FILE_BEFORE = /(?:^|[\s;&|(])(?:sudo[ \t]+)?(?:cat[ \t]*>>?|tee(?:[ \t]+-a)?)[ \t]*(["']?)([~$A-Za-z0-9_./{}-]{1,200})\1[ \t]*$/;
const COMMAND_BEFORE = /(?:^|[\s;&|(])(?:sudo[ \t]+)?(?:cat|tee(?:[ \t]+-a)?)[ \t]*$/;
const WORD_AFTER = /[ \t]*(["']?)([^"'\s<>|;&`$]{8,512})\1(?=[\s;&|)]|$)/y;
const WORD_THEN_FILE = /[ \t]*(["']?)([^"'\s<>|;&`$]{8,512})\1[ \t]*>>?[ \t]*(["']?)([~$A-Za-z0-9_./{}-]{1,200})\3(?=[\s;&|)]|$)/y;

/** The file the here-string at `at` ("<<<") writes, and the word it writes, or undefined. */
function hereStringFile(text: string, at: number): HeredocFile | undefined {
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < LINE_REACH && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  const before = text.slice(lineStart, at);
  const file = FILE_BEFORE.exec(before);
  if (file !== null) {
    WORD_AFTER.lastIndex = at + 3;
    const word = WORD_AFTER.exec(text);
    if (word === null) return undefined;
    const start = WORD_AFTER.lastIndex - (word[1] as string).length - (word[2] as string).length;
    return { path: judgedPath(file[2] as string), start, end: start + (word[2] as string).length };
  }
  if (!COMMAND_BEFORE.test(before)) return undefined;
  WORD_THEN_FILE.lastIndex = at + 3;
  const both = WORD_THEN_FILE.exec(text);
  if (both === null) return undefined;
  const start = both.index + both[0].indexOf(both[2] as string);
  return { path: judgedPath(both[4] as string), start, end: start + (both[2] as string).length };
}

/** A-Z a-z 0-9 _ */
function isWordCode(c: number): boolean {
  return isAlnumCode(c) || c === 95;
}

/** Whether a heredoc's delimiter starts at `i` (after "<<"): an optional "-", blanks, a quote, a word, its quote, then a line break or a redirection. */
function delimiterAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) === 45 /* - */) i++;
  for (let n = 0; n < 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9); n++) i++;
  const quote = text.charCodeAt(i);
  if (quote === 34 || quote === 39) i++;
  const c0 = text.charCodeAt(i);
  if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95)) return false;
  let n = 0;
  while (n < 33 && isWordCode(text.charCodeAt(i))) {
    i++;
    n++;
  }
  if (n > 32) return false;
  if (quote === 34 || quote === 39) {
    if (text.charCodeAt(i) !== quote) return false;
    i++;
  }
  for (let blanks = 0; blanks < 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9); blanks++) i++;
  const c = text.charCodeAt(i);
  return c === 10 || c === 13 || c === 62 /* > */ || c === 124 /* | */;
}

/** Whether a ">" stands on the rest of the line from `i`, within LINE_REACH. */
function redirectAhead(text: string, i: number): boolean {
  for (const stop = Math.min(text.length, i + LINE_REACH); i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return true;
    if (c === 10) return false;
  }
  return false;
}

/** The file a command line writes, as the file judges read paths: no `~/`, `$HOME/` or leading "/". */
function judgedPath(raw: string): string {
  return raw.replace(/^(?:~|\$HOME|\$\{HOME\})\//, '').replace(/^\/+/, '');
}

/**
 * The heredocs and echoes in `text` that write a named file, at most MAX_HEREDOCS of each, each body
 * at most `maxBody` characters (a longer one is no file a judge reads). `heredocAt` and `echoAt` are
 * where the detector's keyword pass found "<<", and "echo " or "printf " (no search of its own over the text).
 */
export function heredocFiles(text: string, maxBody: number, heredocAt: readonly number[], echoAt: readonly number[]): HeredocFile[] {
  const out: HeredocFile[] = [];
  let seen = 0;
  let after = 0;
  for (let h = 0; h < heredocAt.length && seen < MAX_HEREDOCS; h++) {
    const at = heredocAt[h] as number;
    // The second "<<" of a "<<<" is the here-string's, read at the first.
    if (at < after || (at > 0 && text.charCodeAt(at - 1) === 60)) continue;
    // A here-string writes its one word: `cat > ~/.zenodo_token <<< '<token>'` (from a blind
    // grading of research computing: 8 missed).
    if (text.charCodeAt(at + 2) === 60 /* < */) {
      // Each try counts toward the cap, found or not (a minified line of "<<<" costs a bounded number).
      seen++;
      const file = hereStringFile(text, at);
      if (file !== undefined) out.push(file);
      continue;
    }
    // First, by characters alone, a delimiter's shape after "<<" (`<<-`, blanks, a quote, a word,
    // then the line's end or a redirection): a shift in code (`1 << 8`, `a<<b`) stops here.
    if (!delimiterAt(text, at + 2)) continue;
    // The command's line, found within LINE_REACH each way.
    let lineStart = at;
    while (lineStart > 0 && at - lineStart < LINE_REACH && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) continue;
    let lineEnd = at;
    while (lineEnd < text.length && lineEnd - at < LINE_REACH && text.charCodeAt(lineEnd) !== 10) lineEnd++;
    if (text.charCodeAt(lineEnd) !== 10) continue;
    const line = text.slice(lineStart, lineEnd);
    const delimiter = DELIMITER.exec(line);
    const target = delimiter && TARGET.exec(line);
    if (!delimiter || !target) continue;
    seen++;
    const word = delimiter[2] as string;
    const bodyStart = lineEnd + 1;
    // The terminator: a line holding only the word (`<<-` lets tabs indent it).
    const window = text.slice(bodyStart, bodyStart + maxBody + word.length + 2);
    const terminator = new RegExp(`(?:^|\\n)\\t*${word}[ \\t]*\\r?(?:\\n|$)`).exec(window);
    if (!terminator) continue;
    const bodyEnd = bodyStart + terminator.index + (terminator[0].startsWith('\n') ? 1 : 0);
    out.push({ path: judgedPath(target[2] as string), start: bodyStart, end: bodyEnd });
    after = bodyEnd;
  }
  let echoes = 0;
  for (let e = 0; e < echoAt.length && echoes < MAX_HEREDOCS; e++) {
    const at = echoAt[e] as number;
    const word = text.startsWith('echo', at) ? 4 : text.startsWith('printf', at) ? 6 : 0;
    if (word === 0) continue;
    // The command word itself (a blank after it, no word character before it), and a ">" on its line.
    const next = text.charCodeAt(at + word);
    if ((next !== 32 && next !== 9) || isWordCode(text.charCodeAt(at - 1)) || !redirectAhead(text, at + word + 1)) continue;
    let lineEnd = at;
    while (lineEnd < text.length && lineEnd - at < LINE_REACH && text.charCodeAt(lineEnd) !== 10) lineEnd++;
    // From the character before "echo" (the pattern's left fence), unless a line starts at it.
    const from = at === 0 || text.charCodeAt(at - 1) === 10 ? at : at - 1;
    const m = ECHO_TO_FILE.exec(text.slice(from, lineEnd));
    if (!m || m.index !== 0) continue;
    echoes++;
    const [start, end] = (m.indices?.[3] ?? [0, 0]).map((i) => i + from) as [number, number];
    out.push({ path: judgedPath(m[5] as string), start, end });
  }
  return out;
}

// Decoded views of a text. Tokens travel encoded: inside string literals with escapes (a PEM key
// with "\n" in a JSON value), percent-encoded in URLs and form bodies, base64 in Kubernetes
// Secrets, docker config.json and Basic credentials. Each view is the decoded text of the parts
// that hold an encoding, with every decoded character mapped back to the raw characters it came
// from, so a finding in a view is reported (and redacted) at its place in the raw text.
// Views are built only where an encoding that can hide a token occurs.

import { isKeyLikeName, isSecretKeyName } from '../keys.js';
import { isAlnumCode, lineStartWithin } from '../rules/define.js';
import { separatorRowAt, csvHeaderSeparator, tableRows } from './tables.js';

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

const NO_OFFSETS = new Int32Array(0);

class ViewBuilder {
  private readonly parts: string[] = [];
  // Allocated on the first write: many builders stay empty (a trigger whose region decodes to nothing).
  private starts = NO_OFFSETS;
  private ends = NO_OFFSETS;
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + n, 256);
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
  // A .properties file's escapes (Java's Properties.store writes `https\://`, `a\=b`).
  [':', ':'],
  ['=', '='],
]);

/**
 * Length of the escape sequence starting at `at` (a backslash) and what it decodes to, or
 * undefined when the backslash starts no escape we decode.
 */
function escapeAt(text: string, at: number, collapse = false): [string, number] | undefined {
  if (collapse) {
    // In a PEM block, "\\\\n" (escaped twice) is a line break too.
    let i = at + 1;
    while (i < at + 4 && text.charCodeAt(i) === 92) i++;
    const c = text.charAt(i);
    if (i > at + 1 && (c === 'n' || c === 'r')) return [c === 'n' ? '\n' : '\r', i + 1 - at];
  }
  // A quote escaped twice or more (JSON in a JSON string in a JSON string: \\\" ): one quote,
  // so a key and its value read as they do at the first level.
  if (text.charCodeAt(at + 1) === 92) {
    let i = at + 1;
    while (i < at + 8 && text.charCodeAt(i) === 92) i++;
    if (text.charCodeAt(i) === 34 && (i - at) % 2 === 1) return ['"', i + 1 - at];
  }
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

// Where decoding can reveal a token the raw text hides. A token glued after an escape or a
// percent-encoding ("\nghp_…", "%3Dntn_…") needs no view: the rules' left fence accepts it in
// the raw text. A view is needed where the encoding is inside the token or its key: an escaped
// "/" or percent-encoded "/", "+", "=", ":", "@", "_", "-", "." (base64 keys, URLs, webhooks), and a
// PEM block whose line breaks are "\n" inside a string. Only the text around such places is
// decoded, so a 4 MB source map full of ordinary escapes copies nothing. The triggers are
// keywords of the detector's one keyword pass (TRIGGER_KEYWORDS), so finding them is free.

// Text decoded on each side of a trigger, and the longest region kept for one block.
const RADIUS = 1024;
const BLOCK = 70_000;

/** Hex digits of a percent-encoded or \xNN/\u00NN character that can sit inside a token or key. */
function tokenCharCode(text: string, at: number): boolean {
  const v = hexAt(text, at, 2);
  // ! $ & + - . / : = @ _ | ~ ("&" joins a URL's parameters: Go's and .NET's JSON write it \u0026;
  // "|" splits Mapillary's MLY|…|… tokens; "$" opens JSONBin's $2b$10$… keys and is common in passwords;
  // "{" opens a scheme's tag, SAS's {SAS002}… encoded passwords)
  return v === 0x21 || v === 0x24 || v === 0x26 || v === 0x2b || v === 0x2d || v === 0x2e || v === 0x2f || v === 0x3a || v === 0x3d || v === 0x40 || v === 0x5f || v === 0x7b || v === 0x7c || v === 0x7e;
}

/**
 * Whether ALNUM_RUN escapes of letters and digits follow one another from `at`, each `step`
 * characters long with its hex at `hex` (`\\x41\\x4b…`, `\\u0041\\u004b…`): a string written all
 * in escapes, as obfuscators and some bundlers write a key (from a blind grading of bundles: AWS
 * keys and others escaped letter by letter were missed, where no escape was of punctuation).
 */
function alnumEscapeRun(text: string, at: number, step: number, hex: number): boolean {
  const marker = text.charCodeAt(at + 1);
  for (let k = 0; k < ALNUM_RUN; k++) {
    const i = at + k * step;
    if (text.charCodeAt(i) !== 92 || text.charCodeAt(i + 1) !== marker) return false;
    const v = step === 6 ? (text.charCodeAt(i + 2) === 48 && text.charCodeAt(i + 3) === 48 ? hexAt(text, i + 4, 2) : -1) : hexAt(text, i + hex, 2);
    if (!((v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122))) return false;
  }
  return true;
}
const ALNUM_RUN = 8;

/**
 * The raw ranges around each trigger offset (sorted), merged where they touch: from the line
 * start (at most RADIUS back) to where `extend` says the trigger's stretch ends.
 */
function regions(text: string, triggers: readonly number[], extend: (at: number) => number): [number, number][] {
  const out: [number, number][] = [];
  for (const at of triggers) {
    const last = out[out.length - 1];
    if (last && at < last[1]) continue;
    const from = lineStartWithin(text, at, RADIUS);
    const to = Math.min(text.length, extend(at));
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}


/**
 * For one text: the first `needle` at or after `at`, or -1. The answer is kept and reused while
 * `at` moves forward (triggers arrive sorted): on a megabyte line, a search per call would cross
 * the rest of the line each time, quadratic in the triggers on it.
 */
function nextOf(text: string, needle: string): (at: number) => number {
  let from = Number.POSITIVE_INFINITY;
  let found = -1;
  return (at) => {
    if (at < from || (found !== -1 && found < at)) found = text.indexOf(needle, at);
    from = at;
    return found;
  };
}

/** For one text: the end of `at`'s line, or `limit` characters on, whichever is nearer. */
function lineEnds(text: string): (at: number, limit: number) => number {
  const next = nextOf(text, '\n');
  return (at, limit) => {
    const nl = next(at);
    return Math.min(nl === -1 ? text.length : nl, at + limit);
  };
}

// A PEM header followed by an escaped line break, escaped once or more (a service-account JSON
// inside another JSON string doubles the backslashes).
const PEM_ESCAPED = /^-----BEGIN[A-Z0-9 ]{0,40}-----\\{1,4}[nr]/;

/**
 * String-literal escapes decoded (`\n`, `\"`, `\/`, `\xNN`, `\uNNNN`) around `escapes` (offsets of
 * escapes that can sit inside a token) and `pem` (PEM headers followed by an escaped line break).
 */
function escapeViewAt(text: string, escapes: readonly number[], pem: readonly number[]): View | undefined {
  if (escapes.length === 0 && pem.length === 0) return undefined;
  const pemSet = new Set(pem);
  const lineEndWithin = lineEnds(text);
  const pemEnd = nextOf(text, '-----END');
  const pemLineEnd = lineEnds(text);
  const ranges = regions(text, merge(escapes, pem), (at) => {
    if (!pemSet.has(at)) return lineEndWithin(at, RADIUS);
    const end = pemEnd(at);
    return end === -1 || end - at > BLOCK ? lineEndWithin(at, BLOCK) : pemLineEnd(end, 128);
  });
  // Inside a PEM region, "\\\\n" (escaped twice) is a line break too; decided once per region.
  let region = -1;
  let collapse = false;
  return decodeRegions(text, ranges, '\\', (i, from, to) => {
    if (from !== region) {
      region = from;
      collapse = pem.some((at) => at >= from && at < to);
    }
    return escapeAt(text, i, collapse);
  });
}

/** A CSV cell's doubled quotes as one around `triggers` (values opened by a doubled quote). */
function doubledQuoteViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const lineEndWithin = lineEnds(text);
  const ranges = regions(text, triggers, (at) => lineEndWithin(at, RADIUS));
  return decodeRegions(text, ranges, '""', () => ['"', 2]);
}

/** Percent-encoding decoded (ASCII bytes) around `triggers` (percent-encoded token characters). */
function percentViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const lineEndWithin = lineEnds(text);
  const ranges = regions(text, triggers, (at) => lineEndWithin(at, RADIUS));
  return decodeRegions(text, ranges, '%', (i) => {
    const v = hexAt(text, i + 1, 2);
    return v < 0 || v >= 0x80 ? undefined : [String.fromCharCode(v), 3];
  });
}

/**
 * The view of `ranges` (separated by a line break) with each encoded sequence decoded: every
 * occurrence of `marker` is handed to `decodeAt`, which answers the decoded text and the length
 * of the sequence, or undefined to keep it as it is.
 */
function decodeRegions(text: string, ranges: readonly [number, number][], marker: string, decodeAt: (at: number, from: number, to: number) => [string, number] | undefined): View {
  const b = new ViewBuilder();
  for (const [from, to] of ranges) {
    if (b.length > 0) b.push('\n', from, from);
    let copied = from;
    for (let i = text.indexOf(marker, from); i !== -1 && i < to; i = text.indexOf(marker, i + 1)) {
      const decoded = decodeAt(i, from, to);
      if (decoded === undefined) continue;
      b.copy(text, copied, i);
      b.push(decoded[0], i, i + decoded[1]);
      i += decoded[1] - 1;
      copied = i + 1;
    }
    b.copy(text, copied, to);
  }
  return b.build();
}

// Standard and URL-safe base64 digits to their values; -1 elsewhere.
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64_VALUE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
BASE64_VALUE[45] = 62; // -
BASE64_VALUE[95] = 63; // _

/** Two sorted offset lists as one. */
function merge(a: readonly number[], b: readonly number[]): number[] {
  return b.length === 0 ? [...a] : [...a, ...b].sort((x, y) => x - y);
}

const BASE64_RUN = new RegExp(`[A-Za-z0-9+/_-]{${MIN_BASE64_RUN},}`, 'g');

// Every byte is printable ASCII by then, so latin1 and UTF-8 agree; TextDecoder is in every runtime.
const latin1 = new TextDecoder('latin1');

function isTextByte(b: number): boolean {
  return (b >= 0x20 && b < 0x7f) || b === 9 || b === 10 || b === 13;
}

/**
 * Base64 in text[from, to) decoded, when every byte it decodes to is printable ASCII text
 * (credentials, tokens, PEM, JSON); undefined for anything else (identifiers, hashes, images),
 * usually after the first few characters. `lenient`: a byte that is not text decodes as "?" (a
 * UTF-8 letter in an email body), so the ASCII tokens around it stay as they are. Line breaks and
 * blanks are skipped (a MIME body's 76-character lines), "=" ends the run, and any other
 * character that is not base64 makes it undefined.
 */
function decodeBase64Text(text: string, from: number, to: number, lenient = false): string | undefined {
  const bytes = new Uint8Array(((to - from) * 3) >> 2);
  let n = 0;
  let acc = 0;
  let bits = 0;
  // UTF-16LE (a PowerShell -EncodedCommand): every other byte is 0, and is dropped here.
  let zeros = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 32 || c === 9) continue;
    if (c === 61) break;
    const v = c < 128 ? (BASE64_VALUE[c] as number) : -1;
    if (v === -1) return undefined;
    acc = ((acc << 6) | v) & 0xfff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (acc >> bits) & 0xff;
      if (isTextByte(byte)) bytes[n++] = byte;
      else if (byte === 0) zeros++;
      else if (lenient) bytes[n++] = 63;
      else return undefined;
    }
  }
  // Text or UTF-16LE text: no zero byte, or one beside each character (give or take the run's ends).
  if (zeros !== 0 && (n < 6 || Math.abs(zeros - n) > 2)) return undefined;
  return latin1.decode(bytes.subarray(0, n));
}

/**
 * Base64 runs of 16+ characters that decode to text, in the places credentials travel base64:
 * after `lines` (Authorization Basic, docker config.json "auth", .npmrc _auth) and in `blocks`
 * (Kubernetes Secret data), each decoded in place: the view holds the
 * raw line up to the run (so the key it is assigned to gives context) and the decoded text, which
 * maps back to the whole run. Undefined when no run decodes to text.
 */
function base64ViewAt(text: string, lines: readonly number[], blocks: readonly number[]): View | undefined {
  if (lines.length === 0 && blocks.length === 0) return undefined;
  const blockSet = new Set(blocks);
  const lineEndWithin = lineEnds(text);
  const ranges = regions(text, merge(lines, blocks), (at) => {
    // Basic, "auth" and _auth carry one short value, a kubeconfig's key data a PEM (4.3 KB for
    // RSA 4096); a whole minified line need not be searched.
    if (!blockSet.has(at)) return lineEndWithin(at, 8192);
    // A YAML data block: its indented lines, up to the next line that is not indented.
    const block = /\n(?![ \t]|$)/g;
    block.lastIndex = at + 4;
    const end = block.exec(text);
    return Math.min(end ? end.index : text.length, at + BLOCK);
  });
  let b: ViewBuilder | undefined;
  let lastEnd = -1;
  const runs = BASE64_RUN;
  for (const [from, to] of ranges) {
    // Searched within the region only: a search from `from` over the whole text found no run in
    // a region and went on to the text's end, for every region (quadratic on many triggers).
    const region = text.slice(from, to);
    runs.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = runs.exec(region)) !== null) {
      const start = from + m.index;
      const end = Math.min(to, start + m[0].length);
      const length = end - start;
      if (length < MIN_BASE64_RUN || length > MAX_BASE64_RUN || length % 4 === 1) continue;
      const decoded = decodeBase64Text(text, start, end);
      if (decoded === undefined || decoded.length < 12) continue;
      let padded = end;
      while (padded < text.length && padded - end < 2 && text.charCodeAt(padded) === 61) padded++;
      b ??= new ViewBuilder();
      // The raw line up to the run comes along (so a key name gives context), but never text the
      // view already holds.
      const back = lineStartWithin(text, start, 128);
      if (lastEnd > back && lastEnd <= start) {
        b.copy(text, lastEnd, start);
      } else {
        if (b.length > 0) b.push('\n', start, start);
        b.copy(text, back, start);
      }
      b.push(decoded, start, padded);
      lastEnd = padded;
    }
  }
  return b?.build();
}

/**
 * Where the keyword pass saw an encoding that can hide a token, by kind: offsets collected
 * while scanning, so finding them costs no pass of its own.
 */
export interface Triggers {
  readonly escapes: number[];
  readonly pem: number[];
  readonly percent: number[];
  readonly base64Lines: number[];
  readonly base64Blocks: number[];
  /** Terminal colour codes: raw (ESC "[") and as source escapes (\x1b[, \e[, \033[, \u001b[). */
  readonly csi: number[];
  readonly csiEscaped: number[];
  /** Quoted-printable `=3D` (an email body's "="), whose line may go on after soft line breaks. */
  readonly qp: number[];
  /** A MIME part's `Content-Transfer-Encoding: quoted-printable` header: its whole body is decoded. */
  readonly qpParts: number[];
  /** "<<", "echo " and "printf ": where a heredoc, an echo or a printf may write a file (heredoc.ts reads them). */
  readonly heredocs: number[];
  readonly echoes: number[];
  /** Zero-width spaces and word joiners, which text pasted from a document or a chat carries inside a token or beside it. */
  readonly zeroWidth: number[];
  /** A hyphen that ends a line between two letters or digits: a PDF's or a narrow column's hyphenation, maybe inside a token. */
  readonly hyphenBreaks: number[];
  /** String literals joined over a line break by "+" (`"hf_…" +⏎ "…"`). */
  readonly joins: number[];
  /** XML/HTML character references (`&amp;`, `&quot;`, `&#38;`): a URL's "&" in an XML file, JSON in an attribute. */
  readonly entities: number[];
  /** A MIME part's `Content-Transfer-Encoding: base64` header (an email's body, an attachment). */
  readonly mime: number[];
  /** auditd records whose arguments may be hex (`type=EXECVE … a2=4175…`, `proctitle=6375…`). */
  readonly hexArgs: number[];
  /** Line starts of hex dump rows (tcpdump -X, xxd, hexdump -C, tshark -x, Format-Hex). */
  readonly hexDumps: number[];
  /** A debugger's string value after its address (gdb's `api_key = 0x5555… "…"`). */
  readonly pointers: number[];
  /** strace's `execve("…", [`: an argv array printed as strings. */
  readonly argvs: number[];
  /** A Jupyter notebook cell's `"source": [`: its code as JSON strings. */
  readonly notebookSources: number[];
  /** A value opened by a doubled quote after a secret-named key: a CSV cell's `PSK: ""…""`. */
  readonly doubledQuotes: number[];
  /** A JSON string of prose that holds escaped line breaks (a chat message's or a ticket's `"text": "…\\n…"`): its start. */
  readonly jsonTexts: number[];
  /** Markdown separator rows (their line starts) and SQL INSERTs: tables whose header may name a secret. */
  readonly tableRows: number[];
  readonly inserts: number[];
  /** PostgreSQL COPY blocks (`… FROM stdin;`). */
  readonly copies: number[];
  /** A settings row's UPDATE (`SET value = '…' WHERE variable = '…'`). */
  readonly updates: number[];
  /** The last base64-spelled assignment looked at: another within its run is the same run's (one walk back a run). */
  lastSpelled: number;
}

// A value opened by an escaped quote, after an assignment: code or JSON held in a JSON string (a
// notebook's `"api_key = \\"…\\"\\n"`, a script's `"export TOKEN=\\"…\\""`, JSON logged as a
// string `"{\\"password\\": \\"…\\"}"`). Such escapes are everywhere in source maps and bundles, so
// only one after a secret-named key calls for a view.
// (And a call's first argument, opened the same way, after a secret-named function or an
// assignment: a notebook's `ngrok.set_auth_token(\\"…\\")`, `auth=(\\"…\\", \\"…\\")`; from a
// blind grading of notebooks.)
// (R's `<-` too: a notebook's `"token <- \\"…\\""`; from a blind grading of research notebooks.)
const ESCAPED_VALUE_OPENERS = ['=\\"', '= \\"', ':\\"', ': \\"', ':\\\\\\"', '=\\\\\\"', '(\\"', '<- \\"', '<-\\"'];
// The same in a CSV cell, where a quote inside the cell is doubled: a ticket export's `"… PSK:
// ""…"", IKEv2 …"`. (From a blind grading of VPNs: IPsec keys in Jira exports.)
const DOUBLED_QUOTE_OPENERS = ['=""', '= ""', ':""', ': ""'];
/** Whether a value starts at `at` and a doubled quote closes it on its line: not code's empty string (`url.password="",…`). */
function doubledQuoteValue(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c) || c === 34 || c === 44 || c === 59 || c === 41 || c === 125 || c === 32 || c === 9 || c === 13 || c === 10) return false;
  // Bounded: a line of `x:""a` with no break must not search to the text's end at each trigger.
  const ahead = text.slice(at, at + 258);
  const close = ahead.indexOf('""');
  return close !== -1 && ahead.lastIndexOf('\n', close) === -1;
}
// A chat export's or a ticket's text in a JSON string, its lines joined by escaped line breaks
// (Slack's `"text": "…\\nClient secret: …\\n…"`, Jira's `"description": "…\\r\\n…"`): a label
// that opens a line reads as one only with the escapes decoded. (From blind gradings of
// telehealth, education and HR integrations: 40 credentials in such exports missed.)
const JSON_TEXT_KEYS = ['"text":', '"body":', '"description":', '"message":', '"content":', '"comment":', '"note":', '"notes":', '"summary":', '"details":'];
/** Characters of a JSON text string read (and decoded) at most. */
const JSON_TEXT = 32_768;

/** Where the JSON string opened at `open` (its quote) ends (its closing quote), or -1 when it holds no escaped line break before that or within JSON_TEXT. */
function jsonTextEnd(text: string, open: number): number {
  let breaks = false;
  const limit = Math.min(text.length, open + 1 + JSON_TEXT);
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return breaks ? i : -1;
    if (c === 10) return -1;
    if (c === 92) {
      if (text.charCodeAt(i + 1) === 110) breaks = true;
      i++;
    }
  }
  return -1;
}

/**
 * Whether the key before the operator at `at` (skipping blanks and the key's own escaped
 * closing quote) names a secret or a key. A bounded walk back: at most 8 blanks and 64 key characters.
 */
function secretKeyBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  // A subscript's closing bracket: a notebook's `os.environ[\"API_KEY\"] = \"…\"`.
  if (text.charCodeAt(i) === 93) i--;
  // The key's own escaped closing quote: \" or, escaped twice, \\\".
  if (text.charCodeAt(i) === 34 && text.charCodeAt(i - 1) === 92) for (i -= 2; i >= 0 && at - i <= 16 && text.charCodeAt(i) === 92; i--);
  // Or doubled, in a CSV cell: `""password"": ""…""`.
  else if (text.charCodeAt(i) === 34 && text.charCodeAt(i - 1) === 34) i -= 2;
  const end = i + 1;
  while (i >= 0 && end - i <= 64 && isKeyChar(text.charCodeAt(i))) i--;
  if (i === end - 1 || end - i > 64) return false;
  const key = text.slice(i + 1, end);
  if (isSecretKeyName(key) || isKeyLikeName(key)) return true;
  // A name/value pair's value, named by its sibling (`{\"name\":\"password\",\"value\":\"…\"}`:
  // Power BI's credentialData, Postman's and HAR's headers held in a JSON string; from a blind
  // grading of BI documents).
  if (!/^value$/i.test(key)) return false;
  const m = SIBLING_NAME.exec(text.slice(Math.max(0, i - 96), i + 1));
  return m !== null && isSecretKeyName(m[1] as string);
}
const SIBLING_NAME = /\\"(?:name|key)\\":[ \t]?\\"([A-Za-z0-9_.-]{1,64})\\",[ \t]?\\"$/;

function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46 || c === 36;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The base64 characters that spell `word` whatever its place in the encoded text: for each of the
 * three byte alignments, the characters all of whose six bits come from the word (the same in any
 * encoding of text holding it). `TOKEN=` → `VE9LRU49`, `UT0tFTj`, `RPS0VOP`.
 */
function base64Spellings(word: string): string[] {
  const out: string[] = [];
  for (let align = 0; align < 3; align++) {
    // The word's bits are [8 * align, 8 * (align + length)); character c covers bits [6c, 6c + 6).
    const bytes = [...Array.from({ length: align }, () => 0), ...[...word].map((ch) => ch.charCodeAt(0))];
    const from = 8 * align;
    let stable = '';
    for (let c = Math.ceil(from / 6); 6 * c + 6 <= 8 * bytes.length; c++) {
      let v = 0;
      for (let k = 0; k < 6; k++) {
        const bit = 6 * c + k;
        v = (v << 1) | (((bytes[bit >> 3] as number) >> (7 - (bit & 7))) & 1);
      }
      stable += B64.charAt(v);
    }
    out.push(stable);
  }
  return out;
}

// A whole `.env` line stored base64-encoded under any name (`blob: U05ZS19UT0tFTj1…`,
// `{"settings":"…"}`): the assignments that name a secret, spelled in base64 at each alignment,
// trigger a decode of the run around them. At least six characters each, case-sensitive once
// found (the pass folds case). PowerShell's `-AsPlainText` too: a script stored base64-encoded (an
// Intune export's `scriptContent`) that turns a literal password into a SecureString.
const BASE64_ASSIGNMENTS = new Map<string, string>();
// Lower-case names and an HTTP header's scheme too: a base64 blob of `token=…` or of `Authorization:
// Bearer …` (from a new user's trial: both passed the logger unmasked).
// And a PEM's first line (`LS0tLS1CRUdJTi…`: a signing key stored base64-encoded in an env var; from a
// blind grading of media platforms, 27 of 28 missed).
// And a database or broker URL stored whole (a Kubernetes Secret's `"data":{"DATABASE_URL":"cG9zdGdyZXM6…"}`
// in JSON, as `kubectl get -o json` and audit logs write it; from a blind grading of traces).
for (const word of ['TOKEN=', '_KEY=', 'SECRET=', 'PASSWORD=', '_PAT=', '-AsPlainText', 'token=', 'secret=', 'password=', 'api_key=', 'apikey=', 'Bearer ', '-----BEGIN', 'postgres://', 'postgresql://', 'mysql://', 'mongodb://', 'mongodb+srv://', 'redis://', 'rediss://', 'amqp://', 'amqps://']) {
  for (const spelled of base64Spellings(word)) if (spelled.length >= 6) BASE64_ASSIGNMENTS.set(spelled.toLowerCase(), spelled);
}

/** Whether text[from, to) is all base64 characters. */
function allBase64(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BASE64_CHAR[text.charCodeAt(i)] !== 1) return false;
  return true;
}

/** Where the base64 run holding `at` starts (a bounded walk back), when it stands as a value of its own. */
function base64RunStart(text: string, at: number): number {
  let i = at;
  const limit = Math.max(0, at - 256);
  // Padding ends a run: an "=" before the run is an assignment's (`MUX_SIGNING_KEY=LS0t…`), where the
  // walk went on into the name and found no start (from a blind grading of media platforms).
  while (i > limit && BASE64_CHAR[text.charCodeAt(i - 1)] === 1 && text.charCodeAt(i - 1) !== 61) i--;
  if (i === limit && limit > 0) return -1;
  const before = i === 0 ? 10 : text.charCodeAt(i - 1);
  // A quote, a blank, a line break, ":", "=" or an XML element's ">" (pfSense's config.xml keeps
  // keys base64-encoded in `<prv>`/`<tls>`; from a blind grading of VPNs, 22 missed): a value's
  // start (not the middle of a word or path).
  return before === 34 || before === 39 || before === 32 || before === 9 || before === 10 || before === 13 || before === 58 || before === 61 || before === 62 ? i : -1;
}

/** The literals the keyword pass reports as triggers (lowercase; the pass folds case). */
// Zero-width space, word joiner and a byte order mark inside the text. Not ZWJ and ZWNJ, which
// emoji and several scripts hold by the thousand.
const ZERO_WIDTH = ['\u200b', '\u2060', '\ufeff'];
const ZERO_WIDTH_CODES = new Set(ZERO_WIDTH.map((c) => c.charCodeAt(0)));
// A settings table's UPDATE: the value column set, the name column in the WHERE (Koha's
// systempreferences, WordPress's wp_options, OJS's *_settings).
const SETTING_UPDATES = ['set value', 'set `value`', 'set option_value', 'set setting_value', 'set config_value', 'set meta_value'];
export const TRIGGER_KEYWORDS: readonly string[] = Object.freeze([...BASE64_ASSIGNMENTS.keys(), '\\/', '\\://', '\\x', '\\u00', '%2', '%3', '%4', '%5', '%7', '-----begin', 'basic ', 'auth"', "auth'", 'auth=', 'data:', '=3d', 'b64', 'base64', '&amp;', '&quot;', '&apos;', '&#', 'transfer-encoding: base64', 'transfer-encoding: quoted-printable', ...ZERO_WIDTH, '-\n', '-\r\n', '-|', '- |', 'insert into', 'from stdin;', ...SETTING_UPDATES, 'eyj', 'ewog', 'ewoj', 'ewoi', 'eyai', '" +', "' +", '"+"', "'+'", '=", "', "=', '", '=","', "=','", '+ "', "+ '", '" .', "' .", '= ("', "= ('", '=("', "=('", '= (\n', '=(\n', '= (\r\n', '=(\r\n', '\u001b[', '\\x1b[', '\\e[', '\\033[', '\\u001b[', 'type=execve', 'proctitle=', '0: ', '0  ', '= 0x', 'execve("', '"source": [', '"source":[', '-encodedcommand ', '-enc ', '-ec ', '<<', 'echo ', 'printf ', ...ESCAPED_VALUE_OPENERS, ...DOUBLED_QUOTE_OPENERS, ...JSON_TEXT_KEYS]);

export function emptyTriggers(): Triggers {
  return { escapes: [], pem: [], percent: [], base64Lines: [], base64Blocks: [], csi: [], csiEscaped: [], qp: [], qpParts: [], heredocs: [], echoes: [], zeroWidth: [], hyphenBreaks: [], joins: [], entities: [], mime: [], hexArgs: [], hexDumps: [], pointers: [], argvs: [], notebookSources: [], doubledQuotes: [], jsonTexts: [], tableRows: [], inserts: [], copies: [], updates: [], lastSpelled: -1 };
}

/** Whether anything was noted in `t` since it was last emptied; empties it again (a scratch set reused by Detector.mayReport). */
export function takeNoted(t: Triggers): boolean {
  let noted = false;
  for (const list of Object.values(t)) {
    if (Array.isArray(list) && list.length > 0) {
      noted = true;
      list.length = 0;
    }
  }
  t.lastSpelled = -1;
  return noted;
}

// "data:", "stringData:", "binaryData:" alone on their line.
const YAML_DATA_LINE = /(?:^|\n)[ \t]*(?:d|stringD|binaryD)ata:[ \t]*\r?(?:\n|$)/;

// A setting's name and its "=" or ":" at a line's start.
const SETTING_START = /[A-Za-z_][A-Za-z0-9_.-]{0,63}[ \t]*[=:]/y;
function settingAt(text: string, at: number): boolean {
  SETTING_START.lastIndex = at;
  return SETTING_START.test(text);
}

/** Records the trigger `keyword` found at `at` in `t`, after the exact (case-sensitive) check. */
export function noteTrigger(text: string, keyword: string, at: number, t: Triggers): void {
  if (keyword === '<<') {
    t.heredocs.push(at);
    return;
  }
  if (keyword === 'echo ' || keyword === 'printf ') {
    t.echoes.push(at);
    return;
  }
  const spelled = BASE64_ASSIGNMENTS.get(keyword);
  if (spelled !== undefined) {
    if (!text.startsWith(spelled, at)) return;
    // One run of base64 holds many (a .env of several lines): its start was looked for already
    // when the run has no break since the last one.
    const last = t.lastSpelled;
    t.lastSpelled = at;
    if (last !== -1 && at - last <= 256 && allBase64(text, last, at)) return;
    const start = base64RunStart(text, at);
    if (start !== -1 && t.base64Lines[t.base64Lines.length - 1] !== start) t.base64Lines.push(start);
    return;
  }
  switch (keyword) {
    case '\\/':
    case '\\://':
      t.escapes.push(at);
      return;
    case '\\x':
      if (text.charCodeAt(at + 1) === 120 && (tokenCharCode(text, at + 2) || alnumEscapeRun(text, at, 4, 2))) t.escapes.push(at);
      return;
    case '\\u00':
      if (text.charCodeAt(at + 1) === 117 && (tokenCharCode(text, at + 4) || alnumEscapeRun(text, at, 6, 4))) t.escapes.push(at);
      return;
    case '-----begin':
      if (text.startsWith('-----BEGIN', at) && PEM_ESCAPED.test(text.slice(at, at + 64))) t.pem.push(at);
      return;
    case 'basic ':
      if (text.startsWith('Basic ', at)) t.base64Lines.push(at);
      return;
    // PowerShell's -EncodedCommand (-enc, -ec): a script in base64 of UTF-16LE, as process
    // auditing (Sysmon, event 4688) records it (from a blind grading of traces: 11 credentials missed).
    case '-encodedcommand ':
    case '-enc ':
    case '-ec ':
      t.base64Lines.push(at);
      return;
    case 'auth"':
    case "auth'":
    case 'auth=':
      if (text.startsWith('auth', at)) t.base64Lines.push(at);
      return;
    case 'data:':
      if (YAML_DATA_LINE.test(text.slice(Math.max(0, at - 40), at + 24))) t.base64Blocks.push(at + 1);
      // A kubeconfig's `client-key-data: <base64 of a PEM key>` on one line.
      else if (text.startsWith('key-', at - 4)) t.base64Lines.push(at);
      return;
    case '\u001b[':
      t.csi.push(at);
      return;
    case '=3d':
      if (text.startsWith('=3D', at)) t.qp.push(at);
      return;
    // A minifier's pieces (`"ntn_…"+"…"`; from a blind grading of bundles: 51 of 86 such tokens
    // missed), where a token character stands on both sides: `'+'` alone is a string of code (a
    // read of every `"+"` cost 4% of a scan of package sources).
    case '"+"':
    case "'+'":
      if ((!isTokenCode(text.charCodeAt(at - 1)) && !SCHEME_END.test(text.slice(Math.max(0, at - 8), at))) || !isTokenCode(text.charCodeAt(at + 3))) return;
      JOIN_AFTER.lastIndex = at;
      if (JOIN_AFTER.test(text)) t.joins.push(at);
      return;
    // A URL's parameter name ending one argument and its value the next, as R's paste0, SQL's
    // CONCAT and C#'s string.Concat join them (`paste0("…?access_token=", "…")`; from a blind
    // grading of research code: 14 of 35 Zenodo tokens missed). Only after "=": other arguments
    // are not one string.
    case '=", "':
    case "=', '":
    case '=","':
    case "=','":
      if (URL_PARAMETER_END.test(text.slice(Math.max(0, at - 66), at + 1)) && joinedValueFollows(text, at + 2)) t.joins.push(at + 1);
      return;
    case '" +':
    case "' +":
    case '" .':
    case "' .":
      JOIN_AFTER.lastIndex = at;
      if (JOIN_AFTER.test(text) && pieceMayContinue(text, at)) t.joins.push(at);
      return;
    case '= ("':
    case "= ('":
    case '=("':
    case "=('":
    case '= (\n':
    case '=(\n':
    case '= (\r\n':
    case '=(\r\n':
      PARENTHESIZED_PIECES.lastIndex = at;
      if (PARENTHESIZED_PIECES.test(text)) t.joins.push(at);
      return;
    case '+ "':
    case "+ '":
      if (joinBefore(text, at)) t.joins.push(at);
      return;
    case 'transfer-encoding: base64':
      t.mime.push(at);
      return;
    case 'transfer-encoding: quoted-printable':
      t.qpParts.push(at);
      return;
    case '-\n':
    case '-\r\n':
      // Letters or digits on both sides: a word or a token cut, not a list's dash or a rule (`---`),
      // and not a value that ends in "-" before the next line's setting (`KEY=…-⏎NEXT=1`: from a blind
      // grading of message brokers, where the joined view's finding ran over into that line).
      if (isAlnumCode(text.charCodeAt(at - 1)) && isAlnumCode(text.charCodeAt(at + keyword.length)) && !settingAt(text, at + keyword.length)) t.hyphenBreaks.push(at);
      return;
    case '\u200b':
    case '\u2060':
    case '\ufeff':
      // (A byte order mark that starts the text is no paste's.)
      if (at > 0) t.zeroWidth.push(at);
      return;
    case '&amp;':
    case '&quot;':
    case '&apos;':
    case '&#':
      t.entities.push(at);
      return;
    case 'type=execve':
    case 'proctitle=':
      t.hexArgs.push(at);
      return;
    case 'execve("':
      t.argvs.push(at);
      return;
    case '"source": [':
    case '"source":[':
      t.notebookSources.push(at);
      return;
    case '"text":':
    case '"body":':
    case '"description":':
    case '"message":':
    case '"content":':
    case '"comment":':
    case '"note":':
    case '"notes":':
    case '"summary":':
    case '"details":': {
      let open = at + keyword.length;
      while (open < text.length && open - at < keyword.length + 8 && (text.charCodeAt(open) === 32 || text.charCodeAt(open) === 9)) open++;
      if (text.charCodeAt(open) === 34 && jsonTextEnd(text, open) !== -1) t.jsonTexts.push(open);
      return;
    }
    case '= 0x':
      POINTER_VALUE.lastIndex = at;
      if (POINTER_VALUE.test(text)) t.pointers.push(at);
      return;
    case '0: ':
    case '0  ': {
      const line = hexDumpRowStart(text, at, keyword.length);
      if (line !== -1 && t.hexDumps[t.hexDumps.length - 1] !== line) t.hexDumps.push(line);
      return;
    }
    case 'b64':
    case 'base64':
      if (encodedFileNamed(text, at, keyword.length)) t.base64Lines.push(at);
      return;
    case '-|':
    case '- |': {
      const row = separatorRowAt(text, at);
      if (row !== -1 && t.tableRows[t.tableRows.length - 1] !== row) t.tableRows.push(row);
      return;
    }
    case 'insert into':
      t.inserts.push(at);
      return;
    case 'from stdin;':
      t.copies.push(at);
      return;
    case 'set value':
    case 'set `value`':
    case 'set option_value':
    case 'set setting_value':
    case 'set config_value':
    case 'set meta_value':
      t.updates.push(at);
      return;
    case 'eyj':
    case 'ewog':
    case 'ewoj':
    case 'ewoi':
    case 'eyai':
      if (base64JsonAt(text, at)) t.base64Lines.push(at);
      return;
    case '=\\"':
    case '= \\"':
    case ':\\"':
    case ': \\"':
    case ':\\\\\\"':
    case '=\\\\\\"':
    case '<- \\"':
    case '<-\\"':
      if (secretKeyBefore(text, at)) t.escapes.push(at);
      return;
    case '=""':
    case '= ""':
    case ':""':
    case ': ""':
      if (doubledQuoteValue(text, at + keyword.length) && secretKeyBefore(text, at)) t.doubledQuotes.push(at);
      return;
    case '(\\"': {
      // `name(` or `name = (`: the name before the call or the assignment.
      let k = at - 1;
      while (k >= 0 && at - k <= 8 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
      if (secretKeyBefore(text, text.charCodeAt(k) === 61 ? k : at)) t.escapes.push(at);
      return;
    }
    case '\\x1b[':
    case '\\e[':
    case '\\033[':
    case '\\u001b[':
      t.csiEscaped.push(at);
      return;
    default:
      // %2 %3 %4 %5 %7
      if (tokenCharCode(text, at + 1)) t.percent.push(at);
  }
}

// How a JSON object's text begins in base64: `{"`, `{ "`, and `{` + a line break + two spaces, a tab or a quote.
const BASE64_JSON_OPENINGS = ['eyJ', 'eyAi', 'ewog', 'ewoJ', 'ewoi'];

/**
 * Whether a base64-encoded JSON object starts at `at`, as a value on its own (a service account
 * key stored base64-encoded: `credentials: ewogICJ0eXBlIj…`, `"sa": "eyJ0eXBlIj…"`): not inside a
 * longer run, not a data URI (an inline source map), not a JWT (whose header ends at a "." soon).
 */
function base64JsonAt(text: string, at: number): boolean {
  if (!BASE64_JSON_OPENINGS.some((o) => text.startsWith(o, at))) return false;
  const before = text.charCodeAt(at - 1);
  if (at > 0 && (isKeyChar(before) || before === 43 /* + */ || before === 47 /* / */ || before === 44 /* , */)) return false;
  let i = at;
  const limit = Math.min(text.length, at + 256);
  while (i < limit && BASE64_CHAR[text.charCodeAt(i)] === 1) i++;
  return i === limit || text.charCodeAt(i) !== 46 /* . */;
}
const BASE64_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=') BASE64_CHAR[c.charCodeAt(0)] = 1;

/**
 * Whether the "b64"/"base64" at `at` names a base64-encoded file or value: it ends a key that is
 * assigned (`ENV_FILE_B64: "…"`, `GOOGLE_CREDENTIALS_BASE64=…`, `"configBase64": "…"`), or a
 * shell pipe decodes with it (`echo "…" | base64 -d > .env`). Not a data URI's `;base64,` or code
 * that calls a decoder: those hold images and expressions.
 */
function encodedFileNamed(text: string, at: number, length: number): boolean {
  let i = at + length;
  if (text.charCodeAt(i) === 34 || text.charCodeAt(i) === 39) i++;
  while (i < at + length + 8 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if ((c === 61 /* = */ && text.charCodeAt(i + 1) !== 61) || c === 58 /* : */) return isKeyChar(text.charCodeAt(at - 1)) || length === 6;
  // `| base64 -d`, `| base64 --decode`, `| base64 -D` (macOS).
  return length === 6 && /\|[ \t]{0,4}$/.test(text.slice(Math.max(0, at - 6), at)) && /^[ \t]{1,4}(?:-d|-D|--decode)\b/.test(text.slice(at + length, at + length + 16));
}

/**
 * Quoted-printable decoded around `triggers` (an email's `=3D`): `=XX` of an ASCII character
 * and soft line breaks (`=` at a line's end) taken out, so a value an encoder cut over lines
 * reads whole. A line and the lines its soft breaks join to it, up to BLOCK characters; and the
 * whole body of each part whose header says quoted-printable (`parts`), where a token cut by a
 * soft break may hold no `=3D` near it.
 */
function qpViewAt(text: string, triggers: readonly number[], parts: readonly number[]): View | undefined {
  if (triggers.length === 0 && parts.length === 0) return undefined;
  const ranges = regions(text, triggers, (at) => {
    let end = at;
    for (;;) {
      const nl = text.indexOf('\n', end);
      if (nl === -1) return text.length;
      const soft = text.charCodeAt(nl - 1) === 61 || (text.charCodeAt(nl - 1) === 13 && text.charCodeAt(nl - 2) === 61);
      if (!soft || nl - at > 16 * RADIUS) return nl;
      end = nl + 1;
    }
  });
  let done = -1;
  for (const at of parts) {
    // A text body has paragraphs: it ends at the part's boundary only.
    const body = at < done ? undefined : partBody(text, at, PART_BOUNDARY);
    if (body === undefined) continue;
    done = body[1];
    ranges.push(body);
  }
  return decodeRegions(text, mergeRanges(ranges), '=', (i) => {
    if (text.charCodeAt(i + 1) === 10) return ['', 2];
    if (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10) return ['', 3];
    const v = hexAt(text, i + 1, 2);
    // Upper-case hex only, as encoders write it ("=3d" in a value is no encoding); bytes of
    // other scripts are kept as they are.
    return v < 0 || v >= 0x80 || /[a-f]/.test(text.slice(i + 1, i + 3)) ? undefined : [String.fromCharCode(v), 3];
  });
}

// A string literal's end joined to the next one's start by "+" (most languages), "." (PHP, Perl)
// or ".." (Lua), or by "," after a parameter's "=" (`paste0("…?key=", "…")`), on one line or over a line break: at the first piece's end (`"…" +⏎  "…"`,
// `'…' . '…'`, JOIN_AFTER from the quote) or the next line's start (`"…"⏎  + "…"`, joinBefore
// from the "+"); or with nothing between but a line break, as Python joins literals inside
// parentheses (`KEY = ("…"⏎    "…")`, PARENTHESIZED_PIECES from the "="), also as Black
// writes them, the first piece on the next line (`KEY = (⏎    "…"⏎    "…"⏎)`). JOIN finds each in a region.
const JOIN_AFTER = /["'][ \t]{0,8}(?:\+|\.{1,2})[ \t]{0,8}(?:\r?\n[ \t]{0,64})?["']/y;
const PARENTHESIZED_PIECES = /=[ \t]?\((?:\r?\n[ \t]{0,64})?(["'])[^"'\r\n]{1,256}\1[ \t]{0,8}\r?\n[ \t]{0,64}\1/y;
const JOIN = /(["'])(?:[ \t]{0,8}(?:(?:\+|\.{1,2})[ \t]{0,8}(?:\r?\n[ \t]{0,64})?|\r?\n[ \t]{0,64}(?:(?:\+|\.{1,2})[ \t]{0,8})?)|(?<=[?&][A-Za-z0-9_.-]{1,64}=["']),[ \t]?)\1/g;
const MAX_JOINS = 8;
// A URL parameter's name and "=" ending a piece (not an environment entry's `"JWT_SECRET="`).
const URL_PARAMETER_END = /[?&][A-Za-z0-9_.-]{1,64}=$/;
// The next piece: a value alone (`"…"`), not another parameter list or a sample's next string.
const JOINED_VALUE = /[ \t]?(["'])[A-Za-z0-9._~+/%-]{8,512}\1/y;

/** Whether the piece after the "," at `comma` is a value alone, quoted. */
function joinedValueFollows(text: string, comma: number): boolean {
  JOINED_VALUE.lastIndex = comma + 1;
  return JOINED_VALUE.test(text);
}

/** Whether the "+" at `at` starts a line (after its indent) that follows a line ending in a quote. */
function joinBefore(text: string, at: number): boolean {
  let i = at - 1;
  for (const stop = at - 64; i > stop && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9); i--);
  if (text.charCodeAt(i) !== 10) return false;
  i--;
  if (text.charCodeAt(i) === 13) i--;
  for (const stop = i - 8; i > stop && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9); i--);
  const c = text.charCodeAt(i);
  return (c === 34 || c === 39) && pieceMayContinue(text, i);
}

// An auth scheme and its blank ending a piece: the credential is the next piece (`"Bearer " + "…"`).
const SCHEME_END = /(?:bearer|basic|token|bot)[ \t]$/i;

/** Whether code unit `c` is a letter, a digit, "_" or "-": what tokens are made of. */
function isTokenCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

/**
 * Whether the piece closed by the quote at `quote` may go on in the next one: it ends in a
 * character a token or an assignment holds, or in an auth scheme. A piece ending in a blank ends
 * a word (the keyword lists of a syntax highlighter, prose split over lines), and no token runs on
 * across it.
 */
function pieceMayContinue(text: string, quote: number): boolean {
  const c = text.charCodeAt(quote - 1);
  return (c !== 32 && c !== 9) || SCHEME_END.test(text.slice(Math.max(0, quote - 8), quote));
}

/**
 * String literals joined by "+", "." or ".." or split over lines read as one (a token cut in two
 * so no piece holds it whole: `"hf_EjoX" +⏎ "IlsMg…"`, `'glpat-' . '…'`): the joiners (closing
 * quote, operator, line break, opening quote) taken out, over up to MAX_JOINS pieces from each
 * trigger's line.
 */
function joinViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const lineEndWithin = lineEnds(text);
  const ranges = regions(text, triggers, (at) => {
    let end = at;
    for (let n = 0; n <= MAX_JOINS; n++) end = lineEndWithin(end + 1, RADIUS);
    return end;
  });
  const b = new ViewBuilder();
  for (const [from, to] of ranges) {
    if (b.length > 0) b.push('\n', from, from);
    let copied = from;
    JOIN.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = JOIN.exec(text)) !== null && m.index < to) {
      // The pieces' quotes stay: the closing one of the last piece, the opening one of the first.
      b.copy(text, copied, m.index);
      b.push('', m.index, m.index + m[0].length);
      copied = m.index + m[0].length;
    }
    b.copy(text, copied, to);
  }
  return b.build();
}

const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
  ['lt', '<'],
  ['gt', '>'],
]);
const ENTITY = /&(?:(amp|quot|apos|lt|gt)|#([0-9]{1,3})|#[xX]([0-9a-fA-F]{1,2}));/y;

/**
 * XML and HTML character references decoded on their lines (`&amp;` in a URL of an Android
 * `strings.xml` or a web.config, `&quot;` around JSON in an attribute), so a credential whose "&"
 * or quotes the markup escaped reads as it is used. ASCII references only.
 */
function entityViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const lineEndWithin = lineEnds(text);
  const ranges = regions(text, triggers, (at) => lineEndWithin(at, RADIUS));
  return decodeRegions(text, ranges, '&', (i) => {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(text);
    if (m === null) return undefined;
    const code = m[1] !== undefined ? undefined : m[2] !== undefined ? Number(m[2]) : parseInt(m[3] as string, 16);
    const decoded = m[1] !== undefined ? (NAMED_ENTITIES.get(m[1]) as string) : (code as number) < 0x80 ? String.fromCharCode(code as number) : undefined;
    return decoded === undefined ? undefined : [decoded, m[0].length];
  });
}

// An auditd argument after its blank: `a<n>=` or `proctitle=`, then the value: quoted, an even
// number of upper-case hex digits (auditd writes an argument so when it holds a blank, a quote or
// a control character), or bare (as `ausearch -i` prints it).
const AUDIT_ARG = / (?:a[0-9]{1,3}|proctitle)=/y;
const HEX_ARG = /[0-9A-F]{8,8192}(?![0-9A-Za-z])/y;
// The longest auditd record line read around a trigger (an EXECVE record of a long command).
const AUDIT_LINE = 16_384;

/**
 * auditd's EXECVE and PROCTITLE records as the command lines they record: each argument's name
 * and quotes left out, each argument auditd wrote as hex (`a2=417574…`, a `-H "Authorization:
 * Bearer …"` header passed to curl) decoded to its text, the NUL bytes between proctitle's
 * arguments as blanks. So `a0="curl" a1="-u" a2="admin:…"` reads `curl -u admin:…` and a
 * command line's rules apply (from blind gradings of tool output and of traces: 21 of 21 hex
 * tokens missed, then curl, mysql and openssl passwords given as separate arguments). Only text
 * decodes: bytes outside printable ASCII leave the argument as it is.
 */
function hexArgViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const lineEndWithin = lineEnds(text);
  const ranges = regions(text, triggers, (at) => lineEndWithin(at, AUDIT_LINE));
  const b = new ViewBuilder();
  for (const [from, to] of ranges) {
    if (b.length > 0) b.push('\n', from, from);
    let copied = from;
    for (let i = text.indexOf(' ', from); i !== -1 && i < to; i = text.indexOf(' ', i + 1)) {
      AUDIT_ARG.lastIndex = i;
      if (!AUDIT_ARG.test(text)) continue;
      b.copy(text, copied, i + 1);
      const value = AUDIT_ARG.lastIndex;
      if (text.charCodeAt(value) === 34 /* " */) {
        const close = text.indexOf('"', value + 1);
        const end = close === -1 || close > to ? to : close;
        b.copy(text, value + 1, end);
        copied = Math.min(to, end + 1);
      } else if (!decodeHexArg(text, value, b)) {
        let end = text.indexOf(' ', value);
        if (end === -1 || end > to) end = to;
        b.copy(text, value, end);
        copied = end;
      } else copied = HEX_ARG.lastIndex;
      i = copied - 1;
    }
    b.copy(text, copied, to);
  }
  return b.length > 0 ? b.build() : undefined;
}

/** Decodes the hex argument at `at` into `b` (each byte standing for its two digits), or answers false when there is none or it is not text. */
function decodeHexArg(text: string, at: number, b: ViewBuilder): boolean {
  HEX_ARG.lastIndex = at;
  const m = HEX_ARG.exec(text);
  if (m === null || m[0].length % 2 !== 0) return false;
  for (let k = 0; k < m[0].length; k += 2) {
    const c = hexAt(text, at + k, 2);
    if (!(c === 0 || c === 9 || (c >= 0x20 && c < 0x7f))) return false;
  }
  for (let k = 0; k < m[0].length; k += 2) {
    const c = hexAt(text, at + k, 2);
    b.push(c === 0 ? ' ' : String.fromCharCode(c), at + k, at + k + 2);
  }
  return true;
}

// gdb prints a `char *` as its address and then the string (`api_key = 0x55555558fb75 "…"`, in a
// backtrace's arguments and a struct's fields): without the address, a name and its value read as
// an assignment (from a blind grading of traces: 10 of 38 keys in gdb output missed).
const POINTER_VALUE = /= 0x[0-9a-f]{4,16} (?=")/y;

/** The lines around gdb's string values with the address before each left out. */
function pointerViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const lineEndWithin = lineEnds(text);
  const ranges = regions(text, triggers, (at) => lineEndWithin(at, RADIUS));
  return decodeRegions(text, ranges, '= 0x', (i) => {
    POINTER_VALUE.lastIndex = i;
    return POINTER_VALUE.test(text) ? ['= ', POINTER_VALUE.lastIndex - i] : undefined;
  });
}

// strace prints a program's arguments as an array of C strings (`execve("/usr/bin/net", ["net",
// "use", "\\\\fs01\\share", "…", "/user:CORP\\svc"], …)`): read as the command line it ran, a
// command's own rules apply (from a blind grading of traces: passwords given to net use, curl -u,
// redis-cli -a as array elements were missed).
const ARGV_OPEN = /execve\("(?:[^"\\\n]|\\.){0,512}", \[/y;
const ARGV_ELEMENTS = 256;

/** The argv arrays after strace's `execve(` triggers as command lines: elements unquoted and unescaped, joined by blanks. */
function argvViewAt(text: string, triggers: readonly number[]): View | undefined {
  let b: ViewBuilder | undefined;
  let done = -1;
  for (const at of triggers) {
    if (at < done) continue;
    ARGV_OPEN.lastIndex = at;
    if (!ARGV_OPEN.test(text)) continue;
    let i = ARGV_OPEN.lastIndex;
    let reach = i;
    b ??= new ViewBuilder();
    if (b.length > 0) b.push('\n', at, at);
    for (let n = 0; n < ARGV_ELEMENTS && text.charCodeAt(i) === 34 /* " */; n++) {
      if (n > 0) b.push(' ', i, i);
      let k = i + 1;
      let copied = k;
      for (; k < text.length && text.charCodeAt(k) !== 34 && text.charCodeAt(k) !== 10; k++) {
        if (text.charCodeAt(k) !== 92 /* \ */) continue;
        b.copy(text, copied, k);
        const escaped = text.charAt(k + 1);
        b.push(escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped, k, k + 2);
        k++;
        copied = k + 1;
      }
      b.copy(text, copied, k);
      reach = k;
      if (text.charCodeAt(k) !== 34) break;
      // Past the closing quote, strace's "..." for a cut string, and the ", " before the next.
      i = k + 1;
      if (text.startsWith('...', i)) i += 3;
      if (text.charCodeAt(i) !== 44 /* , */) break;
      i++;
      if (text.charCodeAt(i) === 32) i++;
    }
    done = Math.max(i, reach);
  }
  return b?.build();
}

// A Jupyter notebook keeps each cell's code as a JSON array of strings, one a line (`"source": [
// "co = cohere.Client(\\"…\\")\\n", …]`): its escapes decoded, the code reads as a .py file does and
// a call's or an assignment's rules apply (from a blind grading of hobby code: keys passed to
// clients were found in .py files and missed in notebooks). The array ends at its first "]" after a
// closing quote, at most NOTEBOOK_CELL characters on.
const NOTEBOOK_CELL = 65_536;
const SOURCE_END = /(?<!\\)"[ \t\r\n]*\]/g;

/** The source arrays of notebook cells, escapes decoded. */
/** JSON strings of prose with their escapes decoded: their escaped line breaks become lines. */
function jsonTextViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const ranges = regions(text, triggers, (open) => {
    const end = jsonTextEnd(text, open);
    return end === -1 ? open + 1 : end;
  });
  return decodeRegions(text, ranges, '\\', (i) => escapeAt(text, i));
}

function notebookViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const ranges = regions(text, triggers, (at) => {
    SOURCE_END.lastIndex = at;
    const m = SOURCE_END.exec(text);
    return m === null || m.index - at > NOTEBOOK_CELL ? Math.min(text.length, at + NOTEBOOK_CELL) : m.index + 1;
  });
  return decodeRegions(text, ranges, '\\', (i) => escapeAt(text, i));
}

// Hex dumps, as packet captures and debuggers print a payload (from a blind grading of traces:
// tokens split over the rows of `tcpdump -X`, `xxd` and tshark's hex were missed): an offset that
// ends in 0 (a row of 16 bytes, or 8 or 32), then the bytes as pairs or quads of hex digits, then
// maybe the bytes as ASCII. The keyword pass hits the offset's last digit and what follows it
// ("0: " for tcpdump's `0x0010:` and xxd's `00000010:`, "0  " for hexdump -C, tshark and
// PowerShell's Format-Hex).

/** The start of the line whose hex dump offset ends at `at` (its "0"), or -1 when the line does not open so. */
function hexDumpRowStart(text: string, at: number, keywordLength: number): number {
  let next = at + keywordLength;
  if (text.charCodeAt(next) === 32 /* space */) next++;
  if (hexValue(text.charCodeAt(next)) < 0) return -1;
  let k = at;
  while (k > 0 && at - k < 8 && hexValue(text.charCodeAt(k - 1)) >= 0) k--;
  if (at - k < 3) return -1;
  if (text.charCodeAt(k - 1) === 120 /* x */ && text.charCodeAt(k - 2) === 48 /* 0 */) k -= 2;
  let blanks = 0;
  while (k > 0 && blanks < 8 && (text.charCodeAt(k - 1) === 32 /* space */ || text.charCodeAt(k - 1) === 9 /* tab */)) {
    k--;
    blanks++;
  }
  return k === 0 || text.charCodeAt(k - 1) === 10 ? k : -1;
}

/** One parsed hex dump row: its offset, the raw offsets of its bytes' hex digits, where its line ends (before any CR) and where the next starts. */
interface HexDumpRow {
  readonly offset: number;
  readonly bytes: number[];
  readonly at: number[];
  readonly end: number;
  readonly next: number;
}

const HEX_DUMP_ROW_MAX = 32;

/** The hex dump row on the line starting at `start`, or undefined when the line is none. */
function hexDumpRow(text: string, start: number): HexDumpRow | undefined {
  let i = start;
  while (i - start < 8 && (text.charCodeAt(i) === 32 /* space */ || text.charCodeAt(i) === 9 /* tab */)) i++;
  if (text.charCodeAt(i) === 48 && text.charCodeAt(i + 1) === 120 /* 0x */) i += 2;
  let offset = 0;
  const digitsFrom = i;
  for (let h = hexValue(text.charCodeAt(i)); h >= 0 && i - digitsFrom < 8; h = hexValue(text.charCodeAt(++i))) offset = offset * 16 + h;
  if (i - digitsFrom < 4 || hexValue(text.charCodeAt(i)) >= 0 || text.charCodeAt(i - 1) !== 48) return undefined;
  if (text.charCodeAt(i) === 58 /* : */) i++;
  let spaces = 0;
  while (spaces < 4 && text.charCodeAt(i) === 32 /* space */) {
    i++;
    spaces++;
  }
  if (spaces === 0) return undefined;
  const bytes: number[] = [];
  const at: number[] = [];
  let width = 0;
  while (bytes.length < HEX_DUMP_ROW_MAX) {
    let j = i;
    while (j - i < 5 && hexValue(text.charCodeAt(j)) >= 0) j++;
    const digits = j - i;
    if (width === 0 && (digits === 2 || digits === 4)) width = digits;
    // A pair ends a row of quads (an odd byte count); any other run is the ASCII column.
    if (digits !== 2 && digits !== width) break;
    for (let d = i; d < j; d += 2) {
      bytes.push(hexAt(text, d, 2));
      at.push(d);
    }
    if (digits !== width) break;
    let gap = 0;
    while (gap < 3 && text.charCodeAt(j + gap) === 32 /* space */) gap++;
    // One space between groups; two in the middle of a row of pairs (hexdump -C, tshark).
    if (!(gap === 1 || (gap === 2 && width === 2 && bytes.length === 8)) || hexValue(text.charCodeAt(j + gap)) < 0) break;
    i = j + gap;
  }
  if (bytes.length === 0) return undefined;
  const nl = text.indexOf('\n', i);
  const next = nl === -1 ? text.length : nl + 1;
  const end = nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl === -1 ? text.length : nl;
  return { offset, bytes, at, end, next };
}

/**
 * The bytes of hex dumps decoded, each mapped to its hex digits: a token that the dump's rows
 * cut into 16-byte pieces (and its ASCII column into pieces with dots for blanks) reads whole.
 * Rows follow one another while each offset is the last one's plus its bytes; a row at another
 * offset starts a new stretch. A dump of fewer than 16 bytes is left alone. Up to BLOCK bytes a dump.
 */
function hexDumpViewAt(text: string, rows: readonly number[]): View | undefined {
  if (rows.length === 0) return undefined;
  let b: ViewBuilder | undefined;
  let done = -1;
  for (const start of rows) {
    if (start < done) continue;
    let row = hexDumpRow(text, start);
    if (row === undefined) continue;
    const bytes: number[] = [];
    const at: number[] = [];
    const ends: number[] = [];
    let expected = row.offset;
    while (row !== undefined && row.offset === expected && bytes.length < BLOCK) {
      for (let k = 0; k < row.bytes.length; k++) {
        bytes.push(row.bytes[k] as number);
        at.push(row.at[k] as number);
        ends.push(row.end);
      }
      expected = row.offset + row.bytes.length;
      done = row.next;
      row = row.next < text.length ? hexDumpRow(text, row.next) : undefined;
    }
    if (bytes.length < 16) continue;
    b ??= new ViewBuilder();
    if (b.length > 0) b.push('\n', start, start);
    // Each byte stands for its hex digits through its row's end, so a finding (and its
    // redaction) reaches over the last row's ASCII column too.
    for (let k = 0; k < bytes.length; k++) b.push(String.fromCharCode(bytes[k] as number), at[k] as number, ends[k] as number);
  }
  return b?.build();
}

// Where a MIME part's body starts (after the blank line that ends its headers) and ends (a blank
// line, a boundary line "--…", or the text's end).
const BODY_START = /\r?\n\r?\n/g;
const BODY_END = /\r?\n(?:\r?\n|--)/g;
const PART_BOUNDARY = /\r?\n--/g;

/**
 * MIME parts sent as base64 (`Content-Transfer-Encoding: base64`: an email body, an attached
 * .env): each body's lines decoded as one run, so a token across the 76-character line breaks
 * reads whole; the decoded text stands for the whole body. Bytes that are not ASCII text decode
 * as "?" (a UTF-8 letter in the body), so its ASCII tokens stay as they are. Up to BLOCK characters.
 */
function mimeViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  let b: ViewBuilder | undefined;
  let done = -1;
  for (const at of triggers) {
    const body = at < done ? undefined : partBody(text, at);
    if (body === undefined) continue;
    const [from, to] = body;
    done = to;
    const decoded = decodeBase64Text(text, from, to, true);
    // Shorter than MIN_BASE64_RUN characters decode to fewer than 12 bytes.
    if (decoded === undefined || decoded.length < 12) continue;
    b ??= new ViewBuilder();
    if (b.length > 0) b.push('\n', from, from);
    b.push(decoded, from, to);
  }
  return b?.build();
}

/**
 * The body of the MIME part whose header holds `at`: from the blank line after the headers to
 * `end` (base64's: a blank line or a boundary, `--`), at most BLOCK characters. Both searches
 * are bounded (a header with no body after it must not search the whole text).
 */
function partBody(text: string, at: number, end: RegExp = BODY_END): [number, number] | undefined {
  const head = text.slice(at, at + 4096);
  BODY_START.lastIndex = 0;
  const start = BODY_START.exec(head);
  if (start === null) return undefined;
  const from = at + start.index + start[0].length;
  const body = text.slice(from, from + BLOCK);
  end.lastIndex = 0;
  const stop = end.exec(body);
  return [from, from + (stop === null ? body.length : stop.index)];
}

/** Ranges sorted by start and merged where they overlap or touch. */
function mergeRanges(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * The lines around `triggers` with zero-width characters taken out: a token a paste split with
 * one reads whole, one glued to its name by one reads as assigned. Each line from its start (at
 * most RADIUS back) to its end (at most RADIUS on).
 */
function zeroWidthViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const lineEnd = lineEnds(text);
  const ranges = regions(text, triggers, (at) => lineEnd(at, RADIUS));
  const b = new ViewBuilder();
  for (const [from, to] of ranges) {
    if (b.length > 0) b.push('\n', from, from);
    let copied = from;
    for (let i = from; i < to; i++) {
      if (!ZERO_WIDTH_CODES.has(text.charCodeAt(i))) continue;
      b.copy(text, copied, i);
      copied = i + 1;
    }
    b.copy(text, copied, to);
  }
  return b.build();
}

/**
 * The two lines around each hyphen that ends a line between letters or digits, joined twice: the
 * hyphen and the line break taken out (a PDF's hyphenation cut a token: `…a8f3-⏎c9d1…`), then the
 * line break alone (a token's own hyphen at the line's end, `xoxb-…-⏎…`). From the first line's
 * start (at most RADIUS back) to the second line's end (at most RADIUS on).
 */
function hyphenViewAt(text: string, triggers: readonly number[]): View | undefined {
  if (triggers.length === 0) return undefined;
  const lineEnd = lineEnds(text);
  const b = new ViewBuilder();
  let done = -1;
  for (const at of triggers) {
    if (at < done) continue;
    const nl = text.indexOf('\n', at);
    const from = lineStartWithin(text, at, RADIUS);
    const to = lineEnd(nl + 1, RADIUS);
    done = to;
    for (const keep of [0, 1]) {
      if (b.length > 0) b.push('\n', from, from);
      b.copy(text, from, at + keep);
      b.copy(text, nl + 1, to);
    }
  }
  return b.build();
}

/** The views the triggers call for. */
export function viewsFrom(text: string, t: Triggers): View[] {
  const views: View[] = [];
  const escaped = escapeViewAt(text, t.escapes, t.pem);
  if (escaped) views.push(escaped);
  const percent = percentViewAt(text, t.percent);
  if (percent) views.push(percent);
  const doubled = doubledQuoteViewAt(text, t.doubledQuotes);
  if (doubled) views.push(doubled);
  const base64 = base64ViewAt(text, t.base64Lines, t.base64Blocks);
  if (base64) views.push(base64);
  const qp = qpViewAt(text, t.qp, t.qpParts);
  if (qp) views.push(qp);
  const joined = joinViewAt(text, t.joins);
  if (joined) views.push(joined);
  const entities = entityViewAt(text, t.entities);
  if (entities) views.push(entities);
  const zeroWidth = zeroWidthViewAt(text, t.zeroWidth);
  if (zeroWidth) views.push(zeroWidth);
  const hyphens = hyphenViewAt(text, t.hyphenBreaks);
  if (hyphens) views.push(hyphens);
  const mime = mimeViewAt(text, t.mime);
  if (mime) views.push(mime);
  const hexArgs = hexArgViewAt(text, t.hexArgs);
  if (hexArgs) views.push(hexArgs);
  const hexDumps = hexDumpViewAt(text, t.hexDumps);
  if (hexDumps) views.push(hexDumps);
  const pointers = pointerViewAt(text, t.pointers);
  if (pointers) views.push(pointers);
  const argvs = argvViewAt(text, t.argvs);
  if (argvs) views.push(argvs);
  const notebook = notebookViewAt(text, t.notebookSources);
  if (notebook) views.push(notebook);
  const jsonTexts = jsonTextViewAt(text, t.jsonTexts);
  if (jsonTexts) views.push(jsonTexts);
  const csi = csiViewAt(text, t.csi, '\u001b', rawCsiEnd);
  if (csi) views.push(csi);
  const csiEscaped = csiViewAt(text, t.csiEscaped, '\\', escapedCsiEnd);
  if (csiEscaped) views.push(csiEscaped);
  if (t.tableRows.length > 0 || t.inserts.length > 0 || t.copies.length > 0 || t.updates.length > 0 || csvHeaderSeparator(text) !== 0) {
    const tables = new ViewBuilder();
    tableRows(text, t, tables);
    if (tables.length > 0) views.push(tables.build());
  }
  return views;
}

// A colour or cursor code: "[", up to 32 parameter characters, a final letter; after ESC itself or
// a source escape for it. Each answers where the code starting at `at` ends, or -1.
const ESCAPED_CSI = /\\(?:x1b|e|033|u001b)\[[0-9;]{0,32}[A-Za-z]/y;
function escapedCsiEnd(text: string, at: number): number {
  ESCAPED_CSI.lastIndex = at;
  return ESCAPED_CSI.test(text) ? ESCAPED_CSI.lastIndex : -1;
}
// Character tests for ESC itself: a control character in a regex literal reads as a mistake.
function rawCsiEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 27 || text.charCodeAt(at + 1) !== 91 /* [ */) return -1;
  let i = at + 2;
  for (const limit = i + 32; i < limit && ((text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) || text.charCodeAt(i) === 59); i++);
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? i + 1 : -1;
}

/**
 * The lines around terminal colour codes with the codes taken out: a coloured log line
 * (`\e[36mapi_key\e[0m=\e[33m…`) reads as `api_key=…`, so a key and its value that colour codes
 * separate are judged together (a token right after a code is found in the raw text already).
 */
function csiViewAt(text: string, triggers: readonly number[], marker: string, codeEnd: (text: string, at: number) => number): View | undefined {
  if (triggers.length === 0) return undefined;
  const lineEndWithin = lineEnds(text);
  const ranges = regions(text, triggers, (at) => lineEndWithin(at, RADIUS));
  return decodeRegions(text, ranges, marker, (i) => {
    const end = codeEnd(text, i);
    return end === -1 ? undefined : ['', end - i];
  });
}

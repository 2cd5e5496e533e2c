import { base62, crc32 } from '../checksum.js';
import type { Confidence, Rotation, Rule, SampleGen, ScanMemo, Severity } from '../types.js';

/** Character sets used by token bodies and sample generators. */
export const DIGITS = '0123456789';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const ALNUM = DIGITS + UPPER + LOWER;
export const LOWER_ALNUM = DIGITS + LOWER;
export const UPPER_ALNUM = DIGITS + UPPER;
export const HEX = '0123456789abcdef';
export const BASE64 = ALNUM + '+/';
export const BASE64URL = ALNUM + '-_';
/** Regex source of a lower-case UUID (many vendors' keys and tokens), and a sample of one. */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** UUID in either case (PurpleAir's and ABN Lookup's keys are upper-case ones). */
export const UUID_ANY_CASE = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';
export const uuidSample = (g: SampleGen): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;

/**
 * Regex source: the line break of an assignment whose value a formatter moved to the next line
 * (prettier's `apiKey =⏎  "…"`, black's `api_key = (⏎    "…"`, Python's or a shell's `\⏎`):
 * blanks, an optional "(" or backslash, one line break, the next line's indent. The detector gives a line that ends open like this the next
 * line too (see wrapEnd in detector/index.ts).
 */
export const WRAP = '[ \\t]{0,4}[(\\\\]?[ \\t]{0,4}\\r?\\n[ \\t]{0,64}';

/**
 * A line break inside a multi-line block: raw, or escaped in a string ("\\n", "\\\\n" or
 * "\\\\\\\\n" when the string is escaped again), with the indentation around it.
 */
export const BLOCK_BREAK = '[ \\t]{0,8}(?:\\r?\\n|(?:\\\\{1,4}r)?\\\\{1,4}n)[ \\t]{0,8}';

/** The index after WRAP at `i` (blanks, optional "(", one line break, indent), or `i` when none is there. */
export function skipWrap(text: string, i: number): number {
  let j = skipBlanks(text, i, 4);
  if (text.charCodeAt(j) === 40 /* ( */ || text.charCodeAt(j) === 92 /* \ */) j = skipBlanks(text, j + 1, 4);
  if (text.charCodeAt(j) === 13) j++;
  if (text.charCodeAt(j) !== 10) return i;
  return skipBlanks(text, j + 1, 64);
}

/**
 * The start of `at`'s line, or `limit` characters back, whichever is nearer. A bounded walk: on
 * a megabyte line, lastIndexOf would cross the whole line once per call.
 */
export function lineStartWithin(text: string, at: number, limit: number): number {
  // A native search over at most `limit` characters (a slice shares the text's memory).
  const from = Math.max(0, at - limit);
  return from + text.slice(from, at).lastIndexOf('\n') + 1;
}

/** The index after at most `max` spaces and tabs from `i`. */
export function skipBlanks(text: string, i: number, max: number): number {
  const limit = i + max;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Characters that may not touch a token on either side (the default delimiter). */
const WORD = 'A-Za-z0-9_';

export interface TokenOptions {
  /** Character class content that may not precede the token. */
  readonly left?: string;
  /** Character class content that may not follow the token. */
  readonly right?: string;
  readonly flags?: string;
}

/**
 * A token with a distinctive shape. `body` is a regex source without capture groups; the whole
 * token becomes group 1, fenced by lookarounds so `token=ntn_…&x` and `"ntn_…"` both match but a
 * longer run of token characters does not.
 */
export function token(body: string, options: TokenOptions = {}): RegExp {
  const { left, right } = fences(options);
  return new RegExp(`(?<![${left}])(${body})(?![${right}])`, options.flags ?? '');
}

/**
 * True when an escape or a percent-encoding ends right before `at` (`%3Dntn_…`, `"\nghp_…"`,
 * `\x0A…`, `\u000a…`): the token or key starts there although a letter or digit precedes it.
 * Character checks only: it runs on hot paths.
 */
export function escapedBefore(text: string, at: number): boolean {
  if (at < 2) return false;
  const c1 = text.charCodeAt(at - 1);
  // A terminal colour or cursor code (CSI: ESC "[" parameters, then a final letter) right before
  // the token: "\x1b[32m" + token in a coloured log line, written raw or as a source escape.
  if ((c1 >= 65 && c1 <= 90) || (c1 >= 97 && c1 <= 122)) {
    // Most letters before a hit follow another letter: only a digit, ";" or "[" can start a CSI look.
    const c2 = text.charCodeAt(at - 2);
    if (((c2 >= 48 && c2 <= 57) || c2 === 59 || c2 === 91) && csiBefore(text, at - 1)) return true;
  }
  // \n \r \t \b \f \v \0
  if (text.charCodeAt(at - 2) === 92 && (c1 === 110 || c1 === 114 || c1 === 116 || c1 === 98 || c1 === 102 || c1 === 118 || c1 === 48)) return true;
  if (!isHexCode(c1) || !isHexCode(text.charCodeAt(at - 2))) return false;
  // %XX, and WebAssembly text's `\XX` (wasm2wat's data segments: "\00sk_live_…", from a blind
  // grading of decompiled apps)
  if (text.charCodeAt(at - 3) === 37 || text.charCodeAt(at - 3) === 92) return true;
  // \xXX
  if (text.charCodeAt(at - 3) === 120 && text.charCodeAt(at - 4) === 92) return true;
  // \uXXXX
  return text.charCodeAt(at - 5) === 117 && text.charCodeAt(at - 6) === 92 && isHexCode(text.charCodeAt(at - 3)) && isHexCode(text.charCodeAt(at - 4));
}

/**
 * Whether a CSI sequence ends at `final` (its final letter): "[" and up to 32 parameter
 * characters (digits, ";") before it, introduced by ESC itself or by a source escape for it
 * (\x1b, \u001b, \u{1b}, \033, \33, \e, PowerShell's `e). A bounded look back.
 */
function csiBefore(text: string, final: number): boolean {
  let i = final - 1;
  const stop = Math.max(0, final - 33);
  while (i >= stop && ((text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) || text.charCodeAt(i) === 59)) i--;
  if (i < 1 || text.charCodeAt(i) !== 91) return false;
  if (text.charCodeAt(i - 1) === 27) return true;
  const intro = text.slice(Math.max(0, i - 7), i).toLowerCase();
  return intro.endsWith('\\x1b') || intro.endsWith('\\u001b') || intro.endsWith('\\u{1b}') || intro.endsWith('\\033') || intro.endsWith('\\33') || intro.endsWith('\\e') || intro.endsWith('`e');
}

function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * The character classes fencing a token. A left fence as wide as the token's alphabet means a
 * match can only begin where a run of token characters begins, so each run is tried once:
 * linear time on any input. "=" is left out: it is base64 padding at a token's end, but the
 * assignment right before its start.
 */
function fences(options: TokenOptions): { left: string; right: string } {
  const right = options.right ?? WORD;
  return { left: options.left ?? right.replace('=', ''), right };
}

// Operators keyed() takes besides `=`, `:`, `:=`, `=>`, `||` and `??`.
// A declaration may name a string type before its "=" (TypeScript's, Kotlin's, Swift's and
// Scala's `: string`/`: String`, Rust's `: &str`, Go's `var sidekiqToken string = "…"`), and PHP
// appends with ".=": gitleaks' own samples write keys so, and a vendor's short value (Sidekiq's
// 8hex:8hex) is no generic secret to fall back on.
// A quoted key may also be a call's first argument with the value its second (PHP's
// `define( 'AGORA_APP_CERTIFICATE', '…' )`, `System.setProperty("…", "…")`; not any list or
// tuple), or an XML element's name attribute with the value its text (Android's
// `<string name="agora_app_certificate">…`; other attributes may follow, each quoted, so Scala's
// `"key" -> "…"` and PHP's `"key" => "…"` are no tag). An Apple property list gives the name in
// `<key>` and the value in the `<string>` after it (an iOS app's Info.plist). PHP's serialize()
// writes a setting's name and value as neighbouring strings (`…_key";s:16:"…"`, each quote `\"`
// in a SQL dump of WordPress's wp_options).
const KEYED_OPERATORS = `\\\\?";s:\\d{1,4}:\\\\?"|;s:\\d{1,4}:\\\\?"|:[ \\t]{0,4}(?:[Ss]tring|str|&(?:'static )?str)[ \\t]{0,4}=|[ \\t]string[ \\t]{0,4}=|\\.=|(?<=\\([ \\t]{0,4}["'\`][A-Za-z0-9_.-]{1,64}["'\`][ \\t]{0,4}),|(?<=["'])(?:[ \\t][^<>\\r\\n]{0,64}["'])?>|<\\/key>[ \\t\\r\\n]{0,64}<string>`;

/**
 * A value that is only a secret under a telling key (`AWS_SECRET_ACCESS_KEY=…`,
 * `"twilio_auth_token": "…"`). `key` is an alternation source matched case-insensitively; the
 * value becomes group 1. Works for .env, YAML, JSON, TOML, shell and JS/TS assignments, Python
 * `os.environ["KEY"] = …`, and fallbacks (`process.env.KEY || '…'`, `?? '…'`).
 */
// A value may stand up to 40 blanks after its operator: tables that align their values
// (`kubectl describe`'s Environment, `docker inspect`, printed settings) pad that far.
// A name that goes on to say it holds a digest of the key (`DAILY_API_KEY_SHA256`, `api_key_hash`):
// the value is the key's fingerprint, not the key (from a blind grading of video conferencing).
// So does one that ends in an id's word after a separator (`SNYK_ORG_ID`, `…_PROJECT_ID`, `…_ORG`):
// it names the account the key belongs to (from a blind grading of security scanners: 8 false positives).
const DIGEST_SUFFIX = '[A-Za-z0-9_.-]{0,16}?(?:sha\\d{0,3}|hash|digest|checksum|md5|fingerprint)(?![A-Za-z])|[A-Za-z0-9_.-]{0,16}?[_.-](?:org|organization|project|tenant|account|team|workspace)?[_.-]?(?:id|ids|org|slug)(?![A-Za-z0-9_.-])';

export function keyed(key: string, value: string, valueRight = WORD): RegExp {
  const re = new RegExp(
    `(?<![A-Za-z0-9/])(?:${key})(?!${DIGEST_SUFFIX})[A-Za-z0-9_.-]{0,24}["'\`]?\\]?[ \\t]{0,4}(?:${KEYED_OPERATORS}|:=|=>|\\|\\||\\?\\?|[:=])(?:[ \\t]{0,40}["'\`]?|${WRAP}["'\`])(${value})(?![${valueRight}])`,
    'i',
  );
  KEYED.set(re, key);
  return re;
}

// Patterns built by keyed(): their rules get the keyAssigned pre-check.
const KEYED = new WeakMap<RegExp, string>();

/** Whether code unit `c` can be part of a setting's name: A-Z a-z 0-9 _ . - */
export function isKeyChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
}

/**
 * The URL text before offset `at` (a query parameter's), from the URL's start: a walk back to the
 * last blank, quote or angle bracket, over at most `limit` characters.
 */
export function urlTextBefore(text: string, at: number, limit: number): string {
  let i = at;
  for (const stop = Math.max(0, at - limit); i > stop && !/[\s"'<>`]/.test(text.charAt(i - 1)); i--);
  return text.slice(i, at);
}

/**
 * The pre-check of keyed rules: the key holding the keyword hit is followed by an assignment
 * (`:`, `=`, `:=`, `=>`, `||`, `??`), as keyed()'s pattern requires. Most hits of a provider word
 * ("segment", "close", "global" for Lob) are not keys, and are dropped here without the regex.
 */
export function keyAssigned(text: string, at: number): boolean {
  let i = at;
  // keyed() allows the keyword and 24 more key characters; the longest keyword is ~16.
  const limit = Math.min(text.length, at + 40);
  while (i < limit && isKeyChar(text.charCodeAt(i))) i++;
  // PHP's serialize(): the value's length and the value follow (`name";s:16:"…"`, `name\";s:16:\"…\"`).
  if (text.startsWith('";s:', i) || text.startsWith('\\";s:', i)) return true;
  let c = text.charCodeAt(i);
  const quoted = c === 34 || c === 39 || c === 96;
  if (quoted) {
    c = text.charCodeAt(++i);
    // An XML element's name attribute: its tag closes within 64 characters on the line.
    if (c === 62) return true;
    if (c === 32 || c === 9) {
      for (let j = i + 1, stop = Math.min(text.length, i + 65); j < stop; j++) {
        const d = text.charCodeAt(j);
        if (d === 62) return true;
        if (d === 60 || d === 10 || d === 13) break;
      }
    }
  }
  // A property list's `<key>NAME</key>`, then its `<string>` value within 64 blanks.
  if (c === 60 && !quoted && text.startsWith('</key>', i)) {
    let j = i + 6;
    const stop = Math.min(text.length, j + 64);
    while (j < stop && /[ \t\r\n]/.test(text.charAt(j))) j++;
    return text.startsWith('<string>', j);
  }
  if (c === 93) c = text.charCodeAt(++i);
  for (let n = 0; n < 4 && (c === 32 || c === 9); n++) c = text.charCodeAt(++i);
  // A call's pair: the quoted key, a comma, the value.
  if (quoted && c === 44) return true;
  // Go's `var name string = …` (after a blank) and PHP's `.=`, as keyed()'s KEYED_OPERATORS take them.
  if (c === 115 && i > at && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9) && text.startsWith('string', i)) {
    i += 6;
    for (let n = 0; n < 4 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9); n++) i++;
    return text.charCodeAt(i) === 61;
  }
  if (c === 46) return text.charCodeAt(i + 1) === 61;
  return c === 58 || c === 61 || ((c === 124 || c === 63) && text.charCodeAt(i + 1) === c);
}


/** Whether `c` is an ASCII letter or digit. */
export function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** keyAssigned for keys that begin with the keyword hit: its left neighbour must not be a letter or digit. */
export function keyAssignedAtStart(text: string, at: number): boolean {
  if (at > 0 && isAlnumCode(text.charCodeAt(at - 1)) && !escapedBefore(text, at)) return false;
  return keyAssigned(text, at);
}

const NAME_BEFORE_OPERATOR = /^[A-Za-z0-9_.-]+/;
const NOT_SECRET_SUFFIX = /(?:signature|sig|hash|digest|checksum|fingerprint|nonce|timestamp)s?$/i;

/** Freezes a rule (and its arrays) so the catalog cannot be changed at run time. */
export function defineRule(rule: Rule): Rule {
  const key = KEYED.get(rule.pattern);
  if (rule.near === undefined && key !== undefined) {
    // When the key is one of the keywords itself (most keyed rules), a hit glued to a letter or
    // digit on its left ("lob" in "global") cannot start it: rejected before any walk.
    const alternatives = key.split('|').map((a) => a.replace(/\\/g, '').toLowerCase());
    const startsAtHit = alternatives.every((a) => rule.keywords.includes(a));
    rule = { ...rule, near: startsAtHit ? keyAssignedAtStart : keyAssigned };
  }
  if (key !== undefined) {
    // A vendor's name with a suffix that names no secret: a request's signature or a digest
    // (`x-webflow-signature: <64 hex>`, from a blind grading of design platforms).
    const own = new RegExp(`^(?:${key})`, 'i');
    const accept = rule.accept;
    rule = {
      ...rule,
      accept: (m, text, at) => {
        const name = NAME_BEFORE_OPERATOR.exec(m[0])?.[0] ?? '';
        if (NOT_SECRET_SUFFIX.test(name.replace(own, ''))) return false;
        return accept === undefined || accept(m, text, at);
      },
    };
  }
  Object.freeze(rule.keywords);
  Object.freeze(rule.negatives);
  if (rule.prefixes) Object.freeze(rule.prefixes);
  if (rule.context) Object.freeze(rule.context);
  Object.freeze(rule.rotate);
  return Object.freeze(rule);
}

/** Shorthand generator: literal parts and `[alphabet, length]` pairs concatenated. */
export function gen(...parts: ReadonlyArray<string | readonly [string, number]>): (g: SampleGen) => string {
  return (g) => parts.map((p) => (typeof p === 'string' ? p : g.chars(p[0], p[1]))).join('');
}

/** A GitHub/npm-style token: prefix, 30 random base62 characters, 6-character CRC-32. */
export function base62Checksummed(prefix: string, g: SampleGen): string {
  const body = g.chars(ALNUM, 30);
  return prefix + body + base62(crc32(body), 6);
}

export interface PrefixedSpec {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  /** The literal, case-sensitive prefix (`glpat-`), or several sharing the body; also the keywords and the kept part of the mask. */
  readonly prefix: string | readonly string[];
  /** Regex source of what follows the prefix. */
  readonly body: string;
  /**
   * Longer openings to search for instead of the prefixes, each starting with one (lower case):
   * where the prefix alone is common in other text and the format fixes what follows it.
   */
  readonly keywords?: readonly string[];
  /** Sample generator for what follows the prefix. */
  readonly sample: (g: SampleGen) => string;
  readonly rotate: Rotation;
  readonly docs?: string;
  readonly severity?: Severity;
  readonly right?: string;
  readonly left?: string;
  readonly minEntropy?: number;
  readonly validate?: (secret: string) => boolean;
  /** A post-match check, as Rule.accept. */
  readonly accept?: Rule['accept'];
  readonly context?: readonly string[];
  /** Confidence without the context words nearby (default: not reported without them). */
  readonly contextConfidence?: Confidence;
  /** The body encodes binary structure: runs of one character are part of it (see Rule). */
  readonly encodesBinary?: boolean;
  /** The body holds code punctuation: markup shapes in it are chance (see Rule). */
  readonly punctuated?: boolean;
  readonly negatives?: readonly string[];
  readonly window?: { readonly before?: number; readonly after?: number };
  /** The key the labelled corpus and the catalog tests put a sample under (a rule with `context` needs one that holds a context word). */
  readonly sampleKey?: string;
}

const fenceTests = new Map<string, (c: number) => boolean>();

/**
 * Whether a character code belongs to the character class `left` (the inside of a `[…]`), as a
 * table: this check runs at every keyword hit, where a regex test per hit costs more. Built once
 * per distinct class (the catalog has a handful), not per rule: at load time that was 9 ms of a
 * pre-commit run.
 */
function fenceTest(left: string): (c: number) => boolean {
  let test = fenceTests.get(left);
  if (test === undefined) {
    const re = new RegExp(`[${left}]`);
    const table = new Uint8Array(128);
    for (let c = 0; c < 128; c++) table[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
    test = (c) => (c < 128 ? table[c] === 1 : re.test(String.fromCharCode(c)));
    fenceTests.set(left, test);
  }
  return test;
}

/**
 * A `near` for a rule whose match begins with one of `prefixes` (case-sensitive) where a run of
 * characters of `left` begins (token()'s left fence), or right after an escape: its keyword's hits
 * inside ids and words (`a3-` in a UUID, `eyj` in a session id) never reach the pattern.
 */
export function startsToken(prefixes: readonly string[], left: string): (text: string, at: number) => boolean {
  const fenced = fenceTest(left);
  return (text, at) => prefixes.some((p) => text.startsWith(p, at)) && (at === 0 || !fenced(text.charCodeAt(at - 1)) || escapedBefore(text, at));
}

/** The common case: a vendor token recognised by a literal prefix and a fixed alphabet. */
const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function prefixed(spec: PrefixedSpec): Rule {
  // One prefix, or several that share the body (a vendor's access and refresh tokens).
  const list: readonly string[] = typeof spec.prefix === 'string' ? [spec.prefix] : spec.prefix;
  const escaped = list.length === 1 ? escape(list[0] as string) : `(?:${list.map(escape).join('|')})`;
  const fenceOptions = { ...(spec.left === undefined ? {} : { left: spec.left }), ...(spec.right === undefined ? {} : { right: spec.right }) };
  // Keywords match case-insensitively, but the prefix is case-sensitive and must start a run of
  // token characters: "eaaa" in source-map mappings or "re_" inside "pre_fetch" is not a Square
  // or Resend token. A hit that fails this never reaches the regex (which would reject it too).
  const fenced = fenceTest(fences(fenceOptions).left);
  // And the body must start there: a sticky test of its first characters (a body that opens
  // with `[class]{n}`) turns down "EAAA,CAAC" in source-map mappings without running the rule's
  // pattern over its window.
  const opening = /^\[((?:\\.|[^\]\\])+)\]\{(\d+)/.exec(spec.body);
  const bodyStarts = opening ? new RegExp(`[${opening[1]}]{${Math.min(Number(opening[2]), 16)}}`, 'y') : undefined;
  // Its first character by table first: most hits that fail (`EAAA,` in mappings) fail there.
  const bodyFirst = opening ? fenceTest(opening[1] as string) : undefined;
  const bodyFollows = (text: string, at: number): boolean => {
    if (!bodyStarts || !bodyFirst) return true;
    if (!bodyFirst(text.charCodeAt(at))) return false;
    bodyStarts.lastIndex = at;
    return bodyStarts.test(text);
  };
  const only = list.length === 1 ? (list[0] as string) : undefined;
  return defineRule({
    id: spec.id,
    provider: spec.provider,
    description: spec.description,
    keywords: spec.keywords ?? list.map((p) => p.toLowerCase()),
    near: (text, at) => {
      const prefix = only !== undefined ? (text.startsWith(only, at) ? only : undefined) : list.find((p) => text.startsWith(p, at));
      return prefix !== undefined && (at === 0 || !fenced(text.charCodeAt(at - 1)) || escapedBefore(text, at)) && bodyFollows(text, at + prefix.length);
    },
    pattern: token(escaped + spec.body, fenceOptions),
    prefixes: list,
    minEntropy: spec.minEntropy ?? 2.5,
    ...(spec.validate ? { validate: spec.validate } : {}),
    ...(spec.accept ? { accept: spec.accept } : {}),
    ...(spec.context ? { context: spec.context } : {}),
    ...(spec.contextConfidence ? { contextConfidence: spec.contextConfidence } : {}),
    ...(spec.encodesBinary ? { encodesBinary: true } : {}),
    ...(spec.punctuated ? { punctuated: true } : {}),
    ...(spec.window ? { window: spec.window } : {}),
    severity: spec.severity ?? 'critical',
    rotate: spec.rotate,
    ...(spec.docs ? { docs: spec.docs } : {}),
    ...(spec.sampleKey ? { sampleKey: spec.sampleKey } : {}),
    sample: (g) => (list.length === 1 ? (list[0] as string) : g.pick(list)) + spec.sample(g),
    negatives: spec.negatives ?? [`${list[0] as string}your_token_here`, `${list[0] as string}XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`, `${list[0] as string}<token>`],
  });
}

/**
 * Whether `s` is one character repeated or a run up or down by code unit (`0000`, `1234`, `9876`,
 * `abcdefgh…`): a default or a placeholder where a short code or a word-shaped password stands.
 */
export function isRunOrRepeat(s: string): boolean {
  let up = true;
  let down = true;
  let same = true;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (d !== 1) up = false;
    if (d !== -1) down = false;
    if (d !== 0) same = false;
  }
  return up || down || same;
}

/** Shorthand sample: `n` characters of `alphabet`. */
export function chars(alphabet: string, n: number): (g: SampleGen) => string {
  return (g) => g.chars(alphabet, n);
}

/** Whether `s` holds an upper-case letter, a lower-case letter and a digit, as random key material of some length does (a hex digest or a word run does not). */
export function hasUpperLowerDigit(s: string): boolean {
  return /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s);
}

/** A sample of `n` characters from `alphabet` that passes hasUpperLowerDigit: one of each first, then the rest. */
export function mixedChars(alphabet: string, n: number): (g: SampleGen) => string {
  return (g) => `${g.chars(UPPER, 1)}${g.chars(LOWER, 1)}${g.chars(DIGITS, 1)}${g.chars(alphabet, n - 3)}`;
}

/** A word in any case, as a pattern (`id` → `[Ii][Dd]`): for a lookbehind in a pattern without the `i` flag. */
function anyCase(word: string): string {
  return [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c)).join('');
}

// A value whose own name says it is another part of the account, not the secret: an ID, a region,
// a project, an organisation, a tenant, a user, a zone or an endpoint (`default_project_id: <uuid>`).
// (And a digest's: an HTTP ETag, weak `W/"…"` or named so, a checksum or a hash is 32 hex like
// Twilio's token; from a blind grading of sports data, a test fixture's ETag near an Account SID.)
const OTHER_PART = `(?<!(?:${['id', 'region', 'project', 'org', 'organization', 'account', 'tenant', 'user', 'username', 'zone', 'endpoint', 'url', 'host', 'bucket', 'etag', 'checksum', 'digest', 'hash', 'md5'].map(anyCase).join('|')})["'\`]?[ \\t]{0,4}(?::=|=>|[:=])[ \\t]{0,4}["'\`]?)(?<!W\\/")`;

export interface PairSpec {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  /** The access key ID's keywords (its prefix, lower case). */
  readonly keywords: readonly string[];
  /** The access key ID, a pattern with no groups. */
  readonly keyId: string;
  /** The secret's shape, a pattern with no groups, and the characters that may not follow it. */
  readonly secret: string;
  readonly right: string;
  /** How far after the ID the secret may stand (characters; a few lines). Default 320. */
  readonly gap?: number;
  /** Further checks on the secret (its character mix, a documented example). */
  readonly accept?: (secret: string) => boolean;
  readonly minEntropy: number;
  readonly severity: Severity;
  readonly rotate: Rotation;
  readonly docs: string;
  /** The ID and the secret, for the sample: the rule's sample is a config holding both. */
  readonly sampleId: (g: SampleGen) => string;
  readonly sampleSecret: (g: SampleGen) => string;
  /**
   * For a rule whose keyword is the vendor's name, not the ID: the literal every ID starts with
   * (`AC`, `ak-`). A hit with no ID start within the window is skipped before the pattern runs.
   */
  readonly idStart?: string;
  /** The ID's name in the sample (default `access_key`): a rule whose keyword is the vendor's name says it here. */
  readonly sampleName?: string;
  readonly negatives: readonly string[];
}

/**
 * A pre-check: `literal` starts within `reach` characters after the hit. Each text's next offset
 * of the literal is remembered and searched again only once passed, so a text full of a vendor's
 * name ("modal" in a UI bundle) and no ID costs one forward search, not one per hit.
 */
function idWithin(literal: string, reach: number): (text: string, at: number, memo: ScanMemo) => boolean {
  return (text, at, memo) => {
    const next = (memo.idNext ??= new Map<string, number>());
    let i = next.get(literal);
    if (i === undefined || (i !== -1 && i < at)) {
      i = text.indexOf(literal, at);
      next.set(literal, i);
    }
    return i !== -1 && i - at <= reach;
  };
}

/**
 * The secret of an access key pair found by its ID: the first value of the secret's shape within
 * a few lines after the ID, whatever its name (`FOO=…`, `V1: …`, `item="…"`, a chat's "secret …",
 * `curl -u ID:SECRET`), unless that name says it is another part of the account (an ID, a region,
 * a project). An ID names its secret as a key name does; TruffleHog pairs them the same way.
 * Linear: the gap is bounded, and each ID is a keyword hit the pattern starts from.
 */
export function pairedSecret(spec: PairSpec): Rule {
  const gap = spec.gap ?? 320;
  const check = spec.accept;
  return defineRule({
    id: spec.id,
    provider: spec.provider,
    description: spec.description,
    keywords: spec.keywords,
    // The gap ends at the next ID: a secret after it is that one's (and a listing of IDs costs a
    // few characters each, not the whole gap). A ciphertext's `ENC(…)` (Jasypt) holds no secret.
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?:${spec.keyId})(?![A-Za-z0-9])(?:(?!${spec.keyId})[\\s\\S]){1,${gap}}?(?<=[\\s=:"'\`,>]|(?<!ENC)\\()${OTHER_PART}(${spec.secret})(?![${spec.right}])`),
    window: { before: 4, after: gap + 200 },
    ...(spec.idStart === undefined ? {} : { near: idWithin(spec.idStart, gap + 200) }),
    span: 'block',
    ...(check ? { accept: (m: RegExpExecArray) => check(m[1] ?? '') } : {}),
    minEntropy: spec.minEntropy,
    severity: spec.severity,
    confidence: 'medium',
    rotate: spec.rotate,
    docs: spec.docs,
    sample: (g) => `${spec.sampleName ?? 'access_key'} = ${spec.sampleId(g)}\nvalue = ${spec.sampleSecret(g)}\n`,
    negatives: spec.negatives,
  });
}

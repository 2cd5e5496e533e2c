import { isDocumentedExample, isPlaceholder } from '../allowlist.js';
import { binaryRules, bytesOf } from '../binary.js';
import { FILE_MAX, type FileRule, type FileSecret, fileRules } from '../file-rules.js';
import { builtinRuleIds, type KeywardConfig, validateConfig } from '../config.js';
import { shannonEntropy } from '../entropy.js';
import { compileGlob } from '../glob.js';
import { KeywordMatcher } from '../keyword-matcher.js';
import { maskWithPrefixes } from '../mask.js';
import { catalog } from '../rules/index.js';
import { sha256Hex, sha256HexOfBytes } from '../sha256.js';
import type { Confidence, Finding, Rule, RuleGate, ScanMemo } from '../types.js';
import { checkRules, compileRule, customRules, scanRegex } from './compile.js';
import { heredocFiles } from './heredoc.js';
import { ignoredAt, ignoredLine } from './ignore.js';
import { type Candidate, type CompiledRule, resolveOverlaps } from './overlap.js';
import { csvHeaderSeparator } from './tables.js';
import { emptyTriggers, noteTrigger, takeNoted, TRIGGER_KEYWORDS, type Triggers, type View, viewsFrom } from './views.js';
import { escapedBefore } from '../rules/define.js';
import { acceptNamedValue } from '../rules/generic.js';

export interface DetectorOptions {
  /** Rules to use instead of the built-in catalog (which includes `binaryRules`, so `scanBinary` then finds nothing). */
  readonly rules?: readonly Rule[];
  /** User configuration: extra and disabled rules, allowlists. Validated here, once. */
  readonly config?: KeywardConfig;
}

export interface ScanOptions {
  /** Reported on findings and matched against `allowlist.paths`. */
  readonly path?: string;
  /**
   * Also read the text through decoded views (string escapes, percent-encoding, base64 that
   * decodes to text) and report what they hold at its raw place. Default true.
   */
  readonly decode?: boolean;
  /**
   * What the caller knows about where the text sits: the property key, variable, header or
   * environment variable it is assigned to, the callee it is passed to (`NOTION_API_KEY`,
   * `x-notion-auth`, `new Client({ auth })`). Rules that need a vendor word nearby (legacy Notion
   * `secret_…` tokens, AWS secret keys) find it here as well as in the text. Context raises
   * confidence; it never hides a token whose format stands on its own.
   */
  readonly context?: string | readonly string[];
}

/** A finding that also carries the raw secret. Returned only by `scanRevealing`. */
export interface RevealedFinding extends Finding {
  readonly secret: string;
}

export interface Detector {
  /** The rules in priority order (built-in, minus disabled, plus custom). */
  readonly rules: readonly Rule[];
  /** Every secret in `text`, masked. Never throws; a non-string yields no findings. */
  scan(text: string, options?: ScanOptions): Finding[];
  /**
   * Like `scan`, with the raw secret on each finding: for tools that must act on the value
   * (`--reveal`, validation). Keep the result out of logs and reports.
   */
  scanRevealing(text: string, options?: ScanOptions): RevealedFinding[];
  /**
   * False when no rule keyword and no encoding that could hide a token (the decoded views'
   * triggers) occurs in `text`, and then `scan` finds nothing. One pass that allocates nothing:
   * for hot paths (a logger checking every field) to skip the full scan.
   */
  mayContainSecret(text: string): boolean;
  /**
   * False when `scan(text)` without a path reports nothing, told from the checks the scan makes
   * before it runs a rule's pattern: no keyword hit keeps a rule past its gate and prefilter
   * (`Rule.gate`, `Rule.near`: a vendor prefix inside a UUID, `fc-` after a hex digit), and no
   * decoding trigger occurs. As cheap as mayContainSecret on text without a keyword; for a hot
   * path that scans only where this says true (a logger). A secret's name alone (`password`) may
   * say false here: judge names with mayContainSecret or the name judges.
   */
  mayReport(text: string): boolean;
  /**
   * Secrets in a binary file's bytes, which `scan` never sees: key stores holding a private key
   * (PKCS#12 `.p12`/`.pfx`, Java KeyStore, JCEKS) and DER-encoded private keys, whatever the
   * file's name. A finding covers the whole file (line 1, `start` 0, `end` its byte length).
   * Linear in the byte count; never throws; anything but a Uint8Array yields no findings.
   */
  scanBinary(bytes: Uint8Array, options?: { readonly path?: string }): Finding[];
  /** True when `path` matches the configured path allowlist. */
  isPathAllowed(path: string): boolean;
  /**
   * A string assigned to a name, judged as the generic rules judge `name = "value"` in text, for
   * a consumer that found the pair itself (an ESLint rule in the AST, a tool reading a config
   * object): a finding of `generic-secret-assignment` (start 0, end the value's length), or
   * undefined. This detector's config applies as to every finding: the rule may be disabled, and
   * the allowlist (regexes, stopwords, fingerprints) and minimum confidence decide. Never throws.
   */
  judgeAssignment(name: string, value: string): Finding | undefined;
}

// How far from a match a required context word may be.
const CONTEXT = 400;
// The built-in catalog, whose keywords its tests check: createDetector checks only others' rules.
const CATALOG_RULES: ReadonlySet<Rule> = new Set(catalog);
// Last characters of a line whose assignment goes on on the next line: = : ( and the ends of => || ??
// and of YAML block scalar headers (| > |- >+).
const OPEN_END = new Set([61, 58, 40, 62, 124, 63, 45, 43, 92]);

/** Whether the line ends (at `last`, after `from`) with a heredoc's opening (`<<EOT`, `<<-EOT`, `<<~EOT`, PHP's `<<<'EOT'`) or a text block's (`"""`): its value is on the next line. */
function endsWithHeredoc(text: string, last: number, from: number): boolean {
  const q = text.charCodeAt(last);
  // A text block's opening: Java's, Kotlin's, Swift's and Python's triple quotes; Nix's and
  // Dhall's `''`, PowerShell's here-strings (`@'`, `@"`), Jsonnet's `|||`, a template literal's
  // backtick after "=" or ":".
  if ((q === 34 || q === 39) && last - 2 >= from && text.charCodeAt(last - 1) === q && text.charCodeAt(last - 2) === q) return true;
  if (q === 39 && last - 1 >= from && text.charCodeAt(last - 1) === 39) return true;
  if ((q === 34 || q === 39) && last - 1 >= from && text.charCodeAt(last - 1) === 64 /* @ */) return true;
  if (q === 124 && last - 2 >= from && text.charCodeAt(last - 1) === 124 && text.charCodeAt(last - 2) === 124) return true;
  if (q === 96 && /[=:(][ \t]*$/.test(text.slice(Math.max(from, last - 8), last))) return true;
  // Ruby's heredoc with a method after its name: `<<~EOS.strip`.
  if (q >= 97 && q <= 122 && /<<[~-]?[A-Z_]{1,16}\.[a-z_]{1,16}$/.test(text.slice(Math.max(from, last - 40), last + 1))) return true;
  // PHP's quoted heredoc name: <<<'EOT', <<<"EOT".
  const quoted = q === 34 || q === 39;
  const end = quoted ? last - 1 : last;
  let i = end;
  while (i > from && end - i < 16 && ((text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90) || text.charCodeAt(i) === 95)) i--;
  if (i === end) return false;
  if (quoted) {
    if (text.charCodeAt(i) !== q) return false;
    i--;
  }
  if (text.charCodeAt(i) === 45 || text.charCodeAt(i) === 126) i--;
  return text.charCodeAt(i) === 60 && text.charCodeAt(i - 1) === 60;
}
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 13;

/**
 * A rule's entropy floor for `body`. Hex carries at most 4 bits a character, and a random 32-hex
 * value measures 3.0–3.9 (one in six under 3.5): hex bodies (UUIDs too) are held to 3 at most, so
 * a Bearer header's random hex is not turned down by its alphabet (from a blind grading).
 */
function entropyFloor(floor: number, body: string): number {
  return floor > 3 && HEX_BODY.test(body) ? 3 : floor;
}
const HEX_BODY = /^[0-9a-fA-F-]{16,}$/;

/** A vendor prefix followed by fewer characters than this is a stub (see vendorStub). */
const STUB_BODY = 10;

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 2, medium: 1, low: 0 };
const LOWER_CONFIDENCE: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Whether a value a rule or file judge found is a stand-in, not a secret (isPlaceholder, with the
 * rule's alphabet in mind). A word list's phrase is judged by its rule's checksum: only a
 * published one (isDocumentedExample) is set aside, whatever its words.
 */
function standsIn(value: string, rule: { readonly wordList?: boolean; readonly encodesBinary?: boolean; readonly punctuated?: boolean; readonly capitals?: boolean }): boolean {
  if (rule.wordList === true) return isDocumentedExample(value);
  return isPlaceholder(value, { encodesBinary: rule.encodesBinary === true, punctuated: rule.punctuated === true, capitals: rule.capitals === true });
}

/**
 * Builds a detector: validates configuration and compiles every rule and the keyword
 * automaton once. Throws `ConfigError` on bad configuration; `scan` itself never throws.
 */
export function createDetector(options: DetectorOptions = {}): Detector {
  const base = options.rules ?? catalog;
  // With rules of its own the detector has no binary judges, but a shared config may still name them.
  const config = validateConfig(options.config, 'keyward config', options.rules ? new Set([...base.map((r) => r.id), ...binaryRules.map((r) => r.id), ...fileRules.map((r) => r.id)]) : builtinRuleIds());
  const disabled = new Set(config.disabledRules ?? []);
  const rules = Object.freeze([...customRules(config), ...base.filter((r) => !disabled.has(r.id))]);
  checkRules(rules, options.rules ? undefined : CATALOG_RULES);
  const compiled = rules.map(compileRule);

  const keywordIndex = new Map<string, number>();
  const rulesByKeyword: number[][] = [];
  compiled.forEach((c, ri) => {
    for (const k of c.rule.keywords) {
      let ki = keywordIndex.get(k);
      if (ki === undefined) {
        ki = keywordIndex.size;
        keywordIndex.set(k, ki);
        rulesByKeyword.push([]);
      }
      (rulesByKeyword[ki] as number[]).push(ri);
    }
  });
  // The decoded views' triggers ride on the same keyword pass; a literal can be both.
  const triggerOf: (string | undefined)[] = [];
  for (const k of TRIGGER_KEYWORDS) {
    let ki = keywordIndex.get(k);
    if (ki === undefined) {
      ki = keywordIndex.size;
      keywordIndex.set(k, ki);
      rulesByKeyword.push([]);
    }
    triggerOf[ki] = k;
  }
  const matcher = new KeywordMatcher([...keywordIndex.keys()]);
  // The vendor prefixes of the rule set that end in a separator (`glpat-`, `lin_api_`), four
  // characters or more and not a word a person's password may start with (`secret_`, `key-`).
  const vendorPrefixes = [...new Set(compiled.flatMap((c) => c.prefixes.filter((p) => p.length >= 4 && /[_.-]$/.test(p) && !/^(?:secret|key|api|sdk|pat|token|test|live|pass)[_.-]$/i.test(p))))];
  const vendorStub = (secret: string): boolean => {
    for (const p of vendorPrefixes) if (secret.length - p.length < STUB_BODY && secret.startsWith(p)) return true;
    return false;
  };
  // Rules that share a gate stand together under a keyword (the generic forms, ~19 under "key"):
  // for each rule, the gate bits of it and the rest of its run, and where the run ends, so a hit
  // whose gate leaves no form skips the whole run at once.
  const gateRunsOf = rulesByKeyword.map((list) => gateRuns(list, compiled));

  const allow = config.allowlist ?? {};
  const allowPaths = (allow.paths ?? []).map(compileGlob);
  const allowRegexes = (allow.regexes ?? []).map((r) => new RegExp(r));
  const stopwords = (allow.stopwords ?? []).map((s) => s.toLowerCase());
  const allowFingerprints = new Set(allow.fingerprints ?? []);
  const minConfidence = CONFIDENCE_RANK[config.minConfidence ?? 'low'];

  // The allowlist's stopwords and regexes, as every finding (and judgeAssignment's) is held to them.
  const allowlisted = (secret: string): boolean => {
    if (stopwords.length > 0) {
      const lower = secret.toLowerCase();
      if (stopwords.some((w) => lower.includes(w))) return true;
    }
    return allowRegexes.some((re) => re.test(secret));
  };

  const isPathAllowed = (path: string): boolean => {
    const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
    return allowPaths.some((re) => re.test(normalized));
  };

  // Per-rule scan state, reused by every scan (scans are synchronous and never nested).
  const scannedUntilBuffer = new Int32Array(compiled.length);
  const lastStartBuffer = new Int32Array(compiled.length);
  const walkedToBuffer = new Int32Array(compiled.length);

  // Names the caller knows about the scanned text (key, identifier, header, callee), lowercased:
  // a rule's context words count there as if they stood next to the match.
  let callerContext = '';

  // The answer of the last rule gate run at the hit being judged (see Rule.gate); reset at each hit.
  let gateTest: RuleGate['test'] | undefined;
  let gateBits = 0;

  /**
   * The index in rulesByKeyword[ki] of the first rule from `from` on that passes its gate and its
   * prefilter (`near`) at the hit `p`, or -1: the checks made before a rule's pattern runs, for
   * `collect` (which runs each such rule) and `mayReport` (which asks whether there is one). Called
   * with `from` 0 first at each hit, which resets the gate's answer.
   */
  function nextKept(text: string, ki: number, p: number, memo: ScanMemo, from: number): number {
    if (from === 0) gateTest = undefined;
    const list = rulesByKeyword[ki] as number[];
    const { bits: bitsOf, end: endOf } = gateRunsOf[ki] as { bits: Int32Array; end: Int32Array };
    for (let j = from; j < list.length; j++) {
      const c = compiled[list[j] as number] as CompiledRule;
      const gate = c.gate;
      if (gate !== undefined) {
        if (gate.test !== gateTest) {
          gateTest = gate.test;
          gateBits = gate.test(text, p, memo);
        }
        if ((gateBits & (bitsOf[j] as number)) === 0) {
          j = (endOf[j] as number) - 1;
          continue;
        }
        if ((gateBits & gate.bit) === 0) continue;
      }
      if (c.near === undefined || c.near(text, p, memo)) return j;
    }
    return -1;
  }

  /** Candidates in `text`; with `triggers`, also records where decoded views are needed. */
  function collect(text: string, triggers?: Triggers): Candidate[] {
    // Rules' scratch space for this text (see Rule.near): nothing about a text outlives its scan.
    const memo: ScanMemo = {};
    const n = text.length;
    const hits = matcher.findAll(text);
    // Most texts (log fields, source lines) hold no keyword at all: allocate nothing for them.
    if (hits.length === 0) return [];
    // Inline directives are rare: one native search, made only once a match passes every other
    // check (most texts have none), spares every line its own check.
    let mayIgnore: boolean | undefined;
    const scannedUntil = scannedUntilBuffer.fill(-1);
    const walkedTo = walkedToBuffer.fill(-1);
    // Next "\\", "%" and ESC at or after a line start, found once and reused while lines advance.
    let nextBackslash = -2;
    let nextPercent = -2;
    let nextEsc = -2;
    const lineHasEscape = (start: number, end: number): boolean => {
      if (nextBackslash !== -1 && nextBackslash < start) nextBackslash = text.indexOf('\\', start);
      if (nextPercent !== -1 && nextPercent < start) nextPercent = text.indexOf('%', start);
      if (nextEsc !== -1 && nextEsc < start) nextEsc = text.indexOf('\u001b', start);
      return (nextBackslash !== -1 && nextBackslash < end) || (nextPercent !== -1 && nextPercent < end) || (nextEsc !== -1 && nextEsc < end);
    };
    const lastStart = lastStartBuffer.fill(-1);
    const candidates: Candidate[] = [];
    // Where glued escapes end (gluedEscapeAt), ascending, for every escape that begins before
    // `escapesTo`: found once per text from the characters an escape begins with, where each rule
    // walking back over its own window, character by character, cost ~8% of a scan of package
    // sources (source maps' sourcesContent, minified bundles: lines full of escapes, dozens of rules).
    const escapeEnds: number[] = [];
    let escapesFrom = 0;
    let escapesTo = 0;
    const nextIntro = [-2, -2, -2, -2];
    /** The last glued escape ending in [lo, at], or -1. */
    const escapeBetween = (lo: number, at: number): number => {
      if (lo > at) return -1;
      // Escapes that begin before lo - ESCAPE_REACH end before lo: a hit far past the walk's front
      // starts it afresh there, and a rule whose window reaches back past that walks for itself.
      if (lo - ESCAPE_REACH < escapesFrom) return gluedEscapeBefore(text, at, lo);
      if (lo - ESCAPE_REACH > escapesTo) {
        escapeEnds.length = 0;
        escapesFrom = escapesTo = lo - ESCAPE_REACH;
      }
      while (escapesTo <= at - 2) {
        const q = nextIntroducer(text, escapesTo, nextIntro);
        if (q === -1 || q > at - 2) {
          escapesTo = at - 1;
          break;
        }
        escapeEndsFrom(text, q, escapeEnds);
        escapesTo = q + 1;
      }
      let k = escapeEnds.length - 1;
      if (k >= 0 && (escapeEnds[k] as number) > at) {
        let low = 0;
        let high = k;
        while (low < high) {
          const mid = (low + high) >> 1;
          if ((escapeEnds[mid] as number) > at) high = mid;
          else low = mid + 1;
        }
        k = low - 1;
      }
      return k >= 0 && (escapeEnds[k] as number) >= lo ? (escapeEnds[k] as number) : -1;
    };

    // The current line, cached: hits arrive in (almost) increasing order, so each line's bounds
    // and ignore directives are computed once, even for a 1 MB minified line.
    let lineStart = 0;
    let lineEnd = -1;
    // Where line rules' windows end: the line's end, or the next line's when this one ends open
    // (OPEN_END): formatters and YAML block scalars put the value there (see WRAP).
    let wrapEnd = -1;
    // Whether the current line is ignored: -1 not yet known, else 0 or 1.
    let lineIgnored = -1;
    const enterLine = (p: number): void => {
      if (p >= lineStart && p < lineEnd) return;
      lineStart = p === 0 ? 0 : text.lastIndexOf('\n', p - 1) + 1;
      const nl = text.indexOf('\n', p);
      lineEnd = nl === -1 ? n : nl;
      wrapEnd = lineEnd;
      if (nl !== -1) {
        let last = lineEnd - 1;
        while (last > p && isBlank(text.charCodeAt(last))) last--;
        if (OPEN_END.has(text.charCodeAt(last)) || endsWithHeredoc(text, last, p)) {
          const next = text.indexOf('\n', nl + 1);
          wrapEnd = next === -1 ? n : next;
        }
      }
      lineIgnored = -1;
    };

    const ignored = (start: number): boolean => {
      mayIgnore ??= text.includes('keyward-ignore');
      if (!mayIgnore) return false;
      if (start < lineStart || start >= lineEnd) return ignoredAt(text, start);
      if (lineIgnored === -1) lineIgnored = ignoredLine(text, lineStart, lineEnd) ? 1 : 0;
      return lineIgnored === 1;
    };

    /** Judges a match; true when the rule's `accept` turned it down (see `run`). */
    const judge = (c: CompiledRule, m: RegExpExecArray, windowStart: number, clipped: number, ordered: boolean): boolean => {
      let g = c.group;
      while (g < m.length && m[g] === undefined) g++;
      const secret = m[g];
      const span = m.indices?.[g];
      if (secret === undefined || span === undefined || secret.length === 0) return false;
      const start = windowStart + span[0];
      const end = windowStart + span[1];
      // A match touching a window edge that is not the line's end may be cut short; the next
      // window (which re-scans this stretch) sees it whole.
      if (m.index + m[0].length >= clipped) return false;
      if (ordered && start <= (lastStart[c.index] as number)) return false;
      const rule = c.rule;
      // A match turned down here does not count as seen: the retry from the next character may
      // pair the same value with its real key (`"Id": "…", "Name": "ApiToken", "Value": "…"`).
      if (rule.accept && !rule.accept(m, text, windowStart + m.index)) return true;
      if (ordered) lastStart[c.index] = start;
      // Placeholder and entropy checks look past the vendor prefix: Twitter's bearer prefix is
      // twenty A's, and "ntn_" says nothing about the randomness of what follows.
      let skip = 0;
      for (const p of c.prefixes) {
        if (secret.startsWith(p)) {
          skip = p.length;
          break;
        }
      }
      const body = skip === 0 ? secret : secret.slice(skip);
      if (standsIn(body, c.rule)) return false;
      // The table of documented examples holds whole keys, prefix and all (Stripe's docs test key).
      if (skip !== 0 && isDocumentedExample(secret)) return false;
      // A value a generic rule found that is a vendor's prefix and a few characters (`lin_api_G5zy0`
      // under `--token`) is a token cut short in a document, not one the vendor issued: every
      // vendor rule's body is longer. A full token is its vendor rule's to report.
      if (c.prefixes.length === 0 && c.rule.provider === 'Generic' && vendorStub(secret)) return false;
      if (rule.minEntropy !== undefined && shannonEntropy(body) < entropyFloor(rule.minEntropy, body)) return false;
      let confidence = rule.confidence ?? 'high';
      if (rule.context) {
        const around = text.slice(Math.max(0, start - CONTEXT), Math.min(n, end + CONTEXT)).toLowerCase();
        const near = (w: string): boolean => around.includes(w) || callerContext.includes(w);
        if (!rule.context.some(near)) {
          // A format that stands on its own is still reported, with less confidence.
          if (rule.contextConfidence === undefined) return false;
          confidence = rule.contextConfidence;
        }
      }
      if (allowlisted(secret)) return false;
      // A directive on the key's line covers a value a formatter moved to the next line.
      if (ignored(start) || (mayIgnore === true && ignored(windowStart + m.index))) return false;

      if (rule.validate && !rule.validate(secret)) confidence = LOWER_CONFIDENCE[confidence];
      if (CONFIDENCE_RANK[confidence] < minConfidence) return false;
      const through = rule.continues ? rule.continues(text, end) : end;
      candidates.push({ rule: c, start, end: through, secret: through === end ? secret : text.slice(start, through), confidence });
      return false;
    };

    const run = (c: CompiledRule, ws: number, we: number, end: number): void => {
      const slice = text.slice(ws, we);
      const clipped = we < end ? slice.length : Number.POSITIVE_INFINITY;
      const re = c.re ?? scanRegex(c);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(slice)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        // A match whose key was turned down may have swallowed the real key (`value: api_key =
        // "…"`, `"name", "api_key", "…"`): the pattern tries again from the next character.
        if (judge(c, m, ws, clipped, true)) re.lastIndex = m.index + 1;
      }
    };
    // A token glued after an escape starts exactly at `from`: one anchored attempt, so a line of
    // escapes costs each hit the length of a match, not a search through the rule's whole window
    // (from a bug: PEM blocks with escaped line breaks, back to back on one line, took 2 s/MB).
    const runGlued = (c: CompiledRule, from: number, end: number): void => {
      const we = Math.min(end, from + c.after);
      const slice = text.slice(from, we);
      const whole = c.re ?? scanRegex(c);
      const re = (c.glued ??= new RegExp(whole.source, `y${whole.flags.replace('g', '')}`));
      re.lastIndex = 0;
      const m = re.exec(slice);
      if (m !== null && m[0].length > 0) judge(c, m, from, we < end ? slice.length : Number.POSITIVE_INFINITY, false);
    };

    for (let h = 0; h < hits.length; h += 2) {
      const p = hits[h + 1] as number;
      const ki = hits[h] as number;
      if (triggerOf[ki] !== undefined) {
        if (triggers) noteTrigger(text, triggerOf[ki] as string, p, triggers);
        if ((rulesByKeyword[ki] as number[]).length === 0) continue;
      }
      enterLine(p);
      // A token or key glued after an escape or percent-encoding ("\nghp_…", "%3Dntn_…"): the
      // pattern's left fence sees the escape's last letter, so the rules also run on a window that
      // starts at the hit. (A lookbehind alternative in every pattern would cost a third of the
      // scan speed: V8 could no longer search for the literal prefix.)
      const glued = p > 1 && isWordChar(text.charCodeAt(p - 1)) && escapedBefore(text, p);
      const list = rulesByKeyword[ki] as number[];
      for (let j = nextKept(text, ki, p, memo, 0); j !== -1; j = nextKept(text, ki, p, memo, j + 1)) {
        const ri = list[j] as number;
        const c = compiled[ri] as CompiledRule;
        if (c.anchored) {
          runGlued(c, p, c.block ? n : wrapEnd);
          continue;
        }
        const done = scannedUntil[ri] as number;
        if (c.startsAtKeyword) {
          if (glued) runGlued(c, p, c.block ? n : lineEnd);
        } else if (c.afterEscape) {
          // The match may start before the keyword (Azure's …JQQJ9…, a key before its value):
          // look back over the window for an escape glued to what follows it.
          // Only on lines that hold an escape, and each stretch walked once per rule.
          const limit = Math.max(lineStart, p - c.before, walkedTo[ri] as number);
          walkedTo[ri] = p;
          const from = lineHasEscape(lineStart, lineEnd) ? escapeBetween(limit + 2, p) : -1;
          if (from !== -1) runGlued(c, from, c.block ? n : lineEnd);
        }
        let ws: number;
        let we: number;
        if (c.block) {
          // The block may run over many lines, but starts near its keyword on the keyword's line
          // (or, for a near span, up to window.before characters back over line ends).
          ws = Math.max(c.overLines ? 0 : lineStart, p - c.before);
          we = Math.min(n, p + c.after);
        } else {
          ws = Math.max(lineStart, p - c.before);
          we = Math.min(wrapEnd, p + c.after);
        }
        if (we <= done) continue;
        // Re-scan enough of the last window for a match that straddled its end, and reach one
        // window further so a dense run of hits costs a constant factor, not a re-scan each.
        if (ws < done) ws = Math.max(ws, done - c.after);
        const end = c.block ? n : wrapEnd;
        we = Math.min(end, we + c.after);
        // A window that ends inside a run of token characters (a long refresh token) reaches past
        // it, up to window.grows from its start, so the value is seen whole.
        if (c.grows > 0 && we < end) we = tokenRunEnd(text, we, Math.min(end, ws + c.grows));
        run(c, ws, we, end);
        scannedUntil[ri] = we;
      }
    }
    return candidates;
  }


  // Where mayReport notes the decoding triggers it meets, emptied after each (scans are never nested).
  const screened = emptyTriggers();
  function mayReport(text: string): boolean {
    if (typeof text !== 'string') return false;
    // A CSV or TSV export's header line builds the table view with no trigger of its own (from a
    // review: `tool,Key,owner⏎…,<key>,…` said false while scan reported the key).
    if (csvHeaderSeparator(text) !== 0) return true;
    if (!matcher.test(text)) return false;
    const hits = matcher.findAll(text);
    const memo: ScanMemo = {};
    for (let h = 0; h < hits.length; h += 2) {
      const ki = hits[h] as number;
      const p = hits[h + 1] as number;
      const trigger = triggerOf[ki];
      // A trigger counts once its exact check passes (`b64` inside a hex id is no base64 file name).
      if (trigger !== undefined) {
        noteTrigger(text, trigger, p, screened);
        if (takeNoted(screened)) return true;
      }
      if (nextKept(text, ki, p, memo, 0) !== -1) return true;
    }
    return false;
  }

  function scanInternal(text: string, options: ScanOptions | undefined, reveal: boolean): RevealedFinding[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    const path = options?.path;
    if (path !== undefined && allowPaths.length > 0 && isPathAllowed(path)) return [];
    callerContext = contextText(options?.context);
    const triggers = options?.decode === false ? undefined : emptyTriggers();
    const candidates = collect(text, triggers);
    if (triggers) {
      for (const view of viewsFrom(text, triggers)) {
        for (const c of collect(view.text)) {
          const moved = fromView(c, view);
          // A match inside text a view made up (a table cell written as a setting's name) stands
          // for no raw characters: nothing there to report or mask.
          if (moved.end > moved.start) candidates.push(moved);
        }
      }
    }
    const chosen = resolveOverlaps(candidates);
    // The whole file's judge, and those of the files its heredocs write (offsets moved into the text).
    const wholes: { rule: FileRule; secrets: FileSecret[] }[] = [];
    const whole = path !== undefined ? wholeFile(text, path) : undefined;
    if (whole !== undefined) wholes.push(whole);
    if (files.length > 0 && triggers !== undefined && (triggers.heredocs.length > 0 || triggers.echoes.length > 0)) {
      for (const doc of heredocFiles(text, filesMax, triggers.heredocs, triggers.echoes)) {
        const judged = wholeFile(text.slice(doc.start, doc.end), doc.path);
        if (judged !== undefined) wholes.push({ rule: judged.rule, secrets: judged.secrets.map((x) => ({ start: x.start + doc.start, end: x.end + doc.start, confidence: x.confidence })) });
      }
    }

    const findings: RevealedFinding[] = [];
    let line = 1;
    let lineStartAt = 0;
    // Newlines are counted once, walking forward with the sorted findings.
    let nextNewline = text.indexOf('\n');
    for (const cand of chosen) {
      while (nextNewline !== -1 && nextNewline < cand.start) {
        line++;
        lineStartAt = nextNewline + 1;
        nextNewline = text.indexOf('\n', lineStartAt);
      }
      const rule = cand.rule.rule;
      const fingerprint = sha256Hex(`${rule.id}:${cand.secret}`).slice(0, 32);
      if (allowFingerprints.has(fingerprint)) continue;
      const finding: Mutable<RevealedFinding> = {
        ruleId: rule.id,
        provider: rule.provider,
        description: rule.description,
        severity: rule.severity,
        confidence: cand.confidence,
        line,
        column: cand.start - lineStartAt + 1,
        start: cand.start,
        end: cand.end,
        redacted: maskWithPrefixes(cand.secret, cand.rule.prefixes),
        fingerprint,
        rotate: rule.rotate,
      } as Mutable<RevealedFinding>;
      if (path !== undefined) finding.path = path;
      if (reveal) finding.secret = cand.secret;
      findings.push(finding);
    }
    let added = false;
    for (const whole of wholes) {
      const { rule } = whole;
      // Lines counted walking forward (a proxy list's secrets come in order, hundreds of them).
      let wholeLine = 1;
      let wholeLineStart = 0;
      let counted = 0;
      for (const { start, end, confidence } of whole.secrets) {
        if (findings.some((f) => f.start < end && f.end > start)) continue;
        if (start < counted) {
          wholeLine = 1;
          wholeLineStart = 0;
          counted = 0;
        }
        for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < start; nl = text.indexOf('\n', nl + 1)) {
          wholeLine++;
          wholeLineStart = nl + 1;
        }
        counted = start;
        const secret = text.slice(start, end);
        const finding: Mutable<RevealedFinding> = {
          ruleId: rule.id,
          provider: rule.provider,
          description: rule.description,
          severity: rule.severity,
          confidence,
          line: wholeLine,
          column: start - wholeLineStart + 1,
          start,
          end,
          redacted: maskWithPrefixes(secret, []),
          fingerprint: sha256Hex(`${rule.id}:${secret}`).slice(0, 32),
          rotate: rule.rotate,
        } as Mutable<RevealedFinding>;
        if (path !== undefined) finding.path = path;
        if (reveal) finding.secret = secret;
        if (!allowFingerprints.has(finding.fingerprint)) {
          findings.push(finding);
          added = true;
        }
      }
    }
    if (added) findings.sort((a, b) => a.start - b.start);
    return findings;
  }

  // The file judges belong to the built-in catalog too: a detector given its own rules has none.
  const files = options.rules ? [] : fileRules.filter((r) => !disabled.has(r.id));
  const filesMax = Math.max(FILE_MAX, ...files.map((r) => r.maxLength ?? FILE_MAX));
  // Every judge's path in one case-insensitive test first (a superset of each): nearly no file is
  // one, and 35 tests of each path cost ~2% of a scan of package sources.
  const anyFilePath = files.every((r) => /^i?$/.test(r.path.flags)) ? new RegExp(files.map((r) => `(?:${r.path.source})`).join('|'), 'i') : undefined;
  /** The whole-file secrets a file of this path holds (file-rules.ts: one, or one per entry), or undefined. */
  function wholeFile(text: string, path: string): { rule: FileRule; secrets: FileSecret[] } | undefined {
    if (files.length === 0 || text.length > filesMax) return undefined;
    const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
    if (anyFilePath !== undefined && !anyFilePath.test(normalized)) return undefined;
    for (const rule of files) {
      if (text.length > (rule.maxLength ?? FILE_MAX) || !rule.path.test(normalized)) continue;
      let judged: ReturnType<FileRule['judge']>;
      try {
        judged = rule.judge(text);
      } catch {
        judged = undefined;
      }
      if (judged === undefined) continue;
      const secrets = (Array.isArray(judged) ? judged : [judged]).filter((s: FileSecret) => {
        if (CONFIDENCE_RANK[s.confidence] < minConfidence) return false;
        const secret = text.slice(s.start, s.end);
        return !standsIn(secret, rule) && !allowlisted(secret);
      });
      if (secrets.length > 0) return { rule, secrets };
    }
    return undefined;
  }

  // The generic rule whose judgement judgeAssignment gives (absent when disabled or with rules of one's own).
  const assignment = rules.find((r) => r.id === 'generic-secret-assignment');
  function judgeAssignment(name: string, value: string): Finding | undefined {
    if (assignment === undefined || typeof name !== 'string' || typeof value !== 'string' || value.length > 4096) return undefined;
    if (!acceptNamedValue(name, value) || isPlaceholder(value)) return undefined;
    const confidence = assignment.confidence ?? 'high';
    if (CONFIDENCE_RANK[confidence] < minConfidence) return undefined;
    if (allowlisted(value)) return undefined;
    const fingerprint = sha256Hex(`${assignment.id}:${value}`).slice(0, 32);
    if (allowFingerprints.has(fingerprint)) return undefined;
    return {
      ruleId: assignment.id,
      provider: assignment.provider,
      description: assignment.description,
      severity: assignment.severity,
      confidence,
      line: 1,
      column: 1,
      start: 0,
      end: value.length,
      redacted: maskWithPrefixes(value, []),
      fingerprint,
      rotate: assignment.rotate,
    };
  }

  // The binary judges belong to the built-in catalog: a detector given its own rules has none.
  const binary = options.rules ? [] : binaryRules.filter((r) => !disabled.has(r.id));
  function scanBinary(input: Uint8Array, options?: { readonly path?: string }): Finding[] {
    const bytes = bytesOf(input);
    if (bytes === undefined || bytes.length === 0) return [];
    let path: unknown;
    try {
      path = options?.path;
    } catch {
      path = undefined;
    }
    if (typeof path === 'string' && allowPaths.length > 0 && isPathAllowed(path)) return [];
    for (const rule of binary) {
      const confidence = rule.judge(bytes);
      if (confidence === undefined || CONFIDENCE_RANK[confidence] < minConfidence) continue;
      const fingerprint = sha256Hex(`${rule.id}:${sha256HexOfBytes(bytes)}`).slice(0, 32);
      if (allowFingerprints.has(fingerprint)) return [];
      const finding: Mutable<Finding> = {
        ruleId: rule.id,
        provider: rule.provider,
        description: rule.description,
        severity: rule.severity,
        confidence,
        line: 1,
        column: 1,
        start: 0,
        end: bytes.length,
        redacted: '(binary)',
        fingerprint,
        rotate: rule.rotate,
      };
      if (typeof path === 'string') finding.path = path;
      return [finding];
    }
    return [];
  }

  return Object.freeze({
    rules,
    isPathAllowed,
    scanBinary,
    judgeAssignment: (name: string, value: string): Finding | undefined => {
      try {
        return judgeAssignment(name, value);
      } catch {
        return undefined;
      }
    },
    // The pass includes the views' triggers: text that may hide a token in an encoding says true.
    mayContainSecret: (text: string): boolean => typeof text === 'string' && matcher.test(text),
    mayReport: (text: string): boolean => {
      try {
        return mayReport(text);
      } catch {
        return true;
      }
    },
    scan: (text: string, options?: ScanOptions): Finding[] => scanInternal(text, options, false),
    scanRevealing: (text: string, options?: ScanOptions): RevealedFinding[] => scanInternal(text, options, true),
  });
}

/** A candidate found in a decoded view, moved to the raw characters it was decoded from. */
function fromView(c: Candidate, view: View): Candidate {
  return { ...c, start: view.starts[c.start] as number, end: view.ends[c.end - 1] as number };
}

function contextText(context: string | readonly string[] | undefined): string {
  if (context === undefined) return '';
  if (typeof context === 'string') return context.toLowerCase();
  return Array.isArray(context) ? context.filter((c) => typeof c === 'string').join(' ').toLowerCase() : '';
}

/** Just past the run of token characters (base64, URL-safe base64, JWT dots) at `i`, and a few more for what closes it; at most `limit`. */
function tokenRunEnd(text: string, i: number, limit: number): number {
  while (i < limit && isTokenChar(text.charCodeAt(i))) i++;
  return Math.min(limit, i + 16);
}

function isTokenChar(c: number): boolean {
  return isWordChar(c) || c === 43 /* + */ || c === 47 /* / */ || c === 61 /* = */ || c === 46 /* . */ || c === 45 /* - */ || c === 126 /* ~ */;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * For a keyword's rule list: `bits[j]`, the gate bits of rule j and of the rules after it that
 * share its gate test, unbroken; `end[j]`, the index after that run (j + 1 for an ungated rule).
 */
function gateRuns(list: readonly number[], compiled: readonly CompiledRule[]): { bits: Int32Array; end: Int32Array } {
  const bits = new Int32Array(list.length);
  const end = new Int32Array(list.length);
  for (let j = list.length - 1; j >= 0; j--) {
    const gate = (compiled[list[j] as number] as CompiledRule).gate;
    const next = j + 1 < list.length ? (compiled[list[j + 1] as number] as CompiledRule).gate : undefined;
    const joined = gate !== undefined && next !== undefined && next.test === gate.test;
    bits[j] = gate === undefined ? -1 : gate.bit | (joined ? (bits[j + 1] as number) : 0);
    end[j] = joined ? (end[j + 1] as number) : j + 1;
  }
  return { bits, end };
}

/**
 * The last glued escape ending in [lo, at] (gluedEscapeAt), or -1: a walk back over the window
 * that checks only the ends an escape beginning there can have (escapeEndsFrom).
 */
function gluedEscapeBefore(text: string, at: number, lo: number): number {
  const ends: number[] = [];
  for (let q = at - 2; q >= 0 && q >= lo - ESCAPE_REACH; q--) {
    const c = text.charCodeAt(q);
    if (c === 92 || c === 37 || c === 27 || c === 96) escapeEndsFrom(text, q, ends);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const i = ends[k] as number;
    if (i <= at) return i >= lo ? i : -1;
  }
  return -1;
}

/** How far after its first character an escape can end (escapeEndsFrom). */
const ESCAPE_REACH = 42;

/**
 * The next character at or after `from` that can begin an escape ("\\", "%", ESC, PowerShell's
 * "`"), or -1. `next` holds each one's next offset between calls (-2: not looked up yet), so a
 * text is searched once however many calls move `from` forward.
 */
function nextIntroducer(text: string, from: number, next: number[]): number {
  let q = -1;
  for (let k = 0; k < 4; k++) {
    let at = next[k] as number;
    if (at !== -1 && at < from) next[k] = at = text.indexOf(INTRODUCERS[k] as string, from);
    if (at !== -1 && (q === -1 || at < q)) q = at;
  }
  return q;
}
const INTRODUCERS = ['\\', '%', '\u001b', '`'];

/**
 * Adds to `ends` (ascending) where an escape beginning at `q` ends glued to a word character on
 * both sides (gluedEscapeAt): 2 (\\n), 3 (\\XX, %XX), 4 (\\xXX) or 6 (\\uXXXX) characters after
 * a backslash, 3 after "%", and up to 42 after a colour code's start (ESC [, \\x1b[, \\u001b[,
 * \\u{1b}[, \\033[, \\33[, \\e[, `e[: 32 parameters and a final letter; escapedBefore, csiBefore).
 */
function escapeEndsFrom(text: string, q: number, ends: number[]): void {
  const c = text.charCodeAt(q);
  if (c === 37) {
    if (gluedEscapeAt(text, q + 3)) insertSorted(ends, q + 3);
    return;
  }
  if (c === 92) for (const i of BACKSLASH_ENDS) if (gluedEscapeAt(text, q + i)) insertSorted(ends, q + i);
  let csi = false;
  if (c === 27) csi = text.charCodeAt(q + 1) === 91;
  else if (c === 96) csi = (text.charCodeAt(q + 1) | 32) === 101 && text.charCodeAt(q + 2) === 91;
  else for (let k = q + 2; k <= q + 7 && !csi; k++) csi = text.charCodeAt(k) === 91;
  if (csi) for (let i = q + 3; i <= q + ESCAPE_REACH; i++) if (gluedEscapeAt(text, i)) insertSorted(ends, i);
}
const BACKSLASH_ENDS = [2, 3, 4, 6];

/** Inserts `x` into the ascending list `xs` unless present (nearly always at the end). */
function insertSorted(xs: number[], x: number): void {
  let i = xs.length;
  while (i > 0 && (xs[i - 1] as number) > x) i--;
  if (i > 0 && xs[i - 1] === x) return;
  xs.splice(i, 0, x);
}

/** Whether an escape or percent-encoding ends at `i` (≥ 2) glued to a word character on both sides. */
function gluedEscapeAt(text: string, i: number): boolean {
  if (i < 2) return false;
  const first = text.charCodeAt(i);
  // The token's first character: a word character, or base64's "+" and "/".
  if (!(isWordChar(first) || first === 43 || first === 47) || !isWordChar(text.charCodeAt(i - 1))) return false;
  const c = text.charCodeAt(i - 2);
  return (c === 92 || c === 37 || c === 120 || c === 117 || c === 91 || isWordChar(c)) && escapedBefore(text, i);
}

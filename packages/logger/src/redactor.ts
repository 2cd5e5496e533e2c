import { createDetector, createValueRedactor, type Detector, isMasked, isSecretKeyName, isSecretQueryParam, type KeywardConfig, maskingConfig, maskQueryParams, maskUrlPasswords, redact, validateConfig } from '@keyward/core';
import { LoggerOptionsError } from './errors.js';

/** Options of the redaction itself (the `keyward` key of createLogger's options). */
export interface RedactionOptions {
  /** The shared keyward config: its custom rules mask too; its disabled rules and allowlists apply to scans only (a log line is always masked). */
  readonly config?: KeywardConfig;
  /** Values nested deeper are replaced by "[Depth limit]". Default 8. */
  readonly maxDepth?: number;
  /** Extra key names to treat as secret, beyond the built-in name matcher. */
  readonly keys?: readonly string[];
  /**
   * Top-level record keys whose object values are left for pino's serializers (fastify's and
   * pino-http's `req`/`res`): the serializers see the original objects, and their output is
   * masked in the serialised line. Default `['req', 'res', 'request', 'response']`.
   */
  readonly serialized?: readonly string[];
}

const OPTION_KEYS = new Set(['config', 'maxDepth', 'keys', 'serialized']);
const FAILED = '[keyward: value could not be redacted]';

/** Whether the character at `i` is escaped: an odd run of backslashes before it. */
function escapedAt(s: string, i: number): boolean {
  let n = 0;
  while (i - n - 1 >= 0 && s.charCodeAt(i - n - 1) === 92) n++;
  return n % 2 === 1;
}

export interface Redactor {
  /** A string with tokens and credential query parameters masked. */
  readonly string: (s: string) => string;
  /**
   * A serialised log line (pino's JSON) with every token masked: the last pass, after pino built
   * msg from an error, applied msgPrefix and serializers, and formatted `%s` arguments, so a token
   * split across arguments or sitting in an object key is masked too. Never throws.
   */
  readonly line: (s: string) => string;
  /**
   * A record's merging object (pino's formatters.log): like `value`, except that class
   * instances under the `serialized` keys (an IncomingMessage under `req`) are left for the
   * serializers, whose output `line` masks.
   */
  readonly record: <T>(v: T) => T;
  /** True when the last `record` left something that only the serialised line shows (settable: a nested log call restores the outer record's). */
  leftForLine: boolean;
  /** A value (object, array, Error…) redacted, or itself when nothing needed masking. */
  readonly value: <T>(v: T) => T;
  /** Whether `s` may hold a token or a secret's name (the detector's keyword pass, or an extra key). */
  readonly mayHoldSecret: (s: string) => boolean;
}

/**
 * Validates options and builds the record redactor once. The per-record path first checks,
 * without allocating, whether anything needs masking: most log records need nothing, and those
 * are passed through untouched.
 */
export interface RedactorMode {
  /**
   * The output is printed with util.inspect (console), which shows symbol-keyed properties:
   * objects that have any are copied as redactValue copies them (without). JSON output (pino,
   * winston's JSON) ignores symbols, so the pino path skips this check.
   */
  readonly inspect?: boolean;
}

export function createRedactor(options: RedactionOptions = {}, mode: RedactorMode = {}): Redactor {
  const forInspect = mode.inspect === true;
  const problems: string[] = [];
  if (typeof options !== 'object' || options === null) problems.push('keyward must be an object.');
  else {
    for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) problems.push(`unknown option keyward.${key} (expected config, maxDepth, keys or serialized).`);
    if (options.maxDepth !== undefined && (!Number.isInteger(options.maxDepth) || options.maxDepth < 1 || options.maxDepth > 100)) problems.push('keyward.maxDepth must be a whole number from 1 to 100.');
    if (options.keys !== undefined && (!Array.isArray(options.keys) || options.keys.some((k) => typeof k !== 'string'))) problems.push('keyward.keys must be an array of strings.');
    if (options.serialized !== undefined && (!Array.isArray(options.serialized) || options.serialized.some((k) => typeof k !== 'string'))) problems.push('keyward.serialized must be an array of strings.');
  }
  if (problems.length > 0) throw new LoggerOptionsError(problems);

  // The config's custom rules mask too; its disabled rules and allowlists accept findings in a
  // scan and never let a token into a log line (maskingConfig). (Validated whole all the same.)
  const config = options.config === undefined ? undefined : maskingConfig(validateConfig(options.config));
  const detector: Detector = createDetector(config ? { config } : {});
  const maxDepth = options.maxDepth ?? 8;
  const extra = new Set((options.keys ?? []).map((k) => k.toLowerCase()));
  // Key names repeat endlessly in logs; remember each verdict (bounded, so hostile input cannot grow it).
  const keyCache = new Map<string, boolean>();
  const isSecretKey = (key: string): boolean => {
    let verdict = keyCache.get(key);
    if (verdict === undefined) {
      verdict = extra.has(key.toLowerCase()) || isSecretKeyName(key);
      if (keyCache.size < 10_000) keyCache.set(key, verdict);
    }
    return verdict;
  };

  // Query parameter names repeat too (page, sort, access_token); same bounded memo.
  const paramCache = new Map<string, boolean>();
  const isSecretParam = (name: string): boolean => {
    let verdict = paramCache.get(name);
    if (verdict === undefined) {
      // Core's judge (which applies the secret-name matcher) plus this logger's extra keys.
      verdict = isSecretQueryParam(name) || extra.has(name.toLowerCase());
      if (paramCache.size < 10_000) paramCache.set(name, verdict);
    }
    return verdict;
  };

  // Core's scanner and judge of credential query parameters, with this logger's extra keys.
  const maskQuery = (s: string): string => maskQueryParams(s, isSecretParam);

  // Most log strings hold no rule keyword at all, which the detector's allocation-free prefilter
  // tells in one pass; of those that do, most hold it inside an id (`db-` in a UUID, `eyj` in a
  // session id), which mayReport tells from the rules' own prechecks without a scan. The few left
  // that are clean repeat (a role "admin", a user agent "curl/8.5.0"), so those verdicts are
  // remembered: bounded, and cleared when full, so hostile input cannot grow the set.
  const clean = new Set<string>();
  // `s` with detected tokens and URL passwords masked; one scan (redact returns `s` itself when it finds nothing).
  const maskTokens = (s: string): string => {
    // No length floor: custom rules may match short values, and the keyword pass is one loop.
    // A URL's password is masked whatever it looks like, detected or not (redact does the same).
    if (!detector.mayReport(s)) return maskUrlPasswords(s);
    const short = s.length <= 256;
    if (short && clean.has(s)) return s;
    const out = redact(s, { detector, query: false });
    if (out === s && short) {
      if (clean.size >= 5000) clean.clear();
      clean.add(s);
    }
    return out;
  };

  const redactString = (s: string): string => maskQuery(maskTokens(s));

  // Core's copy-on-write walk: the value itself when nothing under it needs masking (most
  // records: nothing is allocated), else a copy of just the objects on the way to what does.
  // A value left unchanged is serialised from the original, which reads every property again:
  // core reads each twice (its default) and copies an object whose getter answers differently.
  const walk = createValueRedactor({ detector, maxDepth, isSecretKey, redactString, inspect: forInspect });
  const value = <T>(v: T): T => {
    try {
      if (typeof v === 'string') return redactString(v) as T;
      return walk(v);
    } catch {
      // Never throw from a log call; never fall back to the raw value either.
      return (typeof v === 'object' && v !== null ? { keyward: FAILED } : FAILED) as T;
    }
  };

  const string = (s: string): string => {
    try {
      return redactString(s);
    } catch {
      return FAILED;
    }
  };

  const serialized = new Set(options.serialized ?? ['req', 'res', 'request', 'response']);
  // Whether the last record left something for the line pass: an object for a serializer.
  // (A key holding a token is masked by core's walk, at any depth.)
  let leftForLine = false;
  // A query or params object logged as plain data ({ query }, { req: { query, params } }): its
  // names are judged as query parameters, as the line pass judges pino-http's. A copy when one is masked.
  const plainObject = (o: unknown): o is Record<string, unknown> => typeof o === 'object' && o !== null && Object.getPrototypeOf(o) === Object.prototype;
  const maskParams = (params: Record<string, unknown>): Record<string, unknown> | undefined => {
    let masked: Record<string, unknown> | undefined;
    for (const name of Object.keys(params)) {
      if (!isSecretParam(name)) continue;
      const item = params[name];
      if (typeof item === 'string' && item.length > 0) (masked ??= { ...params })[name] = '****';
      else if (Array.isArray(item)) (masked ??= { ...params })[name] = item.map((x) => (typeof x === 'string' && x.length > 0 ? '****' : x));
    }
    return masked;
  };
  const withMaskedParams = (o: Record<string, unknown>, depth: number): Record<string, unknown> => {
    let copy: Record<string, unknown> | undefined;
    for (const name of ['query', 'params']) {
      const item = Object.prototype.hasOwnProperty.call(o, name) ? o[name] : undefined;
      const masked = plainObject(item) ? maskParams(item) : undefined;
      if (masked) (copy ??= { ...o })[name] = masked;
    }
    if (depth === 0) {
      const req = Object.prototype.hasOwnProperty.call(o, 'req') ? o['req'] : undefined;
      const inner = plainObject(req) ? withMaskedParams(req, 1) : req;
      if (inner !== req) (copy ??= { ...o })['req'] = inner;
    }
    return copy ?? o;
  };

  // The verdict is set once the record is walked: a getter read on the way may log a record of
  // its own, whose verdict must not become this one's.
  // This record's verdict while it is walked; a record logged from inside (a getter) saves and
  // restores it, so neither verdict leaks into the other.
  let leaving = false;
  const record = <T>(input: T): T => {
    const outer = leaving;
    leaving = false;
    try {
      const out = recordOf(input);
      leftForLine = leaving;
      return out;
    } catch {
      // Never throw from a log call (a revoked Proxy fails even Array.isArray).
      leftForLine = true;
      return (typeof input === 'object' && input !== null ? { keyward: FAILED } : FAILED) as T;
    } finally {
      leaving = outer;
    }
  };
  const leave = (): void => {
    leaving = true;
  };

  const recordOf = <T>(input: T): T => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return value(input);
    let v: T & object = input;
    try {
      v = withMaskedParams(input as Record<string, unknown>, 0) as T & object;
    } catch {
      leave();
    }
    let held: [string, unknown][] | undefined;
    for (const key of serialized) {
      let item: unknown;
      try {
        item = Object.prototype.hasOwnProperty.call(v, key) ? (v as Record<string, unknown>)[key] : undefined;
        if (typeof item !== 'object' || item === null) continue;
        const proto: unknown = Object.getPrototypeOf(item);
        if (proto === Object.prototype || proto === null || Array.isArray(item) || item instanceof Error) continue;
      } catch {
        continue;
      }
      (held ??= []).push([key, item]);
    }
    if (!held) return value(v);
    leave();
    // Redact the rest, then put the serializers' inputs back as they were.
    const rest: Record<string, unknown> = { ...(v as Record<string, unknown>) };
    for (const [key] of held) delete rest[key];
    const out = value(rest);
    for (const [key, item] of held) out[key] = item;
    return out as T;
  };

  // "key":"value" pairs of the JSON line whose key names a secret: the serializers' output
  // (headers.authorization, cookie) is masked by name here, as formatters.log masks the record.
  // A walk from one '":"' to the next (a regex over the whole line cost ~5 µs per 1 KB line).
  const maskLineValue = (val: string): string => {
    const scheme = /^(Bearer|Basic|Token|Bot|token) /.exec(val);
    return scheme ? `${scheme[0]}****` : '****';
  };
  const maskJsonKeys = (s: string): string => {
    let out: string[] | undefined;
    let copied = 0;
    for (let at = s.indexOf('":"'); at !== -1; at = s.indexOf('":"', at + 3)) {
      // A quote escaped inside a string value ("…password\":…") ends no key.
      if (escapedAt(s, at)) continue;
      // The key: back to its opening quote (keys are short; give up past 64 characters).
      let k = at - 1;
      while (k >= 0 && at - k <= 64 && s.charCodeAt(k) !== 34) k--;
      if (k < 0 || at - k > 64 || escapedAt(s, k)) continue;
      const key = s.slice(k + 1, at);
      if (!isSecretKey(key)) continue;
      // The value: to the closing quote, past escaped characters.
      const from = at + 3;
      let end = from;
      while (end < s.length && s.charCodeAt(end) !== 34) end += s.charCodeAt(end) === 92 ? 2 : 1;
      const val = s.slice(from, end);
      // A value already masked whole is left; one where only a token inside was masked
      // ("sid=…; gh=ghp_****") is masked whole, as its name says it is a secret.
      if (val.length === 0 || isMasked(val)) continue;
      (out ??= []).push(s.slice(copied, from), maskLineValue(val));
      copied = end;
      at = end - 2;
    }
    if (out === undefined) return s;
    out.push(s.slice(copied));
    return out.join('');
  };

  // A parsed query or route params object (pino-http's req serializer prints both:
  // "query":{"code":"…"}, "params":{"token":"…"}): its names are judged as query parameters (an
  // OAuth code), as they are in the URL, at any depth and in arrays (?code=a&code=b, ?f[code]=…).
  // Any object under those names is judged so: a search DSL's "query" loses a "code" field to the
  // mask, which is the price of never printing a request's code. One pass over each object.
  const maskQueryObjects = (s: string): string => {
    // Pieces joined once at the end (a string grown by += on every mask slowed 2 MB lines).
    let out: string[] | undefined;
    let copied = 0;
    // Each name's next offset is searched again only once passed: one forward scan per name.
    let nextQuery = s.indexOf('"query":{');
    let nextParams = s.indexOf('"params":{');
    const next = (from: number): number => {
      if (nextQuery !== -1 && nextQuery < from) nextQuery = s.indexOf('"query":{', from);
      if (nextParams !== -1 && nextParams < from) nextParams = s.indexOf('"params":{', from);
      return nextQuery === -1 ? nextParams : nextParams === -1 ? nextQuery : Math.min(nextQuery, nextParams);
    };
    for (let at = next(0); at !== -1; at = next(at + 1)) {
      if (escapedAt(s, at)) continue;
      const open = s.indexOf('{', at);
      // One frame per open object or array: whether it is an array, and whether it is secret (under
      // a secret name, or inside a secret value); a value is secret under a secret name or frame.
      const arrays: boolean[] = [false];
      const secrets: boolean[] = [false];
      let expectKey = true;
      let valueSecret = false;
      let key = '';
      let i = open + 1;
      while (i < s.length && arrays.length > 0) {
        const c = s.charCodeAt(i);
        const inArray = arrays[arrays.length - 1] as boolean;
        if (c === 34) {
          let end = i + 1;
          while (end < s.length && s.charCodeAt(end) !== 34) end += s.charCodeAt(end) === 92 ? 2 : 1;
          if (!inArray && expectKey) {
            key = s.slice(i + 1, end);
            expectKey = false;
          } else if ((inArray ? secrets[secrets.length - 1] : valueSecret) && end > i + 1 && s.slice(i + 1, end) !== '****') {
            (out ??= []).push(s.slice(copied, i + 1), '****');
            copied = end;
          }
          i = end + 1;
          continue;
        }
        if (c === 58 && !inArray) valueSecret = (secrets[secrets.length - 1] as boolean) || isSecretParam(key);
        else if (c === 44 && !inArray) expectKey = true;
        else if (c === 123 || c === 91) {
          secrets.push(inArray ? (secrets[secrets.length - 1] as boolean) : valueSecret);
          arrays.push(c === 91);
          expectKey = c === 123;
        } else if (c === 125 || c === 93) {
          arrays.pop();
          secrets.pop();
          expectKey = false;
        }
        i++;
      }
      at = i - 1;
    }
    if (out === undefined) return s;
    out.push(s.slice(copied));
    return out.join('');
  };

  // A value holding '"' is written \" in the line, which splits a credential that holds quotes
  // (a JDBC descriptor's, an XML attribute's): when the line read with plain quotes shows one, the
  // line is parsed, walked and written again (rare: only such lines pay for it).
  const unescapedQuotes = (s: string): string => {
    const plain = s.replaceAll('\\"', '"');
    if (!detector.mayContainSecret(plain) || redactString(plain) === plain) return s;
    try {
      const out = JSON.stringify(value(JSON.parse(s) as unknown));
      return s.endsWith('\n') ? `${out}\n` : out;
    } catch {
      return s;
    }
  };

  // The line is JSON: masks are plain ASCII, so replacing a token inside a string keeps it valid.
  const line = (s: string): string => {
    try {
      const masked = redactString(s);
      // Secret key names hold a rule keyword; query parameter names need not ("code").
      const queried = masked.includes('"query":{') || masked.includes('"params":{') ? maskQueryObjects(masked) : masked;
      const keyed = detector.mayContainSecret(queried) ? maskJsonKeys(queried) : queried;
      return keyed.includes('\\"') ? unescapedQuotes(keyed) : keyed;
    } catch {
      return `${JSON.stringify({ keyward: FAILED })}\n`;
    }
  };

  const mayHoldSecret = (s: string): boolean => {
    if (detector.mayContainSecret(s)) return true;
    if (extra.size === 0) return false;
    const lower = s.toLowerCase();
    for (const key of extra) if (lower.includes(key)) return true;
    return false;
  };

  return {
    string,
    value,
    line,
    record,
    mayHoldSecret,
    get leftForLine() {
      return leftForLine;
    },
    // Restored by a log call made while another record was being written (a getter that logs).
    set leftForLine(left: boolean) {
      leftForLine = left;
    },
  };
}

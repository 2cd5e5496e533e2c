import { createDetector, type Detector } from './detector/index.js';
import { bytesOf } from './binary.js';
import { isSecretKeyName } from './keys.js';
import { maskWithPrefixes } from './mask.js';
import { isSecretQueryParam, maskQueryParams, maskUrlPasswords } from './query.js';
import { catalog } from './rules/index.js';
import { isSecret } from './secret.js';

let defaultDetector: Detector | undefined;
let catalogPrefixes: string[] | undefined;

/** The detector over the built-in catalog, created on first use and shared. */
export function getDefaultDetector(): Detector {
  defaultDetector ??= createDetector();
  return defaultDetector;
}

// An auth scheme before a credential: kept visible by a mask ("Bearer ntn_****").
const AUTH_SCHEME = /^(Bearer|Basic|Token|Bot|token)\s+/;

/** The catalog's prefixes, longest first (what a mask keeps visible). */
function prefixes(): string[] {
  catalogPrefixes ??= [...new Set(catalog.flatMap((r) => r.prefixes ?? []))].sort((a, b) => b.length - a.length);
  return catalogPrefixes;
}

/** Masks a secret, keeping only a known provider prefix: `mask(notionToken) === 'ntn_****'`. */
export function mask(secret: string): string {
  return maskWithPrefixes(String(secret), prefixes());
}

/**
 * Whether `value` is masked already: what mask() returns ("****", or a catalog prefix and
 * "****"), after an optional auth scheme (`Bearer ntn_****`). A value walked or written twice
 * keeps its prefix.
 */
export function isMasked(value: string): boolean {
  if (!value.endsWith('****')) return false;
  const scheme = AUTH_SCHEME.exec(value);
  const visible = value.slice(scheme ? scheme[0].length : 0, -4);
  return visible === '' || prefixes().includes(visible);
}

export interface RedactOptions {
  /** Detector to use; defaults to the built-in catalog. */
  readonly detector?: Detector;
  /**
   * Credential query parameters (`?access_token=…`, `&sig=…`): masked by default with
   * `isSecretQueryParam`; a function judges parameter names instead; `false` leaves them.
   */
  readonly query?: boolean | ((name: string) => boolean);
  /**
   * URL passwords (`postgres://app:****@db`): masked by default whatever they look like (the
   * detector reports only those someone could use); `false` leaves what the detector does not report.
   */
  readonly urlPasswords?: boolean;
}

/**
 * `text` with every detected secret, URL password and credential query parameter replaced by its mask.
 * Tokens first: a query value ends at whitespace, so masking it first would hide the
 * `-----BEGIN` or `Bearer` the detector needs and leave the rest of the key visible. Idempotent.
 */
export function redact(text: string, options: RedactOptions = {}): string {
  if (typeof text !== 'string' || text.length === 0) return text;
  const findings = (options.detector ?? getDefaultDetector()).scan(text);
  let masked = text;
  if (findings.length > 0) {
    masked = '';
    let at = 0;
    for (const f of findings) {
      masked += text.slice(at, f.start) + f.redacted;
      at = f.end;
    }
    masked += text.slice(at);
  }
  if (options.urlPasswords !== false) masked = maskUrlPasswords(masked);
  const query = options.query ?? true;
  return query === false ? masked : maskQueryParams(masked, query === true ? isSecretQueryParam : query);
}

export interface RedactValueOptions extends RedactOptions {
  /** Deeper values are replaced by `[Depth limit]`. Default 10. */
  readonly maxDepth?: number;
  /** Whether a key names a secret; default `isSecretKeyName` (case/format-insensitive, partial). */
  readonly isSecretKey?: (key: string) => boolean;
  /**
   * How each string value is redacted; default `redact` with the detector. A caller with its own
   * string policy (a logger that also masks credential query parameters, or caches clean strings)
   * passes it here so the value is walked once.
   */
  readonly redactString?: (s: string) => string;
  /**
   * The output is printed with `util.inspect`, which shows symbol-keyed properties: an object
   * that has any is copied (without them). JSON ignores them. Default false.
   */
  readonly inspect?: boolean;
  /**
   * Read each property twice, and copy an object whose property answers differently the second
   * time: an unchanged original is handed on to a serialiser, which reads it again (a getter could
   * answer a clean value first and a token later). Default true; `false` saves the second read
   * for a caller whose values have no getters.
   */
  readonly rereads?: boolean;
}

const CIRCULAR = '[Circular]';
// The toJSON methods of built-in types, which print what the value is (checked on their own):
// a Date's ISO string, a URL's href, a Buffer's bytes (binaryView reads those).
const BUILTIN_TO_JSON: ReadonlySet<unknown> = new Set(
  [Date.prototype.toJSON, typeof URL !== 'undefined' ? URL.prototype.toJSON : undefined, (globalThis as { Buffer?: { prototype: { toJSON?: unknown } } }).Buffer?.prototype.toJSON].filter((f) => typeof f === 'function'),
);
const hasOwn = Object.prototype.hasOwnProperty;
const DEPTH = '[Depth limit]';
const UNREADABLE = '[Unreadable]';
// A typed array holding a key store or DER key (scanBinary): serialisers print its bytes.
const BINARY_KEY = '[Binary key material]';
const utf8 = new TextDecoder('utf-8');
/** Bytes (a Buffer, a typed array) up to this size are read as text for tokens. */
const MAX_TEXT_VIEW = 16 * 1024 * 1024;
// Items of one array walked (and copied) at most.
const MAX_ITEMS = 100_000;

/**
 * `value` with secrets masked: values under secret-named keys at any depth, any string the
 * detector flags, `Secret`s, and Error messages, stacks and causes. Copy-on-write: returns
 * `value` itself when nothing under it needs masking, else a copy of the objects on the way to
 * what does, sharing every unchanged branch. Class instances (a `toJSON` or a private field could
 * print what was never walked), cycles, values past `maxDepth` and objects with an own `toJSON`
 * are always copied as plain data. Never mutates its input; survives cycles, throwing getters and
 * Proxies; each property is read once.
 */
export function redactValue<T>(value: T, options: RedactValueOptions = {}): T {
  return createValueRedactor(options)(value);
}

/**
 * `redactValue` with its options applied once, for a hot path (a logger redacting every
 * record): the returned function allocates nothing for a value that needs no masking.
 */
export function createValueRedactor(options: RedactValueOptions = {}): <T>(value: T) => T {
  const detector = options.detector ?? getDefaultDetector();
  const maxDepth = options.maxDepth ?? 10;
  const isSecretKey = options.isSecretKey ?? isSecretKeyName;
  const redactString = options.redactString ?? ((s: string): string => redact(s, { detector }));
  const inspect = options.inspect === true;
  const rereads = options.rereads !== false;
  // The objects on the way down, by depth: a cycle is an object met again below itself. (A
  // short array scan; a Set would hash every object of every record.)
  const path: unknown[] = [];
  // Scratch space, a list per depth: each property is read once and a copy is built from what
  // was read. Reused between calls, so a clean value allocates nothing. It holds what was already
  // walked (clean or masked values, never a raw secret) until the next call overwrites it, and a
  // list past 1,024 entries is dropped, so it never keeps much alive (clearing every object's
  // entries cost 7% of a logger's record time).
  const scratchKeys: string[][] = [];
  const scratchValues: unknown[][] = [];
  const keysAt = (depth: number): string[] => (scratchKeys[depth] ??= []);
  const valuesAt = (depth: number): unknown[] => (scratchValues[depth] ??= []);
  const release = (values: unknown[], count: number): void => {
    if (count > 1024) values.length = 0;
  };
  let busy = false;

  /** Whether the output prints what `v.toJSON()` returns (JSON does; util.inspect does not). */
  const printsJson = (v: object): boolean => !inspect && typeof (v as { toJSON?: unknown }).toJSON === 'function';

  /**
   * Whether JSON prints what a toJSON of the value's own class returns, rather than what a built-in
   * type prints (a Date's ISO string, a URL's href, a Buffer's bytes): a subclass of Date, Error,
   * RegExp, URL, a typed array… with a toJSON of its own, or one set on the value (from an
   * adversarial review: `class D extends Date { toJSON() { return token } }` was printed raw).
   */
  const customJson = (v: object): boolean => {
    if (inspect) return false;
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    return typeof toJSON === 'function' && !BUILTIN_TO_JSON.has(toJSON);
  };

  /**
   * Whether serialising `v` prints something a walk of its properties does not see: a toJSON of
   * any kind (own, inherited or non-enumerable), or symbol-keyed properties under util.inspect.
   */
  const printsMore = (v: object): boolean => typeof (v as { toJSON?: unknown }).toJSON === 'function' || (inspect && Object.getOwnPropertySymbols(v).length !== 0);

  /**
   * A value under a secret name: strings and numbers masked, and so is everything inside an
   * object or array there (`cookie: ['sid=…']`, `password: { hash: … }`). A boolean says whether,
   * not what (`hasPassword: false`), and stays.
   */
  const maskUnderKey = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') {
      return v.length === 0 ? v : maskCredential(v);
    }
    if (typeof v === 'number' || typeof v === 'bigint') return '****';
    if (typeof v !== 'object' || v === null) return walk(v, depth);
    for (let i = 0; i < depth; i++) if (path[i] === v) return CIRCULAR;
    try {
      const proto: unknown = Object.getPrototypeOf(v);
      if (depth > maxDepth) return DEPTH;
      // What a toJSON of its own returns is what is printed: masked whole (not a Secret, which prints its mask).
      if (!isSecret(v) && !Array.isArray(v) && proto !== Object.prototype && proto !== null && customJson(v)) {
        const json = (v as { toJSON: (key: string) => unknown }).toJSON('');
        path[depth] = v;
        return json === v ? walkEntries(v, depth, true, Object.prototype, true) : maskUnderKey(json, depth + 1);
      }
      // Bytes, a boxed string or number, a URL: under a secret name, the whole value is the secret.
      if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof String || v instanceof Number || (typeof URL !== 'undefined' && v instanceof URL)) return '****';
      if (Array.isArray(v)) {
        path[depth] = v;
        return walkArray(v, depth, true);
      }
      if (proto === Object.prototype || proto === null) {
        path[depth] = v;
        return walkEntries(v, depth, printsMore(v), proto as object | null, true);
      }
      // A class instance (a credentials object): its fields as plain data, every one masked.
      if (!(v instanceof Map || v instanceof Set || v instanceof Error || v instanceof Date || v instanceof RegExp || isSecret(v))) {
        path[depth] = v;
        return walkEntries(v, depth, true, Object.prototype, true);
      }
    } catch {
      return UNREADABLE;
    }
    return walk(v, depth);
  };

  // A key is printed as it is: one that holds a token ({ [token]: 1 }) is masked like a value.
  // Key names repeat from record to record: each verdict is kept (bounded, cleared when full).
  // A key shorter than 16 characters cannot hold a token on its own (the catalog's shortest
  // secrets, Alibaba's key ids, have 16), so the common ones (content-type) cost one compare.
  const keyVerdicts = new Map<string, string>();
  const shownKey = (key: string): string => {
    if (key.length < 16) return key;
    let shown = keyVerdicts.get(key);
    if (shown === undefined) {
      shown = detector.mayContainSecret(key) ? redactString(key) : key;
      if (keyVerdicts.size >= 10_000) keyVerdicts.clear();
      // A key holding a token is not remembered: the cache keeps no raw secret.
      if (shown === key) keyVerdicts.set(key, key);
    }
    return shown;
  };

  /**
   * The own enumerable string-keyed properties of `source`, masked: `source` itself when nothing
   * changed (and `force` is false), else a copy with prototype `proto` built from what was read.
   */
  const walkEntries = (source: object, depth: number, force: boolean, proto: object | null, secret = false): object => {
    const keys = keysAt(depth);
    const values = valuesAt(depth);
    let count = 0;
    let changed = force;
    try {
      // for…in rather than Object.keys: no array per object. Own properties only.
      for (const key in source) {
        if (!hasOwn.call(source, key)) continue;
        let v: unknown;
        try {
          v = (source as Record<string, unknown>)[key];
          if (rereads && !changed && (source as Record<string, unknown>)[key] !== v) changed = true;
        } catch {
          keys[count] = key;
          values[count++] = UNREADABLE;
          changed = true;
          continue;
        }
        // A copied toJSON would serialise the original, unredacted: the copy is plain data.
        if (key === 'toJSON' && typeof v === 'function') {
          changed = true;
          continue;
        }
        let out = secret || isSecretKey(key) ? maskUnderKey(v, depth + 1) : walk(v, depth + 1);
        // Node's IncomingMessage.rawHeaders: [name, value, name, value, …], a value judged by
        // the name before it (an opaque x-api-key passes the detector, not the name judge).
        if (key === 'rawHeaders' && Array.isArray(out)) out = maskRawHeaders(out, isSecretKey);
        const name = shownKey(key);
        if (out !== v || name !== key) changed = true;
        keys[count] = name;
        values[count++] = out;
      }
    } catch {
      // The keys cannot be listed (a Proxy's ownKeys trap throws): what was read, as a copy.
      changed = true;
    }
    try {
      if (!changed) return source;
      const copy = Object.create(proto) as Record<string, unknown>;
      for (let i = 0; i < count; i++) set(copy, keys[i] as string, values[i]);
      return copy;
    } finally {
      release(values, count);
    }
  };

  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return redactString(v);
    // util.inspect prints a Symbol's description and a function's name: masked there too.
    if (typeof v === 'symbol') {
      const description = v.description;
      const masked = description === undefined ? description : redactString(description);
      return masked === description ? v : Symbol(masked);
    }
    if (typeof v === 'function') {
      const name = typeof v.name === 'string' ? v.name : '';
      const masked = redactString(name);
      return masked === name ? v : `[Function: ${masked}]`;
    }
    if (typeof v !== 'object' || v === null) return v;
    for (let i = 0; i < depth; i++) if (path[i] === v) return CIRCULAR;
    path[depth] = v;
    try {
      const proto: unknown = Object.getPrototypeOf(v);
      if (proto === Object.prototype || proto === null) {
        if (depth > maxDepth) return DEPTH;
        if (printsJson(v)) return walkJson(v, depth);
        // printsMore's toJSON test was just answered (no toJSON): under JSON only symbols remain,
        // which JSON ignores (a second megamorphic toJSON lookup per object was ~10% of the walk).
        return walkEntries(v, depth, inspect && printsMore(v), proto as object | null);
      }
      if (Array.isArray(v)) return depth > maxDepth ? DEPTH : walkArray(v, depth);
      if (isSecret(v)) return v.masked;
      // A built-in type's subclass (or value) with a toJSON of its own: what that returns is printed.
      if (customJson(v)) return depth > maxDepth ? DEPTH : walkJson(v, depth);
      if (ArrayBuffer.isView(v)) return binaryView(v);
      // A boxed string prints as its text (JSON) or as [String: '…'] (util.inspect): judged as that text.
      if (v instanceof String) {
        const text = v.valueOf();
        const masked = redactString(text);
        return masked === text ? v : masked;
      }
      if (v instanceof Date || v instanceof RegExp || v instanceof ArrayBuffer) return v;
      if (depth > maxDepth) return DEPTH;
      if (v instanceof Map) return walkMap(v, depth);
      if (v instanceof Set) return walkSet(v, depth);
      if (v instanceof Error) return redactError(v, depth);
      if (typeof URL !== 'undefined' && v instanceof URL) {
        const href = v.href;
        const masked = redactString(href);
        return masked === href ? v : masked;
      }
      // A class instance: what its toJSON returns, as JSON prints it (a Money class's "$12.34"),
      // else its own enumerable properties as plain data.
      if (printsJson(v)) return walkJson(v, depth);
      return walkEntries(v, depth, true, Object.prototype);
    } catch {
      return UNREADABLE;
    }
  };

  /** What `v.toJSON()` returns, walked (util.inspect ignores toJSON, so never under inspect). */
  const walkJson = (v: object, depth: number): unknown => {
    const json = (v as { toJSON: (key: string) => unknown }).toJSON('');
    return json === v ? walkEntries(v, depth, true, Object.prototype) : walk(json, depth + 1);
  };

  /**
   * A Buffer or typed array: key material (a DER key, a key store) is replaced whole; bytes that
   * read as text holding a token (`Buffer.from(token)`, which JSON prints as its byte values and
   * util.inspect as hex) become that text, masked. Up to 16 MiB is read as text; a larger array
   * is replaced by its size.
   */
  const binaryView = (v: ArrayBufferView): unknown => {
    const bytes = bytesOf(v);
    if (!bytes) return v;
    if (detector.scanBinary(bytes).length > 0) return BINARY_KEY;
    if (bytes.length < 8) return v;
    // Larger than this is not read as text, and not printed either: its bytes could spell a token.
    if (bytes.length > MAX_TEXT_VIEW) return `[${bytes.length} bytes not shown]`;
    const text = utf8.decode(bytes);
    if (!detector.mayContainSecret(text)) return v;
    const masked = redactString(text);
    return masked === text ? v : masked;
  };

  const walkArray = (v: unknown[], depth: number, secret = false): unknown => {
    const values = valuesAt(depth);
    // A huge (or sparse: `a[1e9] = 1`) array is walked up to MAX_ITEMS; the copy says how many
    // more there were (printers stop far sooner: pino at 100 items, util.inspect at 100).
    const n = Math.min(v.length, MAX_ITEMS);
    // An own toJSON would serialise something else than the items: the copy drops it.
    // util.inspect also prints named and symbol-keyed properties of an array: the copy has items only.
    let changed = (v as { toJSON?: unknown }).toJSON !== undefined || (inspect && (Object.getOwnPropertySymbols(v).length !== 0 || Object.getOwnPropertyNames(v).length !== n + 1));
    try {
      for (let i = 0; i < n; i++) {
        let item: unknown;
        try {
          item = v[i];
          if (rereads && !changed && v[i] !== item) changed = true;
        } catch {
          values[i] = UNREADABLE;
          changed = true;
          continue;
        }
        const out = secret ? maskUnderKey(item, depth + 1) : walk(item, depth + 1);
        values[i] = out;
        if (out !== item) changed = true;
      }
      if (!changed && n === v.length) return v;
      const copy = new Array<unknown>(n);
      for (let i = 0; i < n; i++) if (i in v) copy[i] = values[i];
      if (n < v.length) copy.push(`[${v.length - n} more items not shown]`);
      return copy;
    } finally {
      release(values, n);
    }
  };

  /**
   * Whether a Map or Set shows more than its entries when serialised: a subclass (its own toJSON
   * or fields), own enumerable properties (JSON prints them), or what printsMore sees. Such a
   * value is always copied.
   */
  const showsMore = (v: object, base: object): boolean => {
    if (Object.getPrototypeOf(v) !== base || printsMore(v)) return true;
    for (const key in v) if (hasOwn.call(v, key)) return true;
    return false;
  };

  const walkMap = (v: Map<unknown, unknown>, depth: number): unknown => {
    const entries: [unknown, unknown][] = [];
    let changed = showsMore(v, Map.prototype);
    for (const [k, item] of v) {
      // Keys are printed too (util.inspect, winston's prettyPrint): a string key is masked.
      const key = typeof k === 'string' ? redactString(k) : walk(k, depth + 1);
      const out = typeof k === 'string' && isSecretKey(k) ? maskUnderKey(item, depth + 1) : walk(item, depth + 1);
      if (key !== k || out !== item) changed = true;
      entries.push([key, out]);
    }
    return changed ? new Map(entries) : v;
  };

  const walkSet = (v: Set<unknown>, depth: number): unknown => {
    const items: unknown[] = [];
    let changed = showsMore(v, Set.prototype);
    for (const item of v) {
      const out = walk(item, depth + 1);
      if (out !== item) changed = true;
      items.push(out);
    }
    return changed ? new Set(items) : v;
  };

  const redactError = (err: Error, depth: number): Error => {
    // A DOMException (every aborted fetch's AbortError) has brand-checked getters on its
    // prototype: on a copy they throw when a serializer reads them. Its copy is a plain Error
    // with the same name, message and code (from a bug: log.error(signal.reason) threw).
    const host = typeof DOMException !== 'undefined' && err instanceof DOMException;
    let failed = false;
    const read = (key: 'message' | 'stack' | 'name' | 'cause' | 'errors'): unknown => {
      try {
        return (err as AggregateError)[key];
      } catch {
        failed = true;
        return UNREADABLE;
      }
    };
    const name = read('name');
    const message = read('message');
    const stack = read('stack');
    const maskedMessage = walk(message, depth + 1);
    const maskedStack = walk(stack, depth + 1);
    const hasCause = 'cause' in err;
    const cause = hasCause ? read('cause') : undefined;
    const maskedCause = hasCause ? walk(cause, depth + 1) : undefined;
    // AggregateError's errors are printed by util.inspect and by pino's error serializer.
    const aggregate = typeof AggregateError !== 'undefined' && err instanceof AggregateError;
    const errors = aggregate ? walk(read('errors'), depth + 1) : undefined;
    let changed = host || aggregate || failed || maskedMessage !== message || maskedStack !== stack || maskedCause !== cause;
    // What a serialiser reads again (a getter on message) or reads besides (a toJSON, symbols
    // under util.inspect) keeps the original from being handed on.
    if (!changed) {
      try {
        changed = printsMore(err) || (rereads && (err.message !== message || err.stack !== stack || (hasCause && err.cause !== cause)));
      } catch {
        changed = true;
      }
    }
    // Its own enumerable properties (code, status…) decide the rest: the original when none changed.
    const own = walkEntries(err, depth, changed, null) as Record<string, unknown>;
    if ((own as object) === err) return err;
    const copy = Object.create(host ? Error.prototype : (Object.getPrototypeOf(err) as object)) as Error;
    const hidden = (key: string, v: unknown): void => {
      Object.defineProperty(copy, key, { value: v, writable: true, configurable: true, enumerable: false });
    };
    hidden('name', name);
    hidden('message', maskedMessage);
    hidden('stack', maskedStack);
    if (hasCause) hidden('cause', maskedCause);
    if (aggregate) hidden('errors', errors);
    if (host) {
      // Printed as the original is: its class (pino's err serializer reads constructor.name for
      // `type`) and what `for…in` finds on it (name, code and the legacy code constants), so a
      // token-free AbortError comes out as plain pino writes it.
      hidden('constructor', err.constructor);
      for (const key in err) {
        if (key === 'message' || key === 'stack') continue;
        let item: unknown;
        try {
          item = (err as unknown as Record<string, unknown>)[key];
        } catch {
          item = UNREADABLE;
        }
        Object.defineProperty(copy, key, { value: walk(item, depth + 1), enumerable: true, writable: true, configurable: true });
      }
    }
    for (const key of Object.keys(own)) set(copy as unknown as Record<string, unknown>, key, own[key]);
    return copy;
  };

  return <T>(value: T): T => {
    // A walk started from inside this one (a getter that logs) gets state of its own.
    if (busy) return createValueRedactor(options)(value);
    busy = true;
    try {
      return walk(value, 0) as T;
    } finally {
      path.fill(undefined);
      busy = false;
    }
  };
}

/** A value under a secret name masked: "Bearer ntn_…" → "Bearer ntn_****" (the auth scheme kept). */
function maskCredential(value: string): string {
  // A value masked already (a child's bindings masked when the child was made, walked again
  // before a line is written) keeps its prefix: `ghp_****` stays, not `****`.
  if (isMasked(value)) return value;
  const scheme = AUTH_SCHEME.exec(value);
  return scheme ? `${scheme[0]}${mask(value.slice(scheme[0].length))}` : mask(value);
}

/** A rawHeaders list with the values after secret header names masked; itself when none is. */
function maskRawHeaders(list: unknown[], isSecretKey: (name: string) => boolean): unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 1; i < list.length && i < 2 * MAX_ITEMS; i += 2) {
    const name = list[i - 1];
    const value = list[i];
    if (typeof name !== 'string' || typeof value !== 'string' || value.length === 0 || !isSecretKey(name)) continue;
    const masked = maskCredential(value);
    if (masked !== value) (copy ??= [...list])[i] = masked;
  }
  return copy ?? list;
}

/**
 * `target[key] = value`, except that an own "__proto__" key (JSON.parse makes them) stays an own
 * property instead of running the prototype setter, which would drop it or re-parent the copy.
 */
function set(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

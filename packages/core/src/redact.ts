import { createDetector, type Detector } from './detector/index.js';
import { isSecretKeyName } from './keys.js';
import { maskWithPrefixes } from './mask.js';
import { isSecretQueryParam, maskQueryParams } from './query.js';
import { catalog } from './rules/index.js';
import { isSecret } from './secret.js';

let defaultDetector: Detector | undefined;
let catalogPrefixes: string[] | undefined;

/** The detector over the built-in catalog, created on first use and shared. */
export function getDefaultDetector(): Detector {
  defaultDetector ??= createDetector();
  return defaultDetector;
}

/** Masks a secret, keeping only a known provider prefix: `mask(notionToken) === 'ntn_****'`. */
export function mask(secret: string): string {
  catalogPrefixes ??= [...new Set(catalog.flatMap((r) => r.prefixes ?? []))].sort((a, b) => b.length - a.length);
  return maskWithPrefixes(String(secret), catalogPrefixes);
}

export interface RedactOptions {
  /** Detector to use; defaults to the built-in catalog. */
  readonly detector?: Detector;
  /**
   * Credential query parameters (`?access_token=…`, `&sig=…`): masked by default with
   * `isSecretQueryParam`; a function judges parameter names instead; `false` leaves them.
   */
  readonly query?: boolean | ((name: string) => boolean);
}

/**
 * `text` with every detected secret and credential query parameter replaced by its mask.
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
}

const CIRCULAR = '[Circular]';
const DEPTH = '[Depth limit]';
const UNREADABLE = '[Unreadable]';

/**
 * A deep copy of `value` with secrets masked: values under secret-named keys at any depth,
 * any string the detector flags, `Secret`s, and Error messages, stacks and causes. Never mutates
 * its input, survives cycles and throwing getters, and keeps the shape of plain data.
 */
export function redactValue<T>(value: T, options: RedactValueOptions = {}): T {
  const detector = options.detector ?? getDefaultDetector();
  const maxDepth = options.maxDepth ?? 10;
  const isSecretKey = options.isSecretKey ?? isSecretKeyName;
  const redactString = options.redactString ?? ((s: string): string => redact(s, { detector }));
  const ancestors = new Set<object>();

  const maskUnderKey = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') {
      if (v.length === 0) return v;
      // "Bearer ntn_…" → "Bearer ntn_****": keep the auth scheme, mask the credential.
      const scheme = /^(Bearer|Basic|Token|Bot|token)\s+/.exec(v);
      return scheme ? `${scheme[0]}${mask(v.slice(scheme[0].length))}` : mask(v);
    }
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return '****';
    return walk(v, depth);
  };

  const walkEntries = (source: object, target: Record<string, unknown>, depth: number): void => {
    let keys: string[];
    try {
      keys = Object.keys(source);
    } catch {
      return;
    }
    for (const key of keys) {
      let v: unknown;
      try {
        v = (source as Record<string, unknown>)[key];
      } catch {
        set(target, key, UNREADABLE);
        continue;
      }
      // A copied toJSON would serialise the original, unredacted: the copy is plain data.
      if (key === 'toJSON' && typeof v === 'function') continue;
      set(target, key, isSecretKey(key) ? maskUnderKey(v, depth + 1) : walk(v, depth + 1));
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
    if (isSecret(v)) return v.masked;
    if (v instanceof Date || v instanceof RegExp || ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return v;
    if (ancestors.has(v)) return CIRCULAR;
    if (depth > maxDepth) return DEPTH;
    ancestors.add(v);
    try {
      if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
      if (v instanceof Map) {
        const out = new Map<unknown, unknown>();
        // Keys are printed too (util.inspect, winston's prettyPrint): a string key is masked.
        for (const [k, item] of v) out.set(typeof k === 'string' ? redactString(k) : walk(k, depth + 1), typeof k === 'string' && isSecretKey(k) ? maskUnderKey(item, depth + 1) : walk(item, depth + 1));
        return out;
      }
      if (v instanceof Set) return new Set([...v].map((item) => walk(item, depth + 1)));
      if (v instanceof Error) return redactError(v, depth);
      if (typeof URL !== 'undefined' && v instanceof URL) return redactString(v.href);
      const proto: unknown = Object.getPrototypeOf(v);
      const plain = proto === Object.prototype || proto === null;
      const out: Record<string, unknown> = plain ? Object.create(proto as object | null) : {};
      walkEntries(v, out, depth);
      return out;
    } catch {
      return UNREADABLE;
    } finally {
      ancestors.delete(v);
    }
  };

  const redactError = (err: Error, depth: number): Error => {
    // A DOMException (every aborted fetch's AbortError) has brand-checked getters on its
    // prototype: on a copy they throw when a serializer reads them. Its copy is a plain Error
    // with the same name, message and code (from a bug: log.error(signal.reason) threw).
    const host = typeof DOMException !== 'undefined' && err instanceof DOMException;
    const copy = Object.create(host ? Error.prototype : (Object.getPrototypeOf(err) as object)) as Error;
    const hidden = (key: string, v: unknown): void => {
      Object.defineProperty(copy, key, { value: v, writable: true, configurable: true, enumerable: false });
    };
    const read = (key: 'message' | 'stack' | 'name'): unknown => {
      try {
        return err[key];
      } catch {
        return UNREADABLE;
      }
    };
    hidden('name', read('name'));
    hidden('message', walk(read('message'), depth + 1));
    hidden('stack', walk(read('stack'), depth + 1));
    if ('cause' in err) hidden('cause', walk(err.cause, depth + 1));
    if (host) Object.defineProperty(copy, 'code', { value: (err as DOMException).code, enumerable: true, writable: true, configurable: true });
    walkEntries(err, copy as unknown as Record<string, unknown>, depth);
    return copy;
  };

  return walk(value, 0) as T;
}

/**
 * `target[key] = value`, except that an own "__proto__" key (JSON.parse makes them) stays an own
 * property instead of running the prototype setter, which would drop it or re-parent the copy.
 */
function set(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

import { createDetector, type Detector, isSecret, isSecretKeyName, type KeywardConfig, redact, redactValue } from '@keyward/core';
import { LoggerOptionsError } from './errors.js';

/** Options of the redaction itself (the `keyward` key of createLogger's options). */
export interface RedactionOptions {
  /** The shared keyward config (disabled rules, custom rules, allowlists). */
  readonly config?: KeywardConfig;
  /** Values nested deeper are replaced by "[Depth limit]". Default 8. */
  readonly maxDepth?: number;
  /** Extra key names to treat as secret, beyond the built-in name matcher. */
  readonly keys?: readonly string[];
}

const OPTION_KEYS = new Set(['config', 'maxDepth', 'keys']);
const FAILED = '[keyward: value could not be redacted]';
// Query parameters whose value is a credential even when it does not look like one.
const QUERY_PARAM = /([?&;])([A-Za-z0-9_.[\]-]{1,64})=([^&#\s"'<>]+)/g;
const QUERY_SECRETS = new Set(['sig', 'signature', 'code', 'key', 'apikey', 'auth', 'pass', 'pw', 'access_token', 'refresh_token', 'id_token', 'client_secret', 'x-amz-signature', 'x-amz-credential', 'x-amz-security-token']);

export interface Redactor {
  /** A string with tokens and credential query parameters masked. */
  readonly string: (s: string) => string;
  /** A value (object, array, Error…) redacted, or itself when nothing needed masking. */
  readonly value: <T>(v: T) => T;
}

/**
 * Validates options and builds the record redactor once. The per-record path first checks,
 * without allocating, whether anything needs masking: most log records need nothing, and those
 * are passed through untouched.
 */
export function createRedactor(options: RedactionOptions = {}): Redactor {
  const problems: string[] = [];
  if (typeof options !== 'object' || options === null) problems.push('keyward must be an object.');
  else {
    for (const key of Object.keys(options)) if (!OPTION_KEYS.has(key)) problems.push(`unknown option keyward.${key} (expected config, maxDepth or keys).`);
    if (options.maxDepth !== undefined && (!Number.isInteger(options.maxDepth) || options.maxDepth < 1 || options.maxDepth > 100)) problems.push('keyward.maxDepth must be a whole number from 1 to 100.');
    if (options.keys !== undefined && (!Array.isArray(options.keys) || options.keys.some((k) => typeof k !== 'string'))) problems.push('keyward.keys must be an array of strings.');
  }
  if (problems.length > 0) throw new LoggerOptionsError(problems);

  const detector: Detector = createDetector(options.config ? { config: options.config } : {});
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

  // Log fields repeat (user agents, hosts, routes): remember short strings found clean. Bounded,
  // and cleared when full, so hostile input cannot grow it.
  const clean = new Set<string>();
  const hasSecretQuery = (s: string): boolean => {
    if (!s.includes('=') || (!s.includes('?') && !s.includes('&'))) return false;
    QUERY_PARAM.lastIndex = 0;
    for (let m = QUERY_PARAM.exec(s); m; m = QUERY_PARAM.exec(s)) {
      const name = (m[2] ?? '').toLowerCase();
      if (QUERY_SECRETS.has(name) || isSecretKey(name)) return true;
    }
    return false;
  };

  const redactString = (s: string): string => {
    if (s.length <= 256 && clean.has(s)) return s;
    let out = detector.scan(s).length > 0 ? redact(s, { detector }) : s;
    if (hasSecretQuery(out)) {
      out = out.replace(QUERY_PARAM, (all, sep: string, name: string) => {
        const lower = name.toLowerCase();
        return QUERY_SECRETS.has(lower) || isSecretKey(lower) ? `${sep}${name}=****` : all;
      });
    }
    if (out === s && s.length <= 256) {
      if (clean.size >= 5000) clean.clear();
      clean.add(s);
    }
    return out;
  };

  const stringNeedsWork = (s: string): boolean => {
    if (s.length <= 7) return hasSecretQuery(s);
    if (s.length <= 256 && clean.has(s)) return false;
    const dirty = detector.scan(s).length > 0 || hasSecretQuery(s);
    if (!dirty && s.length <= 256) {
      if (clean.size >= 5000) clean.clear();
      clean.add(s);
    }
    return dirty;
  };

  // Allocation-free walk: true as soon as anything would be masked. Instead of a visited set it
  // has a node budget and the depth bound: a cycle or a huge value exhausts one of them and is
  // handed to redactValue, which copes with both.
  let budget = 0;
  const needsWork = (v: unknown, depth: number): boolean => {
    if (typeof v === 'string') return stringNeedsWork(v);
    if (typeof v !== 'object' || v === null) return false;
    if (isSecret(v) || v instanceof Error || v instanceof Map || v instanceof Set) return true;
    if (depth > maxDepth || --budget < 0) return true;
    if (v instanceof Date || ArrayBuffer.isView(v)) return false;
    if (Array.isArray(v)) {
      for (const item of v) if (needsWork(item, depth + 1)) return true;
      return false;
    }
    for (const key in v) {
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      const item = (v as Record<string, unknown>)[key];
      if (isSecretKey(key) && item !== undefined && item !== null && item !== '') return true;
      if (needsWork(item, depth + 1)) return true;
    }
    return false;
  };

  const value = <T>(v: T): T => {
    try {
      if (typeof v === 'string') return redactString(v) as T;
      budget = 2000;
      if (!needsWork(v, 0)) return v;
      const copy = redactValue(v, { detector, maxDepth, isSecretKey });
      return deepStrings(copy, redactString, maxDepth) as T;
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

  return { string, value };
}

/** Applies the query-parameter masking to strings of an already-copied value, in place. */
function deepStrings(v: unknown, fn: (s: string) => string, depth: number): unknown {
  if (depth < 0 || typeof v !== 'object' || v === null) return typeof v === 'string' ? fn(v) : v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = deepStrings(v[i], fn, depth - 1);
    return v;
  }
  if (Object.isFrozen(v) || v instanceof Map || v instanceof Set || isSecret(v)) return v;
  for (const key of Object.keys(v)) {
    const d = Object.getOwnPropertyDescriptor(v, key);
    if (d && 'value' in d && d.writable) (v as Record<string, unknown>)[key] = deepStrings(d.value, fn, depth - 1);
  }
  if (v instanceof Error) {
    for (const key of ['message', 'stack'] as const) if (typeof v[key] === 'string') Object.defineProperty(v, key, { value: fn(v[key] as string) });
    if (v.cause !== undefined) Object.defineProperty(v, 'cause', { value: deepStrings(v.cause, fn, depth - 1) });
  }
  return v;
}

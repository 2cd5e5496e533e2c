import { isPlaceholder } from './allowlist.js';
import { EnvError, KeywardError } from './errors.js';
import { getDefaultDetector } from './redact.js';
import { catalog } from './rules/index.js';
import { Secret } from './secret.js';
import type { Rule } from './types.js';

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/** How one variable is read. Build with the `env.*` helpers. */
export interface EnvSpec<T> {
  /** What the variable must hold, for messages: "a port number (1-65535)". */
  readonly expected: string;
  /** Parses a present, non-empty raw value. Never echoes it in a problem. */
  readonly parse: (raw: string) => Parsed<T>;
  readonly optional: boolean;
  readonly fallback?: { readonly value: T };
}

interface Options<T> {
  /** Used when the variable is unset or empty. */
  readonly default?: T;
  /** When true, an unset variable yields `undefined` instead of an error. */
  readonly optional?: boolean;
}

type Result<T, O> = O extends { optional: true } ? T | undefined : T;

function spec<T, O extends Options<T>>(expected: string, parse: (raw: string) => Parsed<T>, options?: O): EnvSpec<Result<T, O>> {
  return Object.freeze({
    expected,
    parse,
    optional: options?.optional === true,
    ...(options && 'default' in options ? { fallback: { value: options.default as T } } : {}),
  }) as EnvSpec<Result<T, O>>;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

function tokenRules(kind: string): Rule[] {
  const wanted = kind.toLowerCase();
  return catalog.filter((r) => r.provider.toLowerCase() === wanted || r.id === kind);
}

/** Whether `value` is, in full, a token of `rule` (keyed and context rules match bare values). */
function isWholeToken(rule: Rule, value: string): boolean {
  const re = new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, ''));
  const m = re.exec(value);
  if (!m) return false;
  let g = rule.secretGroup ?? 1;
  while (g < m.length && m[g] === undefined) g++;
  return m[g] === value;
}

/** Readers for `defineEnv` schemas. Tokens and secrets come back wrapped in `Secret`. */
export const env = {
  string: <O extends Options<string>>(options?: O) => spec('a string', ok, options),
  number: <O extends Options<number>>(options?: O) =>
    spec('a number', (raw) => (raw.trim() !== '' && Number.isFinite(Number(raw)) ? ok(Number(raw)) : fail('expected a number.')), options),
  int: <O extends Options<number>>(options?: O) =>
    spec('a whole number', (raw) => (/^-?\d+$/.test(raw.trim()) ? ok(Number.parseInt(raw, 10)) : fail('expected a whole number.')), options),
  port: <O extends Options<number>>(options?: O) =>
    spec(
      'a port number (1-65535)',
      (raw) => {
        const n = Number(raw);
        return /^\d+$/.test(raw.trim()) && n >= 1 && n <= 65535 ? ok(n) : fail('expected a port number from 1 to 65535.');
      },
      options,
    ),
  boolean: <O extends Options<boolean>>(options?: O) =>
    spec(
      'true or false',
      (raw) => {
        const v = raw.trim().toLowerCase();
        if (['true', '1', 'yes', 'on'].includes(v)) return ok(true);
        if (['false', '0', 'no', 'off'].includes(v)) return ok(false);
        return fail('expected true/false (or 1/0, yes/no, on/off).');
      },
      options,
    ),
  url: <O extends Options<string>>(options?: O) =>
    spec(
      'an absolute URL',
      (raw) => {
        try {
          return ok(new URL(raw).href);
        } catch {
          return fail('expected an absolute URL such as https://api.example.com.');
        }
      },
      options,
    ),
  enum: <const V extends readonly string[], O extends Options<V[number]>>(values: V, options?: O) =>
    spec(`one of ${values.join(', ')}`, (raw) => (values.includes(raw) ? ok(raw as V[number]) : fail(`expected one of: ${values.join(', ')}.`)), options),
  /** Any non-empty value, returned as a `Secret`. */
  secret: <O extends Options<Secret>>(options?: O) =>
    spec('a secret', (raw) => (isPlaceholder(raw) ? fail('looks like a placeholder; set the real value.') : ok(new Secret(raw))), options),
  /**
   * A token of a catalog provider (`'Notion'`, `'GitHub'`) or rule id, validated against the
   * catalog's formats and returned as a `Secret`.
   */
  token: <O extends Options<Secret>>(provider: string, options?: O) => {
    const rules = tokenRules(provider);
    if (rules.length === 0) {
      throw new KeywardError('KEYWARD_SCHEMA_INVALID', `env.token("${provider}") names no provider or rule in the catalog; use a provider name such as "Notion" or a rule id.`);
    }
    const shapes = [...new Set(rules.flatMap((r) => r.prefixes ?? []))].map((p) => `${p}…`);
    const label = `${rules[0]?.provider ?? provider} token${shapes.length > 0 ? ` (${shapes.join(' or ')})` : ''}`;
    return spec(
      `a ${label}`,
      (raw) => {
        const value = raw.trim();
        if (isPlaceholder(value)) return fail(`looks like a placeholder; set a real ${label}.`);
        if (rules.some((r) => isWholeToken(r, value))) return ok(new Secret(value));
        const other = getDefaultDetector().scan(value)[0];
        const hint = other && other.provider !== rules[0]?.provider ? ` It looks like a ${other.provider} credential (${other.redacted}) instead.` : '';
        return fail(`expected a ${label}; the value (${value.length} characters) does not match that format.${hint}`);
      },
      options,
    );
  },
};

type Schema = Record<string, EnvSpec<unknown>>;
export type EnvOf<S extends Schema> = { readonly [K in keyof S]: S[K] extends EnvSpec<infer T> ? T : never };

/**
 * Reads the environment once, validates every variable of `schema`, and returns a frozen, typed
 * object (tokens as `Secret`s). Throws one `EnvError` listing every problem; it never contains a
 * raw value. This is the one blessed reader of the environment (see no-raw-process-env).
 */
export function defineEnv<S extends Schema>(schema: S, source?: Readonly<Record<string, string | undefined>>): EnvOf<S> {
  const from = source ?? (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  const out: Record<string, unknown> = {};
  const issues: { name: string; problem: string }[] = [];
  for (const [name, s] of Object.entries(schema)) {
    const raw = from[name];
    if (raw === undefined || raw === '') {
      if (s.fallback) out[name] = s.fallback.value;
      else if (s.optional) out[name] = undefined;
      else issues.push({ name, problem: `is not set; expected ${s.expected}.` });
      continue;
    }
    const parsed = s.parse(raw);
    if (parsed.ok) out[name] = parsed.value;
    else issues.push({ name, problem: parsed.problem });
  }
  if (issues.length > 0) throw new EnvError(issues);
  return Object.freeze(out) as EnvOf<S>;
}

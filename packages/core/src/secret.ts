import { mask } from './redact.js';

// A registry-wide symbol, so a Secret made by the ESM build is recognised by the CJS build (and
// by @keyward/logger's own copy of core) too.
const BRAND = Symbol.for('keyward.secret');
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * A value that refuses to print itself. `String(s)`, template literals, `JSON.stringify`,
 * `console.log` and `util.inspect` all show the mask (`ntn_****`); only `reveal()` returns the
 * value. The logger and reports recognise it with `isSecret`.
 */
export class Secret<T = string> {
  readonly #value: T;
  /** The masked form: the provider prefix, if any, then `****`. */
  readonly masked: string;

  constructor(value: T, options: { readonly masked?: string } = {}) {
    this.#value = value;
    this.masked = options.masked ?? (typeof value === 'string' ? mask(value) : '****');
    Object.defineProperty(this, BRAND, { value: true });
    Object.freeze(this);
  }

  /** The raw value. Every call site is a place a secret leaves its wrapper: keep them few. */
  reveal(): T {
    return this.#value;
  }

  toString(): string {
    return this.masked;
  }

  toJSON(): string {
    return this.masked;
  }

  [Symbol.toPrimitive](): string {
    return this.masked;
  }

  [INSPECT](): string {
    return `Secret(${this.masked})`;
  }
}

/** True for any keyward `Secret`, whichever copy or build of core created it. */
export function isSecret(value: unknown): value is Secret<unknown> {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

import type { RedactionOptions } from './redactor.js';
import { createRedactor } from './redactor.js';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Method = (typeof METHODS)[number];

/**
 * Wraps console methods so every argument is redacted before it is printed. Returns a function
 * that restores the originals. Strings are masked; objects and Errors are redacted copies.
 */
export function redactConsole(target: Pick<Console, Method> = console, options: RedactionOptions = {}): () => void {
  const redactor = createRedactor(options, { inspect: true });
  const originals = new Map<Method, (...args: unknown[]) => void>();
  for (const name of METHODS) {
    const original = target[name] as (...args: unknown[]) => void;
    if (typeof original !== 'function') continue;
    originals.set(name, original);
    target[name] = (...args: unknown[]) => original.apply(target, args.map((a) => (typeof a === 'string' ? redactor.string(a) : redactor.value(a))));
  }
  return () => {
    for (const [name, original] of originals) target[name] = original;
  };
}

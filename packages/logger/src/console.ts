import { format } from 'node:util';
import type { RedactionOptions } from './redactor.js';
import { createRedactor } from './redactor.js';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Method = (typeof METHODS)[number];

/**
 * Wraps console methods so what they print is redacted. Returns a function that restores the
 * originals. Objects and Errors become redacted copies, then the line is formatted as console
 * formats it and masked as a whole: Map keys, Symbol descriptions, function names and tokens
 * split across `%s` arguments only exist in the formatted text (from a bug: they leaked).
 */
export function redactConsole(target: Pick<Console, Method> = console, options: RedactionOptions = {}): () => void {
  const redactor = createRedactor(options, { inspect: true });
  const originals = new Map<Method, (...args: unknown[]) => void>();
  for (const name of METHODS) {
    const original = target[name] as (...args: unknown[]) => void;
    if (typeof original !== 'function') continue;
    originals.set(name, original);
    target[name] = (...args: unknown[]) => {
      let line: string;
      try {
        line = redactor.string(format(...args.map((a) => (typeof a === 'string' ? a : redactor.value(a)))));
      } catch {
        line = '[keyward: value could not be redacted]';
      }
      original.call(target, line);
    };
  }
  return () => {
    for (const [name, original] of originals) target[name] = original;
  };
}

import { format } from 'node:util';
import type { RedactionOptions } from './redactor.js';
import { createRedactor } from './redactor.js';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Method = (typeof METHODS)[number];

/**
 * Wraps console methods so what they print is redacted (log, info, warn, error, debug, trace;
 * and dir, table, assert, dirxml, group, groupCollapsed where the target has them). Returns a function that restores the
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
  // What prints an object as util.inspect shows it, or a table of it: handed a redacted copy.
  const extra = target as Partial<Pick<Console, 'dir' | 'table' | 'assert' | 'dirxml' | 'group' | 'groupCollapsed'>>;
  const restore: (() => void)[] = [];
  const wrap = <K extends 'dir' | 'table' | 'assert' | 'dirxml' | 'group' | 'groupCollapsed'>(name: K, make: (original: (...args: unknown[]) => void) => (...args: unknown[]) => void): void => {
    const original = extra[name] as ((...args: unknown[]) => void) | undefined;
    if (typeof original !== 'function') return;
    (extra as Record<string, unknown>)[name] = make(original);
    restore.push(() => {
      (extra as Record<string, unknown>)[name] = original;
    });
  };
  const safeValue = (v: unknown): unknown => {
    try {
      return typeof v === 'string' ? redactor.string(v) : redactor.value(v);
    } catch {
      return '[keyward: value could not be redacted]';
    }
  };
  const safeLine = (args: unknown[]): string => {
    try {
      return redactor.string(format(...args.map((a) => (typeof a === 'string' ? a : redactor.value(a)))));
    } catch {
      return '[keyward: value could not be redacted]';
    }
  };
  wrap('dir', (original) => (obj, ...rest) => original.call(target, safeValue(obj), ...rest));
  wrap('table', (original) => (data, ...rest) => original.call(target, safeValue(data), ...rest));
  // console.assert prints its data only when the condition is falsy.
  wrap('assert', (original) => (condition, ...data) => original.call(target, condition, ...(data.length > 0 ? [safeLine(data)] : [])));
  for (const name of ['dirxml', 'group', 'groupCollapsed'] as const) wrap(name, (original) => (...args) => original.call(target, ...(args.length > 0 ? [safeLine(args)] : [])));
  return () => {
    for (const [name, original] of originals) target[name] = original;
    for (const undo of restore) undo();
  };
}

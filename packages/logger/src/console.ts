import { format } from 'node:util';
import type { RedactionOptions } from './redactor.js';
import { createRedactor } from './redactor.js';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Method = (typeof METHODS)[number];
// Methods wrapped where the target has them (a custom target may not).
type Extra = 'dir' | 'table' | 'assert' | 'dirxml' | 'group' | 'groupCollapsed' | 'time' | 'timeEnd' | 'timeLog' | 'count' | 'countReset';
type Print = (...args: unknown[]) => void;
const FAILED = '[keyward: value could not be redacted]';

/**
 * Wraps console methods so what they print is redacted (log, info, warn, error, debug, trace;
 * and dir, table, assert, dirxml, group, groupCollapsed, and the labels of time, timeEnd, timeLog, count and countReset, where the target has them). Returns a function that restores the
 * originals. Objects and Errors become redacted copies, then the line is formatted as console
 * formats it and masked as a whole: Map keys, Symbol descriptions, function names and tokens
 * split across `%s` arguments only exist in the formatted text (from a bug: they leaked).
 */
export function redactConsole(target: Pick<Console, Method> = console, options: RedactionOptions = {}): () => void {
  const redactor = createRedactor(options, { inspect: true });
  const methods = target as unknown as Record<Method | Extra, unknown>;
  const originals = new Map<Method | Extra, Print>();
  const wrap = (name: Method | Extra, make: (original: Print) => Print): void => {
    const original = methods[name];
    if (typeof original !== 'function') return;
    originals.set(name, original as Print);
    methods[name] = make(original as Print);
  };
  // One formatted, masked line, as console prints its arguments.
  const safeLine = (args: unknown[]): string => {
    try {
      return redactor.string(format(...args.map((a) => (typeof a === 'string' ? a : redactor.value(a)))));
    } catch {
      return FAILED;
    }
  };
  // What prints an object as util.inspect shows it, or a table of it: handed a redacted copy.
  const safeValue = (v: unknown): unknown => {
    try {
      return typeof v === 'string' ? redactor.string(v) : redactor.value(v);
    } catch {
      return FAILED;
    }
  };
  for (const name of METHODS) wrap(name, (original) => (...args) => original.call(target, safeLine(args)));
  wrap('dir', (original) => (obj, ...rest) => original.call(target, safeValue(obj), ...rest));
  wrap('table', (original) => (data, ...rest) => original.call(target, safeValue(data), ...rest));
  // console.assert prints its data only when the condition is falsy.
  wrap('assert', (original) => (condition, ...data) => original.call(target, condition, ...(data.length > 0 ? [safeLine(data)] : [])));
  for (const name of ['dirxml', 'group', 'groupCollapsed'] as const) wrap(name, (original) => (...args) => original.call(target, ...(args.length > 0 ? [safeLine(args)] : [])));
  // A label is printed with its timing or count, and in Node's own warning for an unknown one
  // (from an adversarial review: "No such label '<token>'"): masked the same way each call.
  const safeLabel = (label: unknown): unknown => (label === undefined ? label : safeValue(String(label)));
  for (const name of ['time', 'timeEnd', 'count', 'countReset'] as const) wrap(name, (original) => (label, ...rest) => original.call(target, safeLabel(label), ...rest));
  wrap('timeLog', (original) => (label, ...data) => original.call(target, safeLabel(label), ...(data.length > 0 ? [safeLine(data)] : [])));
  return () => {
    for (const [name, original] of originals) methods[name] = original;
  };
}

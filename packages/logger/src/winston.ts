import type { RedactionOptions } from './redactor.js';
import { createRedactor } from './redactor.js';

/** A winston (logform) info object. */
export interface WinstonInfo {
  level: string;
  message: unknown;
  [key: string | symbol]: unknown;
}

/** The shape winston (logform) calls: any object with `transform` is a format. */
export interface WinstonFormat {
  transform(info: WinstonInfo, options?: unknown): WinstonInfo;
}

/**
 * A winston format that masks secrets. It returns a new info object and never mutates the one it
 * was given (other transports may share it); symbol keys (level, message, splat) are carried over,
 * the formatted message and splat arguments redacted. Use it last in `format.combine(…)`.
 */
export function keywardWinstonFormat(options: RedactionOptions = {}): WinstonFormat {
  // Transports may print with util.inspect (prettyPrint, the console transport's objects).
  const redactor = createRedactor(options, { inspect: true });
  return {
    transform(info) {
      const plain: Record<string, unknown> = {};
      for (const key of Object.keys(info)) plain[key] = info[key];
      // `logger.error(err)` hands the Error itself on as the info object; its message is not an
      // own enumerable property, and format.simple() prints info.message (a new user's report:
      // "error: undefined"). Carried over, masked, as format.errors() would; the stack stays
      // format.errors({ stack: true })'s to add.
      if (info instanceof Error && !Object.prototype.hasOwnProperty.call(plain, 'message')) plain.message = info.message;
      const out: Record<string | symbol, unknown> = { ...redactor.value(plain) };
      for (const sym of Object.getOwnPropertySymbols(info)) {
        const v = info[sym];
        out[sym] = typeof v === 'string' ? redactor.string(v) : redactor.value(v);
      }
      return out as WinstonInfo;
    },
  };
}

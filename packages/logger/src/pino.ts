import { types } from 'node:util';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { LoggerOptionsError } from './errors.js';
import { createRedactor, type RedactionOptions, type Redactor } from './redactor.js';

type LogFn = (this: Logger, args: unknown[], method: (...args: unknown[]) => void, level: number) => void;
type Formatters = NonNullable<LoggerOptions['formatters']>;
type Hooks = NonNullable<LoggerOptions['hooks']>;

// msgPrefixSym is not in pino's type declarations (10.x), though pino exports it.
const { chindingsSym, errorKeySym, messageKeySym, msgPrefixSym, serializersSym, stringifiersSym, timeSym } = pino.symbols as unknown as Record<'chindingsSym' | 'errorKeySym' | 'messageKeySym' | 'msgPrefixSym' | 'serializersSym' | 'stringifiersSym' | 'timeSym', symbol>;
// pino's own time functions print a number or a date; a `timestamp` function of yours prints
// whatever it returns, which only the line pass sees (from a fifth review: it was written raw).
const STANDARD_TIME: ReadonlySet<unknown> = new Set(Object.values(pino.stdTimeFunctions));
type Internals = Record<symbol, unknown>;
// Set on a child whose bindings held what only the line pass sees (a request object with no
// serializer of its own); its children inherit it, as they inherit the bindings.
const lineBindingsSym = Symbol('keyward.lineBindings');

// Serializer sets seen, and whether they hold more than pino's default err serializer (whose
// input, an Error, the record pass has already masked).
const customSerializers = new WeakMap<object, boolean>();

/**
 * Whether this logger's lines must be masked whole: it has a msgPrefix or serializers of its
 * own, or the call's merging object holds an error pino will copy into msg.
 */
function needsLine(logger: Logger, first: unknown): boolean {
  const own = logger as unknown as Internals;
  if (own[msgPrefixSym] || own[lineBindingsSym] === true || !STANDARD_TIME.has(own[timeSym])) return true;
  // pino's own redact paths: their censor (a function or a string of yours) writes after keyward's pass.
  const stringifiers = own[stringifiersSym];
  if (typeof stringifiers === 'object' && stringifiers !== null) for (const _ in stringifiers) return true;
  const serializers = own[serializersSym];
  if (typeof serializers === 'object' && serializers !== null) {
    let custom = customSerializers.get(serializers);
    if (custom === undefined) {
      custom = Object.keys(serializers).some((k) => k !== 'err' || (serializers as Record<string, unknown>)[k] !== pino.stdSerializers.err);
      customSerializers.set(serializers, custom);
    }
    if (custom) return true;
  }
  if (typeof first !== 'object' || first === null) return false;
  const errorKey = (own[errorKeySym] as string | undefined) ?? 'err';
  const messageKey = (own[messageKeySym] as string | undefined) ?? 'msg';
  try {
    return (first as Record<string, unknown>)[errorKey] !== undefined && (first as Record<string, unknown>)[messageKey] === undefined;
  } catch {
    return true;
  }
}

// Each logger's serialised bindings as last checked (and masked where needed): a logger is checked
// again only when its bindings change (setBindings).
const checkedBindings = new WeakMap<object, string>();

/**
 * Masks a logger's serialised bindings (pino's chindings, `,"key":value…`) in place. pino formats
 * the bindings of a child with an identity function, not formatters.bindings, so a child that a
 * framework makes (fastify's request logger, with `logger: keywardPinoOptions()`, where
 * protectChildren cannot be applied) would print `password: 12345` as it is: the line pass masks
 * strings only. Parsed, walked and written again once per logger, and only when the detector's
 * keyword pass sees a possible secret name or token in them.
 */
function protectBindings(logger: Logger, redactor: Redactor): void {
  const own = logger as unknown as Internals;
  const chindings = own[chindingsSym];
  if (typeof chindings !== 'string' || chindings.length < 2 || checkedBindings.get(logger) === chindings) return;
  let safe = chindings;
  if (redactor.mayHoldSecret(chindings)) {
    try {
      const parsed = JSON.parse(`{${chindings.slice(1)}}`) as Record<string, unknown>;
      const masked = redactor.value(parsed);
      if (masked !== parsed) safe = `,${JSON.stringify(masked).slice(1, -1)}`;
    } catch {
      // Not JSON (a custom stringifier): the line pass masks what it can.
      safe = chindings;
    }
  }
  if (safe !== chindings) own[chindingsSym] = safe;
  checkedBindings.set(logger, safe);
}

/** Whether arguments follow the message string (`log.info('a %s', x)`, `log.info(obj, 'a %s', x)`). */
function hasFormatArgs(args: readonly unknown[]): boolean {
  const at = typeof args[0] === 'string' ? 0 : 1;
  return args.length > at + 1;
}

/** What keywardPinoOptions adds to a pino configuration. */
export interface KeywardPinoOptions {
  readonly formatters: Required<Pick<Formatters, 'log' | 'bindings'>> & Pick<Formatters, 'level'>;
  readonly hooks: Required<Pick<Hooks, 'logMethod' | 'streamWrite'>>;
}

const UNREADABLE = (error: unknown): string => `[unreadable: ${error instanceof Error ? error.name : typeof error}]`;

/**
 * An argument pino can read without throwing: a revoked Proxy or one whose traps throw becomes a
 * placeholder (pino itself would throw on it), so a log call never breaks the app. A Proxy is
 * handed on as the walker's copy (what its traps let be read), since pino reads it again.
 */
function readable(a: unknown, redactor: Redactor): unknown {
  if ((typeof a !== 'object' && typeof a !== 'function') || a === null) return a;
  // Only a Proxy's traps can throw where pino reads an object's prototype and keys (a log call
  // with an ordinary object allocates nothing here).
  if (!types.isProxy(a)) return a;
  try {
    Object.getPrototypeOf(a);
    Object.keys(a);
    return copyOf(a as object, redactor);
  } catch (error) {
    return UNREADABLE(error);
  }
}

/** Plain data read once from `a`: its own enumerable properties, walked (placeholders where a read throws). */
function copyOf(a: object, redactor: Redactor): object {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(a)) {
    try {
      copy[key] = (a as Record<string, unknown>)[key];
    } catch (error) {
      copy[key] = UNREADABLE(error);
    }
  }
  return redactor.value(copy);
}

/**
 * A format argument that `%s`/`%d` can print: one whose conversion throws (a null-prototype
 * object from querystring.parse or Object.groupBy, a throwing toString) is replaced by a plain
 * copy of its data, which prints as pino would print any object.
 */
function printable(a: unknown, redactor: Redactor): unknown {
  if (typeof a !== 'object' || a === null) return a;
  try {
    String(a);
    Number(a);
    return a;
  } catch (error) {
    try {
      const data: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(a)) if (typeof item !== 'function') data[key] = item;
      return redactor.value(data);
    } catch {
      return UNREADABLE(error);
    }
  }
}

/**
 * The merging object as pino may read it: pino reads `obj[messageKey]`, `obj[errorKey]` and that
 * error's `message` itself, before any formatter. When one of those reads throws (a Proxy or a
 * getter), or the error is a Proxy, the record is the walker's copy (placeholders where reads throw).
 */
function mergingObject(a: unknown, keys: { errorKey: string; messageKey: string }, redactor: Redactor): unknown {
  if (typeof a !== 'object' || a === null || a instanceof Error) return a;
  try {
    const o = a as Record<string, unknown>;
    void o[keys.messageKey];
    const err = o[keys.errorKey];
    if (typeof err === 'object' && err !== null) {
      if (types.isProxy(err)) return { ...o, [keys.errorKey]: copyOf(err, redactor) };
      void (err as { message?: unknown }).message;
    }
    return a;
  } catch {
    return copyOf(a, redactor);
  }
}

/** Makes the arguments of a log call safe to hand to pino: readable, and interpolated objects masked by key. */
function redactArgs(args: unknown[], redactor: Redactor, keys: { errorKey: string; messageKey: string }): unknown[] {
  let out: unknown[] | undefined;
  const formatFrom = typeof args[0] === 'string' ? 1 : 2;
  for (let i = 0; i < args.length; i++) {
    const read = readable(args[i], redactor);
    const a = i >= formatFrom ? printable(read, redactor) : i === 0 ? mergingObject(read, keys, redactor) : read;
    if (a !== args[i]) {
      // A merging object that cannot be read is logged as a message saying so; a copy of one is logged as it is.
      (out ??= [...args])[i] = i === 0 && typeof a === 'string' ? { keyward: a } : a;
      continue;
    }
    // The merging object (first argument) is left to formatters.log, which sees it after pino
    // merged mixins; Errors are copied here; strings are masked (a token split across %s
    // arguments is caught by the line pass, which such calls get).
    const safe = typeof a === 'string' ? redactor.string(a) : a instanceof Error || i > 0 ? redactor.value(a) : a;
    if (safe !== a) (out ??= [...args])[i] = safe;
  }
  return out ?? args;
}

/**
 * Your formatters, guarded: keyward's record pass runs before `log` and `bindings` and on their
 * output, and on what `level` returns, since each goes into the line as it is. Only the ones you
 * gave; used for the root logger and for a child's own formatters, which replace the parent's.
 */
function guardedFormatters(user: Formatters | undefined, redactor: Redactor): Formatters {
  const out: Formatters = {};
  const { log, bindings, level } = user ?? {};
  if (log) out.log = (o) => redactor.value(log(redactor.record(o)));
  if (bindings) out.bindings = (b) => redactor.value(bindings(redactor.record(b)));
  if (level) out.level = (label, number) => redactor.value(level(label, number));
  return out;
}

/**
 * pino options that mask secrets in every record: spread them into an existing pino setup
 * (`pino({ ...keywardPinoOptions(), level: 'info' })`). Uses pino's own extension points:
 * `formatters.log` (the merging object), `formatters.bindings` (child bindings) and
 * `hooks.logMethod` (the message and its arguments). Validates options now, not per call.
 */
export function keywardPinoOptions(options: RedactionOptions = {}, compose: { formatters?: Formatters; hooks?: Hooks } = {}): KeywardPinoOptions {
  const redactor = createRedactor(options);
  const user = guardedFormatters(compose.formatters, redactor);
  const userLogMethod = compose.hooks?.logMethod as LogFn | undefined;
  const userStreamWrite = compose.hooks?.streamWrite;
  let lineNeeded = false;
  return {
    formatters: {
      // req/res stay for the serializers (fastify, pino-http); their output is masked by line.
      log: user.log ?? ((object) => redactor.record(object)),
      bindings: user.bindings ?? ((bindings) => redactor.record(bindings)),
      ...(user.level ? { level: user.level } : {}),
    },
    hooks: {
      logMethod: function (this: Logger, args: unknown[], method: (...a: unknown[]) => void, level: number) {
        const own = this as unknown as Internals;
        protectBindings(this, redactor);
        const safe = redactArgs(args, redactor, { errorKey: (own[errorKeySym] as string | undefined) ?? 'err', messageKey: (own[messageKeySym] as string | undefined) ?? 'msg' });
        // The calls whose line holds what the record pass cannot see get the line pass: %s
        // arguments joined into msg, msg copied from an error, msgPrefix, custom serializers.
        // Saved and restored: a getter read while this record is built may log a record of its own.
        const outer = lineNeeded;
        const outerLeft = redactor.leftForLine;
        lineNeeded = hasFormatArgs(safe) || needsLine(this, safe[0]);
        try {
          if (userLogMethod) userLogMethod.call(this, safe, method, level);
          else method.apply(this, safe);
        } catch (error) {
          // A log call never throws: what pino could not write (a getter or toString that throws
          // on a later read, an Error whose constructor getter throws) is logged as unloggable.
          try {
            method.call(this, { keyward: UNREADABLE(error) }, 'this record could not be logged');
          } catch {
            // Nothing more can be done without throwing into the app.
          }
        } finally {
          lineNeeded = outer;
          redactor.leftForLine = outerLeft;
        }
      } as unknown as NonNullable<Hooks['logMethod']>,
      // The last pass over the serialised line, for the calls that need it (above) and the
      // records that left something for it (a serializer's input, a key holding a token).
      streamWrite(s: string): string {
        const out = userStreamWrite ? userStreamWrite(s) : s;
        return lineNeeded || redactor.leftForLine ? redactor.line(out) : out;
      },
    },
  };
}

/** createLogger options: pino's, plus `keyward` for the redaction itself. */
export interface CreateLoggerOptions extends LoggerOptions {
  readonly keyward?: RedactionOptions;
}

/**
 * A real pino logger (levels, child loggers, serializers, transports, pino's own `redact` paths)
 * whose every record is also redacted by keyward: by key name at any depth, by value through the
 * core detector (messages, strings, err.message/stack/cause), Secrets, and credential URLs.
 * Your own `formatters` and `hooks.logMethod` still run, on already-redacted data.
 */
export function createLogger(options: CreateLoggerOptions = {}, destination?: DestinationStream): Logger {
  if (typeof options !== 'object' || options === null) throw new LoggerOptionsError(['options must be an object.']);
  const { keyward, formatters, hooks, ...rest } = options;
  const ours = keywardPinoOptions(keyward, { ...(formatters ? { formatters } : {}), ...(hooks ? { hooks } : {}) });
  const merged: LoggerOptions = {
    ...rest,
    formatters: { ...formatters, ...ours.formatters },
    hooks: { ...hooks, logMethod: ours.hooks.logMethod, streamWrite: ours.hooks.streamWrite },
  };
  const logger = destination ? pino(merged, destination) : pino(merged);
  return protectChildren(logger, keyward);
}

/**
 * Redacts the bindings of every child logger made from `logger` (and their children). pino
 * resets `formatters.bindings` for children, so createLogger does this itself; call it on a
 * logger built with keywardPinoOptions to cover `logger.child(...)` too.
 */
export function protectChildren<L extends Logger>(logger: L, options: RedactionOptions = {}): L {
  const redactor = createRedactor(options);
  const original = logger.child;
  const originalSetBindings = logger.setBindings;
  // Children are created with Object.create(parent), so they inherit these own properties.
  Object.defineProperty(logger, 'child', {
    configurable: true,
    writable: true,
    value: function child(this: Logger, bindings: Record<string, unknown>, childOptions?: Parameters<Logger['child']>[1]) {
      // A child's own formatters replace the parent's: keyward's pass runs before them and on their output.
      type ChildFormatters = NonNullable<NonNullable<typeof childOptions>['formatters']>;
      const own = childOptions?.formatters;
      const safeOptions = own ? { ...childOptions, formatters: { ...own, ...(guardedFormatters(own as Formatters, redactor) as ChildFormatters) } } : childOptions;
      const safe = redactor.record(bindings);
      // Bindings holding a request or response object (left for a serializer, or printed as it
      // is without one) are in every line of the child: those lines get the line pass.
      const left = redactor.leftForLine;
      const made = original.call(this, safe, safeOptions);
      if (left) Object.defineProperty(made, lineBindingsSym, { value: true, configurable: true });
      return made;
    },
  });
  // setBindings replaces a logger's bindings after the fact (a framework's onChild hook does).
  Object.defineProperty(logger, 'setBindings', {
    configurable: true,
    writable: true,
    value: function setBindings(this: Logger, bindings: Record<string, unknown>) {
      return originalSetBindings.call(this, redactor.record(bindings));
    },
  });
  return logger;
}

/** Stable codes for every error keyward throws; match on `code`, not on the message. */
export type KeywardErrorCode =
  | 'KEYWARD_CONFIG_INVALID'
  | 'KEYWARD_UNSAFE_REGEX'
  | 'KEYWARD_ENV_INVALID'
  | 'KEYWARD_SCHEMA_INVALID';

/** Base class: a whole-sentence message that says what to do, and a stable code. */
export class KeywardError extends Error {
  readonly code: KeywardErrorCode;

  constructor(code: KeywardErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The configuration is malformed. `problems` lists every problem found, not only the first. */
export class ConfigError extends KeywardError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[], source = 'keyward config') {
    super(
      'KEYWARD_CONFIG_INVALID',
      `Invalid ${source}; fix these and run again:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.problems = Object.freeze([...problems]);
  }
}

/** A user-supplied regular expression could backtrack catastrophically. */
export class UnsafeRegexError extends KeywardError {
  readonly pattern: string;

  constructor(pattern: string, reason: string) {
    super(
      'KEYWARD_UNSAFE_REGEX',
      `The pattern /${pattern}/ can take exponential time (${reason}). Rewrite it without nested or ambiguous quantifiers, e.g. replace (a+)+ with a+.`,
    );
    this.pattern = pattern;
  }
}

/** One or more environment variables are missing or malformed. Values are never included. */
export class EnvError extends KeywardError {
  readonly issues: readonly { readonly name: string; readonly problem: string }[];

  constructor(issues: readonly { name: string; problem: string }[]) {
    super(
      'KEYWARD_ENV_INVALID',
      `Invalid environment (${issues.length} problem${issues.length === 1 ? '' : 's'}); set these variables and restart:\n${issues
        .map((i) => `  - ${i.name}: ${i.problem}`)
        .join('\n')}`,
    );
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ ...i })));
  }
}

// The part of a JSON.parse message that describes the problem without quoting the input:
// "Expected ',' or '}' after property value", "Unexpected token ']'", "Unterminated string".
const JSON_KIND = /^(?:Unexpected end of JSON input|Unexpected token '.'(?=,| in JSON|$)|Unexpected token .(?= in JSON)|Unexpected non-whitespace character after JSON|Unexpected (?:number|string)(?= in JSON|$)|(?:Expected|Unterminated|Bad|No|Exponent)\b[^"\n]*?(?= in JSON| at position|$))/;
// V8 quotes up to 10 characters either side of an unexpected token, with "..." where it cut.
const JSON_QUOTE = /, (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/;
const JSON_QUOTE_RADIUS = 10;

/**
 * Why `text` did not parse as JSON, without any of the input: JSON.parse's message quotes the
 * text around the error, which may be part of a token (`Unexpected token 'g', "{"k": ghp_abc"...`).
 * The problem is kept, and where it is as a line and column (from the message's offset, or found
 * from its quote).
 */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const kind = JSON_KIND.exec(message)?.[0].trim() || 'invalid JSON';
  let offset = -1;
  const at = /at position (\d+)/.exec(message);
  if (at) offset = Number(at[1]);
  else {
    const quote = JSON_QUOTE.exec(message);
    const unexpected = /^Unexpected token '(.)'/.exec(message)?.[1];
    const found = quote ? text.indexOf(quote[2] as string) : -1;
    if (quote && unexpected !== undefined && found !== -1) offset = quote[1] ? found + JSON_QUOTE_RADIUS : found + (quote[2] as string).indexOf(unexpected);
  }
  if (offset < 0 || offset > text.length) return kind;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${kind} at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

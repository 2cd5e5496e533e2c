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

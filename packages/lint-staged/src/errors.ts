import { describeJsonError } from '@keyward/core';
/** Stable codes for the CLI's own errors (core's ConfigError is reused for config problems). */
export type CliErrorCode = 'KEYWARD_USAGE' | 'KEYWARD_GIT' | 'KEYWARD_CONFIG_LOAD' | 'KEYWARD_BASELINE';

/** An error the CLI reports as one message and exit status 2. */
export class CliError extends Error {
  readonly code: CliErrorCode;

  constructor(code: CliErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CliError';
    this.code = code;
  }
}

/** Wrong flags or arguments. */
export class UsageError extends CliError {
  constructor(message: string) {
    super('KEYWARD_USAGE', message);
    this.name = 'UsageError';
  }
}

/** A git command failed, or the directory is not a repository in a usable state. */
export class GitError extends CliError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('KEYWARD_GIT', message, options);
    this.name = 'GitError';
  }
}

/** Why JSON did not parse, without the input (core's describeJsonError: the problem and its line and column). */
export const jsonProblem = describeJsonError;

/** A JSON file's value; a CliError with `code` when it cannot be read or parsed (no input quoted). */
export function readJsonText(text: string, file: string, code: CliErrorCode, fix: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(code, `${file} is not valid JSON (${jsonProblem(text, error)}); ${fix}`);
  }
}

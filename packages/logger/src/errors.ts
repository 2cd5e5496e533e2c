/** The logger's options are malformed; thrown by createLogger / keywardPinoOptions at creation. */
export class LoggerOptionsError extends Error {
  readonly code = 'KEYWARD_LOGGER_OPTIONS';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid @keyward/logger options; fix these:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LoggerOptionsError';
    this.problems = Object.freeze([...problems]);
  }
}

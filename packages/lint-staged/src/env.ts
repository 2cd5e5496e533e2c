/**
 * The process's environment, for a run whose caller gave none (run(argv, io) without io.env): the
 * one place outside bin/ where the CLI reads it, so every other module takes it from io.env.
 */
export function processEnv(): Readonly<Record<string, string | undefined>> {
  return process.env;
}

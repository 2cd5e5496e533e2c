import { KEYWARD_TASK, WEAKENING_OPTION } from './project.js';

/** A lint-staged command from the staged files (lint-staged's function task). */
export type LintStagedFunction = (files: readonly string[]) => string | readonly string[] | Promise<string | readonly string[]>;
/** A lint-staged task: a command, a function of the staged files, or a list of them. */
export type LintStagedTask = string | LintStagedFunction | readonly (string | LintStagedFunction)[];

export interface KeywardTaskOptions {
  /** Extra `keyward scan` flags, one argument each (`['--config', 'ci/keyward.json']`). */
  readonly args?: readonly string[];
}

/**
 * For `lint-staged.config.js`: the user's tasks with `keyward scan --staged` added for every
 * staged file (`*`), first, so a token blocks the commit before formatters run.
 *
 *   import { withKeyward } from '@keyward/lint-staged';
 *   export default withKeyward({ '*.ts': 'eslint --fix' });
 */
export function withKeyward<T extends Record<string, LintStagedTask>>(config: T = {} as T, options: KeywardTaskOptions = {}): T & { '*': LintStagedTask } {
  for (const arg of options.args ?? []) {
    // lint-staged splits commands on spaces itself (no shell): an argument with a space or a
    // quote would reach keyward cut in pieces.
    if (arg === '' || /[\s"'\\]/.test(arg)) throw new TypeError(`withKeyward: argument "${arg}" holds a space, quote or backslash, which lint-staged would split; pass a path without them.`);
    // The hook must fail a commit with a finding and read every staged file.
    if (WEAKENING_OPTION.test(arg)) throw new TypeError(`withKeyward: "${arg}" would let a commit with a secret through (or leave files unread); leave it out of the pre-commit scan.`);
  }
  const task = [KEYWARD_TASK, ...(options.args ?? [])].join(' ');
  const current = config['*'];
  if (current === undefined) return { ...config, '*': task };
  const list = typeof current === 'string' || typeof current === 'function' ? [current] : current;
  // Already there (a `keyward scan …` task): leave the user's order alone.
  if (list.some((t) => typeof t === 'string' && /^keyward\s+scan\b/.test(t.trim()))) return { ...config, '*': list };
  return { ...config, '*': [task, ...list] };
}

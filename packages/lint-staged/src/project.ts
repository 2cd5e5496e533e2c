import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, readJsonText } from './errors.js';

export const HOOK_FILE = '.husky/pre-commit';
/** The hook line: husky 9 runs hooks with node_modules/.bin on PATH, so no npx (0.5-0.8 s) is needed. */
export const HOOK_LINE = 'lint-staged';
export const KEYWARD_TASK = 'keyward scan --staged';
// What init writes: .env files out, the templates the env policy accepts (placeholders only) in.
export const GITIGNORE_LINES = ['.env', '.env.*', '!.env.example', '!.env.sample', '!.env.template'];
// What doctor requires: the lines that keep real .env files out.
const GITIGNORE_REQUIRED = ['.env', '.env.*'];
const LINT_STAGED_FILES = ['.lintstagedrc', '.lintstagedrc.json', '.lintstagedrc.yaml', '.lintstagedrc.yml', '.lintstagedrc.js', '.lintstagedrc.mjs', '.lintstagedrc.cjs', 'lint-staged.config.js', 'lint-staged.config.mjs', 'lint-staged.config.cjs', 'lint-staged.config.ts'];

export interface PackageJson {
  scripts?: Record<string, string>;
  devDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
  'lint-staged'?: Record<string, string | string[]>;
  [key: string]: unknown;
}

export function readPackageJson(cwd: string): { pkg: PackageJson; indent: string } | undefined {
  const file = join(cwd, 'package.json');
  if (!existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError('KEYWARD_CONFIG_LOAD', `package.json cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); fix or remove it, then run this again.`);
  }
  const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
  const pkg = readJsonText(text, 'package.json', 'KEYWARD_CONFIG_LOAD', 'fix it, then run this again.');
  if (pkg === null || typeof pkg !== 'object' || Array.isArray(pkg)) throw new CliError('KEYWARD_CONFIG_LOAD', 'package.json does not hold a JSON object; fix it, then run this again.');
  return { pkg: pkg as PackageJson, indent };
}

/** A separate lint-staged config file, if the project uses one instead of package.json. */
export function lintStagedFile(cwd: string): string | undefined {
  return LINT_STAGED_FILES.find((f) => existsSync(join(cwd, f)));
}

// Globs lint-staged matches every staged file with.
const EVERY_FILE = new Set(['*', '**', '**/*']);
// Options of `keyward scan` that let a commit with a finding through or leave files unread.
const WEAKENING = '--exit-code|--max-file-size|--no-policy';
export const WEAKENING_OPTION = new RegExp(`(?:^|[\\s"'\`,[])(?:${WEAKENING})(?=[\\s="'\`,\\]]|$)`);
// A keyward scan of the staged files as a lint-staged task (through a runner or not), with no
// option that turns its failure off or skips files, and no help. (From a review: "echo keyward
// scan --staged", "--exit-code 0" and a task under "*.nomatch" all passed for a guard.)
const GUARD_TASK = new RegExp(`^(?:(?:npx|bunx)(?:[ \\t]+--no(?:-install)?)?[ \\t]+|pnpm(?:[ \\t]+exec)?[ \\t]+|yarn[ \\t]+)?keyward[ \\t]+scan[ \\t]+--staged(?:[ \\t]+(?!(?:${WEAKENING}|--help|-h)\\b)[^\\s;&|]+)*[ \\t]*$`);

/**
 * Whether a lint-staged config file runs keyward's staged scan on every file with nothing that
 * weakens it. JSON (`.lintstagedrc`, `.lintstagedrc.json`) is read as data, as package.json's key
 * is. YAML and JavaScript are not run here: their text must name the task (or use withKeyward)
 * and hold no weakening option anywhere, in a task string or in withKeyward's `args`. (From a
 * new-user trial: `--exit-code 0` in `.lintstagedrc.json` or `lint-staged.config.mjs` passed.)
 */
export function configFileRunsKeyward(file: string, text: string): boolean {
  if (/(?:^|[/\\])\.lintstagedrc(?:\.json)?$/.test(file)) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    // `.lintstagedrc` may be YAML: then it is read as text below.
    if (data !== undefined) return runsKeyward(data);
  }
  const code = withoutComments(text);
  return /keyward[ \t]+scan[ \t]+--staged|withKeyward/.test(code) && !WEAKENING_OPTION.test(code);
}

/**
 * A JavaScript or YAML config's text without its comments: block comments, and lines or line
 * ends that start with `//` or `#` after a blank. (From a new-user trial: the README's own
 * snippet, whose comment names `--no-policy` as an example, failed doctor.) A `//` inside a
 * string (a URL) stays, since it follows no blank.
 */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[ \t])(?:\/\/|#).*$/gm, '$1');
}

/** Whether a lint-staged task map runs keyward's staged scan on every file, failing the commit on a finding. */
export function runsKeyward(tasks: unknown): boolean {
  if (!tasks || typeof tasks !== 'object') return false;
  return Object.entries(tasks as Record<string, unknown>).some(([glob, v]) => EVERY_FILE.has(glob) && (Array.isArray(v) ? v : [v]).some((t) => typeof t === 'string' && GUARD_TASK.test(t.trim())));
}

/**
 * Whether a git hook's shell text runs lint-staged: a command line (no comment, no echo, no
 * `|| true`) before any line that exits. (From a review: "# lint-staged", "exit 0" first and
 * "lint-staged || true" all passed.)
 */
export function hookRunsLintStaged(text: string): boolean {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (/^exit\b/.test(line)) return false;
    if (/^(?:(?:npx|bunx)(?:[ \t]+--no(?:-install)?)?[ \t]+|pnpm(?:[ \t]+exec)?[ \t]+|yarn[ \t]+)?lint-staged(?:[ \t]+[^\s;&|#]+)*[ \t]*(?:#.*)?$/.test(line)) return true;
  }
  return false;
}

/** The project's .gitignore, or '' when it has none. */
export function readGitignore(cwd: string): string {
  const file = join(cwd, '.gitignore');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** The .gitignore lines init would add (`required`: only those doctor checks, which keep .env files out), given its text. */
export function gitignoreMissing(cwd: string, required = false, text = readGitignore(cwd)): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  return (required ? GITIGNORE_REQUIRED : GITIGNORE_LINES).filter((l) => !lines.includes(l));
}

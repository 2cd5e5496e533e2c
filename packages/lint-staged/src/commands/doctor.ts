import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createColors } from 'picocolors';
import { loadConfig } from '../config.js';
import { git } from '../git.js';
import { ExitCode, type Io } from '../io.js';
import { colorFlag, useColor } from '../options.js';
import { IgnoreFile } from '../sources/ignore.js';
import { configFileRunsKeyward, gitignoreMissing, HOOK_FILE, hookRunsLintStaged, KEYWARD_TASK, lintStagedFile, readPackageJson, runsKeyward } from '../project.js';

export const doctorHelp = `Usage: keyward doctor

Check that commits in this project are guarded: git repository, husky installed as the hooks
path, ${HOOK_FILE} running lint-staged, lint-staged running keyward, .gitignore covering .env
files, .keywardignore not leaving ordinary files out, the tools installed, and the keyward
config valid. Exit 0 when all pass, 1 otherwise.
`;

// Files every project's hook must scan: one that .keywardignore leaves out means it leaves out too much.
const IGNORE_PROBES = ['.env', 'src/index.ts', 'config/settings.json', 'app.py'];

interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly fix: string;
}

export async function doctorCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, color: { type: 'boolean' }, 'no-color': { type: 'boolean' } }, strict: true });
  if (values.help) {
    io.stdout.write(doctorHelp);
    return ExitCode.Clean;
  }
  const c = createColors(useColor(io.stdout, io.env, colorFlag(args)));
  const checks: Check[] = [];
  const inRepo = (await git(io.cwd, ['rev-parse', '--is-inside-work-tree'])).code === 0;
  checks.push({ name: 'git repository', ok: inRepo, fix: 'run git init' });
  const hooksPath = inRepo ? (await git(io.cwd, ['config', 'core.hooksPath'])).stdout.toString('utf8').trim() : '';
  checks.push({ name: 'husky installed as the git hooks path', ok: /\.husky(\/_)?$/.test(hooksPath), fix: 'run npm install (the prepare script runs husky) or npx husky' });
  const hook = join(io.cwd, HOOK_FILE);
  checks.push({ name: `${HOOK_FILE} runs lint-staged`, ok: existsSync(hook) && hookRunsLintStaged(readFileSync(hook, 'utf8')), fix: `make lint-staged a command of its own in ${HOOK_FILE}, before any exit (keyward init writes it)` });
  let read: ReturnType<typeof readPackageJson>;
  try {
    read = readPackageJson(io.cwd);
  } catch (error) {
    // A package.json that is not a JSON object is a finding of its own, not a crash of the doctor.
    checks.push({ name: 'package.json is a JSON object', ok: false, fix: (error as Error).message });
  }
  const external = lintStagedFile(io.cwd);
  // A JavaScript or YAML config is not run here: it must name the task (or use withKeyward).
  const lintStagedRunsKeyward = external ? configFileRunsKeyward(external, readFileSync(join(io.cwd, external), 'utf8')) : runsKeyward(read?.pkg['lint-staged']);
  checks.push({ name: 'lint-staged runs keyward', ok: lintStagedRunsKeyward, fix: `add "*": "${KEYWARD_TASK}" to ${external ?? 'the lint-staged config in package.json'}, with no --exit-code, --max-file-size or --no-policy (keyward init does it)` });
  const missing = gitignoreMissing(io.cwd, true);
  checks.push({ name: '.gitignore keeps .env files out', ok: missing.length === 0, fix: `add ${missing.join(' ')} to .gitignore (keyward init does it)` });
  for (const tool of ['husky', 'lint-staged']) {
    checks.push({ name: `${tool} installed`, ok: existsSync(join(io.cwd, 'node_modules', tool, 'package.json')), fix: `npm install -D ${tool}` });
  }
  // A .keywardignore that leaves out ordinary files (a `*` line) turns the hook off without a word.
  const ignore = IgnoreFile.load(io.cwd, '.keywardignore');
  const leftOut = ignore ? IGNORE_PROBES.filter((p) => ignore.ignores(p)) : [];
  checks.push({ name: '.keywardignore leaves source and .env files scanned', ok: leftOut.length === 0, fix: `.keywardignore leaves out ${leftOut.join(', ')}: list only the paths that must not be scanned (fixtures, vendored files), not * or **` });
  let configProblem = '';
  try {
    await loadConfig(io.cwd);
  } catch (error) {
    configProblem = (error as Error).message;
  }
  checks.push({ name: 'keyward config valid', ok: configProblem === '', fix: configProblem });

  for (const check of checks) {
    io.stdout.write(check.ok ? `${c.green('✔')} ${check.name}\n` : `${c.red('✖')} ${check.name}\n    ${c.dim('fix:')} ${check.fix}\n`);
  }
  const failed = checks.filter((x) => !x.ok).length;
  io.stdout.write(failed ? `\n${failed} problem${failed === 1 ? '' : 's'} found.\n` : '\nAll checks passed: commits are guarded by keyward.\n');
  return failed ? ExitCode.Findings : ExitCode.Clean;
}

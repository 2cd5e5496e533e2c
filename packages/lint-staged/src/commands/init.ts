import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonProblem, UsageError } from '../errors.js';
import { shown } from '../shown.js';
import { git } from '../git.js';
import { ExitCode, type Io } from '../io.js';
import { configFileRunsKeyward, gitignoreMissing, HOOK_FILE, HOOK_LINE, KEYWARD_TASK, lintStagedFile, readGitignore, readPackageJson, runsKeyward } from '../project.js';

export const initHelp = `Usage: keyward init

Wire keyward into this project's commits, idempotently:
  - package.json: "prepare": "husky" and a lint-staged entry "*": "${KEYWARD_TASK}"
  - ${HOOK_FILE}: ${HOOK_LINE} (husky 9 puts node_modules/.bin on the hook's PATH, so no npx)
  - .gitignore: .env, .env.* (but not .env.example, .env.sample, .env.template), and
    node_modules/ when it is not ignored yet
When husky is installed, init runs it so the hook is on at once; otherwise it prints the install
command (its prepare script turns the hook on). Run keyward doctor to check the result.
`;

/** The install command in the project's own package manager, told by its lockfile. */
export function installCommand(cwd: string, packages: readonly string[]): string {
  const list = packages.join(' ');
  // Then husky itself: `npm install <packages>` does not run the project's own prepare script
  // (from a new-user trial: the hook stayed off and a token was committed).
  if (existsSync(join(cwd, 'pnpm-lock.yaml'))) return `pnpm add -D ${list} && pnpm exec husky`;
  if (existsSync(join(cwd, 'yarn.lock'))) return `yarn add -D ${list} && yarn husky`;
  if (existsSync(join(cwd, 'bun.lockb')) || existsSync(join(cwd, 'bun.lock'))) return `bun add -d ${list} && bunx husky`;
  return `npm install -D ${list} && npx husky`;
}

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout.write(initHelp);
    return ExitCode.Clean;
  }
  let read: ReturnType<typeof readPackageJson>;
  try {
    read = readPackageJson(io.cwd);
  } catch (error) {
    throw new UsageError(`${(error as Error).message} Nothing was changed.`);
  }
  if (!read) throw new UsageError(`No package.json in ${shown(io.cwd)}; run keyward init at the project root (npm init first if there is none).`);
  const { pkg, indent } = read;
  // Shapes init cannot extend are named, with the fix; nothing is written before these checks.
  if (typeof pkg !== 'object' || pkg === null || Array.isArray(pkg)) throw new UsageError('package.json must hold an object ({ "name": … }); fix it, then run keyward init again. Nothing was changed.');
  if (pkg.scripts !== undefined && (typeof pkg.scripts !== 'object' || pkg.scripts === null || Array.isArray(pkg.scripts))) throw new UsageError('package.json "scripts" is not an object; make it { "…": "…" }, then run keyward init again. Nothing was changed.');
  if (pkg.scripts?.['prepare'] !== undefined && typeof pkg.scripts['prepare'] !== 'string') throw new UsageError('package.json "scripts.prepare" is not a string; fix it, then run keyward init again. Nothing was changed.');
  const lintStaged = pkg['lint-staged'] as unknown;
  if (lintStaged !== undefined && (typeof lintStaged !== 'object' || lintStaged === null || Array.isArray(lintStaged))) throw new UsageError('package.json "lint-staged" is not an object of glob → task; fix it, then run keyward init again. Nothing was changed.');
  const huskyDir = join(io.cwd, '.husky');
  if (existsSync(huskyDir) && !statSync(huskyDir).isDirectory()) throw new UsageError('.husky exists but is a file; husky keeps its hooks in a .husky folder. Move the file away, then run keyward init again. Nothing was changed.');
  if (existsSync(join(io.cwd, HOOK_FILE)) && !statSync(join(io.cwd, HOOK_FILE)).isFile()) throw new UsageError(`${HOOK_FILE} exists but is not a file; remove it, then run keyward init again. Nothing was changed.`);
  const changes: string[] = [];

  pkg.scripts ??= {};
  const prepare = pkg.scripts['prepare'];
  if (!prepare) {
    pkg.scripts['prepare'] = 'husky';
    changes.push('package.json: added "prepare": "husky"');
  } else if (!/\bhusky\b/.test(prepare)) {
    pkg.scripts['prepare'] = `${prepare} && husky`;
    changes.push('package.json: appended husky to the prepare script');
  }

  // A step init cannot take for the user; the run then ends with it and exit code 1.
  let byHand: string | undefined;
  const external = lintStagedFile(io.cwd);
  if (external) {
    const file = join(io.cwd, external);
    if (/\.lintstagedrc(?:\.json)?$/.test(external)) {
      let tasks: Record<string, string | string[]>;
      const text = readFileSync(file, 'utf8');
      try {
        tasks = JSON.parse(text) as Record<string, string | string[]>;
      } catch (error) {
        throw new UsageError(`${external} is not valid JSON (${jsonProblem(text, error)}); fix it, or add "*": "${KEYWARD_TASK}" to it by hand.`);
      }
      if (typeof tasks !== 'object' || tasks === null || Array.isArray(tasks)) throw new UsageError(`${external} is not an object of glob → task; add "*": "${KEYWARD_TASK}" to it by hand.`);
      if (!runsKeyward(tasks)) {
        addTask(tasks);
        await writeFile(file, `${JSON.stringify(tasks, null, 2)}\n`);
        changes.push(`${external}: added "*": "${KEYWARD_TASK}"`);
      }
    } else if (!configFileRunsKeyward(external, readFileSync(file, 'utf8'))) {
      // Code is not rewritten: the one step left is the user's, and until it is done no commit is checked.
      byHand = `${external} is code, which keyward init does not edit: add "*": "${KEYWARD_TASK}" to it (or wrap its tasks with withKeyward from @keyward/lint-staged) by hand; until then git commit does not run keyward.`;
    }
  } else if (!runsKeyward(pkg['lint-staged'])) {
    pkg['lint-staged'] ??= {};
    addTask(pkg['lint-staged']);
    changes.push(`package.json: added lint-staged "*": "${KEYWARD_TASK}"`);
  }
  if (changes.some((c) => c.startsWith('package.json'))) {
    await writeFile(join(io.cwd, 'package.json'), `${JSON.stringify(pkg, null, indent)}\n`);
  }

  const hook = join(io.cwd, HOOK_FILE);
  if (!existsSync(hook)) {
    await mkdir(join(io.cwd, '.husky'), { recursive: true });
    await writeFile(hook, `${HOOK_LINE}\n`, { mode: 0o755 });
    changes.push(`${HOOK_FILE}: created (runs lint-staged)`);
  } else if (!readFileSync(hook, 'utf8').includes('lint-staged')) {
    await appendFile(hook, `\n${HOOK_LINE}\n`);
    changes.push(`${HOOK_FILE}: appended lint-staged`);
  }

  // The .gitignore is read once: the environment files' lines, and node_modules/ when nothing
  // ignores it yet (a project from `npm init` and `git init` has no .gitignore: `git add -A` then
  // stages node_modules, and lint-staged runs on, and picks up configs inside, every package's
  // files; from a user trial, the first commit failed on a dependency's prettier task).
  const ignored = readGitignore(io.cwd);
  const missing = gitignoreMissing(io.cwd, false, ignored);
  let added = '';
  if (missing.length > 0) {
    added += `# keyward: never commit real environment files\n${missing.join('\n')}\n`;
    changes.push(`.gitignore: added ${missing.join(' ')}`);
  }
  if (!/^\/?node_modules\/?\s*$/m.test(ignored)) {
    added += 'node_modules/\n';
    changes.push('.gitignore: added node_modules/');
  }
  if (added) await appendFile(join(io.cwd, '.gitignore'), `${ignored && !ignored.endsWith('\n') ? '\n' : ''}${added}`);

  // The hook is on only once git's hooksPath points at husky: do it now when husky is here.
  const active = await activateHooks(io.cwd);
  if (active === 'activated') changes.push('git: hooks turned on (ran husky: core.hooksPath = .husky/_)');

  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  const needed = ['husky', 'lint-staged', '@keyward/lint-staged'].filter((d) => !deps[d] || !existsSync(join(io.cwd, 'node_modules', d, 'package.json')));
  io.stdout.write(changes.length ? `keyward init:\n${changes.map((c) => `  ✔ ${c}`).join('\n')}\n` : 'keyward init: already set up; nothing changed.\n');
  if (active === 'no-git') io.stdout.write('Note: this folder is not a git repository yet; run git init, then keyward init again.\n');
  if (active === 'subfolder') io.stdout.write('Note: this folder is inside a git repository but not at its root; git hooks live at the root, so run keyward init in the repository root (husky installs from there).\n');
  if (byHand) {
    io.stdout.write(`Not done: ${byHand}\n`);
    if (needed.length) io.stdout.write(`Then: ${installCommand(io.cwd, needed)}\n`);
    return ExitCode.Findings;
  }
  if (needed.length) io.stdout.write(`Next: ${installCommand(io.cwd, needed)}\n      husky turns the hook on (later installs run it through the prepare script); until then commits are not checked.\n`);
  else io.stdout.write(`${active === 'failed' ? 'Next: run npx husky to turn the hook on, then' : 'Next:'} keyward doctor checks the setup; git commit now runs keyward on staged files.\n`);
  return ExitCode.Clean;
}

/**
 * Puts keyward's task first under "*" (as withKeyward does: nothing a formatter writes runs
 * before the scan). A "*" entry that is not a command or a list of commands is the user's to fix.
 */
function addTask(tasks: Record<string, string | string[]>): void {
  const current: unknown = tasks['*'];
  if (current === undefined) {
    tasks['*'] = KEYWARD_TASK;
    return;
  }
  const list = Array.isArray(current) ? current : [current];
  if (list.some((t) => typeof t !== 'string')) throw new UsageError(`the lint-staged "*" entry is not a command or a list of commands (${shown(JSON.stringify(current) ?? String(current))}); fix it, then run keyward init again, or add "${KEYWARD_TASK}" to it by hand.`);
  tasks['*'] = [KEYWARD_TASK, ...(list as string[])];
}

/** Runs the project's husky (it sets core.hooksPath) unless git already uses husky's hooks. */
async function activateHooks(cwd: string): Promise<'activated' | 'already' | 'no-husky' | 'no-git' | 'subfolder' | 'failed'> {
  if (!existsSync(join(cwd, '.git'))) {
    // Inside a repository, but not at its root (a package of a monorepo): husky installs from the root.
    const top = await git(cwd, ['rev-parse', '--show-toplevel']);
    return top.code === 0 ? 'subfolder' : 'no-git';
  }
  const hooksPath = (await git(cwd, ['config', 'core.hooksPath'])).stdout.toString('utf8').trim();
  if (hooksPath === '.husky/_' && existsSync(join(cwd, '.husky', '_', 'h'))) return 'already';
  const bin = join(cwd, 'node_modules', 'husky', 'bin.js');
  if (!existsSync(bin)) return 'no-husky';
  const result = spawnSync(process.execPath, [bin], { cwd, encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? 'activated' : 'failed';
}

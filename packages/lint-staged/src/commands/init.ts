import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { git } from '../git.js';
import { ExitCode, type Io } from '../io.js';
import { gitignoreMissing, HOOK_FILE, HOOK_LINE, KEYWARD_TASK, lintStagedFile, readPackageJson, runsKeyward } from '../project.js';

export const initHelp = `Usage: keyward init

Wire keyward into this project's commits, idempotently:
  - package.json: "prepare": "husky" and a lint-staged entry "*": "${KEYWARD_TASK}"
  - ${HOOK_FILE}: ${HOOK_LINE} (husky 9 puts node_modules/.bin on the hook's PATH, so no npx)
  - .gitignore: .env, .env.* (but not .env.example)
When husky is installed, init runs it so the hook is on at once; otherwise it prints the install
command (its prepare script turns the hook on). Run keyward doctor to check the result.
`;

/** The install command in the project's own package manager, told by its lockfile. */
export function installCommand(cwd: string, packages: readonly string[]): string {
  const list = packages.join(' ');
  if (existsSync(join(cwd, 'pnpm-lock.yaml'))) return `pnpm add -D ${list}`;
  if (existsSync(join(cwd, 'yarn.lock'))) return `yarn add -D ${list}`;
  if (existsSync(join(cwd, 'bun.lockb')) || existsSync(join(cwd, 'bun.lock'))) return `bun add -d ${list}`;
  return `npm install -D ${list}`;
}

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout.write(initHelp);
    return ExitCode.Clean;
  }
  const read = readPackageJson(io.cwd);
  if (!read) throw new UsageError(`No package.json in ${io.cwd}; run keyward init at the project root (npm init first if there is none).`);
  const { pkg, indent } = read;
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

  const external = lintStagedFile(io.cwd);
  if (external) {
    const file = join(io.cwd, external);
    if (/\.lintstagedrc(?:\.json)?$/.test(external)) {
      const tasks = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string | string[]>;
      if (!runsKeyward(tasks)) {
        addTask(tasks);
        await writeFile(file, `${JSON.stringify(tasks, null, 2)}\n`);
        changes.push(`${external}: added "*": "${KEYWARD_TASK}"`);
      }
    } else if (!readFileSync(file, 'utf8').includes('keyward')) {
      io.stderr.write(`keyward: ${external} is code; add "*": "${KEYWARD_TASK}" to it by hand.\n`);
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

  const missing = gitignoreMissing(io.cwd);
  if (missing.length > 0) {
    const file = join(io.cwd, '.gitignore');
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    await appendFile(file, `${current && !current.endsWith('\n') ? '\n' : ''}# keyward: never commit real environment files\n${missing.join('\n')}\n`);
    changes.push(`.gitignore: added ${missing.join(' ')}`);
  }

  // The hook is on only once git's hooksPath points at husky: do it now when husky is here.
  const active = await activateHooks(io.cwd);
  if (active === 'activated') changes.push('git: hooks turned on (ran husky: core.hooksPath = .husky/_)');

  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  const needed = ['husky', 'lint-staged', '@keyward/lint-staged'].filter((d) => !deps[d] || !existsSync(join(io.cwd, 'node_modules', d, 'package.json')));
  io.stdout.write(changes.length ? `keyward init:\n${changes.map((c) => `  ✔ ${c}`).join('\n')}\n` : 'keyward init: already set up; nothing changed.\n');
  if (active === 'no-git') io.stdout.write('Note: this folder is not a git repository yet; run git init, then keyward init again.\n');
  if (needed.length) io.stdout.write(`Next: ${installCommand(io.cwd, needed)}\n      Its prepare script runs husky, which turns the hook on; until then commits are not checked.\n`);
  else io.stdout.write(`${active === 'failed' ? 'Next: run npx husky to turn the hook on, then' : 'Next:'} keyward doctor checks the setup; git commit now runs keyward on staged files.\n`);
  return ExitCode.Clean;
}

function addTask(tasks: Record<string, string | string[]>): void {
  const current = tasks['*'];
  if (current === undefined) tasks['*'] = KEYWARD_TASK;
  else tasks['*'] = [...(Array.isArray(current) ? current : [current]), KEYWARD_TASK];
}

/** Runs the project's husky (it sets core.hooksPath) unless git already uses husky's hooks. */
async function activateHooks(cwd: string): Promise<'activated' | 'already' | 'no-husky' | 'no-git' | 'failed'> {
  if (!existsSync(join(cwd, '.git'))) return 'no-git';
  const hooksPath = (await git(cwd, ['config', 'core.hooksPath'])).stdout.toString('utf8').trim();
  if (hooksPath === '.husky/_' && existsSync(join(cwd, '.husky', '_', 'h'))) return 'already';
  const bin = join(cwd, 'node_modules', 'husky', 'bin.js');
  if (!existsSync(bin)) return 'no-husky';
  const result = spawnSync(process.execPath, [bin], { cwd, encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? 'activated' : 'failed';
}

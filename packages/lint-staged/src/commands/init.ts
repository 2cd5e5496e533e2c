import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { ExitCode, type Io } from '../io.js';
import { gitignoreMissing, HOOK_FILE, KEYWARD_TASK, lintStagedFile, readPackageJson, runsKeyward } from '../project.js';

export const initHelp = `Usage: keyward init

Wire keyward into this project's commits, idempotently:
  - package.json: "prepare": "husky" and a lint-staged entry "*": "${KEYWARD_TASK}"
  - ${HOOK_FILE}: runs lint-staged
  - .gitignore: .env, .env.* (but not .env.example)
Then install the tools if they are missing: npm install -D husky lint-staged @keyward/lint-staged
Run keyward doctor to check the result.
`;

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
    await writeFile(hook, 'npx --no -- lint-staged\n', { mode: 0o755 });
    changes.push(`${HOOK_FILE}: created (runs lint-staged)`);
  } else if (!readFileSync(hook, 'utf8').includes('lint-staged')) {
    await appendFile(hook, '\nnpx --no -- lint-staged\n');
    changes.push(`${HOOK_FILE}: appended lint-staged`);
  }

  const missing = gitignoreMissing(io.cwd);
  if (missing.length > 0) {
    const file = join(io.cwd, '.gitignore');
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    await appendFile(file, `${current && !current.endsWith('\n') ? '\n' : ''}# keyward: never commit real environment files\n${missing.join('\n')}\n`);
    changes.push(`.gitignore: added ${missing.join(' ')}`);
  }

  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  const needed = ['husky', 'lint-staged', '@keyward/lint-staged'].filter((d) => !deps[d]);
  io.stdout.write(changes.length ? `keyward init:\n${changes.map((c) => `  ✔ ${c}`).join('\n')}\n` : 'keyward init: already set up; nothing changed.\n');
  if (needed.length) io.stdout.write(`Next: npm install -D ${needed.join(' ')}  (its prepare script installs the hook)\n`);
  return ExitCode.Clean;
}

function addTask(tasks: Record<string, string | string[]>): void {
  const current = tasks['*'];
  if (current === undefined) tasks['*'] = KEYWARD_TASK;
  else tasks['*'] = [...(Array.isArray(current) ? current : [current]), KEYWARD_TASK];
}

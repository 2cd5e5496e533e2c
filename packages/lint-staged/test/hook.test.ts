import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, repo, sh, token, write } from './helpers.js';

// End to end, as a user has it: real husky 9 and lint-staged 16 in node_modules, the hook
// installed by `keyward init` + husky, and `git commit` running keyward on the staged files.
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// husky's exports hide package.json; its directory is the package's own node_modules entry.
const moduleDir = (name: string): string => realpathSync(join(packageDir, 'node_modules', name));

function installTools(dir: string): void {
  const nm = join(dir, 'node_modules');
  mkdirSync(join(nm, '.bin'), { recursive: true });
  mkdirSync(join(nm, '@keyward'), { recursive: true });
  symlinkSync(moduleDir('husky'), join(nm, 'husky'));
  symlinkSync(moduleDir('lint-staged'), join(nm, 'lint-staged'));
  symlinkSync(packageDir, join(nm, '@keyward', 'lint-staged'));
  symlinkSync(join(moduleDir('lint-staged'), 'bin', 'lint-staged.js'), join(nm, '.bin', 'lint-staged'));
  symlinkSync(join(packageDir, 'bin', 'keyward.cjs'), join(nm, '.bin', 'keyward'));
}

const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.test', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.test', NO_COLOR: '1', FORCE_COLOR: '0', CI: '' };

function commit(dir: string, message: string, ...extra: string[]): { code: number; output: string } {
  const r = spawnSync('git', ['commit', '-m', message, ...extra], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status ?? 1, output: `${r.stdout}${r.stderr}` };
}

/** Everything that must survive a blocked commit untouched. */
function state(dir: string, files: string[]): string {
  return [sh(dir, 'status', '--porcelain=v1', '-uall'), sh(dir, 'diff', '--cached'), sh(dir, 'diff'), ...files.map((f) => readFileSync(join(dir, f), 'utf8'))].join('\n---\n');
}

async function guardedRepo(): Promise<string> {
  const dir = repo({ 'package.json': JSON.stringify({ name: 'app', private: true, devDependencies: { husky: '9', 'lint-staged': '16', '@keyward/lint-staged': '0' } }, null, 2), '.gitignore': 'node_modules/\n' });
  installTools(dir);
  const init = await cli(dir, ['init']);
  expect(init.code).toBe(0);
  const husky = spawnSync(process.execPath, [join(dir, 'node_modules', 'husky', 'bin.js')], { cwd: dir, encoding: 'utf8', env });
  expect(husky.status, husky.stderr).toBe(0);
  return dir;
}

describe('pre-commit hook (husky + lint-staged + keyward)', () => {
  it('blocks a token even in the first commit of an empty repo, masked, leaving index and tree as they were', async () => {
    const t = token();
    const dir = await guardedRepo();
    write(dir, { 'src/config.ts': `export const notion = "${t}";\n` });
    sh(dir, 'add', '.');
    const before = state(dir, ['src/config.ts', 'package.json']);
    const r = commit(dir, 'add config');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('ntn_****');
    expect(r.output).toContain('src/config.ts');
    expect(r.output).not.toContain(t);
    expect(state(dir, ['src/config.ts', 'package.json'])).toBe(before);
    expect(spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: dir }).status).not.toBe(0);
  });

  it('lets clean commits through, and judges only the staged part of a file', async () => {
    const dir = await guardedRepo();
    sh(dir, 'add', '.');
    const tooling = commit(dir, 'tooling');
    expect(tooling.code, tooling.output).toBe(0);
    // The staged part is clean; the token sits only in the unstaged part of the same file.
    write(dir, { 'app.ts': 'export const a = 1;\n' });
    sh(dir, 'add', 'app.ts');
    const t = token('github-pat-classic');
    write(dir, { 'app.ts': `export const a = 1;\nconst gh = "${t}";\n` });
    const r = commit(dir, 'clean part only');
    expect(r.code, r.output).toBe(0);
    expect(readFileSync(join(dir, 'app.ts'), 'utf8')).toContain(t);
    expect(sh(dir, 'show', 'HEAD:app.ts')).not.toContain(t);
  });

  it('blocks tokens in files with spaces and unicode in their names; renames and deletions pass', async () => {
    const dir = await guardedRepo();
    write(dir, { 'old name.ts': 'export {};\n', 'gone.ts': 'x\n' });
    sh(dir, 'add', '.');
    const base = commit(dir, 'base');
    expect(base.code, base.output).toBe(0);
    sh(dir, 'mv', 'old name.ts', 'nouveau nom.ts');
    sh(dir, 'rm', '-q', 'gone.ts');
    expect(commit(dir, 'rename and delete').code).toBe(0);
    const t = token('stripe-secret-key');
    write(dir, { 'réglages/clé secrète.ts': `export const k = "${t}";\n` });
    sh(dir, 'add', '.');
    const r = commit(dir, 'leak');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('sk_live_****');
    expect(r.output).not.toContain(t);
  });

  it('judges what `commit -a` and `commit <path>` will commit (git hands the hook a temporary index)', async () => {
    const dir = await guardedRepo();
    write(dir, { 'a.ts': 'export const a = 1;\n', 'b.ts': 'export const b = 1;\n' });
    sh(dir, 'add', '.');
    expect(commit(dir, 'base').code).toBe(0);
    const t = token('github-pat-classic');
    // Neither change is staged: only the temporary index git builds for the commit holds them.
    write(dir, { 'a.ts': `export const a = "${t}";\n` });
    const all = commit(dir, 'all', '-a');
    expect(all.code).not.toBe(0);
    expect(all.output).toContain('ghp_****');
    expect(all.output).not.toContain(t);
    write(dir, { 'a.ts': 'export const a = 1;\n', 'b.ts': `export const b = "${t}";\n` });
    const path = commit(dir, 'path', '--', 'b.ts');
    expect(path.code).not.toBe(0);
    expect(path.output).toContain('ghp_****');
    expect(sh(dir, 'log', '--format=%s')).toBe('base\n');
  });

  it('blocks on a detached HEAD and refuses .env files', async () => {
    const dir = await guardedRepo();
    sh(dir, 'add', '.');
    const tooling = commit(dir, 'tooling');
    expect(tooling.code, tooling.output).toBe(0);
    sh(dir, 'checkout', '-q', '--detach');
    write(dir, { '.env.local': 'PORT=1\n' });
    sh(dir, 'add', '-f', '.env.local');
    const r = commit(dir, 'env');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('policy-env-file');
  });

  it('keyward init writes the npx-free hook line and turns the hook on itself when husky is installed', async () => {
    const dir = repo({ 'package.json': JSON.stringify({ name: 'app', private: true, devDependencies: { husky: '9', 'lint-staged': '16', '@keyward/lint-staged': '0' } }), '.gitignore': 'node_modules/\n' });
    installTools(dir);
    const init = await cli(dir, ['init']);
    expect(init.stdout).toContain('hooks turned on');
    expect(init.stdout).toContain('keyward doctor');
    expect(readFileSync(join(dir, '.husky/pre-commit'), 'utf8')).toBe('lint-staged\n');
    expect(sh(dir, 'config', 'core.hooksPath').trim()).toBe('.husky/_');
    // No separate husky run: the first commit with a token is already blocked.
    const t = token();
    write(dir, { 'a.ts': `const t = "${t}";\n` });
    sh(dir, 'add', 'a.ts');
    const r = commit(dir, 'leak');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('ntn_****');
    // Without the tools, init names the install command of the project's package manager.
    const fresh = repo({ 'package.json': '{"name":"y"}', 'pnpm-lock.yaml': '' });
    const next = await cli(fresh, ['init']);
    // Then husky itself: installing packages does not run the project's prepare script (from a new-user trial).
    expect(next.stdout).toContain('Next: pnpm add -D husky lint-staged @keyward/lint-staged && pnpm exec husky');
    expect(next.stdout).toContain('until then commits are not checked');
  });

  it('withKeyward() in lint-staged.config.mjs and .cjs blocks a token, before the user\'s own tasks run', async () => {
    for (const [file, source] of [
      ['lint-staged.config.mjs', "import { withKeyward } from '@keyward/lint-staged';\nexport default withKeyward({ '*': 'node -e \"require(\\'fs\\').writeFileSync(\\'ran-after\\', \\'x\\')\"' });\n"],
      ['lint-staged.config.cjs', "const { withKeyward } = require('@keyward/lint-staged');\nmodule.exports = withKeyward({ '*.ts': 'node -e \"require(\\'fs\\').writeFileSync(\\'ran-after\\', \\'x\\')\"' });\n"],
    ] as const) {
      const dir = repo({ 'package.json': JSON.stringify({ name: 'app', private: true }), '.gitignore': 'node_modules/\nran-after\n', [file]: source });
      installTools(dir);
      write(dir, { '.husky/pre-commit': 'lint-staged\n' });
      spawnSync(process.execPath, [join(dir, 'node_modules', 'husky', 'bin.js')], { cwd: dir, env });
      const t = token('github-pat-classic');
      write(dir, { 'a.ts': `export const k = "${t}";\n` });
      sh(dir, 'add', '.');
      const r = commit(dir, 'leak');
      expect(r.code, `${file}: ${r.output}`).not.toBe(0);
      expect(r.output).toContain('ghp_****');
      expect(r.output).not.toContain(t);
      write(dir, { 'a.ts': 'export const k = process.env.GH;\n' });
      sh(dir, 'add', '.');
      const ok = commit(dir, 'clean');
      expect(ok.code, `${file}: ${ok.output}`).toBe(0);
      expect(readFileSync(join(dir, 'ran-after'), 'utf8')).toBe('x');
    }
  });

  it('keyward init is idempotent and doctor approves the result', async () => {
    const dir = await guardedRepo();
    const pkg = readFileSync(join(dir, 'package.json'), 'utf8');
    const again = await cli(dir, ['init']);
    expect(again.stdout).toContain('already set up');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(pkg);
    expect(JSON.parse(pkg)).toMatchObject({ scripts: { prepare: 'husky' }, 'lint-staged': { '*': 'keyward scan --staged' } });
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^\.env$/m);
    const doctor = await cli(dir, ['doctor']);
    expect(doctor.stdout, doctor.stdout).toContain('All checks passed');
    expect(doctor.code).toBe(0);
    const bare = repo({ 'package.json': '{"name":"x"}' });
    // A fresh `npm init` + `git init` project has no .gitignore: init keeps node_modules out of commits.
    const fresh = repo({ 'package.json': '{"name":"fresh"}' });
    expect((await cli(fresh, ['init'])).stdout).toContain('.gitignore: added node_modules/');
    expect(readFileSync(join(fresh, '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
    expect((await cli(fresh, ['init'])).stdout).not.toContain('node_modules');
    const bad = await cli(bare, ['doctor']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('✖ lint-staged runs keyward');
  });

  it('keyward init does not claim a guard it could not add to a lint-staged config that is code (from a new-user trial: "already set up", exit 0, and commits went through)', async () => {
    const dir = repo({ 'package.json': JSON.stringify({ name: 'app', private: true }), 'lint-staged.config.mjs': "export default { '*.ts': 'eslint --fix' };\n" });
    const init = await cli(dir, ['init']);
    expect(init.code).toBe(1);
    expect(init.stdout).toMatch(/Not done: lint-staged\.config\.mjs is code[\s\S]*until then git commit does not run keyward/);
    expect(init.stdout).not.toContain('already set up');
    expect(init.stdout).not.toContain('git commit now runs keyward');
    // Once the user has added it, init has nothing left to ask.
    writeFileSync(join(dir, 'lint-staged.config.mjs'), "import { withKeyward } from '@keyward/lint-staged';\nexport default withKeyward({ '*.ts': 'eslint --fix' });\n");
    const again = await cli(dir, ['init']);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('Not done');
  });

  it('doctor fails hooks and tasks that would not stop a commit (from a fourth review: each passed as "guarded")', async () => {
    const dir = await guardedRepo();
    const hook = join(dir, '.husky', 'pre-commit');
    const good = readFileSync(hook, 'utf8');
    for (const text of ['# lint-staged\n', 'exit 0\nlint-staged\n', 'lint-staged || true\n', 'echo lint-staged\n']) {
      writeFileSync(hook, text);
      const doctor = await cli(dir, ['doctor']);
      expect(doctor.code, text).toBe(1);
      expect(doctor.stdout, text).toContain('✖ .husky/pre-commit runs lint-staged');
    }
    writeFileSync(hook, good);
    const pkgFile = join(dir, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as Record<string, unknown>;
    for (const tasks of [{ '*': 'keyward scan --staged --exit-code 0' }, { '*.nomatch': 'keyward scan --staged' }, { '*': 'echo keyward scan --staged' }, { '*': 'keyward --help' }, { '*': 'keyward scan --staged --max-file-size 1' }]) {
      writeFileSync(pkgFile, JSON.stringify({ ...pkg, 'lint-staged': tasks }));
      const doctor = await cli(dir, ['doctor']);
      expect(doctor.code, JSON.stringify(tasks)).toBe(1);
      expect(doctor.stdout, JSON.stringify(tasks)).toContain('✖ lint-staged runs keyward');
    }
    for (const tasks of [{ '*': ['npx keyward scan --staged', 'prettier --write'] }, { '**/*': 'pnpm exec keyward scan --staged --config keyward.config.json' }]) {
      writeFileSync(pkgFile, JSON.stringify({ ...pkg, 'lint-staged': tasks }));
      expect((await cli(dir, ['doctor'])).code, JSON.stringify(tasks)).toBe(0);
    }
  });

  it('doctor reads a lint-staged config file as package.json is read, failing a weakened task in each form (from a new-user trial: each passed)', async () => {
    const dir = await guardedRepo();
    const pkgFile = join(dir, 'package.json');
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as Record<string, unknown>;
    delete pkg['lint-staged'];
    writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));
    const weak: [string, string][] = [
      ['.lintstagedrc.json', JSON.stringify({ '*': 'keyward scan --staged --exit-code 0' })],
      ['.lintstagedrc.json', JSON.stringify({ '*.nomatch': 'keyward scan --staged' })],
      ['.lintstagedrc', JSON.stringify({ '*': 'keyward scan --staged --max-file-size 1' })],
      ['lint-staged.config.mjs', "export default { '*': 'keyward scan --staged --exit-code=0' };\n"],
      ['lint-staged.config.mjs', "import { withKeyward } from '@keyward/lint-staged';\nexport default withKeyward({}, { args: ['--exit-code', '0'] });\n"],
      ['.lintstagedrc.yaml', "'*': keyward scan --staged --no-policy\n"],
    ];
    // The README's snippet as it stands, comment and all (from a new-user trial: its comment's
    // example `--no-policy` failed doctor).
    const readme = /```js\n(\/\/ lint-staged\.config\.mjs[^\n]*\n[\s\S]*?)```/.exec(readFileSync(join(packageDir, 'README.md'), 'utf8'))?.[1];
    expect(readme).toContain('withKeyward');
    const good: [string, string][] = [
      ['lint-staged.config.mjs', readme as string],
      ['lint-staged.config.mjs', "import { withKeyward } from '@keyward/lint-staged';\n/* args: ['--exit-code', '0'] would weaken it */\nexport default withKeyward({ '*.ts': 'eslint --fix' }); // --no-policy\n"],
      ['.lintstagedrc.json', JSON.stringify({ '*': ['keyward scan --staged', 'prettier --write'] })],
      ['lint-staged.config.mjs', "import { withKeyward } from '@keyward/lint-staged';\nexport default withKeyward({ '*.ts': 'eslint --fix' });\n"],
      ['.lintstagedrc.yaml', "'*': keyward scan --staged\n"],
    ];
    for (const [expected, cases] of [[1, weak], [0, good]] as const) {
      for (const [name, text] of cases) {
        writeFileSync(join(dir, name), text);
        const doctor = await cli(dir, ['doctor']);
        expect(doctor.code, `${name}: ${text}`).toBe(expected);
        if (expected === 1) expect(doctor.stdout, text).toMatch(new RegExp(`✖ lint-staged runs keyward\\n.*${name.replace('.', '\\.')}`));
        rmSync(join(dir, name));
      }
    }
  });

  it('doctor fails a config whose disabledRules names no rule, listing every problem at once (from a new-user trial)', async () => {
    const dir = await guardedRepo();
    writeFileSync(join(dir, 'keyward.config.json'), JSON.stringify({ disabledRules: ['github-pat-clasic'], minConfidence: 'hgh' }));
    const doctor = await cli(dir, ['doctor']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/github-pat-clasic/);
    expect(doctor.stdout).toMatch(/minConfidence/);
    const scan = await cli(dir, ['scan']);
    expect(scan.code).toBe(2);
    expect(scan.stderr).toMatch(/github-pat-clasic[\s\S]*minConfidence|minConfidence[\s\S]*github-pat-clasic/);
    // The binary judges' ids are rule ids too.
    writeFileSync(join(dir, 'keyward.config.json'), JSON.stringify({ disabledRules: ['der-private-key', 'pkcs12-private-key'] }));
    expect((await cli(dir, ['scan'])).code).toBe(0);
  });
});

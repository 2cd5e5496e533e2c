import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DIRECT_ENTRIES, readIndexDirect } from '../src/sources/git-index.js';
import { project, repo, sh, token, write } from './helpers.js';

const gitEnv = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.test', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.test' };
/** The environment the reader sees: no GIT_* overrides unless a test adds them. */
const clean: NodeJS.ProcessEnv = {};

/** What git itself says is staged for `path` (stage 0), or undefined when it has none. */
function gitStaged(dir: string, path: string, env: NodeJS.ProcessEnv = {}): Buffer | undefined {
  try {
    return execFileSync('git', ['cat-file', 'blob', `:${path}`], { cwd: dir, env: { ...process.env, ...gitEnv, ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** Asserts the direct reader saw exactly what git sees for every path. */
function expectSameAsGit(dir: string, paths: string[], env: NodeJS.ProcessEnv = clean): void {
  const direct = readIndexDirect(dir, paths, env);
  expect(direct, 'direct reading applies here').toBeDefined();
  for (const p of paths) {
    const expected = gitStaged(dir, p, env);
    if (expected === undefined) expect(direct!.has(p), p).toBe(false);
    else expect(direct!.get(p), p).toEqual({ size: expected.length, content: expected });
  }
}

const longName = `${'deep/'.repeat(30)}${'n'.repeat(120)}.ts`;
const files = (): Record<string, string | Buffer> => ({
  'a.ts': 'export const a = 1;\n',
  'my notes.md': `key: ${token()}\n`,
  'données/[id].ts': 'export {};\n',
  'empty.txt': '',
  'bin.dat': Buffer.from([0, 1, 2, 255, 254, 0, 10]),
  [longName]: 'long\n',
});
const names = [...Object.keys(files()), 'not-there.ts'];

describe('reading staged blobs without git', () => {
  it('matches git on a version 2 index: odd names, empty and binary files, a partly staged file', () => {
    const dir = repo(files());
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'base');
    write(dir, { 'a.ts': 'export const a = 2;\n' });
    sh(dir, 'add', 'a.ts');
    write(dir, { 'a.ts': 'export const a = 3; // unstaged\n' });
    expectSameAsGit(dir, names);
    expect(readIndexDirect(dir, ['a.ts'], clean)!.get('a.ts')!.content.toString()).toBe('export const a = 2;\n');
  });

  it('matches git on version 3 (extended flags) and version 4 (prefix-compressed paths) indexes', () => {
    const dir = repo(files());
    sh(dir, 'add', '.');
    write(dir, { 'later.ts': 'x\n' });
    sh(dir, 'add', '-N', 'later.ts'); // intent-to-add sets an extended flag: version 3
    expect(readFileSync(join(dir, '.git', 'index'))[7]).toBe(3);
    expectSameAsGit(dir, names.filter((n) => n !== 'later.ts'));
    sh(dir, 'update-index', '--index-version', '4');
    expect(readFileSync(join(dir, '.git', 'index'))[7]).toBe(4);
    expectSameAsGit(dir, names.filter((n) => n !== 'later.ts'));
  });

  it('leaves conflicted paths out, as git cat-file does', () => {
    const dir = repo({ 'c.ts': 'base\n', 'ok.ts': 'ok\n' });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'base');
    sh(dir, 'checkout', '-qb', 'side');
    write(dir, { 'c.ts': 'side\n' });
    sh(dir, 'commit', '-qam', 'side');
    sh(dir, 'checkout', '-q', 'main');
    write(dir, { 'c.ts': 'main\n' });
    sh(dir, 'commit', '-qam', 'main');
    expect(() => sh(dir, 'merge', '-q', 'side')).toThrow();
    expectSameAsGit(dir, ['c.ts', 'ok.ts']);
    expect(readIndexDirect(dir, ['c.ts'], clean)!.has('c.ts')).toBe(false);
  });

  it('reads the index git names in GIT_INDEX_FILE (git sets it for hooks)', () => {
    const dir = repo({ 'a.ts': 'one\n' });
    sh(dir, 'add', '.');
    write(dir, { 'a.ts': 'two\n' });
    execFileSync('git', ['add', 'a.ts'], { cwd: dir, env: { ...process.env, ...gitEnv, GIT_INDEX_FILE: '.git/other-index' } });
    const env = { GIT_INDEX_FILE: '.git/other-index' };
    expect(readIndexDirect(dir, ['a.ts'], env)!.get('a.ts')!.content.toString()).toBe('two\n');
    expect(readIndexDirect(dir, ['a.ts'], clean)!.get('a.ts')!.content.toString()).toBe('one\n');
    expectSameAsGit(dir, ['a.ts'], env);
  });

  it('hands every state it does not read exactly as git would back to git', () => {
    const packed = repo({ 'a.ts': 'same\n' });
    sh(packed, 'add', '.');
    sh(packed, 'commit', '-qm', 'base');
    sh(packed, 'gc', '-q');
    expect(readIndexDirect(packed, ['a.ts'], clean), 'packed object').toBeUndefined();

    const split = repo({ 'a.ts': 'x\n' });
    sh(split, 'add', '.');
    sh(split, 'update-index', '--split-index');
    expect(readIndexDirect(split, ['a.ts'], clean), 'split index').toBeUndefined();

    const plain = repo({ 'a.ts': 'x\n' });
    sh(plain, 'add', '.');
    expect(readIndexDirect(plain, ['a.ts'], { GIT_DIR: join(plain, '.git') }), 'GIT_DIR set').toBeUndefined();
    expect(readIndexDirect(plain, ['a.ts'], { GIT_OBJECT_DIRECTORY: '/elsewhere' }), 'objects elsewhere').toBeUndefined();

    const worktree = `${plain}-wt`;
    sh(plain, 'commit', '-qm', 'base');
    sh(plain, 'worktree', 'add', '-q', worktree);
    try {
      expect(readIndexDirect(worktree, ['a.ts'], clean), '.git is a file').toBeUndefined();
    } finally {
      sh(plain, 'worktree', 'remove', '--force', worktree);
    }

    const huge = repo({ 'a.ts': 'x\n' });
    sh(huge, 'add', '.');
    const blob = sh(huge, 'rev-parse', ':a.ts').trim();
    const lines = Array.from({ length: MAX_DIRECT_ENTRIES }, (_, i) => `100644 ${blob}\tgen/f${i}.ts`).join('\n');
    execFileSync('git', ['update-index', '--add', '--index-info'], { cwd: huge, input: `${lines}\n`, env: { ...process.env, ...gitEnv } });
    expect(readIndexDirect(huge, ['a.ts'], clean), 'an index git reads faster').toBeUndefined();

    const sha256 = project();
    sh(sha256, 'init', '-q', '--object-format=sha256', '.');
    write(sha256, { 'a.ts': 'x\n' });
    sh(sha256, 'add', '.');
    expect(readIndexDirect(sha256, ['a.ts'], clean), 'SHA-256 repository').toBeUndefined();
  });

  it('returns undefined, never throws, on a truncated or foreign index', () => {
    const dir = repo(files());
    sh(dir, 'add', '.');
    const index = join(dir, '.git', 'index');
    const bytes = readFileSync(index);
    writeFileSync(index, bytes.subarray(0, 100));
    expect(readIndexDirect(dir, names, clean)).toBeUndefined();
    writeFileSync(index, Buffer.from('not an index at all'));
    expect(readIndexDirect(dir, names, clean)).toBeUndefined();
    expect(readIndexDirect(join(dir, 'missing'), names, clean)).toBeUndefined();
  });
});

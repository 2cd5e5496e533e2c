import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repo, sh, token, write } from './helpers.js';

interface Json {
  findings: { path: string; line: number; ruleId: string; commit?: { sha: string; author: string; date: string } }[];
}
const parse = (s: string): Json => JSON.parse(s) as Json;

describe('keyward scan --staged', () => {
  it('judges what is staged, not the working tree', async () => {
    const t = token();
    const dir = repo({ 'a.ts': 'export const a = 1;\n' });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'init');
    // Staged: clean. Working tree: a token added after staging.
    write(dir, { 'a.ts': 'export const a = 2;\n' });
    sh(dir, 'add', 'a.ts');
    write(dir, { 'a.ts': `export const a = 2;\nconst t = "${t}";\n` });
    expect((await cli(dir, ['scan', '--staged'])).code).toBe(0);
    // Staged: the token. Working tree: the token removed again.
    sh(dir, 'add', 'a.ts');
    write(dir, { 'a.ts': 'export const a = 3;\n' });
    const r = await cli(dir, ['scan', '--staged', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(parse(r.stdout).findings).toMatchObject([{ path: 'a.ts', line: 2, ruleId: 'notion-integration-token' }]);
  });

  it('works in an empty repository, with odd file names, renames and deletions', async () => {
    const t = token('stripe-secret-key');
    const dir = repo({ 'my notes.md': `key: ${t}\n`, 'données/[id].ts': `"${t}"`, 'gone.ts': 'x', 'old.ts': `const k = "${t}";` });
    sh(dir, 'add', '.');
    const first = await cli(dir, ['scan', '--staged', '--format', 'json']);
    expect(parse(first.stdout).findings.map((f) => f.path).sort()).toEqual(['données/[id].ts', 'my notes.md', 'old.ts']);
    sh(dir, 'commit', '-qm', 'first', '--no-verify');
    sh(dir, 'rm', '-q', 'gone.ts');
    sh(dir, 'mv', 'old.ts', 'new.ts');
    const second = await cli(dir, ['scan', '--staged', '--format', 'json']);
    expect(parse(second.stdout).findings.map((f) => f.path)).toEqual(['new.ts']);
  });

  it('reads names git could misread (a file called "1:a"), and the real objects, whether it asks git or not', async () => {
    const t = token('github-pat-classic');
    const dir = repo({ a: 'clean\n', '1:a': `token ${t}\n`, 'b.ts': `export const b = "${t}";\n` });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'base', '--no-verify');
    // Stage a change to b.ts, then have `git replace` show a clean blob in place of the staged one.
    write(dir, { 'b.ts': `export const b2 = "${t}";\n` });
    sh(dir, 'add', 'b.ts');
    const staged = sh(dir, 'rev-parse', ':b.ts').trim();
    const clean = sh(dir, 'hash-object', '-w', 'a').trim();
    sh(dir, 'replace', staged, clean);
    for (const env of [{}, { KEYWARD_GIT_INDEX: 'git' }] as Record<string, string>[]) {
      const r = await cli(dir, ['scan', '--staged', '--format', 'json', 'a', '1:a', 'b.ts'], '', env);
      expect(parse(r.stdout).findings.map((f) => f.path).sort(), JSON.stringify(env)).toEqual(['1:a', 'b.ts']);
    }
  });

  it('scans staged files whose names are not valid UTF-8 or hold a newline (from a bug: they were skipped and the commit went through)', async () => {
    const secret = token();
    const dir = repo({ 'ok.ts': 'export {};\n', 'payload.env': `NOTION=${secret}\n` });
    // Names written and staged through git itself: Latin-1 "café.ts" and "a\nb.env".
    const blob = sh(dir, 'hash-object', '-w', 'payload.env').trim();
    const entry = (name: Buffer): Buffer => Buffer.concat([Buffer.from(`100644 ${blob}\t`), name, Buffer.from('\0')]);
    execFileSync('git', ['update-index', '--add', '-z', '--index-info'], { cwd: dir, input: Buffer.concat([entry(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x73])), entry(Buffer.from('a\nb.env'))]) });
    sh(dir, 'add', 'ok.ts');
    for (const env of [{}, { KEYWARD_GIT_INDEX: 'git' }] as Record<string, string>[]) {
      const r = await cli(dir, ['scan', '--staged', '--format', 'json'], '', env);
      expect(r.code, JSON.stringify(env)).toBe(1);
      const report = JSON.parse(r.stdout) as { findings: { path: string }[]; skipped: unknown[]; summary: { filesScanned: number } };
      expect(report.summary.filesScanned).toBe(3);
      expect(report.skipped).toEqual([]);
      expect(report.findings.map((f) => f.path).sort()).toEqual(['a\nb.env', 'caf\ufffd.ts']);
      // What lint-staged passes: the names as the shell and process.argv decode them.
      const named = await cli(dir, ['scan', '--staged', '--format', 'json', 'caf\ufffd.ts', 'a\nb.env'], '', env);
      expect(named.code).toBe(1);
      expect((JSON.parse(named.stdout) as { findings: unknown[] }).findings).toHaveLength(2);
    }
  });

  it('takes folders and "." as the staged files under them, and says so for paths outside the repository', async () => {
    const t = token('github-pat-classic');
    const dir = repo({ 'sub/a.txt': `key ${t}\n`, 'top.ts': 'export {};\n' });
    sh(dir, 'add', '.');
    for (const args of [['sub'], ['.'], ['sub/']]) {
      const r = await cli(dir, ['scan', '--staged', '--format', 'json', ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(parse(r.stdout).findings.map((f) => f.path)).toEqual(['sub/a.txt']);
    }
    // Named from the repository root wherever it runs (lint-staged runs a package's tasks from
    // the package folder), so the root's config, allowlist and baseline globs match.
    const fromSub = await cli(join(dir, 'sub'), ['scan', '--staged', '--format', 'json', '.']);
    expect(parse(fromSub.stdout).findings.map((f) => f.path)).toEqual(['sub/a.txt']);
    for (const env of [{}, { KEYWARD_GIT_INDEX: 'git' }] as Record<string, string>[]) {
      const r = await cli(dir, ['scan', '--staged', '--format', 'json', 'top.ts', '../elsewhere.txt'], '', env);
      // Not read, so not judged: the run fails closed (exit 2) and says why.
      expect(r.code, JSON.stringify(env)).toBe(2);
      expect((JSON.parse(r.stdout) as { skipped: { reason: string }[] }).skipped.map((x) => x.reason)).toEqual([expect.stringContaining('outside the repository')]);
    }
  });

  it('finds a staged file named through a symbolically linked folder (a cwd under a link)', async () => {
    const t = token('github-pat-classic');
    const dir = repo({ 'sub/a.txt': `key ${t}\n` });
    sh(dir, 'add', '.');
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    const r = await cli(join(link, 'sub'), ['scan', '--staged', '--format', 'json', join(link, 'sub', 'a.txt')]);
    expect(r.code).toBe(1);
    expect(parse(r.stdout).findings.map((f) => f.path)).toEqual(['sub/a.txt']);
  });

  it('limits to the paths lint-staged passes, given absolute', async () => {
    const dir = repo({ 'a.ts': `"${token()}"`, 'b.ts': `"${token()}"` });
    sh(dir, 'add', '.');
    const r = await cli(dir, ['scan', '--staged', '--format', 'json', `${dir}/b.ts`]);
    expect(parse(r.stdout).findings.map((f) => f.path)).toEqual(['b.ts']);
  });

  it('with --diff reports only added lines', async () => {
    const old = token();
    const dir = repo({ 'a.ts': `const old = "${old}";\n` });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'legacy', '--no-verify');
    write(dir, { 'a.ts': `const old = "${old}";\nconst fresh = "${token()}";\n` });
    sh(dir, 'add', '.');
    const r = await cli(dir, ['scan', '--staged', '--diff', '--format', 'json']);
    expect(parse(r.stdout).findings.map((f) => f.line)).toEqual([2]);
    const wt = await cli(dir, ['scan', '--diff', '--format', 'json']);
    expect(parse(wt.stdout).findings.map((f) => f.line)).toEqual([2]);
  });

  it('works on a detached HEAD', async () => {
    const dir = repo({ 'a.ts': 'x\n' });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'one');
    sh(dir, 'checkout', '-q', '--detach');
    write(dir, { 'b.ts': `"${token()}"` });
    sh(dir, 'add', 'b.ts');
    expect((await cli(dir, ['scan', '--staged'])).code).toBe(1);
  });

  it('fails clearly outside a repository', async () => {
    const { project } = await import('./helpers.js');
    const r = await cli(project(), ['scan', '--staged']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not inside a git repository/);
  });
});

describe('keyward history', () => {
  it('finds secrets added by past commits, with commit, author and date', async () => {
    const t = token('github-pat-classic');
    const dir = repo({ 'a.ts': 'one\n' });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'one');
    write(dir, { 'a.ts': `one\nconst gh = "${t}";\n` });
    sh(dir, 'commit', '-qam', 'leak');
    const leak = sh(dir, 'rev-parse', 'HEAD').trim();
    write(dir, { 'a.ts': 'one\n' });
    sh(dir, 'commit', '-qam', 'remove');
    const r = await cli(dir, ['history', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(parse(r.stdout).findings).toMatchObject([{ path: 'a.ts', line: 2, ruleId: 'github-pat-classic', commit: { sha: leak, author: 'Ada' } }]);
    expect(r.stdout).not.toContain(t);
    const since = await cli(dir, ['history', '--since', leak]);
    expect(since.code).toBe(0);
  });

  it('treats an empty repository as no history', async () => {
    expect((await cli(repo(), ['history'])).code).toBe(0);
  });

  it('rejects a bad revision with exit 2', async () => {
    const dir = repo({ 'a.ts': 'x' });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'one');
    const r = await cli(dir, ['history', '--since', 'no-such-rev']);
    expect(r.code).toBe(2);
  });
});

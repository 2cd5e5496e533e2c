import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, project, repo, sh, token } from './helpers.js';

// The CLI issue's fail-closed cases, each from a bug: a path the user names must exist and be
// readable or the run fails (exit 2) naming it; nothing printed holds a raw token.

describe('named paths fail closed', () => {
  it('a path that does not exist is an error, not "0 files scanned" (a CI typo)', async () => {
    const dir = project({ 'a.txt': 'hello\n' });
    const r = await cli(dir, ['scan', 'does-not-exist']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"does-not-exist" does not exist/);
    expect(r.stdout).not.toMatch(/No secrets found/);
  });

  it('a symlink, a FIFO and /dev/stdin are errors', async () => {
    const dir = project({ 'real.env': `NOTION=${token()}\n` });
    symlinkSync(join(dir, 'real.env'), join(dir, 'link.env'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    for (const p of ['link.env', 'pipe', '/dev/stdin']) {
      const r = await cli(dir, ['scan', p]);
      expect(r.code, p).toBe(2);
      expect(r.stdout, p).not.toMatch(/No secrets found/);
    }
  });

  it('an explicitly named git-ignored folder is scanned, and the report says it was ignored', async () => {
    const secret = token();
    const dir = repo({ '.gitignore': 'dist/\n', 'dist/app.js': `const t = "${secret}";\n`, 'src/a.ts': 'export {};\n' });
    const r = await cli(dir, ['scan', 'dist', '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path)).toEqual(['dist/app.js']);
    expect(r.stderr).toMatch(/dist: ignored by \.gitignore; scanned because it was named/);
  });

  it('./a.env, a.env and .//a.env are one file, scanned once', async () => {
    const dir = repo({ 'a.env': `NOTION=${token()}\n` });
    const r = await cli(dir, ['scan', './a.env', 'a.env', './/a.env', '--format', 'json']);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder is an error', async () => {
    const dir = project({ 'locked/a.txt': 'x\n' });
    execFileSync('chmod', ['000', join(dir, 'locked')]);
    try {
      expect((await cli(dir, ['scan', 'locked'])).code).toBe(2);
    } finally {
      execFileSync('chmod', ['755', join(dir, 'locked')]);
    }
  });
});

describe('nothing echoed raw', () => {
  it('an unknown command or flag holding a token is echoed masked', async () => {
    const secret = token();
    const dir = project();
    for (const argv of [[secret], ['scan', `--${secret}`], ['scan', secret]]) {
      const r = await cli(dir, argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout + r.stderr).not.toContain(secret);
    }
  });
});

describe('history revisions never reach git as options', () => {
  it('--since=--output=FILE is a usage error and git writes nothing', async () => {
    const dir = repo({ 'a.txt': 'x\n' });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'one');
    const r = await cli(dir, ['history', '--since=--output=pwned.txt']);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'pwned.txt'))).toBe(false);
    const unknown = await cli(dir, ['history', '--since', 'no-such-branch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/is not a commit of this repository/);
    mkdirSync(join(dir, 'sub'));
    expect((await cli(dir, ['history', '--since', 'HEAD'])).code).toBe(0);
  });
});

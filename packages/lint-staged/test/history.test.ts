import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addedLinesFromDiff } from '../src/sources/target.js';
import { cli, nulFreeEcKey, pfxWithKey, repo, sh, token, write } from './helpers.js';

// History read by the diff's structure, not by line prefixes (from the CLI issue): content that
// looks like a diff header, lone CR line endings, binary files, bare repositories, commit
// messages, and refs that share commits.
type Report = { findings: { path: string; line: number; ruleId: string; commit?: { sha: string } }[]; summary: { commitsScanned: number } };
const history = async (dir: string, ...args: string[]): Promise<Report> => {
  const r = await cli(dir, ['history', '-f', 'json', ...args]);
  expect(r.code, r.stderr).toBeLessThan(2);
  return JSON.parse(r.stdout) as Report;
};

function commitAll(dir: string, message: string): string {
  sh(dir, 'add', '-A');
  sh(dir, 'commit', '-qm', message);
  return sh(dir, 'rev-parse', 'HEAD').trim();
}

describe('binary key material in history (from a new-user trial: history skipped it silently)', () => {
  it('scans authors\' and committers\' names and emails, and with --all the ref names (from an adversarial review: tokens there were never looked at)', async () => {
    const a = token();
    const b = token('github-pat-classic');
    const dir = repo({ 'start.txt': 'x\n' });
    sh(dir, 'commit', '-q', '--allow-empty', `--author=Deploy Bot <ci+${a}@example-corp.io>`, '-m', 'from a bot');
    sh(dir, 'branch', `hotfix-${b}`);
    const r = await cli(dir, ['history', '--all', '-f', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout + r.stderr).not.toContain(a);
    expect(r.stdout + r.stderr).not.toContain(b);
    const found = (JSON.parse(r.stdout) as { findings: { path: string; ruleId: string }[] }).findings.map((f) => [f.path, f.ruleId]);
    expect(found).toContainEqual(['(commit author)', 'notion-integration-token']);
    expect(found).toContainEqual(['(ref names)', 'github-pat-classic']);
  });

  it('counts what it read as commits and texts, not files (a user trial: "3 files scanned" for one changed file)', async () => {
    const dir = repo({ 'start.txt': 'x\n' });
    commitAll(dir, 'start');
    write(dir, { 'src.js': 'const a = 1;\n' });
    commitAll(dir, 'add src');
    const r = await cli(dir, ['history', 'HEAD~1..HEAD', '--', 'src.js']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 commit, 2 texts (changed files and messages) scanned');
  });

  it('judges the blob of a committed DER key under any name, with its commit; other binaries and public keys pass', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const dir = repo({ 'start.txt': 'x\n' });
    commitAll(dir, 'start');
    // A DER key starts with 0x30 0x2e: "0" and "." in the patch's text.
    write(dir, { 'deploy/material.bin': privateKey.export({ format: 'der', type: 'pkcs8' }), 'deploy/public.bin': publicKey.export({ format: 'der', type: 'spki' }), 'img/logo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), randomBytes(2000)]) });
    const sha = commitAll(dir, 'assets');
    write(dir, { 'later.txt': 'y\n' });
    commitAll(dir, 'later');
    const report = await history(dir);
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId, f.commit?.sha])).toEqual([['deploy/material.bin', 1, 'der-private-key', sha]]);
  });

  it('finds a DER key with no NUL byte, and one under a name that is not UTF-8 (read by blob id) (from a second review)', async () => {
    const dir = repo({ 'start.txt': 'x\n' });
    commitAll(dir, 'start');
    write(dir, { 'keys/service.key': nulFreeEcKey() });
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'keys', 'k')), Buffer.from([0xff, 0xfe]), Buffer.from('.der')]), generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }));
    commitAll(dir, 'keys');
    const report = await history(dir);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['der-private-key', 'der-private-key']);
    expect(report.findings.map((f) => f.path)).toContain('keys/service.key');
  });

  it('judges a key store whose patch text outgrows its 2.4 MB of bytes (invalid bytes became U+FFFD) (from a second review)', async () => {
    const dir = repo({ 'start.txt': 'x\n' });
    commitAll(dir, 'start');
    write(dir, { 'certs/big.bin': pfxWithKey(2_400_000) });
    commitAll(dir, 'store');
    expect((await history(dir)).findings.map((f) => [f.path, f.ruleId])).toEqual([['certs/big.bin', 'pkcs12-private-key']]);
  });
});

describe('keyward history reads diffs by their structure', () => {
  it('keeps content that looks like a header (++ /dev/null, ++ other.txt) as content of its own file', async () => {
    const a = token('github-pat-classic');
    const b = token('stripe-secret-key');
    const dir = repo({ 'start.txt': 'x\n' });
    commitAll(dir, 'start');
    write(dir, { 'notes.txt': `++ /dev/null\nconst a = "${a}";\n++ other.txt\nconst b = "${b}";\n` });
    commitAll(dir, 'notes');
    const report = await history(dir);
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId])).toEqual([
      ['notes.txt', 2, 'github-pat-classic'],
      ['notes.txt', 4, 'stripe-secret-key'],
    ]);
  });

  it('finds a token after a lone CR (old Mac line endings), and after a binary file\'s header-only diff', async () => {
    const t = token();
    const dir = repo({ 'start.txt': 'x\n' });
    commitAll(dir, 'start');
    write(dir, { 'a.bin': Buffer.from([0, 1, 2, 0, 255]), 'mac.txt': `first\rconst t = "${t}";\rlast\r` });
    commitAll(dir, 'binary and CR');
    write(dir, { 'later.txt': `const u = "${token()}";\n` });
    commitAll(dir, 'later');
    const report = await history(dir);
    expect(report.findings.map((f) => f.path).sort()).toEqual(['later.txt', 'mac.txt']);
    expect(report.summary.commitsScanned).toBe(3);
  });

  it('scans commit messages, reported masked under "(commit message)" with their commit', async () => {
    const t = token('github-pat-classic');
    const dir = repo({ 'a.txt': 'x\n' });
    const sha = commitAll(dir, `deploy fix\n\nused ${t} to test`);
    const r = await cli(dir, ['history']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('(commit message):3:6');
    expect(r.stdout).toContain('ghp_****');
    expect(r.stdout).not.toContain(t);
    const report = await history(dir);
    expect(report.findings).toMatchObject([{ path: '(commit message)', line: 3, commit: { sha } }]);
  });

  it('works in a bare repository (a mirror or server copy)', async () => {
    const t = token();
    const dir = repo({ 'a.ts': `const t = "${t}";\n` });
    commitAll(dir, 'one');
    const bare = join(mkdtempSync(join(tmpdir(), 'keyward-bare-')), 'mirror.git');
    execFileSync('git', ['clone', '-q', '--bare', dir, bare]);
    const report = await history(bare, '--all');
    expect(report.findings.map((f) => f.path)).toEqual(['a.ts']);
    expect((await history(bare)).findings).toHaveLength(1);
  });

  it('reports a commit once when several refs (branches, tags) reach it', async () => {
    const dir = repo({ 'a.ts': `const t = "${token()}";\n` });
    commitAll(dir, 'one');
    sh(dir, 'branch', 'feature');
    sh(dir, 'tag', 'v1');
    const report = await history(dir, '--all');
    expect(report.findings).toHaveLength(1);
    expect(report.summary.commitsScanned).toBe(1);
  });

  it('--all scans what tags hold besides commits: an annotated tag\'s message, a tag on a blob, a tag on a tree (from a fourth review: pushed with --tags, never scanned)', async () => {
    const dir = repo({ 'a.txt': 'clean\n' });
    commitAll(dir, 'one');
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: `k = "${token()}"\n` }).toString().trim();
    sh(dir, 'tag', 'on-blob', blob);
    const inTree = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: `k = "${token()}"\n` }).toString().trim();
    const tree = execFileSync('git', ['mktree'], { cwd: dir, input: `100644 blob ${inTree}\tleak.txt\n` }).toString().trim();
    sh(dir, 'tag', 'on-tree', tree);
    sh(dir, 'tag', '-a', 'v1', '-m', `release with ${token()}`);
    const report = await history(dir, '--all');
    expect(report.findings.map((f) => f.path).sort()).toEqual(['refs/tags/on-blob', 'refs/tags/on-tree:leak.txt', 'refs/tags/v1 (tag message)']);
    // Without --all only HEAD's history is read.
    expect((await history(dir)).findings).toEqual([]);
  });

  it('parses --diff/--staged diffs the same way: header-looking content stays in its file', () => {
    const diff = ['diff --git a/n.txt b/n.txt', 'new file mode 100644', '--- /dev/null', '+++ b/n.txt', '@@ -0,0 +1,3 @@', '+++ /dev/null', '+--- a/x', '+ok', 'diff --git a/m.txt b/m.txt', '--- a/m.txt', '+++ b/m.txt', '@@ -2 +2 @@', '-old', '+new', '\\ No newline at end of file', ''].join('\n');
    expect([...addedLinesFromDiff(diff)].map(([p, lines]) => [p, [...lines]])).toEqual([
      ['n.txt', [1, 2, 3]],
      ['m.txt', [2]],
    ]);
  });
});


describe('baseline: partial updates, history entries, any folder (from the CLI issue)', () => {
  type Entry = { rule: string; path: string; hash: string; history?: true };
  const entries = (dir: string): Entry[] => (JSON.parse(readFileSync(join(dir, '.keyward-baseline.json'), 'utf8')) as { entries: Entry[] }).entries;

  it('keyward baseline <path> updates entries under that path and keeps the rest', async () => {
    const dir = repo({ 'a/one.ts': `const t = "${token()}";\n`, 'b/two.ts': `const t = "${token('github-pat-classic')}";\n` });
    await cli(dir, ['baseline']);
    expect(entries(dir).map((e) => e.path)).toEqual(['a/one.ts', 'b/two.ts']);
    write(dir, { 'a/one.ts': 'export {};\n', 'b/two.ts': `const u = "${token('stripe-secret-key')}";\n` });
    const r = await cli(dir, ['baseline', 'a']);
    expect(r.stdout).toContain('0 from this scan (1 file), 1 kept from outside it');
    // a/ was rescanned (its entry is gone); b/ was not (its old entry stays, the new secret is not added).
    expect(entries(dir).map((e) => [e.path, e.rule])).toEqual([['b/two.ts', 'github-pat-classic']]);
  });

  it('keyward baseline --history records secrets only history holds; history then reports only new ones', async () => {
    const dir = repo({ 'a.ts': `const t = "${token()}";\n` });
    commitAll(dir, 'leak');
    write(dir, { 'a.ts': 'export {};\n' });
    commitAll(dir, 'remove');
    expect((await cli(dir, ['history'])).code).toBe(1);
    const files = await cli(dir, ['baseline']);
    expect(files.stdout).toContain('wrote 0 entries');
    const recorded = await cli(dir, ['baseline', '--history']);
    // Both commits were read, and the count says so in words (from a review: "1 commit(s)").
    expect(recorded.stdout).toContain('1 from this scan (2 commits)');
    expect(entries(dir)).toMatchObject([{ path: 'a.ts', rule: 'notion-integration-token', history: true }]);
    expect((await cli(dir, ['history'])).code).toBe(0);
    // A file rescan keeps the history entry (and does not call it stale).
    const rescan = await cli(dir, ['baseline']);
    expect(rescan.stdout).toContain('1 kept from outside it');
    expect((await cli(dir, ['scan'])).stderr).not.toContain('stale');
    write(dir, { 'b.ts': `const g = "${token('github-pat-classic')}";\n` });
    commitAll(dir, 'new leak');
    const after = await history(dir);
    expect(after.findings.map((f) => f.path)).toEqual(['b.ts']);
  });

  it('works from a subfolder: the root\'s baseline and config, paths from the root', async () => {
    const t = token();
    const dir = repo({ 'packages/app/src/a.ts': `const t = "${t}";\n`, 'keyward.config.json': JSON.stringify({ allowlist: { paths: ['packages/app/fixtures/**'] } }), 'packages/app/fixtures/f.ts': `const f = "${token('github-pat-classic')}";\n` });
    const sub = join(dir, 'packages', 'app');
    const scan = JSON.parse((await cli(sub, ['scan', '.', '-f', 'json'])).stdout) as Report;
    expect(scan.findings.map((f) => f.path)).toEqual(['packages/app/src/a.ts']);
    await cli(sub, ['baseline']);
    expect(entries(dir).map((e) => e.path)).toEqual(['packages/app/src/a.ts']);
    expect((await cli(sub, ['scan'])).code).toBe(0);
    expect((await cli(dir, ['scan'])).code).toBe(0);
    const sarif = JSON.parse((await cli(sub, ['scan', '--no-baseline', '-f', 'sarif'])).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('packages/app/src/a.ts');
  });
});

describe('one glob engine for blockedFiles and allowlist.paths (from the CLI issue)', () => {
  it('["*.pem", "certs/*", "[Ss]ecrets/*"] means the same in both lists', async () => {
    const globs = ['*.pem', 'certs/*', '[Ss]ecrets/*'];
    const names = ['deep/dir/key.pem', 'certs/a.txt', 'Secrets/b.txt', 'secrets/c.txt'];
    const t = token();
    const blocked = repo({ 'keyward.config.json': JSON.stringify({ blockedFiles: globs }), ...Object.fromEntries(names.map((n) => [n, 'x\n'])) });
    const r = JSON.parse((await cli(blocked, ['scan', '-f', 'json'])).stdout) as Report;
    expect(r.findings.map((f) => f.path).sort()).toEqual([...names].sort());
    const allowed = repo({ 'keyward.config.json': JSON.stringify({ allowlist: { paths: globs } }), ...Object.fromEntries(names.map((n) => [n, `const t = "${t}";\n`])), 'other.ts': `const t = "${t}";\n` });
    const a = JSON.parse((await cli(allowed, ['scan', '-f', 'json'])).stdout) as Report;
    expect(a.findings.map((f) => f.path)).toEqual(['other.ts']);
  });
});

describe('keyward init: clear errors with a next step, nothing half-written (from the CLI issue)', () => {
  it.each([
    ['package.json is not JSON', { 'package.json': '{ "name": ' }, /package\.json is not valid JSON/],
    ['package.json is an array', { 'package.json': '[]' }, /does not hold a JSON object/],
    ['package.json is null', { 'package.json': 'null' }, /does not hold a JSON object/],
    ['scripts is a string', { 'package.json': '{ "scripts": "x" }' }, /"scripts" is not an object/],
    ['prepare is a number', { 'package.json': '{ "scripts": { "prepare": 1 } }' }, /"scripts\.prepare" is not a string/],
    ['lint-staged is an array', { 'package.json': '{ "lint-staged": [] }' }, /"lint-staged" is not an object/],
    ['a lint-staged task that is not a command (from a review: init wrote [123, "keyward scan --staged"])', { 'package.json': '{ "lint-staged": { "*": 123 } }' }, /"\*" entry is not a command/],
    ['.husky is a file', { 'package.json': '{}', '.husky': 'x' }, /\.husky exists but is a file/],
    ['.lintstagedrc is broken', { 'package.json': '{}', '.lintstagedrc': '{ nope' }, /\.lintstagedrc is not valid JSON/],
  ])('%s', async (_, files, message) => {
    const dir = repo(files as Record<string, string>);
    const before = readFileSync(join(dir, 'package.json'), 'utf8');
    const r = await cli(dir, ['init']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain('internal error');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(before);
  });

  it('puts keyward first under "*", before a formatter the project already runs there (as withKeyward does)', async () => {
    const dir = repo({ 'package.json': '{ "lint-staged": { "*": "prettier --write" } }' });
    expect((await cli(dir, ['init'])).code).toBe(0);
    expect((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { 'lint-staged': unknown })['lint-staged']).toEqual({ '*': ['keyward scan --staged', 'prettier --write'] });
  });

  it('writes .gitignore lines that keep .env files out and the templates the env policy accepts in; doctor asks only for the first (from a new-user trial)', async () => {
    const dir = repo({ 'package.json': '{}' });
    expect((await cli(dir, ['init'])).code).toBe(0);
    const lines = readFileSync(join(dir, '.gitignore'), 'utf8').split('\n');
    expect(lines).toEqual(expect.arrayContaining(['.env', '.env.*', '!.env.example', '!.env.sample', '!.env.template']));
    const older = repo({ 'package.json': '{}', '.gitignore': '.env\n.env.*\n!.env.example\n' });
    expect((await cli(older, ['doctor'])).stdout).not.toMatch(/add .*\.gitignore/);
  });

  it('inside a monorepo package it says to run at the repository root, not "git init" (from a review)', async () => {
    const dir = repo({ 'packages/app/package.json': '{ "name": "app" }' });
    const r = await cli(join(dir, 'packages', 'app'), ['init']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('inside a git repository but not at its root');
    expect(r.stdout).not.toContain('run git init');
  });

  it('a write the file system refuses names the file, not "internal error"', async () => {
    const dir = repo({ 'a.ts': 'x\n' });
    const r = await cli(dir, ['baseline', '-o', '/proc/keyward-cannot-write/baseline.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/keyward baseline: cannot open \/proc\/keyward-cannot-write\/baseline\.json \(ENOENT\)/);
    expect(r.stderr).not.toContain('internal error');
  });
});

describe('git config and attributes cannot hide added lines (from a review)', () => {
  const cases: Record<string, (dir: string) => void> = {
    'a name with a space (git ends +++ with a tab)': () => undefined,
    'diff.mnemonicPrefix': (dir) => sh(dir, 'config', 'diff.mnemonicPrefix', 'true'),
    'diff.noprefix': (dir) => sh(dir, 'config', 'diff.noprefix', 'true'),
    '-diff attribute': (dir) => write(dir, { '.gitattributes': '*.txt -diff\n' }),
    'binary attribute': (dir) => write(dir, { '.gitattributes': '*.txt binary\n' }),
    'interHunkContext + suppressBlankEmpty': (dir) => {
      sh(dir, 'config', 'diff.interHunkContext', '5');
      sh(dir, 'config', 'diff.suppressBlankEmpty', 'true');
    },
  };
  it.each(Object.keys(cases))('%s: --staged --diff, --diff and history all find the token', async (name) => {
    const t = token();
    const file = name.startsWith('a name') ? 'my file.txt' : 'b/notes.txt';
    const before = ['one', '', 'two', '', 'three', '', 'four', ''].join('\n');
    const dir = repo({ [file]: before });
    cases[name]!(dir);
    commitAll(dir, 'base');
    // Added lines around blank context lines, so a merged hunk carries blank context.
    write(dir, { [file]: ['one', `key = "${t}"`, '', 'two', 'x', '', 'three', `k2 = "${t}"`, '', 'four', ''].join('\n') });
    sh(dir, 'add', '-A');
    const staged = JSON.parse((await cli(dir, ['scan', '--staged', '--diff', '-f', 'json'])).stdout) as Report;
    expect(staged.findings.map((f) => [f.path, f.line]), 'staged --diff').toEqual([[file, 2], [file, 8]]);
    const tree = JSON.parse((await cli(dir, ['scan', '--diff', '-f', 'json'])).stdout) as Report;
    expect(tree.findings.map((f) => [f.path, f.line]), 'scan --diff').toEqual([[file, 2], [file, 8]]);
    commitAll(dir, 'leak');
    const log = await history(dir);
    expect(log.findings.map((f) => [f.path, f.line]), 'history').toEqual([[file, 2], [file, 8]]);
  });

  it('--staged from a package folder names files from the root, so the root\'s blockedFiles and allowlist apply', async () => {
    const t = token();
    const dir = repo({ 'keyward.config.json': JSON.stringify({ blockedFiles: ['config/*.key'], allowlist: { paths: ['test/**'] } }), 'config/a.key': 'x\n', 'app/test/a.ts': `const t = "${t}";\n` });
    sh(dir, 'add', '-A');
    const fromConfig = await cli(join(dir, 'config'), ['scan', '--staged', '-f', 'json']);
    expect(fromConfig.code).toBe(1);
    const fromApp = JSON.parse((await cli(join(dir, 'app'), ['scan', '--staged', '-f', 'json'])).stdout) as Report;
    expect(fromApp.findings.map((f) => f.path)).toContain('app/test/a.ts'); // test/** is the root's test/, not app/test/
  });
});

describe('binary files in diffs (from a review: --text held a 600 MB binary as one string)', () => {
  it('--staged --diff and --diff scan a file git shows as binary whole, without holding its diff', async () => {
    const t = token();
    const dir = repo({ 'a.txt': 'x\n' });
    commitAll(dir, 'base');
    const big = Buffer.alloc(20 * 1024 * 1024, 0x41);
    big[10] = 0;
    write(dir, { 'big.bin': big, 'hidden.cfg': `key = "${t}"\n`, '.gitattributes': '*.cfg -diff\n' });
    sh(dir, 'add', '-A');
    const staged = JSON.parse((await cli(dir, ['scan', '--staged', '--diff', '-f', 'json'])).stdout) as Report & { skipped: { path: string; reason: string }[] };
    expect(staged.findings.map((f) => f.path)).toEqual(['hidden.cfg']);
    expect(staged.skipped).toEqual([]); // scanned whole, as its text runs
  });

  it('lfLines reduces a line of binary data over 16 MiB to its first byte and a NUL, and goes on', async () => {
    const { lfLines } = await import('../src/sources/diff.js');
    const huge = Buffer.alloc(17 * 1024 * 1024, 0x42);
    huge[0] = 0x2b; // "+"
    huge[100] = 0;
    const chunks = [Buffer.from('first\n'), huge.subarray(0, 9 * 1024 * 1024), huge.subarray(9 * 1024 * 1024), Buffer.from('\n+after\nlast')];
    const lines: string[] = [];
    for await (const l of lfLines(Readable.from(chunks))) lines.push(l);
    expect(lines).toEqual(['first', '+\0', '+after', 'last']);
  });
});

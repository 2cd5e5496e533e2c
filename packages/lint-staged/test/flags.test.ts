import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../src/index.js';
import { colorFlag, useColor } from '../src/options.js';
import { progressLine, startProgress } from '../src/progress.js';
import { cli, project, repo, sh, token, write } from './helpers.js';
import { reportValidator } from './schemas.js';

// The flags users bring from gitleaks and secretlint, colour as no-color.org and Node.js decide
// it, history ranges and path limits, progress (from the ecosystem issue).

const ESC = '\u001b[';

describe('--exit-code, -f, -o, -r (gitleaks spellings)', () => {
  it('--exit-code sets the status for findings only; 0 reports without failing', async () => {
    const dir = project({ 'a.ts': `const t = "${token()}";\n` });
    expect((await cli(dir, ['scan', '--exit-code', '0'])).code).toBe(0);
    expect((await cli(dir, ['scan', '--exit-code', '7'])).code).toBe(7);
    expect((await cli(dir, ['scan'])).code).toBe(1);
    const clean = project({ 'a.ts': 'const a = 1;\n' });
    expect((await cli(clean, ['scan', '--exit-code', '7'])).code).toBe(0);
    for (const bad of ['-1', 'x', '1.5', '300']) {
      const r = await cli(dir, ['scan', '--exit-code', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--exit-code');
    }
  });

  it('names an unknown option plainly, and fails at once on an output folder that cannot be made', async () => {
    const dir = project({ 'a.ts': 'x\n' });
    const bogus = await cli(dir, ['scan', '--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('keyward scan: unknown option --bogus');
    // From a new-user trial: a recursive mkdir under /proc never returned.
    const proc = await cli(dir, ['scan', '-o', '/proc/keyward-nope/r.sarif']);
    expect(proc.code).toBe(2);
    expect(proc.stderr).toContain('cannot write the report');
  });

  it('takes -f/--report-format and -r/--report-path as aliases, and refuses two different values', async () => {
    const t = token('github-pat-classic');
    const dir = project({ 'a.ts': `const t = "${t}";\n` });
    const short = await cli(dir, ['scan', '-f', 'json']);
    expect(JSON.parse(short.stdout)).toMatchObject({ version: 1, summary: { findings: 1 } });
    expect(JSON.parse((await cli(dir, ['scan', '--report-format=json'])).stdout)).toMatchObject({ version: 1 });
    const toFile = await cli(dir, ['scan', '-f', 'sarif', '-r', 'out/report.sarif']);
    expect(toFile.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect((await cli(dir, ['scan', '-f', 'json', '-o', 'r.json'])).stdout).toBe('');
    const both = await cli(dir, ['scan', '--format', 'text', '--report-format', 'json']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--report-format');
  });

  it('--verbose prints run details, and the findings when the report goes to a file', async () => {
    const t = token();
    const dir = project({ 'src/a.ts': `const t = "${t}";\n` });
    const r = await cli(dir, ['scan', '--verbose', '-f', 'sarif', '-o', 'r.sarif']);
    expect(r.stderr).toMatch(/src\/a\.ts:1:12 {2}\w+ {2}notion-integration-token/);
    expect(r.stderr).toMatch(/keyward scan: 1 file, 0\.00 MB scanned in \d+ ms with \d+ rules \(config: defaults\); 1 finding/);
    expect(r.stderr).not.toContain(t);
    const quiet = await cli(dir, ['scan', '-f', 'sarif', '-o', 'r.sarif']);
    expect(quiet.stderr).not.toContain('notion-integration-token');
  });
});

describe('checkstyle and junit reports', () => {
  it('write well-formed XML with masks, escaping hostile names (checked by the helper)', async () => {
    const t = token();
    const name = 'we<ird>&"q\'\u0007.ts';
    const dir = project({ [name]: `const t = "${t}";\n`, 'clean.ts': 'x\n' });
    const checkstyle = await cli(dir, ['scan', '-f', 'checkstyle']);
    expect(checkstyle.code).toBe(1);
    expect(checkstyle.stdout).toContain('<checkstyle version="4.3">');
    expect(checkstyle.stdout).toContain('name="we&lt;ird&gt;&amp;&quot;q&apos;\\u0007.ts"');
    expect(checkstyle.stdout).toMatch(/<error line="1" column="12" severity="error" message="[^"]*ntn_\*+[^"]*" source="keyward\.notion-integration-token"\/>/);
    const junit = await cli(dir, ['scan', '-f', 'junit']);
    expect(junit.stdout).toMatch(/<testsuites name="keyward" tests="1" failures="1" errors="0" skipped="0">/);
    expect(junit.stdout).toContain('<failure message="Notion');
    // The failure body is lines of text (from a new-user trial: newlines came out as \u000a).
    expect(junit.stdout).toMatch(/<failure [^>]*>[^<\n]+\.ts:1:12\n[^<]*<\/failure>/);
    expect(junit.stdout).not.toContain('\\u000a');
    for (const out of [checkstyle.stdout, junit.stdout]) expect(out).not.toContain(t);
    const clean = await cli(project({ 'a.ts': 'x\n' }), ['scan', '-f', 'junit']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('tests="1" failures="0"');
    expect(clean.stdout).toContain('no secrets in 1 scanned files');
  });
});

describe('colour', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it('follows --color/--no-color, then FORCE_COLOR, then NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb, then the terminal', () => {
    expect(useColor(tty, {}, undefined)).toBe(true);
    expect(useColor(pipe, {}, undefined)).toBe(false);
    expect(useColor(tty, { NO_COLOR: '1' }, undefined)).toBe(false);
    expect(useColor(tty, { NO_COLOR: '' }, undefined)).toBe(true); // no-color.org: only a non-empty value
    expect(useColor(tty, { NODE_DISABLE_COLORS: '1' }, undefined)).toBe(false);
    expect(useColor(tty, { TERM: 'dumb' }, undefined)).toBe(false);
    expect(useColor(tty, { FORCE_COLOR: '0' }, undefined)).toBe(false);
    expect(useColor(tty, { FORCE_COLOR: 'false' }, undefined)).toBe(false);
    expect(useColor(pipe, { FORCE_COLOR: '1' }, undefined)).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: '' }, undefined)).toBe(true);
    expect(useColor(tty, { FORCE_COLOR: '3', NO_COLOR: '1' }, undefined)).toBe(true); // Node.js: FORCE_COLOR wins
    expect(useColor(pipe, { NO_COLOR: '1' }, true)).toBe(true);
    expect(useColor(tty, { FORCE_COLOR: '1' }, false)).toBe(false);
    expect(colorFlag(['--no-color', '--color'])).toBe(true);
    expect(colorFlag(['--color', '--no-color'])).toBe(false);
    expect(colorFlag(['--', '--color'])).toBeUndefined();
  });

  it('colours the text report with --color even into a pipe, and never with --no-color', async () => {
    const dir = project({ 'a.ts': `const t = "${token()}";\n` });
    expect((await cli(dir, ['scan', '--color'])).stdout).toContain(ESC);
    expect((await cli(dir, ['scan', '--no-color'], '', { FORCE_COLOR: '1' })).stdout).not.toContain(ESC);
    expect((await cli(dir, ['scan'], '', { FORCE_COLOR: '1', NO_COLOR: '' })).stdout).toContain(ESC);
    expect((await cli(dir, ['scan'])).stdout).not.toContain(ESC);
  });
});

describe('keyward history: ranges and paths', () => {
  function threeCommits(): { dir: string; shas: string[]; tokens: string[] } {
    const tokens = [token('github-pat-classic'), token('stripe-secret-key'), token()];
    const dir = repo({ 'a.ts': 'one\n' });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'base');
    const shas = [sh(dir, 'rev-parse', 'HEAD').trim()];
    write(dir, { 'src/one.ts': `const a = "${tokens[0]}";\n` });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'one');
    shas.push(sh(dir, 'rev-parse', 'HEAD').trim());
    write(dir, { 'config/two.ts': `const b = "${tokens[1]}";\n` });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'two');
    shas.push(sh(dir, 'rev-parse', 'HEAD').trim());
    write(dir, { 'src/three.ts': `\n\nconst c = "${tokens[2]}";\n` });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'three');
    shas.push(sh(dir, 'rev-parse', 'HEAD').trim());
    return { dir, shas, tokens };
  }
  type Report = { findings: { path: string; line: number; start?: number; commit: { sha: string } }[]; summary: { commitsScanned: number } };
  const json = async (dir: string, args: string[]): Promise<Report> => JSON.parse((await cli(dir, ['history', '-f', 'json', ...args])).stdout) as Report;

  it('scans a revision range, ranges by ..., and path limits; counts commits; names files by line, not offset', async () => {
    const { dir, shas } = threeCommits();
    const all = await json(dir, []);
    expect(all.summary.commitsScanned).toBe(4);
    expect(all.findings.map((f) => f.path).sort()).toEqual(['config/two.ts', 'src/one.ts', 'src/three.ts']);
    expect(all.findings.find((f) => f.path === 'src/three.ts')).toMatchObject({ line: 3 });
    for (const f of all.findings) expect(f.start).toBeUndefined();
    const range = await json(dir, [`${shas[1]}..${shas[3]}`]);
    expect(range.summary.commitsScanned).toBe(2);
    expect(range.findings.map((f) => f.path).sort()).toEqual(['config/two.ts', 'src/three.ts']);
    const upTo = await json(dir, [`HEAD~1`]);
    expect(upTo.findings.map((f) => f.path).sort()).toEqual(['config/two.ts', 'src/one.ts']);
    const paths = await json(dir, ['--', 'src']);
    expect(paths.findings.map((f) => f.path).sort()).toEqual(['src/one.ts', 'src/three.ts']);
    expect(paths.summary.commitsScanned).toBe(2);
    // Paths are taken from the current directory, as git does.
    const fromSub = JSON.parse((await cli(join(dir, 'config'), ['history', '-f', 'json', '--', 'two.ts'])).stdout) as Report;
    expect(fromSub.findings.map((f) => f.path)).toEqual(['config/two.ts']);
    const excluded = await json(dir, [`^${shas[2]}`, 'HEAD']);
    expect(excluded.findings.map((f) => f.path)).toEqual(['src/three.ts']);
  });

  it('fails closed on a revision that is an option or not a commit, a path no commit touches, and mixed selections', async () => {
    const { dir } = threeCommits();
    for (const args of [['HEAD..-output=pwned'], ['^-pwned'], ['no-such-branch'], ['HEAD..nope'], ['--', 'no-such-dir'], ['--', ':(exclude)src'], ['--', '../outside'], ['--all', 'HEAD'], ['--since', 'HEAD~1', 'HEAD']]) {
      const r = await cli(dir, ['history', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect(() => readFileSync(join(dir, 'pwned'))).toThrow();
    expect(() => readFileSync(join(dir, '-output=pwned'))).toThrow();
  });

  it('names the repository by its origin without credentials in SARIF provenance', async () => {
    const { dir } = threeCommits();
    sh(dir, 'remote', 'add', 'origin', 'https://someone:hunter2@git.example.test/team/app.git');
    const sarif = JSON.parse((await cli(dir, ['history', '-f', 'sarif'])).stdout) as { runs: { versionControlProvenance: { repositoryUri: string }[] }[] };
    expect(sarif.runs[0]?.versionControlProvenance[0]?.repositoryUri).toBe('https://git.example.test/team/app.git');
    sh(dir, 'remote', 'set-url', 'origin', 'git@git.example.test:team/app.git');
    const scp = JSON.parse((await cli(dir, ['history', '-f', 'sarif'])).stdout) as { runs: { versionControlProvenance: { repositoryUri: string }[] }[] };
    expect(scp.runs[0]?.versionControlProvenance[0]?.repositoryUri).toBe('ssh://git@git.example.test/team/app.git');
  });
});

describe('progress', () => {
  function io(isTTY: boolean): { io: Io; out: () => string } {
    const stderr = Object.assign(new PassThrough(), { isTTY, columns: 100 });
    let text = '';
    stderr.on('data', (b: Buffer) => (text += b.toString()));
    return { io: { stdin: new PassThrough(), stdout: new PassThrough(), stderr, cwd: '.', env: {} }, out: () => text };
  }

  it('prints one plain line every 10 s without a terminal, with total, percent, rate and time left', async () => {
    let now = 0;
    const { io: plain, out } = io(false);
    const p = await startProgress(plain, { label: 'history', unit: 'commits', total: 1000, now: () => now });
    for (let i = 0; i < 100; i++) {
      now += 100; // 10 commits a second
      p.tick(1);
    }
    p.stop();
    expect(out()).toBe('keyward: history 100 commits of 1,000 commits (10%), 10 commits/s, about 90 s left\n');
    expect(progressLine({ label: 'scan', unit: 'bytes', total: 2e9 }, 1e9, 100_000)).toBe('keyward: scan 1000 MB of 2000 MB (50%), 10.0 MB/s, about 2 min left\n');
  });

  it('shows a bar on a terminal once a run takes a second, and nothing for a short run', async () => {
    let now = 0;
    const short = io(true);
    const quick = await startProgress(short.io, { label: 'history', unit: 'commits', total: 10, now: () => now });
    quick.tick(10);
    quick.stop();
    expect(short.out()).toBe('');
    const long = io(true);
    const p = await startProgress(long.io, { label: 'history', unit: 'commits', total: 100, now: () => now });
    now = 2000;
    p.tick(50);
    p.stop();
    expect(long.out()).toMatch(/keyward: history \[[=-]+\] 50% \| 50\/100 commits \| 25 commits\/s \| ETA/);
  });
});

describe('the JSON report schema', () => {
  it('rejects reports that break it (so the helper check can fail)', () => {
    const validate = reportValidator();
    const ok = { version: 1, findings: [], skipped: [], notes: [], staleBaseline: [], summary: { findings: 0, verified: 0, filesScanned: 0, bytesScanned: 0, skipped: 0, baselined: 0 } };
    expect(validate(ok)).toBe(true);
    expect(validate({ ...ok, version: 2 })).toBe(false);
    expect(validate({ ...ok, findings: [{ ruleId: 'x' }] })).toBe(false);
    expect(validate({ ...ok, summary: { ...ok.summary, extra: 1 } })).toBe(false);
  });
});

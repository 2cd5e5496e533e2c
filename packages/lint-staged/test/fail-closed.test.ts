import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, nulFreeEcKey, pfxWithKey, project, repo, sh, token, write } from './helpers.js';

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

  it('a symbolic link under a scanned folder is scanned as git commits it, by the path it points to, never followed (from an adversarial review: links were passed over in silence)', async () => {
    const secret = token();
    for (const dir of [repo({ 'a.txt': 'x\n' }), project({ 'a.txt': 'x\n' })]) {
      symlinkSync(`https://files.example-corp.io/share?token=${secret}`, join(dir, 'share-link'));
      symlinkSync('/etc/passwd', join(dir, 'plain-link'));
      const r = await cli(dir, ['scan', '.', '--format', 'json']);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).not.toContain(secret);
      const report = JSON.parse(r.stdout) as { findings: { path: string }[]; summary: { filesScanned: number } };
      expect(report.findings.map((f) => f.path)).toEqual(['share-link']);
      expect(report.summary.filesScanned).toBe(3);
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

  it('a path through ".." names the same file: scanned once from a subfolder, and found from the root (from a trial: "../repo/dist" scanned 0 files)', async () => {
    const dir = repo({ '.gitignore': 'dist/\n', 'dist/app.js': `const t = "${token()}";\n`, 'src/a.ts': `export const t = "${token()}";\n` });
    sh(dir, 'add', 'src', '.gitignore');
    const fromSrc = await cli(join(dir, 'src'), ['scan', 'a.ts', '../src/a.ts', '--format', 'json']);
    expect((JSON.parse(fromSrc.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path)).toEqual(['src/a.ts']);
    const name = dir.split('/').at(-1)!;
    const fromRoot = await cli(dir, ['scan', `../${name}/dist`, '--format', 'json']);
    expect(fromRoot.code).toBe(1);
    expect((JSON.parse(fromRoot.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path)).toEqual(['dist/app.js']);
  });

  it('a named folder that .keywardignore leaves out is scanned, and the note names .keywardignore', async () => {
    const dir = repo({ '.keywardignore': 'vendor/\n', 'vendor/x.js': `const t = "${token()}";\n` });
    const r = await cli(dir, ['scan', 'vendor', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/vendor: ignored by \.keywardignore; scanned because it was named/);
    expect((await cli(dir, ['scan', '--format', 'json'])).code).toBe(0);
  });

  it('staged files .keywardignore leaves out are named in the notes, and doctor fails on a .keywardignore that leaves out everything (from a review: `*` turned the hook off without a word)', async () => {
    const dir = repo({ '.keywardignore': '*\n', 'src/a.ts': `const t = "${token()}";\n` });
    sh(dir, 'add', 'src/a.ts');
    const r = await cli(dir, ['scan', '--staged']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/src\/a\.ts: staged, not scanned: left out by \.keywardignore/);
    const doctor = await cli(dir, ['doctor', '--no-color']);
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/✖ \.keywardignore leaves source and \.env files scanned\n {4}fix: \.keywardignore leaves out \.env, src\/index\.ts/);
    write(dir, { '.keywardignore': 'fixtures/\n' });
    expect((await cli(dir, ['doctor', '--no-color'])).stdout).toMatch(/✔ \.keywardignore leaves source and \.env files scanned/);
  });

  it('an empty path and a --baseline that does not exist are errors (an unset variable, a typo)', async () => {
    const dir = repo({ 'a.env': `NOTION=${token()}\n` });
    const empty = await cli(dir, ['scan', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty path/);
    const missing = await cli(dir, ['scan', '--baseline', 'missing.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/"missing\.json" does not exist/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable folder inside the scanned tree fails the run (git only warns about it)', async () => {
    const dir = repo({ 'locked/a.txt': `NOTION=${token()}\n`, 'b.txt': 'x\n' });
    execFileSync('chmod', ['000', join(dir, 'locked')]);
    try {
      const r = await cli(dir, ['scan']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/locked.*cannot be read/);
    } finally {
      execFileSync('chmod', ['755', join(dir, 'locked')]);
    }
  });

  it('baseline entries are ordered by code point (from a trial: U+1F600 sorted before U+FF61)', async () => {
    const dir = repo({ '\u{1F600}.env': `NOTION=${token()}\n`, '\uFF61.env': `NOTION=${token()}\n` });
    expect((await cli(dir, ['baseline'])).code).toBe(0);
    const paths = (JSON.parse(readFileSync(join(dir, '.keyward-baseline.json'), 'utf8')) as { entries: { path: string }[] }).entries.map((e) => e.path);
    expect(paths).toEqual(['\uFF61.env', '\u{1F600}.env']);
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

describe('file names that are not UTF-8 (from a third review: they were listed, not found, and dropped)', () => {
  // d\xE9/c.txt and x\xFF.txt: Latin-1 bytes, as an old archive or a Windows share leaves them.
  const plant = (dir: string, secret: string): void => {
    const dirName = Buffer.concat([Buffer.from(`${dir}/d`), Buffer.from([0xe9])]);
    mkdirSync(dirName);
    writeFileSync(Buffer.concat([dirName, Buffer.from('/c.txt')]), `k=${secret}\n`);
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/x`), Buffer.from([0xff]), Buffer.from('.txt')]), `k=${secret}\n`);
  };
  const paths = (stdout: string): string[] => (JSON.parse(stdout) as { findings: { path: string }[] }).findings.map((f) => f.path).sort();

  it('are scanned by their bytes and shown with \\xNN escapes: in a repository, outside git, from a subfolder, with workers', async () => {
    const secret = token();
    const inGit = repo({ 'sub/keep.txt': 'x\n' });
    plant(inGit, secret);
    const plain = project({});
    plant(plain, secret);
    const want = ['d\\xE9/c.txt', 'x\\xFF.txt'];
    for (const [cwd, args] of [
      [inGit, ['scan']],
      [plain, ['scan']],
      [join(inGit, 'sub'), ['scan', '..']],
      [inGit, ['scan', '--workers', '2']],
    ] as const) {
      const r = await cli(cwd, [...args, '--format', 'json']);
      expect(r.code, args.join(' ')).toBe(1);
      expect(paths(r.stdout), `${cwd} ${args.join(' ')}`).toEqual(want);
      expect(r.stdout).not.toContain(secret);
    }
  });

  it('are shown with the same \\xNN escapes in history findings, so a file scan and a history scan name the file alike', async () => {
    const secret = token();
    const dir = repo({ 'keep.txt': 'x\n' });
    plant(dir, secret);
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'add files');
    const history = await cli(dir, ['history', '--format', 'json']);
    expect(history.code).toBe(1);
    expect(paths(history.stdout)).toEqual(['d\\xE9/c.txt', 'x\\xFF.txt']);
    expect(history.stdout).not.toContain('\uFFFD');
    expect(history.stdout).not.toContain(secret);
    // The same names a file scan gives, and --staged --diff still finds its lines (it matches by the argv-style name).
    expect(paths((await cli(dir, ['scan', '--format', 'json'])).stdout)).toEqual(paths(history.stdout));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/x`), Buffer.from([0xff]), Buffer.from('.txt')]), `k=${secret}\nz=${token()}\n`);
    sh(dir, 'add', '-A');
    const staged = await cli(dir, ['scan', '--staged', '--diff', '--format', 'json']);
    expect(staged.code).toBe(1);
    expect((JSON.parse(staged.stdout) as { findings: { line: number }[] }).findings.map((f) => f.line)).toEqual([2]);
  });
});

describe('config files that are not JSON objects (from a third review: "internal error", and a quoted token)', () => {
  it('package.json of null, broken JSON or a folder is a config error for scan and a failed check for doctor', async () => {
    for (const files of [{ 'package.json': 'null\n' }, { 'package.json': '{ "name": \n' }, { 'package.json/x': 'y\n' }] as Record<string, string>[]) {
      const dir = repo(files);
      for (const command of ['scan', 'doctor']) {
        const r = await cli(dir, [command]);
        // doctor lists it among its failed checks (exit 1, "problems found"); scan stops (exit 2).
        expect(r.code, `${command} ${JSON.stringify(files)}`).toBe(command === 'scan' ? 2 : 1);
        expect(r.stderr + r.stdout).toMatch(/package\.json/);
        expect(r.stderr).not.toMatch(/internal error/);
      }
    }
  });

  it('a JSON error quotes no part of the file (V8 quotes the text around the error, a token\'s start included)', async () => {
    const secret = token();
    for (const name of ['package.json', 'keyward.config.json', '.keyward-baseline.json']) {
      const dir = repo({ [name]: `{"x": 1, "token": ${secret}}` });
      const r = await cli(dir, ['scan']);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(/is not valid JSON/);
      expect(r.stderr, name).not.toContain(secret.slice(0, 8));
      expect(r.stderr, name).toMatch(/Unexpected token '.' at line 1, column 20/);
    }
    // The problem is named whole, with its place (from a new-user trial: "Expected double at line 1").
    const cases: [string, RegExp][] = [
      ['{"minConfidence": "high",}', /Expected double-quoted property name at line 1, column 26/],
      ['{"minConfidence": "high" "x": 1}', /Expected ',' or '\}' after property value at line 1, column 26/],
      ['{"minConfidence" "high"}', /Expected ':' after property name at line 1, column 18/],
      ['{"disabledRules": [1,]}', /Unexpected token '\]' at line 1, column 22/],
    ];
    for (const [text, message] of cases) {
      const r = await cli(repo({ 'keyward.config.json': text }), ['scan']);
      expect(r.code, text).toBe(2);
      expect(r.stderr, text).toMatch(message);
    }
  });

  it('a git error that quotes a remote URL shows no password, even one git cannot parse; a SARIF report shows no remote query', async () => {
    const dir = repo({ 'a.env': `NOTION=${token()}\n` });
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'a');
    const password = `Zq8${'v/Lm+2Rt5Wx'.repeat(3)}`;
    sh(dir, 'remote', 'add', 'origin', `https://github.com/o/r.git?token=${password}#frag`);
    const r = await cli(dir, ['history', '-f', 'sarif']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('"repositoryUri": "https://github.com/o/r.git"');
    expect(r.stdout).not.toContain(password);
    const { maskUserinfo } = await import('../src/shown.js');
    expect(maskUserinfo(`fatal: unable to access 'http://u:${password}@127.0.0.1:9/r/': Failed`)).toBe("fatal: unable to access 'http://u:****@127.0.0.1:9/r/': Failed");
    expect(maskUserinfo('see https://example.com/a:b and ftp://host/x')).toBe('see https://example.com/a:b and ftp://host/x');
  });
});

describe('tokens in file names glued by "_" (from a third review: printed raw in every report and the baseline)', () => {
  it('masks them in every format, the baseline and a --stdin-filename', async () => {
    const [gh, ntn, aws] = [token('github-pat-classic'), token(), token('aws-access-key-id')];
    const dir = repo({ [`dir_${ntn}/f_${gh}.txt`]: `k=${aws}\n` });
    const outputs: string[] = [];
    for (const format of ['text', 'json', 'sarif', 'github', 'junit', 'checkstyle']) {
      const r = await cli(dir, ['scan', '-f', format]);
      expect(r.code, format).toBe(1);
      outputs.push(r.stdout + r.stderr);
    }
    expect(outputs[1]).toContain('dir_ntn_****/f_ghp_****.txt');
    await cli(dir, ['baseline']);
    outputs.push(readFileSync(join(dir, '.keyward-baseline.json'), 'utf8'));
    outputs.push((await cli(dir, ['scan', '-', '--stdin-filename', `x_${gh}`, '-f', 'json'], `k=${aws}\n`)).stdout);
    for (const out of outputs) for (const secret of [gh, ntn, aws]) expect(out).not.toContain(secret);
  });

  it('masks them after many joiners, glued to letters when the file holds the same token, and in error messages (from a second review)', async () => {
    const [gh, aws] = [token('github-pat-classic'), token('aws-access-key-id')];
    const dir = repo({ [`${'a_'.repeat(70)}${gh}.txt`]: 'x\n', [`key${aws}.txt`]: `k=${aws}\n` });
    const r = await cli(dir, ['scan', '-f', 'json']);
    expect(r.stdout + r.stderr).not.toContain(gh);
    expect(r.stdout + r.stderr).not.toContain(aws);
    execFileSync('mkfifo', [join(dir, `fifo_${gh}`)]);
    const fifo = await cli(dir, ['scan', `fifo_${gh}`]);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).not.toContain(gh);
  });
});

describe('submodules (from a third review: their files were passed over in silence)', () => {
  it('scans the files of a checked-out submodule, tracked and untracked, from the parent', async () => {
    const secret = token();
    const inner = repo({ 'lib.txt': 'x\n' });
    sh(inner, 'add', '-A');
    sh(inner, 'commit', '-qm', 'lib');
    const dir = repo({ 'a.txt': 'x\n' });
    sh(dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner, 'sm');
    sh(dir, 'commit', '-qm', 'add sm');
    write(dir, { 'sm/u.env': `NOTION=${secret}\n` });
    const r = await cli(dir, ['scan', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path)).toEqual(['sm/u.env']);
    const named = await cli(dir, ['scan', 'sm', '--format', 'json']);
    expect(named.code).toBe(1);
    expect(named.stderr).not.toMatch(/ignored by \.gitignore/);
  });
});

describe('policy ids in disabledRules (from the CLI issue: they were refused as unknown rule ids)', () => {
  it('turns a file policy off by its id, and still names a misspelled one', async () => {
    const dir = repo({ 'certs/a.p12': Buffer.from('not a real key store, just a name\n'), '.env': 'A=1\n' });
    const ids = async (): Promise<string[]> => (JSON.parse((await cli(dir, ['scan', '--format', 'json'])).stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).sort();
    expect(await ids()).toEqual(['policy-env-file', 'policy-key-store-file']);
    write(dir, { 'keyward.config.json': JSON.stringify({ disabledRules: ['policy-key-store-file'] }) });
    expect(await ids()).toEqual(['policy-env-file']);
    write(dir, { 'keyward.config.json': JSON.stringify({ disabledRules: ['policy-key-store-fil'] }) });
    const r = await cli(dir, ['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"policy-key-store-fil", which is not a rule id/);
  });
});

describe('files that cannot be read', () => {
  it.skipIf(process.getuid?.() === 0)('a listed file that cannot be read fails the run (exit 2), not "no secrets"', async () => {
    const dir = repo({ 'a.txt': 'x\n', 'locked.txt': 'y\n' });
    execFileSync('chmod', ['000', join(dir, 'locked.txt')]);
    try {
      const r = await cli(dir, ['scan']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/could not be read/);
    } finally {
      execFileSync('chmod', ['644', join(dir, 'locked.txt')]);
    }
  });

  it('a staged file missing from the index (a typo under --staged) fails the run', async () => {
    const dir = repo({ 'a.txt': 'x\n' });
    sh(dir, 'add', '-A');
    const r = await cli(dir, ['scan', '--staged', 'typo.txt']);
    expect(r.code).toBe(2);
  });
});

describe('binary files', () => {
  it('finds a token stored in a binary file (a SQLite database) at its line and column; random bytes yield nothing (from a third review)', async () => {
    const secret = token('github-pat-classic');
    const db = Buffer.concat([Buffer.from('SQLite format 3\0'), randomBytes(3000).map((b) => (b === 10 ? 0 : b)), Buffer.from('\n\0\0\x01\x02settings\0'), Buffer.from(`deploy_key=${secret}`), Buffer.from([0, 0, 7])]);
    const noise = Buffer.concat(Array.from({ length: 40 }, () => randomBytes(50_000)));
    const dir = repo({ 'data/app.sqlite': db, 'img/photo.jpg': noise });
    const r = await cli(dir, ['scan', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { path: string; line: number; column: number; ruleId: string }[]; summary: { filesScanned: number } };
    const at = db.indexOf(`deploy_key=${secret}`) + 'deploy_key='.length;
    expect(report.findings.map((f) => [f.path, f.ruleId, f.line, f.column])).toEqual([['data/app.sqlite', 'github-pat-classic', 2, at - db.indexOf(10) ]]);
    expect(r.stdout).not.toContain(secret);
    sh(dir, 'add', '-A');
    const staged = await cli(dir, ['scan', '--staged', '--format', 'json']);
    expect(staged.code).toBe(1);
  });

  it('finds a token in UTF-16LE text with no byte-order mark, alone or inside a binary file (from a second review)', async () => {
    const ntn = token();
    const text = Buffer.from(`NOTION_TOKEN=${ntn}\r\n`, 'utf16le');
    const dir = repo({ 'win.env.txt': text, 'app.dat': Buffer.concat([Buffer.from([0, 1, 2, 3, 0]), text, Buffer.from([9, 0, 0])]) });
    const r = await cli(dir, ['scan', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; ruleId: string }[] }).findings;
    expect(findings.map((f) => [f.path, f.ruleId]).sort()).toEqual([['app.dat', 'notion-integration-token'], ['win.env.txt', 'notion-integration-token']]);
    expect(r.stdout).not.toContain(ntn);
  });

  it('finds a token glued to a printable length byte, as SQLite, .pyc and .class files store strings (from a second review)', async () => {
    const ntn = token();
    // A length byte of 0x71 ("q") right before the string, and a NUL before that.
    const file = Buffer.concat([Buffer.from([0, 0, 1]), Buffer.from(`q${ntn}`), Buffer.from([0, 2, 0])]);
    const dir = repo({ 'data/store.db': file });
    const r = await cli(dir, ['scan', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; column: number }[] }).findings;
    expect(findings.map((f) => [f.ruleId, f.column])).toEqual([['notion-integration-token', 5]]);
  });

  it('a DER private key under any name is found by its bytes (scan and --staged); a DER public key is skipped as binary', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const dir = repo({ 'deploy/material.bin': privateKey.export({ format: 'der', type: 'pkcs8' }), 'deploy/public.bin': publicKey.export({ format: 'der', type: 'spki' }) });
    const r = await cli(dir, ['scan', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { path: string; ruleId: string; redacted: string }[]; skipped: { path: string; reason: string }[] };
    expect(report.findings.map((f) => [f.path, f.ruleId, f.redacted])).toEqual([['deploy/material.bin', 'der-private-key', '(binary)']]);
    expect(report.skipped).toEqual([]); // its text runs were scanned (none holds a token)
    sh(dir, 'add', '-A');
    const staged = await cli(dir, ['scan', '--staged', '--format', 'json']);
    expect(staged.code).toBe(1);
    expect((JSON.parse(staged.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual(['der-private-key']);
  });

  it('a .p12 holding a private key gets one finding, the content\'s, not the name policy\'s as well (from a review)', async () => {
    const pfx = pfxWithKey(600);
    const dir = repo({ 'certs/client.p12': pfx, 'certs/other.pfx': 'not a key store\n' });
    const r = await cli(dir, ['scan', '--format', 'json']);
    expect((JSON.parse(r.stdout) as { findings: { path: string; ruleId: string }[] }).findings.map((f) => `${f.ruleId} ${f.path}`)).toEqual(['pkcs12-private-key certs/client.p12', 'policy-key-store-file certs/other.pfx']);
  });

  it('a DER key with no NUL byte (most SEC 1 P-256 keys: not UTF-8, but not "binary" either) is judged too (from a review)', async () => {
    const key = nulFreeEcKey();
    const dir = repo({ 'keys/service.key': key });
    const r = await cli(dir, ['scan', '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual(['der-private-key']);
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

describe('names are printed masked and escaped', () => {
  it('a token in a file name never reaches text, JSON, SARIF or GitHub output', async () => {
    const inName = token('github-pat-classic');
    const dir = project({ [`keys/${inName}.env`]: `NOTION=${token()}\n` });
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const r = await cli(dir, ['scan', '.', '--format', format]);
      expect(r.code, format).toBe(1);
      expect(r.stdout + r.stderr, format).not.toContain(inName);
    }
  });

  it('control characters in a file name are escaped in text output (no terminal injection)', async () => {
    const dir = project({ 'evil\u001b[2Jname.env': `NOTION=${token()}\n` });
    const r = await cli(dir, ['scan', '.']);
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).toContain('evil\\u001b[2Jname.env');
  });

  it('--output into a missing folder creates it', async () => {
    const dir = project({ 'a.env': `NOTION=${token()}\n` });
    const r = await cli(dir, ['scan', '.', '--format', 'json', '--output', 'reports/deep/keyward.json']);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'reports/deep/keyward.json'))).toBe(true);
  });
});

describe('encodings', () => {
  it('reads UTF-16 LE and BE files (with a BOM) and UTF-8 with a BOM (from a bug: UTF-16 was skipped as binary)', async () => {
    const secret = token();
    const text = `NOTION_TOKEN=${secret}\r\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const dir = project({ 'le.env': le, 'be.env': be, 'bom.env': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    const r = await cli(dir, ['scan', '.', '--format', 'json']);
    const paths = (JSON.parse(r.stdout) as { findings: { path: string; line: number; column: number }[] }).findings.map((f) => `${f.path}:${f.line}:${f.column}`).sort();
    expect(paths).toEqual(['be.env:1:14', 'bom.env:1:14', 'le.env:1:14']);
  });

  it('says a compressed archive\'s contents were not scanned (from an adversarial review: a .gz holding a token passed in silence)', async () => {
    const { gzipSync } = await import('node:zlib');
    const secret = token();
    const dir = project({ 'dump.sql.gz': gzipSync(Buffer.from(`INSERT INTO t VALUES ('${secret}');\n`)), 'plain.txt': 'x\n' });
    const r = await cli(dir, ['scan', '.', '--format', 'json']);
    expect(r.stdout).not.toContain(secret);
    const notes = (JSON.parse(r.stdout) as { notes: { path: string; reason: string }[] }).notes;
    expect(notes).toContainEqual({ path: 'dump.sql.gz', reason: 'gzip compressed: its contents were not decompressed or scanned; extract it to scan them' });
  });

  it('finds a token behind a UTF-16 or UTF-32 byte-order mark on ASCII text, in the hook too (from an adversarial review: the BOM turned it into CJK and the commit passed)', async () => {
    const secret = token();
    const ascii = Buffer.from(`export const t = "${secret}";\n`);
    const dir = repo({ 'le.js': Buffer.concat([Buffer.from([0xff, 0xfe]), ascii]), 'be.js': Buffer.concat([Buffer.from([0xfe, 0xff]), ascii]), 'u32.js': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ascii]) });
    sh(dir, 'add', '-A');
    for (const args of [['scan', '.'], ['scan', '--staged']]) {
      const r = await cli(dir, [...args, '--format', 'json']);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).not.toContain(secret);
      expect((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path).sort()).toEqual(['be.js', 'le.js', 'u32.js']);
    }
  });
});

describe('keyward redact', () => {
  it('masks a multi-line private key (from a bug: it redacted line by line and let PEM through)', async () => {
    const rule = (await import('@keyward/core')).catalog.find((r) => r.id === 'private-key')!;
    const pem = rule.sample((await import('@keyward/core')).createSampleGen(3));
    const body = pem.split('\n')[1]!;
    const r = await cli(project(), ['redact'], `before\n${pem}\nafter ${token()}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(body);
    expect(r.stdout).toMatch(/^before\n/);
    expect(r.stdout).toMatch(/after ntn_\*{4}\n$/);
  });

  it('masks a private key whose body is longer than 16 KiB (from a review: it printed a 17 KB key)', async () => {
    const g = (await import('@keyward/core')).createSampleGen(5);
    const lines = Array.from({ length: 280 }, () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64));
    const kind = ['RSA', 'PRIVATE', 'KEY'].join(' ');
    const r = await cli(project(), ['redact'], `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----\nafter\n`);
    expect(r.code).toBe(0);
    for (const line of lines) expect(r.stdout).not.toContain(line.slice(20, 40));
    expect(r.stdout).toMatch(/\nafter\n$/);
  });
});

describe('large files', () => {
  it('scans files of any size by default (from a bug: files over 5 MiB were skipped)', async () => {
    const secret = token();
    const dir = project({ 'bundle.min.js': `${'var a=1;'.repeat(800_000)}const k="${secret}";\n` });
    const r = await cli(dir, ['scan', '.', '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path)).toEqual(['bundle.min.js']);
  });

  it('rejects a size with an inherited-property suffix (from a bug: "1constructor" disabled the limit)', async () => {
    const r = await cli(project({ 'a.txt': 'x\n' }), ['scan', '.', '--max-file-size', '1constructor']);
    expect(r.code).toBe(2);
  });
});

/** A repository whose `feature` branch and `main` each committed their files after a common base; on main. */
function diverged(base: Record<string, string>, feature: Record<string, string>, main: Record<string, string>): { dir: string; branchCommit: string } {
  const dir = repo(base);
  const commit = (message: string): string => {
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', message);
    return sh(dir, 'rev-parse', 'HEAD').trim();
  };
  commit('base');
  sh(dir, 'checkout', '-qb', 'feature');
  write(dir, feature);
  const branchCommit = commit('feature');
  sh(dir, 'checkout', '-q', 'main');
  write(dir, main);
  commit('main');
  return { dir, branchCommit };
}

describe('history', () => {
  it('scans what a merge commit adds while resolving a conflict (from a bug: merges were skipped)', async () => {
    const secret = token();
    const { dir } = diverged({ 'app.env': 'NOTION=\n' }, { 'app.env': 'NOTION=feature\n' }, { 'app.env': 'NOTION=main\n' });
    try {
      sh(dir, 'merge', '-q', 'feature');
    } catch {
      // the expected conflict
    }
    writeFileSync(join(dir, 'app.env'), `NOTION=${secret}\n`);
    sh(dir, 'commit', '-qam', 'merge feature');
    const r = await cli(dir, ['history', '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; commit?: { sha: string } }[] }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.commit?.sha).toBe(sh(dir, 'rev-parse', 'HEAD').trim());
  });

  it('reports a token a branch added once, under the branch commit, not again for the merge that brought it in (from a review)', async () => {
    const secret = token();
    const { dir, branchCommit } = diverged({ 'a.txt': 'base\n' }, { 'app.env': `NOTION=${secret}\n` }, { 'a.txt': 'base\nmain\n' });
    sh(dir, 'merge', '-q', '--no-edit', 'feature');
    const r = await cli(dir, ['history', '--format', 'json']);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; commit?: { sha: string } }[] }).findings;
    expect(findings.map((f) => [f.path, f.commit?.sha])).toEqual([['app.env', branchCommit]]);
  });
});

describe('history: octopus merges, UTF-16 files, a log encoding (from a third review: each passed silently)', () => {
  it('scans what an octopus merge adds by hand (git\'s re-merge skips merges of three parents or more)', async () => {
    const secret = token();
    const dir = repo({ 'base.txt': 'base\n' });
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'base');
    for (const b of ['b3', 'b4']) {
      sh(dir, 'checkout', '-qb', b, 'main');
      write(dir, { [`${b}.txt`]: `${b}\n` });
      sh(dir, 'add', '-A');
      sh(dir, 'commit', '-qm', b);
    }
    sh(dir, 'checkout', '-q', 'main');
    write(dir, { 'main.txt': 'main\n' }); // main moves on, so the merge cannot fast-forward
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'main');
    sh(dir, 'merge', '-q', '--no-commit', 'b3', 'b4');
    write(dir, { 'oct.env': `NOTION=${secret}\n` });
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'octopus');
    expect(sh(dir, 'show', '-s', '--format=%P', 'HEAD').trim().split(' ')).toHaveLength(3);
    const r = await cli(dir, ['history', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; commit?: { sha: string } }[] }).findings;
    expect(findings.map((f) => [f.path, f.commit?.sha])).toEqual([['oct.env', sh(dir, 'rev-parse', 'HEAD').trim()]]);
  });

  it('reads a UTF-16 file (with a byte-order mark) in history, added and then changed, on its own lines', async () => {
    const [first, second] = [token(), token('github-pat-classic')];
    const utf16 = (text: string, le: boolean): Buffer => {
      const body = Buffer.from(text, 'utf16le');
      if (!le) body.swap16();
      return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
    };
    const dir = repo({ 'a.txt': 'x\n' });
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'start');
    write(dir, { 'win.env': utf16(`A=1\r\nNOTION=${first}\r\n`, true), 'be.env': utf16(`NOTION=${first}\n`, false) });
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'add');
    const added = sh(dir, 'rev-parse', 'HEAD').trim();
    write(dir, { 'win.env': utf16(`A=1\r\nNOTION=${first}\r\nGH=${second}\r\n`, true) });
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'change');
    const changed = sh(dir, 'rev-parse', 'HEAD').trim();
    const r = await cli(dir, ['history', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; line: number; ruleId: string; commit?: { sha: string } }[] }).findings;
    expect(findings.map((f) => [f.path, f.line, f.ruleId, f.commit?.sha]).sort()).toEqual(
      [
        ['be.env', 1, 'notion-integration-token', added],
        ['win.env', 2, 'notion-integration-token', added],
        ['win.env', 3, 'github-pat-classic', changed],
      ].sort(),
    );
    expect(r.stdout).not.toContain(first);
  });

  it('reads git log as UTF-8 whatever i18n.logOutputEncoding says', async () => {
    const dir = repo({ 'a.env': `NOTION=${token()}\n` });
    sh(dir, 'add', '-A');
    sh(dir, 'commit', '-qm', 'add');
    sh(dir, 'config', 'i18n.logOutputEncoding', 'UTF-16');
    const r = await cli(dir, ['history', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path)).toEqual(['a.env']);
  });
});

describe('keyward scan -', () => {
  it('scans standard input, named by --stdin-filename', async () => {
    const secret = token();
    const dir = project();
    const r = await cli(dir, ['scan', '-', '--stdin-filename', 'config/app.env', '--format', 'json'], `NOTION=${secret}\n`);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: { path: string; line: number }[] }).findings.map((f) => `${f.path}:${f.line}`)).toEqual(['config/app.env:1']);
    expect(r.stdout).not.toContain(secret);
    expect((await cli(dir, ['scan', '-'], 'nothing here\n')).code).toBe(0);
    expect((await cli(dir, ['scan', '-', 'other'], '')).code).toBe(2);
    expect((await cli(dir, ['scan', '--stdin-filename', 'x'], '')).code).toBe(2);
  });
});

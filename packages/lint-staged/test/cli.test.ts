import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { run, VERSION } from '../src/index.js';
import { cli, project, repo, token, write } from './helpers.js';

describe('keyward scan (files)', () => {
  it('reports a token masked with its location and rotation hint, exit 1', async () => {
    const t = token();
    const dir = project({ 'src/config.ts': `export const a = 1;\nexport const notion = "${t}";\n`, 'README.md': '# clean\n' });
    const r = await cli(dir, ['scan']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('src/config.ts:2:24');
    expect(r.stdout).toContain('notion-integration-token');
    expect(r.stdout).toContain('ntn_****');
    expect(r.stdout).toContain('Refresh');
    expect(r.stdout + r.stderr).not.toContain(t);
  });

  it('exits 0 on a clean tree', async () => {
    const dir = project({ 'a.ts': 'export const token = process.env.NOTION_TOKEN;\n' });
    const r = await cli(dir, ['scan', '.']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No secrets found (1 file scanned)');
  });

  it('prints the raw value only with --reveal', async () => {
    const t = token();
    const dir = project({ 'a.env.ts': `const t = "${t}";` });
    expect((await cli(dir, ['scan'])).stdout).not.toContain(t);
    expect((await cli(dir, ['scan', '--reveal'])).stdout).toContain(t);
  });

  it('accepts paths with spaces, brackets and unicode, as lint-staged passes them', async () => {
    const t = token('github-pat-classic');
    const names = ['my file.ts', 'pages/[id].ts', 'données/clé.ts'];
    const dir = project(Object.fromEntries(names.map((n) => [n, `const k = "${t}";\n`])));
    const r = await cli(dir, ['scan', '--format', 'json', ...names.map((n) => join(dir, n))]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { path: string }[] };
    expect(report.findings.map((f) => f.path).sort()).toEqual([...names].sort());
  });

  it('scans the text runs of binary files, skips oversized files saying so, and scans invalid UTF-8 leniently', async () => {
    const t = token();
    const dir = project({
      'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(t)]),
      'big.txt': `${'x'.repeat(2048)}\n${t}\n`,
      'latin1.txt': Buffer.concat([Buffer.from('caf\xe9 ', 'latin1'), Buffer.from(`token=${t}\n`)]),
    });
    const r = await cli(dir, ['scan', '--max-file-size', '1kb']);
    // The token after the PNG header's 7 bytes: found where it is, as `strings` would show it.
    expect(r.stdout).toContain('image.png:1:8');
    expect(r.stderr).toMatch(/skipped big\.txt: \d\.\d KiB is over --max-file-size 1\.0 KiB/);
    expect(r.stderr).toMatch(/latin1\.txt: invalid UTF-8/);
    expect(r.stdout).toContain('latin1.txt:1:12');
  });

  it('honours .gitignore outside git and .keywardignore', async () => {
    const t = token();
    const dir = project({ '.gitignore': 'dist/\n*.log\n', '.keywardignore': 'fixtures/**\n!fixtures/keep.ts\n', 'dist/a.js': t, 'x.log': t, 'fixtures/b.ts': t, 'fixtures/keep.ts': `"${t}"`, 'src/ok.ts': 'ok' });
    const r = await cli(dir, ['scan', '--format', 'json']);
    const paths = (JSON.parse(r.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path);
    expect(paths).toEqual(['fixtures/keep.ts']);
  });

  it('blocks .env files and key files by name, but not .env.example with placeholders', async () => {
    const dir = project({ '.env': 'PORT=3000\n', '.env.production': 'X=1\n', '.env.example': 'NOTION_TOKEN=your_token_here\nPORT=3000\n', 'deploy/id_rsa': 'key', 'cert.p12': Buffer.from([1, 2, 0, 3]) });
    const r = await cli(dir, ['scan', '--format', 'json']);
    const rules = (JSON.parse(r.stdout) as { findings: { ruleId: string; path: string }[] }).findings.map((f) => `${f.ruleId} ${f.path}`).sort();
    expect(rules).toEqual(['policy-env-file .env', 'policy-env-file .env.production', 'policy-key-store-file cert.p12', 'policy-private-key-file deploy/id_rsa']);
    expect(r.code).toBe(1);
  });

  it('blocks credential files by name (.netrc, .pgpass, .git-credentials, .htpasswd, .my.cnf, Rails master keys), and disabledRules can allow them', async () => {
    const files = { 'home/.netrc': 'machine h login u\n', 'db/.pgpass': 'h:5432:db:u:\n', '.git-credentials': 'x\n', 'www/.htpasswd': 'u:x\n', '.my.cnf': '[client]\n', 'docs/netrc.md': 'about .netrc\n', 'config/master.key': 'k\n', 'app/config/credentials/production.key': 'k\n', 'config/keys.md': 'x\n' };
    const dir = project(files);
    const r = await cli(dir, ['scan', '--format', 'json']);
    const rules = (JSON.parse(r.stdout) as { findings: { ruleId: string; path: string }[] }).findings.map((f) => `${f.ruleId} ${f.path}`).sort();
    expect(rules).toEqual(['.git-credentials', '.my.cnf', 'app/config/credentials/production.key', 'config/master.key', 'db/.pgpass', 'home/.netrc', 'www/.htpasswd'].map((p) => `policy-credential-file ${p}`));
    expect(r.code).toBe(1);
    write(dir, { 'keyward.config.json': JSON.stringify({ disabledRules: ['policy-credential-file'] }) });
    expect((await cli(dir, ['scan'])).code).toBe(0);
  });

  it('flags a real-looking value in .env.example', async () => {
    const value = token('github-pat-classic').slice(4, 16);
    const dir = project({ '.env.example': `API_SECRET=${value}\nDEBUG=true\n` });
    const r = await cli(dir, ['scan', '--format', 'json', '--no-color']);
    expect((JSON.parse(r.stdout) as { findings: { ruleId: string; line: number }[] }).findings).toContainEqual(expect.objectContaining({ ruleId: 'policy-env-template-value', line: 1 }));
  });

  it('writes json, sarif and github formats, to a file with --output', async () => {
    const t = token();
    const dir = project({ 'a.ts': `const t = "${t}";` });
    const json = await cli(dir, ['scan', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ version: 1, summary: { findings: 1, filesScanned: 1 } });
    const gh = await cli(dir, ['scan', '--format', 'github']);
    expect(gh.stdout).toMatch(/^::error file=a\.ts,line=1,col=12,title=keyward notion-integration-token::.*ntn_\*\*\*\*/);
    const out = await cli(dir, ['scan', '--format', 'sarif', '--output', 'report.sarif']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('wrote sarif report to report.sarif');
    const sarif = readFileSync(join(dir, 'report.sarif'), 'utf8');
    expect(JSON.parse(sarif)).toMatchObject({ version: '2.1.0' });
    for (const text of [json.stdout, gh.stdout, sarif]) expect(text).not.toContain(t);
  });

  it('uses config from keyward.config.json and package.json#keyward', async () => {
    const t = token();
    const a = project({ 'keyward.config.json': JSON.stringify({ disabledRules: ['notion-integration-token'] }), 'a.ts': `"${t}"` });
    expect((await cli(a, ['scan'])).code).toBe(0);
    const b = project({ 'package.json': JSON.stringify({ name: 'x', keyward: { allowlist: { paths: ['a.ts'] } } }), 'a.ts': `"${t}"` });
    expect((await cli(b, ['scan'])).code).toBe(0);
    const c = project({ 'keyward.config.mjs': `export default { rules: [{ id: 'acme', regex: 'acme_[a-z]{20}', keywords: ['acme_'] }] };`, 'a.ts': `acme_${'qwmzkrtpvxnhgdjlsbcy'}` });
    expect((await cli(c, ['scan', '--format', 'json'])).stdout).toContain('"ruleId": "acme"');
  });

  it('rejects malformed config with every problem and exit 2', async () => {
    const dir = project({ 'keyward.config.json': JSON.stringify({ disabledRules: 'all', rules: [{ id: 'x', regex: '(a+)+', keywords: ['aa'] }], colour: 1 }) });
    const r = await cli(dir, ['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/disabledRules must be an array/);
    expect(r.stderr).toMatch(/exponential time/);
    expect(r.stderr).toMatch(/unknown option "colour"/);
  });

  it('does not echo secrets from a broken package.json', async () => {
    const t = token();
    const dir = project({ 'package.json': `{ "name": "x", "token": "${t}", }` });
    const r = await cli(dir, ['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain(t);
  });
});

describe('baseline', () => {
  it('accepts recorded findings, survives edits above them, and reports stale entries', async () => {
    const t = token();
    const dir = project({ 'a.ts': `const t = "${t}";\n` });
    const b = await cli(dir, ['baseline']);
    expect(b.stdout).toContain('wrote 1 entry to .keyward-baseline.json');
    const file = readFileSync(join(dir, '.keyward-baseline.json'), 'utf8');
    expect(file).not.toContain(t);
    expect(file).not.toMatch(/"line"/);
    write(dir, { 'a.ts': `// a new line above\nconst t = "${t}";\n` });
    expect((await cli(dir, ['scan'])).code).toBe(0);
    write(dir, { 'a.ts': 'const t = process.env.T;\n' });
    const stale = await cli(dir, ['scan']);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toContain('stale baseline entry notion-integration-token in a.ts');
    expect((await cli(dir, ['scan', '--no-baseline'])).code).toBe(0);
  });

  it('rejects a corrupt baseline with exit 2', async () => {
    const dir = project({ '.keyward-baseline.json': '{"entries": 5}', 'a.ts': 'x' });
    const r = await cli(dir, ['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('regenerate it with keyward baseline');
  });
});

describe('keyward redact', () => {
  it('masks tokens in stdin line by line', async () => {
    const t = token();
    const g = token('github-pat-classic');
    const r = await cli(project(), ['redact'], `start\nAuthorization: Bearer ${g}\nnotion=${t} ok\n`);
    expect(r.stdout).toBe('start\nAuthorization: Bearer ghp_****\nnotion=ntn_**** ok\n');
  });

  it('masks what the config disables or allowlists for scans, and applies its custom rules (a user trial: they printed in full)', async () => {
    const g = token('github-pat-classic');
    const config = { disabledRules: ['github-pat-classic', 'generic-secret-assignment'], allowlist: { regexes: ['ghp_'] }, rules: [{ id: 'pin', keywords: ['pin-'], regex: 'pin-\\d{3}' }] };
    const r = await cli(project({ 'keyward.config.json': JSON.stringify(config) }), ['redact'], `const gh = "${g}"; pin-123\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('const gh = "ghp_****"; ****\n');
  });
});

describe('usage', () => {
  it('has --help for every command and exit 2 on misuse', async () => {
    const dir = project();
    for (const command of ['scan', 'history', 'baseline', 'init', 'doctor', 'redact']) {
      const r = await cli(dir, [command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toMatch(new RegExp(`Usage: .*keyward ${command}`));
    }
    expect((await cli(dir, [])).code).toBe(2);
    expect((await cli(dir, ['nope'])).code).toBe(2);
    expect((await cli(dir, ['scan', '--bogus'])).stderr).toMatch(/unknown option --bogus/);
    expect((await cli(dir, ['scan', '--format', 'xml'])).code).toBe(2);
    expect((await cli(dir, ['scan', '--max-file-size', 'lots'])).code).toBe(2);
    expect((await cli(dir, ['--version'])).stdout.trim()).toBe(VERSION);
  });

  it('runs in-process with only the streams a caller has (from a user trial: a missing env was an internal error)', async () => {
    const t = token();
    const dir = project({ 'a.ts': `export const t = "${t}";\n` });
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (b: Buffer) => (out += b.toString()));
    const code = await run(['scan', '--format', 'json', dir], { stdout, stderr: new PassThrough() });
    expect(code).toBe(1);
    expect(out).toContain('ntn_****');
    expect(out).not.toContain(t);
    await expect(run(['scan', dir], { stdout: 5 as unknown as NodeJS.WritableStream })).rejects.toThrow(/io\.stdout must be a writable stream/);
    await expect(run(['scan', dir], { cwd: '' })).rejects.toThrow(/io\.cwd must be a non-empty string/);
  });

  it('keeps VERSION equal to package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('worker threads', () => {
  it('give the same report as one thread, baseline applied once', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`src/f${i}.ts`] = i % 3 === 0 ? `export const t${i} = "${token()}";\n` : `export const n${i} = ${i};\n`;
    files['.env'] = 'X=1\n';
    files['big.txt'] = 'x'.repeat(5000);
    files['blob.bin'] = `\0\0binary key=${token()}`;
    const dir = project(files);
    const one = await cli(dir, ['scan', '--format', 'json', '--workers', '1', '--max-file-size', '4kb']);
    const many = await cli(dir, ['scan', '--format', 'json', '--workers', '3', '--max-file-size', '4kb']);
    expect(one.code).toBe(1);
    expect(many.code).toBe(1);
    const strip = (s: string) => JSON.parse(s) as { findings: unknown[]; skipped: unknown[]; summary: unknown };
    expect(strip(many.stdout).findings).toEqual(strip(one.stdout).findings);
    expect(strip(many.stdout).findings).toHaveLength(6);
    expect(strip(many.stdout).skipped).toEqual(strip(one.stdout).skipped);
    expect(strip(many.stdout).skipped).toHaveLength(1);
    expect(strip(many.stdout).summary).toEqual(strip(one.stdout).summary);
    await cli(dir, ['baseline']);
    const baselined = await cli(dir, ['scan', '--workers', '3']);
    expect(baselined.code).toBe(0);
    expect(baselined.stdout).toContain('6 baselined');
    expect((await cli(dir, ['scan', '--workers', 'lots'])).code).toBe(2);
  });

  it('started automatically and fed while the list grows, scan every file once, as one thread does', async () => {
    // Over 24 MiB and 200 files, workers start during the listing and get batches before it ends;
    // what is left then (here the files listed last, and one large file) goes largest first.
    const files: Record<string, string> = {};
    const filler = `export const text = "${'lorem ipsum dolor sit amet '.repeat(4000)}";\n`;
    for (let i = 0; i < 240; i++) files[`src/d${String(i % 7)}/f${String(i).padStart(3, '0')}.ts`] = i % 37 === 5 ? `${filler}export const t${i} = "${token()}";\n` : filler;
    files['zz/last.ts'] = `${'// padding\n'.repeat(300_000)}export const t = "${token()}";\n`;
    const dir = project(files);
    const one = await cli(dir, ['scan', '--format', 'json', '--workers', '1']);
    const auto = await cli(dir, ['scan', '--format', 'json']);
    expect(one.code).toBe(1);
    expect(auto.code).toBe(1);
    const parsed = (s: string) => JSON.parse(s) as { findings: { path: string }[]; summary: { filesScanned: number; bytesScanned: number } };
    expect(parsed(auto.stdout).summary.bytesScanned).toBeGreaterThan(24 * 1024 * 1024);
    expect(parsed(auto.stdout).findings.map((f) => f.path).sort()).toEqual(['src/d0/f042.ts', 'src/d1/f190.ts', 'src/d2/f079.ts', 'src/d3/f227.ts', 'src/d4/f116.ts', 'src/d5/f005.ts', 'src/d6/f153.ts', 'zz/last.ts']);
    expect(parsed(auto.stdout).findings).toEqual(parsed(one.stdout).findings);
    expect(parsed(auto.stdout).summary).toEqual(parsed(one.stdout).summary);
    expect(parsed(auto.stdout).summary.filesScanned).toBe(241);
  }, 60_000);

  it('are not used for files outside the repository, even when asked for', async () => {
    // Workers scan paths relative to the repository root; files outside it stay on this thread
    // (and the pool, which may start while files are listed, must not hold the process open).
    const root = project({ 'other/leak.ts': `export const t = "${token()}";\n` });
    const inside = repo({ 'a.ts': 'export const a = 1;\n' });
    const r = await cli(inside, ['scan', '--format', 'json', '--workers', '2', join(root, 'other')]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { path: string }[] };
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]?.path.startsWith('../')).toBe(true);
  });
});

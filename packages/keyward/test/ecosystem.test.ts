import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog, createSampleGen } from '@keyward/core';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The GitHub Action, the reusable workflow, the GitLab snippet and the pre-commit hooks, run as
// their users run them: YAML parsed, shell steps executed against a real git repository. `npx`
// is the one stand-in: a shim that records which package it was asked for and runs this
// workspace's keyward bin (the npm download is the only part not exercised here).
const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(import.meta.dirname, '..', 'bin', 'keyward.cjs');
const version = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
const work = mkdtempSync(join(tmpdir(), 'keyward-eco-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const shimDir = join(work, 'shim');
mkdirSync(shimDir);
writeFileSync(
  join(shimDir, 'npx'),
  `#!/usr/bin/env bash
# npx stand-in: skip npx's own options, note the package asked for, run the local keyward bin.
pkg=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --package=*) pkg="\${1#--package=}"; shift ;;
    --) shift; break ;;
    -*) shift ;;
    *) break ;;
  esac
done
[ -z "$pkg" ] && pkg="$1"
echo "$pkg" >>"${join(work, 'npx-calls')}"
shift
exec "${process.execPath}" "${bin}" "$@"
`,
);
chmodSync(join(shimDir, 'npx'), 0o755);
const npxCalls = (): string[] => (existsSync(join(work, 'npx-calls')) ? readFileSync(join(work, 'npx-calls'), 'utf8').trim().split('\n') : []);

const gitEnv = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.test', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.test' };
const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...gitEnv, NO_COLOR: '1', PATH: `${shimDir}:${process.env['PATH'] ?? ''}`, ...extra });
let seed = 1;
const token = (): string => catalog.find((r) => r.id === 'notion-integration-token')!.sample(createSampleGen(seed++));

/** A git repository with `files` committed. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'repo-'));
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, env: env({}), encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  git('add', '.');
  git('commit', '-qm', 'one', '--no-verify');
  return dir;
}

/** GITHUB_OUTPUT's key=value lines. */
const outputs = (file: string): Record<string, string> => Object.fromEntries(readFileSync(file, 'utf8').trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

interface Step {
  id?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

describe('GitHub Action (action.yml)', () => {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] }; inputs: Record<string, { default: string }>; outputs: Record<string, { value: string }> };
  const step = action.runs.steps[0]!;

  it('is a composite action whose run scripts never splice expressions (no script injection)', () => {
    expect(action.runs.using).toBe('composite');
    const text = readFileSync(join(root, 'action.yml'), 'utf8');
    for (const m of text.matchAll(/\$\{\{\s*inputs\.([\w-]+)/g)) expect(Object.keys(action.inputs)).toContain(m[1]);
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toContain('${{');
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(Object.keys(action.outputs).sort()).toEqual(['exit-code', 'findings', 'sarif-file']);
  });

  function runStep(cwd: string, inputs: Record<string, string>): Record<string, string> {
    const out = join(mkdtempSync(join(work, 'out-')), 'github_output');
    writeFileSync(out, '');
    const stepEnv: Record<string, string> = { KEYWARD_COMMAND: inputs['command'] ?? 'scan', KEYWARD_ARGS: inputs['args'] ?? '', KEYWARD_SARIF: inputs['sarif-file'] ?? 'keyward.sarif', KEYWARD_VERSION: inputs['version'] ?? '', KEYWARD_ACTION_PATH: root };
    const r = spawnSync('bash', ['-c', step.run!], { cwd, env: env({ ...stepEnv, GITHUB_OUTPUT: out }), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0); // the step itself never fails: the upload must still run
    return { ...outputs(out), log: r.stdout + r.stderr };
  }

  it('writes SARIF, records findings and the exit code, and pins keyward to its own release', () => {
    const t = token();
    const dir = repo({ 'src/app.ts': `export const notion = "${t}";\n`, 'README.md': '# app\n' });
    const found = runStep(dir, {});
    expect(found).toMatchObject({ findings: '1', 'exit-code': '1', 'sarif-file': 'keyward.sarif', 'sarif-path': join(dir, 'keyward.sarif') });
    expect(found['log']).not.toContain(t);
    expect(found['log']).toContain('ntn_****'); // --verbose lists the finding, masked
    expect(npxCalls().at(-1)).toBe(`keyward@${version}`);
    const sarif = JSON.parse(readFileSync(join(dir, 'keyward.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results).toHaveLength(1);

    const history = runStep(dir, { command: 'history', args: 'HEAD -- src', 'sarif-file': 'reports/h.sarif', version: '0.1.0' });
    expect(history).toMatchObject({ findings: '1', 'exit-code': '1', 'sarif-file': 'reports/h.sarif' });
    expect(npxCalls().at(-1)).toBe('keyward@0.1.0');

    const clean = repo({ 'a.ts': 'export const a = 1;\n', '*.ts': 'x\n' });
    expect(runStep(clean, { args: '*.ts' })).toMatchObject({ findings: '0', 'exit-code': '0' }); // no glob expansion: "*.ts" is the file
  });

  it('records exit code 2 for a bad command or flag, and the last step fails the job as asked', () => {
    const dir = repo({ 'a.ts': 'x\n' });
    expect(runStep(dir, { command: 'rm -rf' })).toMatchObject({ 'exit-code': '2' });
    expect(runStep(dir, { args: '--no-such-flag' })).toMatchObject({ 'exit-code': '2' });
    const last = action.runs.steps.at(-1)!;
    const finish = (status: string, fail: string) => spawnSync('bash', ['-c', last.run!], { env: env({ KEYWARD_STATUS: status, KEYWARD_FAIL: fail }) }).status;
    expect(finish('1', 'true')).toBe(1);
    expect(finish('1', 'false')).toBe(0);
    expect(finish('2', 'false')).toBe(2);
  });
});

describe('reusable organisation workflow', () => {
  const text = readFileSync(join(root, '.github/workflows/keyward-org-scan.yml'), 'utf8');
  const wf = parse(text) as { on: { workflow_call: { inputs: Record<string, unknown> } }; jobs: Record<string, { strategy?: { matrix: { repository: string }; 'fail-fast': boolean }; steps: Step[] }> };

  it('fans out one job per repository and never splices expressions into scripts', () => {
    expect(Object.keys(wf.on.workflow_call.inputs)).toContain('repositories');
    expect(wf.jobs['scan']?.strategy?.matrix.repository).toBe('${{ fromJSON(inputs.repositories) }}');
    expect(wf.jobs['scan']?.strategy?.['fail-fast']).toBe(false);
    for (const job of Object.values(wf.jobs)) for (const s of job.steps) if (s.run) expect(s.run).not.toContain('${{');
    expect(wf.jobs['scan']?.steps.some((s) => s.uses === 'keyward/keyward@v0')).toBe(true);
  });

  it('audits with an empty config and no baseline unless the repositories are trusted', () => {
    const audit = wf.jobs['scan']!.steps.find((s) => s.id === 'audit')!;
    const dir = mkdtempSync(join(work, 'audit-'));
    const run = (trust: string) => {
      writeFileSync(join(dir, 'out'), '');
      spawnSync('bash', ['-c', audit.run!], { cwd: dir, env: env({ TRUST: trust, GITHUB_OUTPUT: join(dir, 'out'), RUNNER_TEMP: dir }) });
      return outputs(join(dir, 'out'))['args'];
    };
    expect(run('false')).toBe(`--no-baseline --config ${dir}/keyward-audit.json`);
    expect(readFileSync(join(dir, 'keyward-audit.json'), 'utf8').trim()).toBe('{}');
    expect(run('true')).toBe('');
    expect(wf.jobs['scan']!.steps.find((s) => s.id === 'keyward')?.with?.['args']).toBe('${{ steps.audit.outputs.args }} ${{ inputs.args }}');
  });

  it('sums the findings of every repository and fails when there are any', () => {
    const count = wf.jobs['summary']!.steps.find((s) => s.id === 'count')!;
    const dir = mkdtempSync(join(work, 'summary-'));
    const sarif = (n: number) => JSON.stringify({ version: '2.1.0', runs: [{ results: Array.from({ length: n }, () => ({})) }] });
    for (const [name, n] of [['keyward-acme-api', 2], ['keyward-acme-web', 0]] as const) {
      mkdirSync(join(dir, 'reports', name), { recursive: true });
      writeFileSync(join(dir, 'reports', name, 'keyward.sarif'), sarif(n));
    }
    const run = (result: string) => {
      writeFileSync(join(dir, 'out'), '');
      const r = spawnSync('bash', ['-c', count.run!], { cwd: dir, env: env({ SCAN_RESULT: result, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md') }), encoding: 'utf8' });
      return { status: r.status, ...outputs(join(dir, 'out')) };
    };
    expect(run('success')).toMatchObject({ status: 1, findings: '2' });
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toContain('| keyward-acme-api | 2 |');
    rmSync(join(dir, 'reports', 'keyward-acme-api'), { recursive: true });
    expect(run('success')).toMatchObject({ status: 0, findings: '0' });
    expect(run('failure')).toMatchObject({ status: 1 });
  });
});

describe('GitLab CI snippet (docs/ci.md)', () => {
  const docs = readFileSync(join(root, 'docs/ci.md'), 'utf8');
  const block = /## GitLab CI[\s\S]*?```yaml\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
  const jobs = parse(block) as Record<string, { script: string[]; artifacts: { reports: { junit: string } } }>;

  it('runs as written: JUnit reports for the files and for a merge request range', () => {
    const t = token();
    const dir = repo({ 'a.ts': 'export const a = 1;\n' });
    const base = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
    writeFileSync(join(dir, 'b.ts'), `export const b = "${t}";\n`);
    spawnSync('git', ['add', '.'], { cwd: dir, env: env({}) });
    spawnSync('git', ['commit', '-qm', 'leak', '--no-verify'], { cwd: dir, env: env({}) });
    for (const [name, job] of Object.entries(jobs)) {
      for (const line of job.script) {
        const r = spawnSync('bash', ['-c', line], { cwd: dir, env: env({ CI_MERGE_REQUEST_DIFF_BASE_SHA: base }), encoding: 'utf8' });
        expect(r.status, `${name}: ${r.stderr}`).toBe(1);
        expect(r.stdout + r.stderr).not.toContain(t);
      }
      const report = readFileSync(join(dir, job.artifacts.reports.junit), 'utf8');
      expect(report).toMatch(/<testsuites name="keyward" tests="1" failures="1"/);
      expect(report).not.toContain(t);
    }
    expect(npxCalls().at(-1)).toBe('keyward@0');
  });
});

describe('pre-commit framework hooks (.pre-commit-hooks.yaml)', () => {
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; name: string; entry: string; language: string }[];

  it('declares hooks pre-commit can run, with an executable script entry', () => {
    expect(hooks.map((h) => h.id)).toEqual(['keyward', 'keyward-system']);
    for (const h of hooks) {
      expect(h.name).toBeTruthy();
      expect(['script', 'system']).toContain(h.language);
    }
    const script = join(root, hooks[0]!.entry);
    expect(statSync(script).mode & 0o111).not.toBe(0);
    // pre-commit appends file names to the entry: "--" keeps a file named like an option a file (from a review).
    expect(hooks[1]!.entry).toBe('keyward scan --');
  });

  it('blocks a staged file with a token through the pinned release, and passes clean files', () => {
    const t = token();
    const dir = repo({ 'a.ts': 'x\n' });
    writeFileSync(join(dir, 'leak.ts'), `const k = "${t}";\n`);
    writeFileSync(join(dir, '-dash.ts'), 'const ok = 1;\n');
    const run = (...files: string[]) => spawnSync(join(root, hooks[0]!.entry), files, { cwd: dir, env: env({}), encoding: 'utf8' });
    const blocked = run('a.ts', 'leak.ts');
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).toContain('leak.ts:1:12');
    expect(blocked.stdout + blocked.stderr).not.toContain(t);
    expect(npxCalls().at(-1)).toBe(`keyward@${version}`);
    expect(run('a.ts', '-dash.ts').status).toBe(0);
    expect(run().status).toBe(0);
    // The system hook's entry, as pre-commit builds its command line: a file named like an option stays a file.
    writeFileSync(join(dir, '--exit-code=0'), 'plain\n');
    const [cmd, ...entryArgs] = hooks[1]!.entry.split(' ');
    expect(cmd).toBe('keyward');
    const system = spawnSync(process.execPath, [bin, ...entryArgs, '--exit-code=0', 'leak.ts'], { cwd: dir, env: env({}), encoding: 'utf8' });
    expect(system.status).toBe(1);
  });
});

describe('package metadata and README links (what the npm page shows)', () => {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository: { url: string } };
  const home = rootPkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  const published = ['core', 'eslint-plugin', 'lint-staged', 'logger', 'keyward'];

  it.each(published)('packages/%s has repository, homepage, bugs, keywords, license, engines and its own directory', (name) => {
    const pkg = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg['repository']).toEqual({ type: 'git', url: `git+${home}.git`, directory: `packages/${name}` });
    expect(pkg['homepage']).toBe(`${home}/tree/main/packages/${name}#readme`);
    expect(pkg['bugs']).toEqual({ url: `${home}/issues` });
    expect((pkg['keywords'] as string[]).length).toBeGreaterThan(3);
    expect(pkg['license']).toBe('MIT');
    expect(pkg['engines']).toEqual({ node: '>=20.19' });
  });

  it.each(published)('packages/%s/README.md links only absolute URLs, each to a file that exists here', (name) => {
    const readme = readFileSync(join(root, 'packages', name, 'README.md'), 'utf8');
    for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
      expect(target, target).toMatch(/^(https?:\/\/|#)/);
      const own = target!.startsWith(`${home}/`) ? /^\/(?:blob|tree)\/main\/([^#]+)/.exec(target!.slice(home.length)) : null;
      if (own) expect(existsSync(join(root, own[1]!)), target).toBe(true);
    }
  });
});

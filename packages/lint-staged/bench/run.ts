// CLI benchmark: the `keyward` binary against the secretlint CLI (recommended preset), whole
// processes, side by side, in one run.
//
//   1. A full scan of ~270 MB of real source (popular npm packages copied into a plain folder),
//      3 interleaved runs each, with a read-every-byte node script as the floor.
//   2. A pre-commit run on 20 staged files, invoked the way lint-staged does it (absolute paths
//      appended), median of 10, with `node -e ""` as the start-up floor.
//   3. A full `git commit` of the same 20 files through the hook `keyward init` writes (husky 9 +
//      lint-staged 16), next to a bare `git commit`, the old `npx --no -- lint-staged` hook line,
//      and the same hook running secretlint instead of keyward; median of 10.
//
// Build first: pnpm turbo run build --filter=@keyward/lint-staged
// Run:         cd packages/lint-staged && node --import tsx bench/run.ts   (or pnpm bench)
// Cache:       $KEYWARD_BENCH_CLI_DIR, default <os.tmpdir()>/keyward-bench-cli (peer + corpus)
// One part:    KEYWARD_BENCH_ONLY=corpus | hook | commit

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalog, createSampleGen } from '@keyward/core';
import { capture, type Command, median, timeInterleaved } from './measure.js';
import { PLANTS, plantedSource } from './planted.js';
import { cacheDir, type Corpus, ensureCorpus, ensurePeer, type Peer, SECRETLINT_PRESET } from './setup.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const KEYWARD_BIN = join(PACKAGE_DIR, 'bin', 'keyward.cjs');
const CORPUS_RUNS = 3;
const HOOK_RUNS = 10;
const HOOK_FILES = 20;
const SPEEDUP_TARGET = 8;
const HOOK_TARGET_MS = 100;
const COMMIT_TARGET_MS = 800;

/** Reads every file under argv[1], like `cat` into /dev/null: the I/O + process floor. */
const FLOOR_SCRIPT = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
let files = 0, bytes = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile()) { bytes += readFileSync(p).length; files++; }
  }
};
walk(process.argv[1]);
process.stdout.write(JSON.stringify({ files, bytes }));
`;

const log = (line = ''): void => console.log(line);
const progress = (line: string): void => void process.stderr.write(`${line}\n`);
const seconds = (ms: number): string => (ms / 1000).toFixed(2);
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

const loadText = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
/** Other work on the machine: the 1-minute load average above half the cores. */
const busy = (): boolean => loadavg()[0]! > availableParallelism() / 2;

interface KeywardJson {
  findings: { ruleId: string; path: string }[];
  skipped: { path: string; reason: string }[];
  summary: { findings: number; filesScanned: number; bytesScanned: number; skipped: number };
}
interface SecretlintJson {
  filePath: string;
  messages: { ruleId: string; messageId?: string; loc: { start: { line: number } } }[];
}

/** Findings per rule id, most frequent first. */
function countBy(items: readonly { ruleId: string }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.ruleId, (counts.get(item.ruleId) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
const describeCounts = (counts: readonly [string, number][]): string => (counts.length === 0 ? 'none' : counts.map(([id, n]) => `${id} ×${n}`).join(', '));

const secretlintFindings = (report: readonly SecretlintJson[]): (SecretlintJson['messages'][number] & { path: string })[] =>
  report.flatMap((file) => file.messages.map((m) => ({ ...m, path: file.filePath })));

/** secretlint's unix format: `path:line:col: [messageId] message [Error/preset > ruleId]` per finding. */
function parseUnixReport(text: string): { ruleId: string; messageId: string; path: string; line: number }[] {
  const findings: { ruleId: string; messageId: string; path: string; line: number }[] = [];
  for (const line of text.split('\n')) {
    const m = /^(.+?):(\d+):\d+: \[([^\]]*)\] .* \[\w+\/(?:[^\]]* > )?([^\]]+)\]$/.exec(line);
    if (m) findings.push({ path: m[1]!, line: Number(m[2]), messageId: m[3]!, ruleId: m[4]! });
  }
  return findings;
}

function keywardVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;
}

function gitRevision(): string {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PACKAGE_DIR, encoding: 'utf8' });
  if (result.status !== 0) return 'unknown';
  const dirty = spawnSync('git', ['status', '--porcelain', '--', '.'], { cwd: PACKAGE_DIR, encoding: 'utf8' }).stdout.trim() !== '';
  return `${result.stdout.trim()}${dirty ? ' (+ uncommitted changes)' : ''}`;
}

/** Both tools must report the planted tokens, or timing them means nothing. */
function verifyPlanted(cache: string, peer: Peer): void {
  const dir = join(cache, 'planted');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'aws.js'), plantedSource());
  const kw = JSON.parse(capture({ name: 'keyward (planted)', args: [KEYWARD_BIN, 'scan', 'src', '--format', 'json'], cwd: dir, ok: [1] })) as KeywardJson;
  const sl = JSON.parse(capture({ name: 'secretlint (planted)', args: [peer.bin, 'src/**/*', '--secretlintrc', peer.rc, '--format', 'json'], cwd: dir, ok: [1] })) as SecretlintJson[];
  const kwRules = new Set(kw.findings.map((f) => f.ruleId));
  const slKinds = new Set(secretlintFindings(sl).map((m) => `${m.ruleId} ${m.messageId ?? ''}`));
  log('Planted tokens (built at run time from a fixed seed, never printed):');
  for (const plant of PLANTS) {
    if (!kwRules.has(plant.keyward)) throw new Error(`keyward did not report the planted ${plant.label} (${plant.keyward}); the comparison would be meaningless.`);
    const { ruleId, messageId, reported, note } = plant.secretlint;
    const slFound = slKinds.has(`${ruleId} ${messageId}`);
    if (slFound !== reported) throw new Error(`secretlint ${slFound ? 'reported' : 'did not report'} the planted ${plant.label} (${ruleId} ${messageId}), unlike expected; check its config.`);
    log(`  ${plant.label}: keyward ${plant.keyward}; secretlint ${slFound ? `${ruleId} (${messageId})` : `not reported (${note ?? 'no rule'})`}`);
  }
  // The corpus run reads secretlint's unix format; it must list the same findings as its json.
  const unix = parseUnixReport(capture({ name: 'secretlint (planted, unix)', args: [peer.bin, 'src/**/*', '--secretlintrc', peer.rc, '--format', 'unix', '--no-color', '--no-terminalLink'], cwd: dir, ok: [1] }));
  const asJson = secretlintFindings(sl).map((m) => `${m.ruleId} ${m.messageId ?? ''} ${m.loc.start.line}`);
  if (unix.map((m) => `${m.ruleId} ${m.messageId} ${m.line}`).join('\n') !== asJson.join('\n')) throw new Error('secretlint unix output did not parse to the same findings as its json output.');
  log(`  totals: keyward ${kw.findings.length} findings, secretlint ${asJson.length} (json and unix formats agree)`);
  log();
}

/** True when this keyward build has `scan --workers` (worker threads for large scans). */
function keywardHasWorkers(): boolean {
  return capture({ name: 'keyward scan --help', args: [KEYWARD_BIN, 'scan', '--help'], cwd: PACKAGE_DIR, ok: [0] }).includes('--workers');
}

function corpusScenario(cache: string, peer: Peer, corpus: Corpus): void {
  const out = join(cache, 'out');
  mkdirSync(out, { recursive: true });
  const kwOut = join(out, 'keyward.json');
  const kw1Out = join(out, 'keyward-1-thread.json');
  // secretlint's json formatter embeds every file's full source (`sourceContent`): 280 MB of
  // output for this corpus. The unix formatter writes one line per finding, like keyward's json.
  const slOut = join(out, 'secretlint.txt');
  for (const file of [kwOut, kw1Out, slOut]) rmSync(file, { force: true });
  const floor: Command = { name: 'read every file (node)', args: ['-e', FLOOR_SCRIPT, 'corpus'], cwd: cache, ok: [0] };
  const keyward: Command = { name: 'keyward scan', args: [KEYWARD_BIN, 'scan', 'corpus', '--format', 'json', '--output', kwOut], cwd: cache, ok: [0, 1] };
  // The default uses worker threads on a corpus this size; one thread is secretlint's model.
  const keyward1: Command | undefined = keywardHasWorkers()
    ? { name: 'keyward scan --workers 1', args: [KEYWARD_BIN, 'scan', 'corpus', '--workers', '1', '--format', 'json', '--output', kw1Out], cwd: cache, ok: [0, 1] }
    : undefined;
  // With --output secretlint exits 0 even with findings.
  const secretlint: Command = {
    name: 'secretlint',
    args: [peer.bin, 'corpus/**/*', '--secretlintrc', peer.rc, '--format', 'unix', '--no-color', '--no-terminalLink', '--output', slOut],
    cwd: cache,
    ok: [0, 1],
  };
  const commands = [floor, keyward, ...(keyward1 ? [keyward1] : []), secretlint];

  // An untimed read of every file: checks the folder against the manifest and warms the page cache.
  const read = JSON.parse(capture(floor)) as { files: number; bytes: number };
  if (read.files !== corpus.files.length || read.bytes !== corpus.bytes) throw new Error(`The corpus folder changed (${read.files} files, ${read.bytes} bytes); delete ${cache}/corpus.json to rebuild it.`);

  log(`## 1. Full scan: ${corpus.files.length} files, ${mb(corpus.bytes)} MB (fingerprint ${corpus.fingerprint})`);
  log(`Corpus: ${corpus.root}`);
  for (const [ext, e] of Object.entries(corpus.byExtension).sort((a, b) => b[1].bytes - a[1].bytes)) log(`  ${ext.padEnd(6)} ${String(e.files).padStart(6)} files ${mb(e.bytes).padStart(7)} MB`);
  log(`Commands (cwd ${cache}), each run as \`node <args>\`:`);
  for (const c of commands) log(`  ${c.name}: ${c === floor ? '-e "<read every file>" corpus' : c.args.map((x) => (x.includes('*') ? `"${x}"` : x)).join(' ')}`);
  progress(`Timing ${CORPUS_RUNS} interleaved rounds (${commands.map((c) => c.name).join(', ')}) ...`);
  const timings = timeInterleaved(commands, CORPUS_RUNS, 0, (round, ms) => progress(`  round ${round}: ${commands.map((c, i) => `${c.name} ${seconds(ms[i]!)} s`).join(', ')}`));
  const f = timings[0]!;
  const k = timings[1]!;
  const k1 = keyward1 ? timings[2] : undefined;
  const s = timings[timings.length - 1]!;

  const kwReport = JSON.parse(readFileSync(kwOut, 'utf8')) as KeywardJson;
  const slAll = parseUnixReport(readFileSync(slOut, 'utf8'));
  log();
  log('| command | runs (s) | median (s) | MB/s | vs keyward | min (s) | CPU median (s) |');
  log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const t of timings) {
    const cpu = t.cpuMedian === undefined ? 'n/a' : seconds(t.cpuMedian);
    log(`| ${t.name} | ${t.runs.map(seconds).join(', ')} | ${seconds(t.median)} | ${(corpus.bytes / 1e6 / (t.median / 1000)).toFixed(1)} | ${ratio(t.median, k.median)} | ${seconds(t.min)} | ${cpu} |`);
  }
  log();
  const speedup = s.median / k.median;
  log(`keyward vs secretlint: ${speedup.toFixed(2)}x faster by median wall time (target ≥ ${SPEEDUP_TARGET}x: ${speedup >= SPEEDUP_TARGET ? 'met' : 'NOT met'})`);
  if (k1) log(`keyward --workers 1 vs secretlint: ${ratio(s.median, k1.median)} faster by median wall time`);
  if (k.cpuMedian !== undefined && s.cpuMedian !== undefined) log(`keyward vs secretlint by median CPU time: ${ratio(s.cpuMedian, k.cpuMedian)} less CPU`);
  log(`keyward vs the read floor: ${ratio(k.median, f.median)} the floor's time; detection and reporting cost ${seconds(k.median - f.median)} s over reading`);
  log(
    `keyward: ${kwReport.summary.filesScanned} files / ${mb(kwReport.summary.bytesScanned)} MB scanned, ${kwReport.summary.skipped} skipped, ${kwReport.summary.findings} findings: ${describeCounts(countBy(kwReport.findings))}`,
  );
  if (keyward1) {
    const one = JSON.parse(readFileSync(kw1Out, 'utf8')) as KeywardJson;
    const same = one.summary.findings === kwReport.summary.findings && one.summary.filesScanned === kwReport.summary.filesScanned;
    log(`keyward --workers 1: ${one.summary.filesScanned} files, ${one.summary.findings} findings${same ? ' (same as the default)' : ' - DIFFERS from the default run'}`);
  }
  log(`secretlint: ${slAll.length} findings: ${describeCounts(countBy(slAll))}`);
  for (const m of slAll.slice(0, 10)) log(`  secretlint ${m.ruleId} (${m.messageId}) at ${m.path.startsWith(cache) ? m.path.slice(cache.length + 1) : m.path}:${m.line}`);
  for (const finding of kwReport.findings.slice(0, 20)) log(`  keyward ${finding.ruleId} at ${finding.path}`);
  if (kwReport.summary.filesScanned !== corpus.files.length) log(`WARNING: keyward scanned ${kwReport.summary.filesScanned} of ${corpus.files.length} files`);
  log();
}

/**
 * 20 ordinary source files (2-40 kB .js/.ts/.mjs, no .d.ts, no minified or bundled code), spread
 * evenly over the sorted corpus so the pick is the same every run.
 */
function pickHookFiles(corpus: Corpus): string[] {
  const candidates = corpus.files.filter((p) => {
    if (!/\.(?:js|ts|mjs)$/.test(p) || p.endsWith('.d.ts') || /\.min\.|\/dist\/|\/build\/|\/compiled\/|\/bundles?\//.test(p)) return false;
    const size = statSync(join(corpus.root, p)).size;
    return size >= 2_000 && size <= 40_000;
  });
  if (candidates.length < HOOK_FILES) throw new Error(`Only ${candidates.length} candidate files for the pre-commit scenario`);
  const step = Math.floor(candidates.length / HOOK_FILES);
  return Array.from({ length: HOOK_FILES }, (_, i) => candidates[i * step]!);
}

function hookScenario(cache: string, peer: Peer, corpus: Corpus): void {
  const repo = join(cache, 'precommit');
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const files = pickHookFiles(corpus);
  const git = (...args: string[]): void => void execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  git('init', '-q');
  let bytes = 0;
  for (const file of files) {
    const to = join(repo, 'src', file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(corpus.root, file), to);
    bytes += statSync(to).size;
  }
  // The project's secretlint config, committed earlier; not part of this commit.
  copyFileSync(peer.rc, join(repo, '.secretlintrc.json'));
  git('add', '--', ...files.map((f) => `src/${f}`));
  // lint-staged appends absolute paths (git's view of the root: realpath).
  const root = realpathSync(repo);
  const paths = files.map((f) => join(root, 'src', f));

  const node: Command = { name: 'node -e ""', args: ['-e', ''], cwd: root, ok: [0] };
  const keyward: Command = { name: 'keyward scan --staged', args: [KEYWARD_BIN, 'scan', '--staged', ...paths], cwd: root, ok: [0] };
  const secretlint: Command = { name: 'secretlint', args: [peer.bin, ...paths], cwd: root, ok: [0] };

  // Check both really scan the 20 files (and find nothing in them) before timing.
  const kwCheck = JSON.parse(capture({ ...keyward, args: [...keyward.args, '--format', 'json'] })) as KeywardJson;
  const slCheck = JSON.parse(capture({ ...secretlint, args: [...secretlint.args, '--format', 'json'] })) as SecretlintJson[];
  if (kwCheck.summary.filesScanned !== HOOK_FILES) throw new Error(`keyward scanned ${kwCheck.summary.filesScanned} staged files, expected ${HOOK_FILES}`);
  if (slCheck.length !== HOOK_FILES) throw new Error(`secretlint scanned ${slCheck.length} files, expected ${HOOK_FILES}`);

  log(`## 2. Pre-commit: ${HOOK_FILES} staged files, ${(bytes / 1000).toFixed(1)} kB, absolute paths as lint-staged passes them`);
  log(`Repository: ${root}`);
  log(`Files: ${files.map((f) => f.split('/').slice(-2).join('/')).join(', ')}`);
  log(`Checked: keyward scanned ${kwCheck.summary.filesScanned} staged blobs (${kwCheck.summary.findings} findings), secretlint ${slCheck.length} files (${secretlintFindings(slCheck).length} findings)`);
  progress(`Timing 1 warm-up + ${HOOK_RUNS} interleaved rounds (node, keyward, secretlint) ...`);
  const [n, k, s] = timeInterleaved([node, keyward, secretlint], HOOK_RUNS, 1);
  log();
  log('| command | median (ms) | min (ms) | max (ms) | vs keyward | CPU median (ms) |');
  log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const t of [n!, k!, s!]) {
    log(`| ${t.name} | ${t.median.toFixed(1)} | ${t.min.toFixed(1)} | ${t.max.toFixed(1)} | ${ratio(t.median, k!.median)} | ${t.cpuMedian === undefined ? 'n/a' : t.cpuMedian.toFixed(0)} |`);
  }
  log();
  log(`keyward scan --staged: median ${k!.median.toFixed(1)} ms (target ≤ ${HOOK_TARGET_MS} ms: ${k!.median <= HOOK_TARGET_MS ? 'met' : 'NOT met'}); ${(k!.median - n!.median).toFixed(1)} ms over bare node start-up`);
  log(`secretlint: median ${s!.median.toFixed(1)} ms, ${ratio(s!.median, k!.median)} keyward's`);
  log();
}

/** A tool in a project's node_modules, as the package manager would link it. */
function linkTool(nm: string, name: string, target: string, bins: Record<string, string>): void {
  mkdirSync(dirname(join(nm, name)), { recursive: true });
  symlinkSync(target, join(nm, name));
  for (const [bin, file] of Object.entries(bins)) symlinkSync(join(target, file), join(nm, '.bin', bin));
}

/**
 * One project per hook variant, each with the 20 files staged on top of a base commit. Timed:
 * `git commit` itself (the hook included), undone untimed with `reset --soft` between rounds.
 */
function commitScenario(cache: string, peer: Peer, corpus: Corpus): void {
  const files = pickHookFiles(corpus);
  const here = (name: string): string => realpathSync(join(PACKAGE_DIR, 'node_modules', name));
  const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.test', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.test', CI: '', NO_COLOR: '1' };
  const variants: { name: string; hook?: string; task?: string }[] = [
    { name: 'git commit, no hook' },
    { name: 'hook from keyward init (`lint-staged`)', hook: 'lint-staged\n', task: 'keyward scan --staged' },
    { name: 'old hook line (`npx --no -- lint-staged`)', hook: 'npx --no -- lint-staged\n', task: 'keyward scan --staged' },
    { name: 'same hook, secretlint as the task', hook: 'lint-staged\n', task: `secretlint --secretlintrc ${peer.rc}` },
  ];
  const repos = variants.map((v, i) => {
    const repo = join(cache, `commit-${i}`);
    rmSync(repo, { recursive: true, force: true });
    mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
    const git = (...args: string[]): void => void execFileSync('git', args, { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'], env });
    git('init', '-q');
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n');
    writeFileSync(join(repo, 'package.json'), `${JSON.stringify({ name: `bench-${i}`, private: true, ...(v.task ? { 'lint-staged': { '*': v.task } } : {}) }, null, 2)}\n`);
    if (v.hook) {
      const nm = join(repo, 'node_modules');
      linkTool(nm, 'husky', here('husky'), {});
      linkTool(nm, 'lint-staged', here('lint-staged'), { 'lint-staged': 'bin/lint-staged.js' });
      linkTool(nm, '@keyward/lint-staged', PACKAGE_DIR, { keyward: 'bin/keyward.cjs' });
      linkTool(nm, 'secretlint', join(peer.dir, 'node_modules', 'secretlint'), { secretlint: 'bin/secretlint.js' });
      mkdirSync(join(repo, '.husky'), { recursive: true });
      writeFileSync(join(repo, '.husky', 'pre-commit'), v.hook, { mode: 0o755 });
      execFileSync(process.execPath, [join(nm, 'husky', 'bin.js')], { cwd: repo, stdio: 'ignore', env });
    }
    git('add', '.');
    git('commit', '-qm', 'base', '--no-verify');
    for (const file of files) {
      const to = join(repo, 'src', file);
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(join(corpus.root, file), to);
    }
    git('add', 'src');
    return { ...v, repo, git };
  });
  // The hook really runs: a planted token blocks the keyward variants.
  const probe = repos[1]!;
  const notion = catalog.find((r) => r.id === 'notion-integration-token');
  if (!notion) throw new Error('no notion-integration-token rule');
  writeFileSync(join(probe.repo, 'probe.ts'), `export const t = ${JSON.stringify(notion.sample(createSampleGen(7)))};\n`);
  probe.git('add', 'probe.ts');
  const blocked = spawnSync('git', ['commit', '-qm', 'probe'], { cwd: probe.repo, env, encoding: 'utf8' });
  if (blocked.status === 0) throw new Error('the keyward hook let a planted token through; the commit scenario would time nothing');
  probe.git('rm', '-q', '--cached', 'probe.ts');
  rmSync(join(probe.repo, 'probe.ts'));

  progress(`Timing 1 warm-up + ${HOOK_RUNS} interleaved rounds of git commit (${variants.length} variants) ...`);
  const samples: number[][] = repos.map(() => []);
  for (let round = -1; round < HOOK_RUNS; round++) {
    repos.forEach((r, i) => {
      const start = process.hrtime.bigint();
      const result = spawnSync('git', ['commit', '-qm', 'bench'], { cwd: r.repo, env, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`${r.name}: git commit exited ${result.status}:\n${result.stderr.slice(0, 2000)}`);
      r.git('reset', '-q', '--soft', 'HEAD~1');
      if (round >= 0) samples[i]!.push(ms);
    });
  }
  const medians = samples.map((s) => median(s));
  const keyward = medians[1]!;
  log(`## 3. git commit of ${HOOK_FILES} files through the hook (husky 9 + lint-staged 16)`);
  log();
  log('| variant | median (ms) | min (ms) | max (ms) | vs keyward init hook |');
  log('| --- | ---: | ---: | ---: | ---: |');
  repos.forEach((r, i) => log(`| ${r.name} | ${medians[i]!.toFixed(0)} | ${Math.min(...samples[i]!).toFixed(0)} | ${Math.max(...samples[i]!).toFixed(0)} | ${ratio(medians[i]!, keyward)} |`));
  log();
  log(`keyward init's hook: median ${keyward.toFixed(0)} ms (target ≤ ${COMMIT_TARGET_MS} ms: ${keyward <= COMMIT_TARGET_MS ? 'met' : 'NOT met'}); ${(keyward - medians[0]!).toFixed(0)} ms over a bare git commit`);
  log();
}

function main(): void {
  const started = performance.now();
  if (!existsSync(join(PACKAGE_DIR, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `pnpm turbo run build --filter=@keyward/lint-staged` first.');
  }
  const cache = cacheDir();
  mkdirSync(cache, { recursive: true });
  const peer = ensurePeer(cache);
  const corpus = ensureCorpus(cache);
  const hyperfine = spawnSync('hyperfine', ['--version'], { stdio: 'ignore' }).status === 0;

  log('# keyward CLI benchmark');
  log(`keyward ${keywardVersion()} (@keyward/lint-staged, ${gitRevision()}) vs secretlint ${peer.version} + ${SECRETLINT_PRESET} ${peer.presetVersion}`);
  log(`Node ${process.version}, ${process.platform} ${release()}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})`);
  log(`Timing: process.hrtime around spawnSync of a fresh node process, stdout discarded${hyperfine ? ' (hyperfine is installed but not used, so every number comes from one method)' : ' (hyperfine not installed)'}`);
  log(`Cache: ${cache}`);
  log(`Load average at start: ${loadText()}${busy() ? ' - the machine is busy; timings will be noisy' : ''}`);
  log();

  // KEYWARD_BENCH_ONLY=corpus or =hook runs one scenario (the planted-token check always runs).
  const only = process.env.KEYWARD_BENCH_ONLY;
  verifyPlanted(cache, peer);
  if (only === undefined || only === 'corpus') corpusScenario(cache, peer, corpus);
  if (only === undefined || only === 'hook') hookScenario(cache, peer, corpus);
  if (only === undefined || only === 'commit') commitScenario(cache, peer, corpus);
  log(`Load average at end: ${loadText()}`);
  log(`Benchmark wall time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main();

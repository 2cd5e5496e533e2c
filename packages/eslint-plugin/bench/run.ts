// The @keyward/eslint-plugin benchmark: one run, four ESLint configurations side by side, each
// linting the SAME real TypeScript codebase (the `.ts`/`.tsx` sources that popular npm packages
// ship, see setup.ts) with @typescript-eslint/parser, non-type-aware (no project service):
//
//   (a) typescript-eslint `tseslint.configs.recommended` alone
//   (b) (a) + keyward `configs.recommended`
//   (c) (a) + eslint-plugin-no-secrets (`no-secrets/no-secrets: 'error'`)
//   (d) (a) + keyward `configs.strict` (no-hardcoded-tokens also scans comments)
//
//   cd packages/eslint-plugin && pnpm bench      (= node --import tsx bench/run.ts, after the build)
//
// First a warm-up pass with every rule of (a)–(d) at once and ESLint's `stats: true` (keyward's
// strict no-hardcoded-tokens registered a second time under the namespace `keyward-strict`):
// it JIT-warms the parser and every rule, and gives the per-rule times. Then the timed rounds,
// without stats (ESLint wraps every listener when stats are on): each round lints the codebase
// package by package, the configurations back to back on each package (order rotated), a full GC
// before each lintFiles; a configuration's round time is its sum over the packages. The report
// gives the MEDIAN round (best also shown), wall and CPU time. Findings are counted from the timed runs. Markdown goes to stdout, progress
// to stderr. keyward's messages only show masks; eslint-plugin-no-secrets' messages quote the
// string they flag, so they are counted, never printed. No source line is printed.
//
// Environment: KEYWARD_BENCH_ROUNDS (default 3), KEYWARD_BENCH_ESLINT_DIR (cache folder, default
// <tmpdir>/keyward-bench-eslint), KEYWARD_BENCH_ONLY (comma list of a,b,c,d: time only those, no
// warm-up/stats pass; e.g. for `node --cpu-prof --import tsx bench/run.ts` with KEYWARD_BENCH_ONLY=b).

import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import keyward from '@keyward/eslint-plugin';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { cacheDir, ensureCorpus, loadNoSecrets } from './setup.js';

const started = performance.now();
const loadAtStart = loadavg()[0]!;
const ROUNDS = Math.max(1, Number(process.env.KEYWARD_BENCH_ROUNDS ?? 3));
const ONLY = process.env.KEYWARD_BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;
const log = (s: string): void => void process.stderr.write(`${s}\n`);

const cache = cacheDir();
const corpus = ensureCorpus(cache);
const noSecrets = loadNoSecrets(cache);
const require = createRequire(import.meta.url);
const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

// ---------------------------------------------------------------------------------------------
// Configurations

const FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const asConfigs = (c: unknown): Linter.Config[] => (Array.isArray(c) ? c : [c]) as Linter.Config[];

/** (a): what every configuration shares. Inline `eslint-*` comments of the packages are ignored, so no file-level disable hides a finding. */
const BASE: Linter.Config[] = [
  { name: 'bench/files', files: FILES, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
  ...asConfigs(tseslint.configs.recommended),
];
const NO_SECRETS: Linter.Config = { name: 'bench/no-secrets', plugins: { 'no-secrets': noSecrets.plugin }, rules: { 'no-secrets/no-secrets': 'error' } };
/** keyward's strict no-hardcoded-tokens under a second namespace, for the stats pass only. */
const KEYWARD_STRICT_TOKENS: Linter.Config = {
  name: 'bench/keyward-strict-tokens',
  plugins: { 'keyward-strict': keyward as unknown as ESLint.Plugin },
  rules: { 'keyward-strict/no-hardcoded-tokens': ['error', { checkComments: true }] },
};

type ConfigId = 'a' | 'b' | 'c' | 'd';
interface Variant {
  readonly id: ConfigId;
  readonly label: string;
  readonly config: Linter.Config[];
}
const VARIANTS: readonly Variant[] = [
  { id: 'a', label: '(a) tseslint recommended', config: BASE },
  { id: 'b', label: '(b) (a) + keyward recommended', config: [...BASE, ...asConfigs(keyward.configs.recommended)] },
  { id: 'c', label: '(c) (a) + no-secrets', config: [...BASE, NO_SECRETS] },
  { id: 'd', label: '(d) (a) + keyward strict', config: [...BASE, ...asConfigs(keyward.configs.strict)] },
];
const timed = VARIANTS.filter((v) => !ONLY || ONLY.includes(v.id));
if (timed.length === 0) throw new Error(`KEYWARD_BENCH_ONLY=${process.env.KEYWARD_BENCH_ONLY}: none of a,b,c,d`);
const STATS_CONFIG: Linter.Config[] = [...BASE, ...asConfigs(keyward.configs.recommended), KEYWARD_STRICT_TOKENS, NO_SECRETS];

// ---------------------------------------------------------------------------------------------
// Linting and summarising

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly message: string;
}

interface Summary {
  /** Wall time of lintFiles. */
  readonly ms: number;
  /** CPU time (user + system, all threads of this process) during lintFiles: less sensitive to other load than wall time. */
  readonly cpuMs: number;
  readonly files: number;
  readonly fatal: number;
  readonly messages: number;
  /** Messages per rule id (every rule). */
  readonly counts: ReadonlyMap<string, number>;
  /** Files with at least one message, per rule id. */
  readonly filesWith: ReadonlyMap<string, number>;
  /** keyward's messages (masked by the rules): listed in the report. */
  readonly keyward: readonly Finding[];
  /** Where no-secrets reported (file, line): its messages quote the flagged string, so they are not kept. */
  readonly noSecrets: readonly { readonly file: string; readonly line: number }[];
  /** Summed `stats` times (ms), when linted with stats. */
  readonly ruleMs: ReadonlyMap<string, number>;
  readonly parseMs: number;
  readonly passMs: number;
}

const isKeyward = (ruleId: string): boolean => ruleId.startsWith('keyward/') || ruleId.startsWith('keyward-strict/');

async function lint(config: Linter.Config[], stats: boolean, patterns: string[] = ['.']): Promise<Summary> {
  const eslint = new ESLint({ cwd: corpus.root, overrideConfigFile: true, overrideConfig: config, stats, cache: false, concurrency: 'off' });
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const results = await eslint.lintFiles(patterns);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const counts = new Map<string, number>();
  const filesWith = new Map<string, number>();
  const ruleMs = new Map<string, number>();
  const found: Finding[] = [];
  const ns: { file: string; line: number }[] = [];
  let fatal = 0;
  let messages = 0;
  let parseMs = 0;
  let passMs = 0;
  for (const r of results) {
    fatal += r.fatalErrorCount;
    messages += r.messages.length;
    const seen = new Set<string>();
    for (const m of r.messages) {
      const id = m.ruleId ?? '(no rule)';
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (!seen.has(id)) {
        seen.add(id);
        filesWith.set(id, (filesWith.get(id) ?? 0) + 1);
      }
      const file = r.filePath.slice(corpus.root.length + 1).replaceAll('\\', '/');
      if (isKeyward(id)) found.push({ file, line: m.line, column: m.column, ruleId: id, message: m.message });
      else if (id.startsWith('no-secrets/')) ns.push({ file, line: m.line });
    }
    for (const pass of r.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      passMs += pass.total ?? 0;
      for (const [id, t] of Object.entries(pass.rules ?? {})) ruleMs.set(id, (ruleMs.get(id) ?? 0) + t.total);
    }
  }
  return { ms, cpuMs, files: results.length, fatal, messages, counts, filesWith, keyward: found, noSecrets: ns, ruleMs, parseMs, passMs };
}

// ---------------------------------------------------------------------------------------------
// Run

log(`Corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${corpus.root}`);
let statsPass: Summary | undefined;
if (!ONLY) {
  log('Warm-up + stats pass (every rule of (a)-(d) at once, stats: true) ...');
  statsPass = await lint(STATS_CONFIG, true);
  log(`  ${(statsPass.ms / 1000).toFixed(1)} s`);
}

/** Sums two summaries of disjoint file sets. */
function merge(x: Summary | undefined, y: Summary): Summary {
  if (!x) return y;
  const add = (m1: ReadonlyMap<string, number>, m2: ReadonlyMap<string, number>): Map<string, number> => {
    const m = new Map(m1);
    for (const [k, v] of m2) m.set(k, (m.get(k) ?? 0) + v);
    return m;
  };
  return {
    ms: x.ms + y.ms,
    cpuMs: x.cpuMs + y.cpuMs,
    files: x.files + y.files,
    fatal: x.fatal + y.fatal,
    messages: x.messages + y.messages,
    counts: add(x.counts, y.counts),
    filesWith: add(x.filesWith, y.filesWith),
    keyward: [...x.keyward, ...y.keyward],
    noSecrets: [...x.noSecrets, ...y.noSecrets],
    ruleMs: add(x.ruleMs, y.ruleMs),
    parseMs: x.parseMs + y.parseMs,
    passMs: x.passMs + y.passMs,
  };
}

// Each round lints the codebase package by package: on each package the configurations run back
// to back (order rotated per package and per round), so a change of load on a shared machine hits
// every configuration alike. A configuration's round = the sum over the packages.
const chunks = corpus.packages.map((pkg) => `${pkg.name}/${pkg.dir}`);
const runs = new Map<ConfigId, Summary[]>(timed.map((v) => [v.id, []]));
for (let round = 0; round < ROUNDS; round++) {
  const totals = new Map<ConfigId, Summary>();
  for (const [c, chunk] of chunks.entries()) {
    for (let i = 0; i < timed.length; i++) {
      const v = timed[(i + round + c) % timed.length]!;
      totals.set(v.id, merge(totals.get(v.id), await lint(v.config, false, [chunk])));
    }
  }
  for (const v of timed) {
    const s = totals.get(v.id)!;
    runs.get(v.id)!.push(s);
    log(`round ${round + 1}/${ROUNDS} ${v.label}: ${(s.ms / 1000).toFixed(2)} s wall, ${(s.cpuMs / 1000).toFixed(2)} s CPU (${s.files} files, ${s.fatal} parse errors)`);
  }
  log(`  load ${loadavg()[0]!.toFixed(2)}`);
}
const totalSeconds = (performance.now() - started) / 1000;
const loadAtEnd = loadavg()[0]!;

// ---------------------------------------------------------------------------------------------
// Report

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
const sec = (ms: number): string => (ms / 1000).toFixed(2);
const pct = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(1)}%`;
const series = (id: ConfigId, key: 'ms' | 'cpuMs'): number[] => (runs.get(id) ?? []).map((s) => s[key]);
const med = (id: ConfigId, key: 'ms' | 'cpuMs' = 'ms'): number | undefined => (runs.has(id) ? median(series(id, key)) : undefined);
const best = (id: ConfigId, key: 'ms' | 'cpuMs' = 'ms'): number | undefined => (runs.has(id) ? Math.min(...series(id, key)) : undefined);
/** Overhead of `id` over (a) within each round (same moment, similar machine load), median over rounds. */
const paired = (id: ConfigId, key: 'ms' | 'cpuMs'): number | undefined => {
  const a = runs.get('a');
  const x = runs.get(id);
  if (!a || !x) return undefined;
  return median(x.map((s, i) => (s[key] / a[i]![key] - 1) * 100));
};
const overhead = (x: number | undefined, a: number | undefined): string => (x === undefined || a === undefined ? 'n/a' : pct((x / a - 1) * 100));
const first = (id: ConfigId): Summary | undefined => runs.get(id)?.[0];

const out: string[] = [];
const p = (s = ''): void => void out.push(s);

p(`Node ${process.version}, ESLint ${ESLint.version}, typescript-eslint ${versionOf('typescript-eslint')} (@typescript-eslint/parser ${versionOf('@typescript-eslint/parser')}), @keyward/eslint-plugin ${keyward.meta.version}, eslint-plugin-no-secrets ${noSecrets.version}, ${platform()} ${release()}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? '?'}.`);
p();
p(`**Codebase linted:** the TypeScript sources (\`.ts\`/\`.tsx\`, no \`.d.ts\`) of ${corpus.packages.length} npm packages, copied out of node_modules into ${corpus.root}: **${fmtInt(corpus.files)} files, ${fmtInt(corpus.lines)} lines, ${(corpus.bytes / 1e6).toFixed(2)} MB** (${corpus.tsx} \`.tsx\`; fingerprint ${corpus.fingerprint}).`);
p();
p('| package | version | folder | files | lines | KB |');
p('| --- | --- | --- | ---: | ---: | ---: |');
for (const pkg of corpus.packages) p(`| ${pkg.name} | ${pkg.version} | ${pkg.dir}/ | ${fmtInt(pkg.files)} | ${fmtInt(pkg.lines)} | ${fmtInt(pkg.bytes / 1024)} |`);
p(`| **total** | | | **${fmtInt(corpus.files)}** | **${fmtInt(corpus.lines)}** | **${fmtInt(corpus.bytes / 1024)}** |`);
p();
p(`ESLint Node API, \`new ESLint({ cwd, overrideConfigFile: true, overrideConfig, concurrency: 'off' })\` + \`lintFiles(['.'])\`, one process, single-threaded; \`@typescript-eslint/parser\` without type information; inline \`eslint-*\` comments off (\`noInlineConfig\`) in every configuration. Wall time = \`lintFiles\` (file enumeration, parsing, all rules). ${statsPass ? `Warm-up: one pass with every rule at once and \`stats: true\` (${sec(statsPass.ms)} s, the per-rule times below). ` : 'No warm-up/stats pass (KEYWARD_BENCH_ONLY). '}Then ${ROUNDS} timed round(s) without stats; each round lints the ${chunks.length} packages one at a time, running the configurations back to back on each (order rotated per package and round, a full GC before each \`lintFiles\`), so load changes on a shared machine hit all configurations alike; a configuration's round time is its sum over the packages. **Median** round reported (best also shown); CPU = user + system time of the process during \`lintFiles\`, V8's parallel GC threads included (hence CPU > wall when the second core is free).`);
p();
p('| configuration | wall s (median) | best | rounds, wall s | CPU s (median) | rounds, CPU s | files | parse errors |');
p('| --- | ---: | ---: | --- | ---: | --- | ---: | ---: |');
for (const v of timed) {
  const s = first(v.id)!;
  p(`| ${v.label} | ${sec(med(v.id)!)} | ${sec(best(v.id)!)} | ${series(v.id, 'ms').map(sec).join(' / ')} | ${sec(med(v.id, 'cpuMs')!)} | ${series(v.id, 'cpuMs').map(sec).join(' / ')} | ${fmtInt(s.files)} | ${s.fatal} |`);
}
p();
const aMed = med('a');
if (runs.has('a') && timed.length > 1) {
  p('Overhead over (a):');
  p();
  p('| configuration | wall, medians | wall, best rounds | wall, per round (median of rounds) | CPU, medians | CPU, per round (median of rounds) |');
  p('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const v of timed) {
    if (v.id === 'a') continue;
    const pw = paired(v.id, 'ms');
    const pc = paired(v.id, 'cpuMs');
    p(`| ${v.label} | **${overhead(med(v.id), med('a'))}** | ${overhead(best(v.id), best('a'))} | ${pw === undefined ? 'n/a' : pct(pw)} | ${overhead(med(v.id, 'cpuMs'), med('a', 'cpuMs'))} | ${pc === undefined ? 'n/a' : pct(pc)} |`);
  }
  p();
}

if (statsPass) {
  const s = statsPass;
  const rulesTotal = [...s.ruleMs.values()].reduce((a, b) => a + b, 0);
  const baseIds = [...s.ruleMs.keys()].filter((id) => !isKeyward(id) && !id.startsWith('no-secrets/'));
  const baseRules = baseIds.reduce((a, id) => a + (s.ruleMs.get(id) ?? 0), 0);
  const ownRec = ['keyward/no-hardcoded-tokens', 'keyward/no-raw-process-env', 'keyward/no-secret-logging'];
  const ownRecMs = ownRec.reduce((a, id) => a + (s.ruleMs.get(id) ?? 0), 0);
  const strictTokens = s.ruleMs.get('keyward-strict/no-hardcoded-tokens') ?? 0;
  const ownStrictMs = ownRecMs - (s.ruleMs.get('keyward/no-hardcoded-tokens') ?? 0) + strictTokens;
  const nsMs = s.ruleMs.get('no-secrets/no-secrets') ?? 0;
  // (a)'s lint work in the same pass: parsing + its own rules (file enumeration and traversal not included).
  const aWork = s.parseMs + baseRules;
  p(`Per-rule time from the stats pass (ESLint \`stats: true\`: each rule's \`create()\` plus its listeners, summed over the ${fmtInt(s.files)} files). "% of (a)" is relative to (a)'s measured lint work in the same pass, parsing (${sec(s.parseMs)} s) + (a)'s ${baseIds.length} rules (${sec(baseRules)} s) = ${sec(aWork)} s${aMed ? `; "% of (a) wall" to (a)'s median wall time (${sec(aMed)} s)` : ''}.`);
  p();
  p('| rule | ms | µs/file | % of (a) work | % of (a) wall |');
  p('| --- | ---: | ---: | ---: | ---: |');
  const row = (label: string, ms: number): void =>
    p(`| ${label} | ${fmtInt(ms)} | ${fmtInt((ms * 1000) / s.files)} | ${((ms / aWork) * 100).toFixed(2)}% | ${aMed ? `${((ms / aMed) * 100).toFixed(2)}%` : ''} |`);
  for (const id of ownRec) row(`\`${id}\``, s.ruleMs.get(id) ?? 0);
  row('`keyward/no-hardcoded-tokens` with `checkComments` (strict)', strictTokens);
  row('**keyward recommended, 3 rules (b)**', ownRecMs);
  row('**keyward strict, 3 rules (d)**', ownStrictMs);
  row('**`no-secrets/no-secrets` (c)**', nsMs);
  row(`(a) parsing`, s.parseMs);
  row(`(a) all ${baseIds.length} typescript-eslint/ESLint rules`, baseRules);
  p();
  const slowest = baseIds.map((id) => [id, s.ruleMs.get(id) ?? 0] as const).sort((x, y) => y[1] - x[1]).slice(0, 5);
  p(`For scale, (a)'s slowest rules: ${slowest.map(([id, ms]) => `\`${id}\` ${fmtInt(ms)} ms`).join(', ')}. Sum of every rule in the stats pass: ${fmtInt(rulesTotal)} ms; pass total ${sec(s.passMs)} s.`);
  p();
}

// Findings
const count = (s: Summary | undefined, id: string): string => (s ? fmtInt(s.counts.get(id) ?? 0) : 'n/a');
const filesOf = (s: Summary | undefined, id: string): string => (s ? fmtInt(s.filesWith.get(id) ?? 0) : 'n/a');
p('Findings on the codebase (messages per rule; files with at least one in brackets), from the timed runs:');
p();
p('| rule | (b) recommended | (d) strict | (c) | stats pass |');
p('| --- | ---: | ---: | ---: | ---: |');
for (const name of ['no-hardcoded-tokens', 'no-raw-process-env', 'no-secret-logging']) {
  const id = `keyward/${name}`;
  const statsCount = statsPass ? `${count(statsPass, id)}${name === 'no-hardcoded-tokens' ? ` (strict: ${count(statsPass, 'keyward-strict/no-hardcoded-tokens')})` : ''}` : 'n/a';
  p(`| \`${id}\` | ${count(first('b'), id)} [${filesOf(first('b'), id)}] | ${count(first('d'), id)} [${filesOf(first('d'), id)}] |  | ${statsCount} |`);
}
p(`| \`no-secrets/no-secrets\` |  |  | ${count(first('c'), 'no-secrets/no-secrets')} [${filesOf(first('c'), 'no-secrets/no-secrets')}] | ${count(statsPass, 'no-secrets/no-secrets')} |`);
p();
const aAll = first('a');
if (aAll) {
  const top = [...aAll.counts.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3);
  p(`For scale, (a) itself reports ${fmtInt(aAll.messages)} messages on this code (most: ${top.map(([id, n]) => `\`${id}\` ${fmtInt(n)}`).join(', ')}).`);
  p();
}

// Per package: ours and no-secrets; no-secrets' findings split by whether the reported line is a comment line.
const packageOf = (file: string): string => corpus.packages.find((x) => file.startsWith(`${x.name}/`))?.name ?? '?';
const perPackage = (items: readonly { file: string }[] | undefined): Map<string, number> => {
  const m = new Map<string, number>();
  for (const f of items ?? []) m.set(packageOf(f.file), (m.get(packageOf(f.file)) ?? 0) + 1);
  return m;
};
const nsRun = first('c') ?? statsPass;
const lineCache = new Map<string, string[]>();
const isCommentLine = (file: string, line: number): boolean => {
  let lines = lineCache.get(file);
  if (!lines) {
    lines = readFileSync(join(corpus.root, file), 'utf8').split('\n');
    lineCache.set(file, lines);
  }
  return /^(?:\/\/|\/\*|\*)/.test((lines[line - 1] ?? '').trim());
};
const nsComment = (nsRun?.noSecrets ?? []).filter((f) => isCommentLine(f.file, f.line));
if (nsRun && nsRun.noSecrets.length > 0) {
  p(`\`no-secrets/no-secrets\` findings on a comment line (the line starts with \`//\`, \`/*\` or \`*\`): ${fmtInt(nsComment.length)} of ${fmtInt(nsRun.noSecrets.length)}; the rest are string literals/templates. Per package:`);
  p();
  const ksB = perPackage(first('b')?.keyward ?? statsPass?.keyward.filter((f) => f.ruleId.startsWith('keyward/')));
  const ksD = perPackage(first('d')?.keyward);
  const nsAll = perPackage(nsRun.noSecrets);
  const nsCom = perPackage(nsComment);
  p('| package | files | keyward (b) | keyward (d) | no-secrets (c) | of which on comment lines |');
  p('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const pkg of corpus.packages) {
    p(`| ${pkg.name} | ${fmtInt(pkg.files)} | ${ksB.get(pkg.name) ?? 0} | ${first('d') ? (ksD.get(pkg.name) ?? 0) : 'n/a'} | ${nsAll.get(pkg.name) ?? 0} | ${nsCom.get(pkg.name) ?? 0} |`);
  }
  p();
}

const listed = first('d') ?? first('b') ?? statsPass;
const ours = [...(listed?.keyward ?? [])].filter((f) => !f.ruleId.startsWith('keyward-strict/')).sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line));
const recKeys = new Set((first('b')?.keyward ?? []).map((f) => `${f.file}:${f.line}:${f.column}:${f.ruleId}`));
if (ours.length === 0) {
  p('keyward reported **no** findings on the codebase.');
} else {
  const perPkg = [...perPackage(listed?.keyward).entries()].sort((x, y) => y[1] - x[1]);
  p(`keyward's findings (${listed === first('d') ? 'run (d), strict; `†` = only with strict, i.e. in a comment' : 'run (b)'}), ${ours.length} in all (${perPkg.map(([k, v]) => `${k} ${v}`).join(', ')}). Messages are the rules' own (tokens masked); no source line is printed:`);
  p();
  p('| file | line | rule | message |');
  p('| --- | ---: | --- | --- |');
  for (const f of ours) {
    const strictOnly = listed === first('d') && first('b') && !recKeys.has(`${f.file}:${f.line}:${f.column}:${f.ruleId}`) ? ' †' : '';
    p(`| ${f.file} | ${f.line}:${f.column} | \`${f.ruleId}\`${strictOnly} | ${f.message.replaceAll('|', '\\|')} |`);
  }
}
p();
p(`Total bench time: ${totalSeconds.toFixed(1)} s. Load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${loadAtEnd.toFixed(2)}.`);

process.stdout.write(`${out.join('\n')}\n`);

// The ESLint plugin on five real codebases, side by side with its peers, in one run:
//
//   (p) parse only: @typescript-eslint/parser, no rules (the floor)
//   (d) one trivial core rule (no-debugger): what ESLint charges for turning any rule on
//   (k) keyward.configs.recommended
//   (s) eslint-plugin-no-secrets (default options)
//   (n) eslint-plugin-n's no-process-env
//
// zod and rxjs (their published src/), notion-sdk-js, vercel/commerce and create-t3-app (git, at
// pinned commits). It reports every keyward finding (masked, for a person to judge), the peers'
// counts, every environment read n/no-process-env finds outside keyward's config-module globs that
// keyward does not, and the lint time of (k) against (p) and (d) on zod and rxjs (median of
// rounds, the three configurations interleaved, order rotated each round).
//
// Build first:  pnpm turbo run build --filter=@keyward/eslint-plugin
// Run:          cd packages/eslint-plugin && node --expose-gc --import tsx bench/codebases.ts
// Cache:        $KEYWARD_BENCH_ESLINT_DIR (default <tmpdir>/keyward-bench-eslint)/codebases
// Git sources:  cloned from GitHub; or from local mirrors: KEYWARD_BENCH_GIT_MIRRORS=<dir> holding
//               <owner>+<name>/repo git directories (how this machine, without GitHub, gets them).
// Rounds:       KEYWARD_BENCH_ROUNDS (default 7; codebases under 4 s get proportionally more)

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { ESLint as ESLintType, Linter } from 'eslint';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { compileGlob } from '@keyward/core';
import keyward from '@keyward/eslint-plugin';
import { DEFAULT_ALLOWED, DEFAULT_CONFIG_FILES } from '../src/rules/no-raw-process-env.js';
import { cacheDir } from './setup.js';

type Source = { readonly npm: string; readonly dir: string } | { readonly git: string; readonly commit: string };
const CODEBASES: readonly { readonly name: string; readonly source: Source }[] = [
  { name: 'zod', source: { npm: 'zod@4.6.7', dir: 'src' } },
  { name: 'rxjs', source: { npm: 'rxjs@7.8.2', dir: 'src' } },
  { name: 'notion-sdk-js', source: { git: 'makenotion/notion-sdk-js', commit: '9060802d386afbb82fa7b52ba4298cce0b1e0429' } },
  { name: 'commerce', source: { git: 'vercel/commerce', commit: '5542649d5b4700e80d2da9b40279af50bf451a75' } },
  { name: 'create-t3-app', source: { git: 't3-oss/create-t3-app', commit: 'c74237d63769b0d66d6e73141d107328ed512fd6' } },
];
const PEERS = ['eslint-plugin-no-secrets@2.3.3', 'eslint-plugin-n@18.5.0'];
const TIMED = ['zod', 'rxjs'];
const ROUNDS = Number(process.env['KEYWARD_BENCH_ROUNDS'] ?? 7);
const TIME_TARGET = 1.08;
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const SKIP_DIR = new Set(['node_modules', 'dist', 'build', '.next', 'coverage', '.turbo', 'out']);
const DECLARATION = /\.d\.[cm]?ts$/;

const log = (line = ''): void => console.log(line);
const progress = (line: string): void => void process.stderr.write(`${line}\n`);
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

const cache = join(cacheDir(), 'codebases');
const npmDir = join(cache, 'npm');

function npmInstall(): void {
  const specs = [...PEERS, ...CODEBASES.flatMap((c) => ('npm' in c.source ? [c.source.npm] : []))];
  const marker = join(npmDir, 'keyward-bench.json');
  const want = JSON.stringify(specs);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  mkdirSync(npmDir, { recursive: true });
  writeFileSync(join(npmDir, 'package.json'), '{ "private": true }\n');
  progress(`Installing ${specs.join(' ')} into ${npmDir} ...`);
  execFileSync('npm', ['install', '--prefix', npmDir, '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', '--legacy-peer-deps', '--loglevel=error', ...specs], { stdio: ['ignore', 2, 2] });
  writeFileSync(marker, want);
}

/** The codebase's folder: the npm package's source folder, or the git tree at the commit. */
function ensureCodebase(name: string, source: Source): string {
  const dir = join(cache, 'src', name);
  const stamp = join(cache, 'src', `${name}.json`);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify(source)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if ('npm' in source) {
    const pkg = source.npm.slice(0, source.npm.lastIndexOf('@'));
    execFileSync('cp', ['-R', join(npmDir, 'node_modules', pkg, source.dir), dir]);
  } else {
    const mirrors = process.env['KEYWARD_BENCH_GIT_MIRRORS'];
    let gitDir = mirrors ? join(mirrors, source.git.replace('/', '+'), 'repo') : join(cache, 'git', name);
    if (!mirrors && !existsSync(gitDir)) execFileSync('git', ['clone', '--bare', '--filter=blob:none', `https://github.com/${source.git}.git`, gitDir], { stdio: 'inherit' });
    if (!existsSync(gitDir)) throw new Error(`no git directory for ${source.git} at ${gitDir}`);
    gitDir = gitDir.replace(/\/$/, '');
    const tar = execFileSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', source.commit], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  writeFileSync(stamp, JSON.stringify(source));
  return dir;
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (!SKIP_DIR.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name));
      } else if (e.isFile() && SOURCE.test(e.name) && !DECLARATION.test(e.name) && !e.name.includes('.min.')) out.push(join(dir, e.name));
    }
  };
  walk(root);
  return out.sort();
}

npmInstall();
const peerRequire = createRequire(join(npmDir, 'package.json'));
const noSecrets = peerRequire('eslint-plugin-no-secrets') as ESLintType.Plugin;
const pluginN = peerRequire('eslint-plugin-n') as ESLintType.Plugin;

const BASE: Linter.Config[] = [
  { files: ['**/*.{ts,mts,cts}'], languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module' }, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.{tsx,js,mjs,cjs,jsx}'], languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } }, linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
];
const ALL = '**/*.{ts,mts,cts,tsx,js,mjs,cjs,jsx}';
const CONFIGS: Record<'p' | 'd' | 'k' | 's' | 'n', Linter.Config[]> = {
  p: [...BASE],
  d: [...BASE, { files: [ALL], rules: { 'no-debugger': 'error' } }],
  k: [...BASE, { ...keyward.configs.recommended, languageOptions: {}, files: [ALL] }],
  s: [...BASE, { files: [ALL], plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }],
  n: [...BASE, { files: [ALL], plugins: { n: pluginN }, rules: { 'n/no-process-env': 'error' } }],
};

interface Message {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly message: string;
}

async function lint(root: string, files: readonly string[], config: Linter.Config[]): Promise<{ ms: number; cpuMs: number; messages: Message[]; fatal: Message[] }> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config, cache: false, concurrency: 'off', warnIgnored: false });
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const results = await eslint.lintFiles([...files]);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const messages: Message[] = [];
  const fatal: Message[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const msg = { file: relative(root, r.filePath), line: m.line, column: m.column, ruleId: m.ruleId ?? '(parse)', message: m.message };
      (m.fatal ? fatal : messages).push(msg);
    }
  }
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, messages, fatal };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// The rule's own test: a path matching one of its config-module globs.
const configGlobs = DEFAULT_CONFIG_FILES.map(compileGlob);
const isConfigModule = (file: string): boolean => configGlobs.some((re) => re.test(file));

log('# @keyward/eslint-plugin on five codebases');
log(`Node ${process.version}; ESLint ${ESLint.version}; peers ${PEERS.join(', ')}; ${ROUNDS} timed rounds on ${TIMED.join(' and ')}`);
log();
log('| codebase | files | parse errors | keyward findings | no-secrets | n/no-process-env outside config modules (NODE_ENV aside) | of those, missed by keyward |');
log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
const listed: string[] = [];
const timings: string[] = [];
let keywardTotal = 0;
let missedTotal = 0;
for (const { name, source } of CODEBASES) {
  const root = ensureCodebase(name, source);
  const files = listFiles(root);
  progress(`${name}: ${files.length} files`);
  const k = await lint(root, files, CONFIGS.k);
  const s = await lint(root, files, CONFIGS.s);
  const n = await lint(root, files, CONFIGS.n);
  // n reports every read; keyward by design allows config modules and DEFAULT_ALLOWED (NODE_ENV).
  const readOf = (m: Message): string | undefined => /^process\.env\.(\w+)/.exec((readFileSync(join(root, m.file), 'utf8').split('\n')[m.line - 1] ?? '').slice(m.column - 1))?.[1];
  const envReads = n.messages.filter((m) => m.ruleId === 'n/no-process-env' && !isConfigModule(m.file) && !DEFAULT_ALLOWED.includes(readOf(m) ?? ''));
  const ours = k.messages.filter((m) => m.ruleId.startsWith('keyward/'));
  const keywardEnv = new Set(ours.filter((m) => m.ruleId === 'keyward/no-raw-process-env').map((m) => `${m.file}:${m.line}`));
  const missed = envReads.filter((m) => !keywardEnv.has(`${m.file}:${m.line}`));
  keywardTotal += ours.length;
  missedTotal += missed.length;
  log(`| ${name} | ${files.length} | ${k.fatal.length} | ${ours.length} | ${s.messages.filter((m) => m.ruleId.startsWith('no-secrets/')).length} | ${envReads.length} | ${missed.length} |`);
  for (const m of ours) listed.push(`| ${name} | ${m.file}:${m.line}:${m.column} | \`${m.ruleId}\` | ${m.message.replaceAll('|', '\\|')} |`);
  for (const m of missed) listed.push(`| ${name} | ${m.file}:${m.line}:${m.column} | missed env read | (n/no-process-env reports it; keyward does not) |`);
  if (TIMED.includes(name)) {
    const ids = ['p', 'd', 'k'] as const;
    const wall: Record<(typeof ids)[number], number[]> = { p: [], d: [], k: [] };
    const cpu: Record<(typeof ids)[number], number[]> = { p: [], d: [], k: [] };
    const warm = await lint(root, files, CONFIGS.p); // warm-up
    // Small codebases get more rounds, so every codebase is timed for about as long.
    const rounds = ROUNDS * Math.max(1, Math.round(4000 / warm.ms));
    for (let round = 0; round < rounds; round++) {
      const order = [...ids.slice(round % ids.length), ...ids.slice(0, round % ids.length)];
      for (const id of order) {
        const r = await lint(root, files, CONFIGS[id]);
        wall[id].push(r.ms);
        cpu[id].push(r.cpuMs);
      }
    }
    const ratio = median(wall.k) / median(wall.p);
    timings.push(`| ${name} | ${rounds} | ${median(wall.p).toFixed(0)} | ${median(wall.d).toFixed(0)} | ${median(wall.k).toFixed(0)} | ${(median(wall.d) / median(wall.p)).toFixed(3)}× | ${ratio.toFixed(3)}× | ${(median(wall.k) / median(wall.d)).toFixed(3)}× | ${(median(cpu.k) / median(cpu.p)).toFixed(3)}× | ${ratio <= TIME_TARGET ? 'met' : 'NOT met'} |`);
  }
}
log();
log(`keyward findings in all: ${keywardTotal}; env reads outside config modules that keyward misses: ${missedTotal}`);
log();
log('## Every keyward finding (masked), and every missed env read');
log();
log('| codebase | where | rule | message |');
log('| --- | --- | --- | --- |');
for (const l of listed) log(l);
log();
log(`## Lint time, median wall time of the rounds (target: (k) ≤ ${TIME_TARGET}× (p))`);
log();
log('(d) is one trivial core rule, `no-debugger`: what ESLint itself costs once any rule is on. (k)/(d) is what keyward adds beyond that.');
log();
log('| codebase | rounds | (p) parse only (ms) | (d) no-debugger (ms) | (k) keyward recommended (ms) | (d)/(p) | (k)/(p) wall | (k)/(d) wall | (k)/(p) CPU | target (wall) |');
log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const t of timings) log(t);
log();
log(`Cache: ${cache}; sources: ${CODEBASES.map((c) => ('npm' in c.source ? c.source.npm : `${c.source.git}@${c.source.commit.slice(0, 12)}`)).join(', ')}. Files: ${SOURCE} outside ${[...SKIP_DIR].join(', ')} and dot-folders, no declaration or .min files.`);

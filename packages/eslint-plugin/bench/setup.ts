// Everything the ESLint benchmark needs from outside the repository: the peer plugin
// (eslint-plugin-no-secrets) and a real TypeScript codebase to lint (the TypeScript sources that
// popular npm packages ship, copied out of node_modules into a plain folder, since ESLint skips
// node_modules). Both live in a cache folder under os.tmpdir(), are built on the first run and
// reused afterwards; nothing is added to this workspace.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ESLint } from 'eslint';

/** eslint-plugin-no-secrets, pinned: the newest version on npm when this benchmark was written. */
export const NO_SECRETS_VERSION = '2.3.3';

export interface CorpusPackage {
  /** npm name. */
  readonly name: string;
  /** Exact version. */
  readonly version: string;
  /** The folder of the package holding its TypeScript sources; only this folder is linted. */
  readonly dir: string;
}

/**
 * The codebase: packages that ship their TypeScript sources (`.ts`/`.tsx`, not only `.d.ts`), at
 * exact versions (the newest when written). Only each package's source folder is taken; their
 * dependencies are not linted.
 */
export const CORPUS_PACKAGES: readonly CorpusPackage[] = [
  { name: 'zod', version: '4.6.7', dir: 'src' },
  { name: 'rxjs', version: '7.8.2', dir: 'src' },
  { name: '@anthropic-ai/sdk', version: '1.11.0', dir: 'src' },
  { name: 'openai', version: '6.49.0', dir: 'src' },
  { name: 'msw', version: '2.15.0', dir: 'src' },
  { name: '@reduxjs/toolkit', version: '2.14.0', dir: 'src' },
  { name: 'ajv', version: '8.20.0', dir: 'lib' },
  { name: '@trpc/server', version: '11.25.2', dir: 'src' },
  { name: '@tanstack/router-core', version: '1.171.39', dir: 'src' },
  { name: '@tanstack/react-router', version: '1.170.46', dir: 'src' },
  { name: '@apollo/server', version: '5.5.1', dir: 'src' },
  { name: 'mobx', version: '7.1.3', dir: 'src' },
  { name: '@tanstack/query-core', version: '5.108.0', dir: 'src' },
  { name: '@tanstack/react-query', version: '5.108.0', dir: 'src' },
  { name: 'immer', version: '11.2.10', dir: 'src' },
  { name: 'prosemirror-model', version: '1.25.13', dir: 'src' },
  { name: 'prosemirror-view', version: '1.42.9', dir: 'src' },
];

/** TypeScript sources; declaration files (`.d.ts`, `.d.mts`, `.d.cts`) are left out. */
const SOURCE = /\.(?:ts|tsx|mts|cts)$/;
const DECLARATION = /\.d\.(?:ts|mts|cts)$|\.d\.[^/]*\.ts$/;

export function cacheDir(): string {
  return process.env.KEYWARD_BENCH_ESLINT_DIR ?? join(tmpdir(), 'keyward-bench-eslint');
}

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The specs installed with npm: the peer plus every corpus package. */
export function npmSpecs(): string[] {
  return [`eslint-plugin-no-secrets@${NO_SECRETS_VERSION}`, ...CORPUS_PACKAGES.map((p) => `${p.name}@${p.version}`)];
}

/**
 * `npm install --prefix <cache>/npm` of the exact specs, skipped when the same set is installed.
 * `--legacy-peer-deps`: the packages' peers (react, eslint, …) are not needed, only their files.
 */
function npmInstall(prefix: string, specs: readonly string[]): void {
  const marker = join(prefix, 'keyward-bench.json');
  const want = `${JSON.stringify({ specs }, null, 2)}\n`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want && existsSync(join(prefix, 'node_modules'))) return;
  mkdirSync(prefix, { recursive: true });
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  console.error(`Installing ${specs.length} packages into ${prefix} (first run only) ...`);
  const windows = process.platform === 'win32';
  execFileSync(
    windows ? 'npm.cmd' : 'npm',
    ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', '--legacy-peer-deps', '--loglevel=error', ...specs],
    // npm's output goes to stderr, so stdout stays the report.
    { cwd: prefix, stdio: ['ignore', 2, 2], shell: windows },
  );
  writeFileSync(marker, want);
}

export interface PackageStats {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  readonly lines: number;
}

export interface Corpus {
  /** The plain folder linted (cwd of ESLint): `<cache>/corpus/<package>/<dir>/…`. */
  readonly root: string;
  readonly files: number;
  readonly bytes: number;
  readonly lines: number;
  readonly tsx: number;
  readonly packages: readonly PackageStats[];
  /** sha256 of every path and size: tells whether two runs linted the same bytes. */
  readonly fingerprint: string;
}

/** Installs the packages and copies their TypeScript sources into `<cache>/corpus` (rebuilt when the set changes). */
export function ensureCorpus(cache: string): Corpus {
  const installed = join(cache, 'npm');
  npmInstall(installed, npmSpecs());
  const root = join(cache, 'corpus');
  const manifest = join(cache, 'corpus.json');
  const key = JSON.stringify(CORPUS_PACKAGES);
  if (existsSync(manifest) && existsSync(root)) {
    const saved = JSON.parse(readFileSync(manifest, 'utf8')) as Corpus & { key: string };
    if (saved.key === key) return { root, files: saved.files, bytes: saved.bytes, lines: saved.lines, tsx: saved.tsx, packages: saved.packages, fingerprint: saved.fingerprint };
  }
  console.error(`Copying the TypeScript sources into ${root} ...`);
  rmSync(root, { recursive: true, force: true });
  const hash = createHash('sha256');
  const packages: PackageStats[] = [];
  let tsx = 0;
  for (const pkg of CORPUS_PACKAGES) {
    const base = join(installed, 'node_modules', pkg.name);
    const version = (JSON.parse(readFileSync(join(base, 'package.json'), 'utf8')) as { version: string }).version;
    if (version !== pkg.version) throw new Error(`${pkg.name}: installed ${version}, expected ${pkg.version}`);
    let files = 0;
    let bytes = 0;
    let lines = 0;
    const walk = (dir: string, rel: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const from = join(dir, entry.name);
        const to = `${rel}/${entry.name}`;
        if (entry.isDirectory()) {
          walk(from, to);
          continue;
        }
        if (!entry.isFile() || !SOURCE.test(entry.name) || DECLARATION.test(entry.name)) continue;
        const target = join(root, to);
        mkdirSync(dirname(target), { recursive: true });
        copyFileSync(from, target);
        const size = statSync(from).size;
        files++;
        bytes += size;
        lines += readFileSync(from, 'utf8').split('\n').length;
        if (entry.name.endsWith('.tsx')) tsx++;
        hash.update(`${to}\0${size}\n`);
      }
    };
    walk(join(base, pkg.dir), `${pkg.name}/${pkg.dir}`);
    packages.push({ name: pkg.name, version, dir: pkg.dir, files, bytes, lines });
  }
  const sum = (f: (p: PackageStats) => number): number => packages.reduce((a, p) => a + f(p), 0);
  const corpus: Corpus = {
    root,
    files: sum((p) => p.files),
    bytes: sum((p) => p.bytes),
    lines: sum((p) => p.lines),
    tsx,
    packages,
    fingerprint: hash.digest('hex').slice(0, 16),
  };
  writeFileSync(manifest, `${JSON.stringify({ key, ...corpus })}\n`);
  return corpus;
}

/** eslint-plugin-no-secrets, loaded from the cache folder (CommonJS). */
export function loadNoSecrets(cache: string): { plugin: ESLint.Plugin; version: string } {
  const require = createRequire(join(cache, 'npm', 'package.json'));
  const plugin = require('eslint-plugin-no-secrets') as ESLint.Plugin;
  const version = (require('eslint-plugin-no-secrets/package.json') as { version: string }).version;
  return { plugin, version };
}

// Everything the CLI benchmark needs from outside the repository: the peer CLI (secretlint with
// its recommended preset) and a real-source corpus (popular npm packages, copied out of
// node_modules into a plain folder). Both live in a cache folder under os.tmpdir(), are built on
// the first run and reused afterwards; nothing is added to this workspace.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';

/** secretlint and its preset at the same version: the newest secretlint CLI on npm when written. */
export const SECRETLINT_VERSION = '13.0.6';
export const PEER_PACKAGES = [`secretlint@${SECRETLINT_VERSION}`, `@secretlint/secretlint-rule-preset-recommend@${SECRETLINT_VERSION}`];
export const SECRETLINT_PRESET = '@secretlint/secretlint-rule-preset-recommend';

/**
 * The real-source corpus: popular packages at exact versions (the same set as @keyward/core's
 * benchmark). TypeScript is pinned to 5.x, the JavaScript compiler. Their dependencies come along.
 */
export const CORPUS_PACKAGES = [
  'typescript@5.9.3',
  '@babel/core@7.29.13',
  'lodash@4.18.1',
  'rxjs@7.8.2',
  'react-dom@19.3.1',
  'next@16.4.6',
  '@angular/core@21.2.26',
  'eslint@10.15.0',
  'webpack@5.112.2',
  'three@0.187.0',
];

/** Text-ish extensions only (`.d.ts` is covered by `.ts`). */
export const CORPUS_EXTENSIONS: ReadonlySet<string> = new Set(['.js', '.ts', '.mjs', '.cjs', '.json', '.md', '.map']);
/**
 * Every file of those extensions is copied, whatever its size: the 5–9 MB bundles and source maps
 * (TypeScript's compiler, Next.js's server runtimes) are where frontend keys leak, and both tools
 * scan files of any size by default. Bump when the selection changes, so a cached copy is rebuilt.
 */
const CORPUS_SELECTION = 'every-size-1';

export function cacheDir(): string {
  return process.env.KEYWARD_BENCH_CLI_DIR ?? join(tmpdir(), 'keyward-bench-cli');
}

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** `npm install` of exact specs into `prefix`, skipped when the same set is already installed. */
function npmInstall(prefix: string, specs: readonly string[]): void {
  const marker = join(prefix, 'keyward-bench.json');
  const want = `${JSON.stringify({ specs }, null, 2)}\n`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want && existsSync(join(prefix, 'node_modules'))) return;
  mkdirSync(prefix, { recursive: true });
  if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  console.error(`Installing ${specs.join(' ')} into ${prefix} (first run only) ...`);
  const windows = process.platform === 'win32';
  // secretlint 13 declares node >= 22 but runs on Node 20: the workspace's engine-strict (its
  // .npmrc, read because npm runs inside the repository) is turned off for this folder only.
  execFileSync(windows ? 'npm.cmd' : 'npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', '--engine-strict=false', '--loglevel=error', ...specs], {
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: windows,
  });
  writeFileSync(marker, want);
}

export interface Peer {
  /** Folder holding node_modules/secretlint and the preset; secretlint resolves rules from here. */
  readonly dir: string;
  /** secretlint's bin script, run with `node`. */
  readonly bin: string;
  /** `.secretlintrc.json` enabling the recommended preset. */
  readonly rc: string;
  readonly version: string;
  readonly presetVersion: string;
}

/** Installs secretlint + the recommended preset into `<cache>/peer` and writes its config. */
export function ensurePeer(cache: string): Peer {
  const dir = join(cache, 'peer');
  npmInstall(dir, PEER_PACKAGES);
  const rc = join(dir, '.secretlintrc.json');
  writeFileSync(rc, `${JSON.stringify({ rules: [{ id: SECRETLINT_PRESET }] }, null, 2)}\n`);
  const pkg = (name: string): { version: string; bin?: string | Record<string, string> } => JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8'));
  const cli = pkg('secretlint');
  const binEntry = typeof cli.bin === 'string' ? cli.bin : cli.bin?.secretlint;
  if (!binEntry) throw new Error('secretlint/package.json has no "secretlint" bin');
  return { dir, bin: join(dir, 'node_modules', 'secretlint', binEntry), rc, version: cli.version, presetVersion: pkg(SECRETLINT_PRESET).version };
}

export interface Corpus {
  /** The plain folder: no node_modules, no .gitignore, no dot-paths. */
  readonly root: string;
  /** Paths relative to root, forward slashes, sorted. */
  readonly files: readonly string[];
  readonly bytes: number;
  readonly byExtension: Readonly<Record<string, { files: number; bytes: number }>>;
  /** sha256 of every path and size: tells whether two runs scanned the same bytes. */
  readonly fingerprint: string;
}

/**
 * Installs the corpus packages into `<cache>/packages` and copies their text files into
 * `<cache>/corpus`, renaming every `node_modules` segment to `nm` (both tools skip node_modules)
 * and leaving out dot-files and dot-folders (secretlint's globs do not match them by default).
 * Symlinks (.bin) are not followed. Rebuilt only when the package set changes.
 */
export function ensureCorpus(cache: string): Corpus {
  const installed = join(cache, 'packages');
  npmInstall(installed, CORPUS_PACKAGES);
  const root = join(cache, 'corpus');
  const manifest = join(cache, 'corpus.json');
  const key = JSON.stringify([CORPUS_SELECTION, ...CORPUS_PACKAGES]);
  if (existsSync(manifest) && existsSync(root)) {
    const saved = JSON.parse(readFileSync(manifest, 'utf8')) as Corpus & { key: string };
    if (saved.key === key) return { root, files: saved.files, bytes: saved.bytes, byExtension: saved.byExtension, fingerprint: saved.fingerprint };
  }
  console.error(`Copying the corpus into ${root} ...`);
  rmSync(root, { recursive: true, force: true });
  const files: string[] = [];
  const byExtension: Record<string, { files: number; bytes: number }> = {};
  const hash = createHash('sha256');
  let bytes = 0;
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      if (entry.name.startsWith('.')) continue;
      const from = join(dir, entry.name);
      const to = rel === '' ? (entry.name === 'node_modules' ? 'nm' : entry.name) : `${rel}/${entry.name === 'node_modules' ? 'nm' : entry.name}`;
      if (entry.isDirectory()) {
        walk(from, to);
        continue;
      }
      const ext = entry.name.endsWith('.d.ts') ? '.d.ts' : extname(entry.name);
      if (!entry.isFile() || !CORPUS_EXTENSIONS.has(extname(entry.name))) continue;
      const size = statSync(from).size;
      const target = join(root, to);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(from, target);
      files.push(to);
      bytes += size;
      const e = (byExtension[ext] ??= { files: 0, bytes: 0 });
      e.files++;
      e.bytes += size;
      hash.update(`${to}\0${size}\n`);
    }
  };
  walk(join(installed, 'node_modules'), '');
  const corpus: Corpus = { root, files, bytes, byExtension, fingerprint: hash.digest('hex').slice(0, 16) };
  writeFileSync(manifest, `${JSON.stringify({ key, ...corpus })}\n`);
  return corpus;
}

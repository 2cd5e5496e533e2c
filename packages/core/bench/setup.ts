// Everything the benchmark needs from outside the repository: the peer (secretlint) and a
// real-source corpus (popular npm packages). Both are installed on first run into a cache folder
// under os.tmpdir(), never into this workspace, and loaded from there.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** secretlint, pinned: the newest 13.x on npm when this benchmark was written. */
export const SECRETLINT_VERSION = '13.0.7';
export const PEER_PACKAGES = [`@secretlint/core@${SECRETLINT_VERSION}`, `@secretlint/secretlint-rule-preset-recommend@${SECRETLINT_VERSION}`];

/**
 * The real-source corpus: popular packages at exact versions. TypeScript is pinned to 5.x (the
 * JavaScript compiler; 7.x ships a native binary). Their dependencies come along and are scanned too.
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

export const CORPUS_EXTENSIONS = new Set(['.js', '.ts', '.mjs', '.cjs', '.json', '.md', '.map']);
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function benchDir(): string {
  return process.env.KEYWARD_BENCH_DIR ?? join(tmpdir(), 'keyward-bench');
}

/** Where secretlint is installed (kept apart so its own files are not part of the corpus). */
export const peerDir = (dir: string): string => join(dir, 'peer');
/** Where the corpus packages are installed; the corpus is its node_modules. */
export const corpusDir = (dir: string): string => join(dir, 'corpus');

/** Installs `specs` into `dir` unless the same set is already there. */
export function ensureInstalled(dir: string, specs: readonly string[]): boolean {
  const marker = join(dir, 'keyward-bench.json');
  const want = `${JSON.stringify({ specs }, null, 2)}\n`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want && existsSync(join(dir, 'node_modules'))) return false;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  console.error(`Installing ${specs.length} packages into ${dir} (first run only) ...`);
  const windows = process.platform === 'win32';
  // secretlint 13 declares node >= 22 but runs on Node 20; the workspace's engine-strict (which
  // pnpm passes down) must not apply to this throwaway folder.
  execFileSync(windows ? 'npm.cmd' : 'npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', '--engine-strict=false', '--loglevel=error', ...specs], {
    cwd: dir,
    // npm's output goes to stderr, so stdout stays the report.
    stdio: ['ignore', 2, 2],
    shell: windows,
  });
  writeFileSync(marker, want);
  return true;
}

/** The parts of secretlint's result this benchmark reads (see @secretlint/types). */
export interface SecretlintMessage {
  readonly type: 'message' | 'ignore';
  readonly ruleId: string;
  readonly messageId?: string;
  readonly range: readonly [number, number];
  readonly loc: { readonly start: { readonly line: number }; readonly end: { readonly line: number } };
}

interface LintSource {
  (args: {
    source: { content: string; filePath: string; ext?: string; contentType: 'text' | 'binary' | 'unknown' };
    options: { config: { rules: { id: string; rule: unknown }[] }; maskSecrets?: boolean; locale?: string };
  }): Promise<{ messages: SecretlintMessage[] }>;
}

export interface Secretlint {
  readonly version: string;
  readonly presetVersion: string;
  /** Switches secretlint's profiler (on by default in the library, off in this benchmark). */
  setProfiler(enabled: boolean): Promise<void>;
  /** secretlint's reports for one file (`type: "message"` only). */
  lint(content: string, filePath: string): Promise<SecretlintMessage[]>;
}

/**
 * secretlint through its documented programmatic API: `lintSource` from @secretlint/core with the
 * recommended preset's `creator` as a config rule, default options (as `.secretlintrc.json`
 * `{ "rules": [{ "id": "@secretlint/secretlint-rule-preset-recommend" }] }` would give).
 */
export async function loadSecretlint(dir: string): Promise<Secretlint> {
  const require = createRequire(join(dir, 'package.json'));
  const load = async (name: string): Promise<unknown> => import(pathToFileURL(require.resolve(name)).href);
  const core = (await load('@secretlint/core')) as { lintSource: LintSource };
  // The profiler is on by default and records performance marks for every rule on every file;
  // its README says library callers that do not read profiles should switch it off, and the
  // secretlint CLI only turns it on with --profile. Same module instance as core's.
  const coreRequire = createRequire(require.resolve('@secretlint/core'));
  const { secretLintProfiler } = (await import(pathToFileURL(coreRequire.resolve('@secretlint/profiler')).href)) as { secretLintProfiler: { setEnabled(enabled: boolean): void } };
  secretLintProfiler.setEnabled(false);
  const preset = (await load('@secretlint/secretlint-rule-preset-recommend')) as { creator: unknown };
  const version = (require('@secretlint/core/package.json') as { version: string }).version;
  const presetVersion = (require('@secretlint/secretlint-rule-preset-recommend/package.json') as { version: string }).version;
  const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset.creator }] };
  return {
    version,
    presetVersion,
    async setProfiler(enabled) {
      secretLintProfiler.setEnabled(enabled);
      if (!enabled) {
        // Let pending profiler measures settle, then drop the marks it left in the global buffer.
        await new Promise((resolve) => setImmediate(resolve));
        performance.clearMarks();
        performance.clearMeasures();
      }
    },
    async lint(content, filePath) {
      const result = await core.lintSource({
        source: { content, filePath, ext: extname(filePath), contentType: 'text' },
        options: { config, maskSecrets: true },
      });
      return result.messages.filter((m) => m.type === 'message');
    },
  };
}

export interface CorpusFile {
  /** Relative to the cache folder, with forward slashes. */
  readonly path: string;
  readonly text: string;
  /** UTF-8 size on disk. */
  readonly bytes: number;
}

export interface Corpus {
  readonly files: readonly CorpusFile[];
  readonly bytes: number;
  /** Bytes per extension. */
  readonly byExtension: ReadonlyMap<string, { files: number; bytes: number }>;
  /** sha256 of every path and size, to tell whether two runs scanned the same bytes. */
  readonly fingerprint: string;
  readonly skippedLarge: number;
}

/** Every text file of the corpus types under `root`, in sorted path order, read into memory. */
export function loadCorpus(root: string): Corpus {
  const files: CorpusFile[] = [];
  const byExtension = new Map<string, { files: number; bytes: number }>();
  const hash = createHash('sha256');
  let bytes = 0;
  let skippedLarge = 0;
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
        continue;
      }
      const ext = extname(entry.name);
      if (!entry.isFile() || !CORPUS_EXTENSIONS.has(ext)) continue;
      const buffer = readFileSync(full);
      if (buffer.length >= MAX_FILE_BYTES) {
        skippedLarge++;
        continue;
      }
      const path = relative(join(root, '..'), full).split(sep).join('/');
      files.push({ path, text: buffer.toString('utf8'), bytes: buffer.length });
      bytes += buffer.length;
      const e = byExtension.get(ext) ?? { files: 0, bytes: 0 };
      e.files++;
      e.bytes += buffer.length;
      byExtension.set(ext, e);
      hash.update(`${path}\0${buffer.length}\n`);
    }
  };
  walk(root);
  return { files, bytes, byExtension, fingerprint: hash.digest('hex').slice(0, 16), skippedLarge };
}

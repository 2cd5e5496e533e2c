import { type Dirent, lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { git, splitNul } from '../git.js';
import { IgnoreFile } from './ignore.js';
import type { Target } from './target.js';

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);

const toPosix = (p: string): string => p.split(sep).join('/');

function fileTarget(cwd: string, path: string, size: number): Target {
  const abs = isAbsolute(path) ? path : `${cwd}${sep}${path}`;
  const shown = isAbsolute(path) ? toPosix(relative(cwd, path)) : path;
  // Synchronous reads: for thousands of small files the promise machinery of fs/promises costs
  // more than the read itself (profiled: 1.6 s of 5.9 s on 268 MB); parallelism comes from workers.
  return { path: shown, size, read: () => Promise.resolve().then(() => readFileSync(abs)) };
}

/** lstat, or undefined when the path is missing or unreadable (reported as missing). */
function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Collects the files under `absDir` (shown as `relDir`), skipping .git and node_modules, and
 * what `gitignore` ignores. Synchronous: on a tree in the page cache, readdirSync with file
 * types walks 19,698 files in ~45 ms, where the promise-based walk took several times that.
 */
function walk(absDir: string, relDir: string, gitignore: IgnoreFile | undefined, out: string[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(absDir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
    const isDir = entry.isDirectory();
    if (gitignore && (gitignore.ignores(isDir ? `${rel}/` : rel) || gitignore.ignores(rel))) continue;
    if (isDir) walk(`${absDir}${sep}${entry.name}`, rel, gitignore, out);
    else if (entry.isFile()) out.push(rel);
  }
}

/**
 * The files under `paths` (default: the current directory), honouring .gitignore (through git
 * when this is a repository, so every ignore source git knows applies) and .keywardignore.
 * Symlinks and special files are not followed.
 */
export async function listFiles(cwd: string, paths: readonly string[]): Promise<{ targets: Target[]; missing: string[] }> {
  const keywardignore = IgnoreFile.load(cwd, '.keywardignore');
  const requested = paths.length > 0 ? paths : ['.'];
  let names: string[];
  const listed = await git(cwd, ['--literal-pathspecs', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...requested]);
  if (listed.code === 0) {
    names = [...new Set(splitNul(listed.stdout))];
  } else {
    names = [];
    const gitignore = IgnoreFile.load(cwd, '.gitignore');
    for (const p of requested) {
      const abs = isAbsolute(p) ? p : join(cwd, p);
      const info = statOf(abs);
      if (info?.isDirectory()) walk(abs, toPosix(relative(cwd, abs)), gitignore, names);
      else if (info?.isFile()) names.push(toPosix(relative(cwd, abs)));
    }
  }

  const targets: Target[] = [];
  const missing: string[] = [];
  // One synchronous lstat per file (~110 ms for 19,698 files here; promise batches took ~200).
  for (const name of names) {
    const rel = isAbsolute(name) ? toPosix(relative(cwd, name)) : name;
    if (keywardignore?.ignores(rel)) continue;
    const info = statOf(`${cwd}${sep}${rel}`);
    if (!info) missing.push(rel);
    else if (info.isFile()) targets.push(fileTarget(cwd, rel, info.size));
  }
  // An explicit file path that git does not list (e.g. ignored) is still scanned when named.
  if (listed.code === 0) {
    for (const p of paths) {
      const rel = toPosix(isAbsolute(p) ? relative(cwd, p) : p);
      if (targets.some((t) => t.path === rel)) continue;
      const info = statOf(join(cwd, rel));
      if (info?.isFile() && !keywardignore?.ignores(rel)) targets.push(fileTarget(cwd, rel, info.size));
    }
  }
  return { targets, missing };
}

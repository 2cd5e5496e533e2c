import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { GitError } from '../errors.js';
import { readIndexDirect } from './git-index.js';
import { gitOk, gitStream, repoRoot, splitNul } from '../git.js';
import { IgnoreFile } from './ignore.js';
import { PATCH_FLAGS } from './diff.js';
import { type AddedLines, addedLinesFromStream, LineRanges, type Target } from './target.js';

interface Blob {
  readonly size: number;
  readonly content: Buffer;
}

/**
 * Reads index blobs: what will be committed, not the working tree, so a partly staged file is
 * judged by its staged part. Straight from the index and loose objects when the repository
 * allows it exactly (see git-index.ts), else with one `git cat-file --batch` process.
 */
export async function readIndexBlobs(root: string, paths: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<Map<string, Blob>> {
  const blobs = new Map<string, Blob>();
  const wanted = paths.filter((p) => !p.includes('\n'));
  if (wanted.length === 0) return blobs;
  // KEYWARD_GIT_INDEX=git always asks git (an escape hatch, and a baseline for benchmarks).
  const direct = env.KEYWARD_GIT_INDEX === 'git' ? undefined : readIndexDirect(root, wanted, env);
  if (direct) return direct;
  // ":0:path", not ":path": a file named "1:a" would otherwise be read as stage 1 of "a".
  return catFileBatch(root, wanted.map((p) => `:0:${p}`), wanted);
}

/**
 * One `git cat-file --batch` for `requests` (object names, one per line), its answers stored
 * under the matching `keys`; missing objects are left out.
 */
async function catFileBatch(root: string, requests: readonly string[], keys: readonly string[]): Promise<Map<string, Blob>> {
  const blobs = new Map<string, Blob>();
  const out = await gitOk(root, ['cat-file', '--batch'], requests.map((r) => `${r}\n`).join(''));
  let at = 0;
  for (const key of keys) {
    const nl = out.indexOf(0x0a, at);
    if (nl === -1) throw new GitError('git cat-file --batch ended early; is the repository in a consistent state?');
    const header = out.subarray(at, nl).toString('utf8');
    at = nl + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) throw new GitError(`Unexpected git cat-file output "${header.slice(0, 80)}".`);
    blobs.set(key, { size, content: out.subarray(at, at + size) });
    at += size + 1;
  }
  return blobs;
}

export interface StagedOptions {
  /** Restrict to these paths (lint-staged passes the staged files it matched). */
  readonly paths?: readonly string[];
  /** Keep only lines the commit adds. */
  readonly diff?: boolean;
  /** The environment (GIT_INDEX_FILE and friends); default none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const NOT_IN_INDEX = 'not in the index (not staged)';

/**
 * Staged blobs by object id, keyed by the name as this process sees it (a name that is not
 * valid UTF-8 decodes with U+FFFD, as process.argv decodes it; a name may hold a newline). The
 * id comes from `git diff --cached --raw -z`, whose names are bytes, so no name is ever used to
 * look a blob up (from a bug: such names were skipped and the commit went through).
 */
async function stagedBySha(root: string): Promise<Map<string, string[]>> {
  const raw = await gitOk(root, ['diff', '--cached', '--raw', '-z', '--no-renames', '--diff-filter=ACMR', '--no-abbrev']);
  const out = new Map<string, string[]>();
  let at = 0;
  while (at < raw.length) {
    const metaEnd = raw.indexOf(0, at);
    if (metaEnd === -1) break;
    const meta = raw.subarray(at, metaEnd).toString('latin1');
    const nameEnd = raw.indexOf(0, metaEnd + 1);
    if (nameEnd === -1) break;
    const name = raw.subarray(metaEnd + 1, nameEnd).toString('utf8');
    at = nameEnd + 1;
    // ":100644 100644 <old> <new> M"
    const sha = meta.split(' ')[3];
    if (sha && /^[0-9a-f]{40,64}$/.test(sha) && !/^0+$/.test(sha)) out.set(name, [...(out.get(name) ?? []), sha]);
  }
  return out;
}

/** Blobs read by object id with one `git cat-file --batch`. */
async function readBlobsBySha(root: string, shas: readonly string[]): Promise<Map<string, Blob>> {
  return shas.length === 0 ? new Map() : catFileBatch(root, shas, shas);
}

/**
 * The staged (added, copied, modified, renamed) files as targets reading from the index.
 * Deleted files have nothing to leak; works in an empty repository and on a detached HEAD.
 */
export async function listStaged(cwd: string, options: StagedOptions = {}): Promise<{ targets: Target[]; root: string; notes: { path: string; reason: string }[] }> {
  const root = await repoRoot(cwd);
  const keywardignore = IgnoreFile.load(root, '.keywardignore');
  const requested = options.paths && options.paths.length > 0 ? options.paths.map((p) => toRootRelative(root, cwd, p)) : undefined;
  const outside = requested?.filter((p) => isOutside(p)) ?? [];
  const inside = requested?.filter((p) => !isOutside(p));
  // Folders (and "." for the whole repository) stand for the staged files under them; lint-staged
  // passes files, which are read directly, saving a git process per commit (a path that is not
  // in the index comes back "missing" and is reported as skipped).
  const folders = inside?.filter((p) => p === '' || isDirectory(`${root}${sep}${p}`)) ?? [];
  const files = inside?.filter((p) => !folders.includes(p));
  let names: string[];
  if (files === undefined || folders.includes('')) names = await stagedNames(root, []);
  else names = [...files, ...(folders.length > 0 ? await stagedNames(root, folders) : [])];
  const chosen: string[] = [];
  // Said, not dropped: a staged file .keywardignore leaves out is named in the report's notes (a
  // `*` line there would otherwise turn the hook off without a word; from a review).
  const notes: { path: string; reason: string }[] = [];
  for (const path of new Set(names)) {
    if (keywardignore?.ignores(path)) notes.push({ path, reason: 'staged, not scanned: left out by .keywardignore' });
    else chosen.push(path);
  }

  let added: AddedLines | undefined;
  if (options.diff) {
    const diff = gitStream(root, ['diff', '--cached', ...PATCH_FLAGS, '--diff-filter=ACMR']);
    added = await addedLinesFromStream(diff.stdout);
    const { code, stderr } = await diff.finished;
    if (code !== 0) throw new GitError(`git diff --cached failed: ${stderr.trim() || `exit ${code}`}`);
  }

  const blobs = await readIndexBlobs(root, chosen, options.env ?? {});
  // Names the index lookup could not read (a newline in the name, bytes that are not UTF-8):
  // read by object id instead, so every staged file is scanned.
  const lost = chosen.filter((p) => !blobs.has(p));
  if (lost.length > 0) {
    const bySha = await stagedBySha(root);
    const wanted = lost.flatMap((p) => bySha.get(p) ?? []);
    const read = await readBlobsBySha(root, wanted);
    for (const p of lost) {
      const shas = bySha.get(p) ?? [];
      // Two names that decode alike: their blobs are scanned together under the shown name.
      const parts = shas.map((s) => read.get(s)).filter((b): b is Blob => b !== undefined);
      if (parts.length > 0) blobs.set(p, { size: parts.reduce((n, b) => n + b.size, 0), content: parts.length === 1 ? (parts[0] as Blob).content : Buffer.concat(parts.flatMap((b) => [b.content, Buffer.from('\n')])) });
    }
  }
  // A target whose read fails with `reason`: the engine lists it among the skipped files.
  const unreadable = (path: string, reason: string): Target => ({ path, size: 0, read: () => Promise.reject(new Error(reason)) });
  const targets: Target[] = outside.map((p) => unreadable(p, 'outside the repository'));
  for (const path of chosen) {
    const blob = blobs.get(path);
    if (!blob) {
      // Said, not dropped: a name git could not give back (not valid UTF-8, so decoding changed
      // it) or a path that is not staged shows up among the skipped files.
      targets.push(unreadable(path, NOT_IN_INDEX));
      continue;
    }
    const lines = added?.get(path);
    targets.push({
      // Root-relative, as every report names files: the root's config and baseline globs match
      // whichever folder lint-staged runs the task from (one config per package).
      path,
      size: blob.size,
      read: () => Promise.resolve(blob.content),
      // 'all': git showed the file as binary (or an attribute said so): scanned whole.
      ...(added && lines !== 'all' ? { addedLines: lines ?? new LineRanges() } : {}),
    });
  }
  return { targets, root, notes };
}

/** The staged (added, copied, modified, renamed) paths, all or under `folders`. */
async function stagedNames(root: string, folders: readonly string[]): Promise<string[]> {
  const pathspecs = folders.map((f) => `:(literal)${f}`);
  return splitNul(await gitOk(root, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACMR', ...(pathspecs.length > 0 ? ['--', ...pathspecs] : [])]));
}

function isOutside(rootRelative: string): boolean {
  return rootRelative === '..' || rootRelative.startsWith('../') || isAbsolute(rootRelative);
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function toRootRelative(root: string, cwd: string, p: string): string {
  const abs = isAbsolute(p) ? p : `${cwd}${sep}${p}`;
  const rel = relative(root, abs);
  if (!isOutside(rel.split(sep).join('/'))) return rel.split(sep).join('/');
  // Reached through a symbolic link (a cwd under a linked folder): git names the root by its real
  // path, so the path is resolved too (its folder, when the file itself is gone from disk).
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    try {
      real = join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return rel.split(sep).join('/');
    }
  }
  return relative(root, real).split(sep).join('/');
}

import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { inflateSync } from 'node:zlib';

// Staged blobs read straight from the repository: the index file (git's documented
// "index-format": DIRC, versions 2-4) and loose objects (zlib-deflated "blob <size>\0<content>").
// A pre-commit run is mostly start-up time, and one `git cat-file` process costs ~10 ms of it on
// our CI box; the blobs `git add` just wrote are loose objects, so this path nearly always
// applies. Whenever the repository is in a state this reader does not handle exactly as git
// would, it returns undefined and the caller asks git: packed objects, split or sparse indexes,
// SHA-256 repositories, GIT_DIR/object-directory overrides, worktrees and submodules (.git is a
// file), an unreadable or malformed index, and indexes so large (over MAX_DIRECT_ENTRIES) that git
// reads them faster. It never guesses.

export interface IndexBlob {
  readonly size: number;
  readonly content: Buffer;
}

const HASH = 20; // SHA-1; SHA-256 repositories are left to git.
const ENTRY_FIXED = 40 + HASH + 2; // stat data, object name, flags
const EXTENDED = 0x4000;
const NAME_MASK = 0x0fff;
const GITLINK = 0o160000;
// Past this many entries, walking the index in JavaScript (cold, once per run) costs about what
// one git process does (measured: 100,000 entries ~25 ms cold, git cat-file ~20 ms): ask git.
export const MAX_DIRECT_ENTRIES = 20_000;
// Environment variables that move the repository's parts elsewhere: leave those setups to git.
const RELOCATING = ['GIT_DIR', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES'];

/**
 * The stage-0 blob of each of `paths` (root-relative, "/"-separated) from the index, or
 * undefined when git itself must be asked. `env` is the environment git would run with. Paths not in the index (or submodules) are absent
 * from the map, as `git cat-file` reports them missing.
 */
export function readIndexDirect(root: string, paths: readonly string[], env: Readonly<Record<string, string | undefined>>): Map<string, IndexBlob> | undefined {
  try {
    if (RELOCATING.some((name) => env[name] !== undefined && env[name] !== '')) return undefined;
    const gitDir = join(root, '.git');
    if (!statSync(gitDir).isDirectory()) return undefined;
    if (/objectformat/i.test(readFileSync(join(gitDir, 'config'), 'utf8'))) return undefined;
    // git sets GIT_INDEX_FILE for hooks (for `commit -a` or `commit <paths>` it names the lock
    // file holding what will be committed); relative to the top level, where git runs hooks.
    const indexEnv = env.GIT_INDEX_FILE;
    const indexPath = indexEnv ? (isAbsolute(indexEnv) ? indexEnv : join(root, indexEnv)) : join(gitDir, 'index');
    const names = findEntries(readFileSync(indexPath), paths);
    if (names === undefined) return undefined;
    const blobs = new Map<string, IndexBlob>();
    for (const [path, hex] of names) {
      const blob = readLooseBlob(gitDir, hex);
      if (blob === undefined) return undefined;
      blobs.set(path, blob);
    }
    return blobs;
  } catch {
    return undefined;
  }
}

/** Object names (hex) of the stage-0 entries for `paths`; undefined for an index this reader does not handle. */
function findEntries(index: Buffer, paths: readonly string[]): Map<string, string> | undefined {
  if (index.length < 12 || index.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = index.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = index.readUInt32BE(8);
  if (count > MAX_DIRECT_ENTRIES) return undefined;

  // Wanted paths by length and a hash of their bytes: most entries are rejected on length alone,
  // the rest by one hash over their name, so the walk stays linear however many paths share a
  // length (a codemod's src/modNNNN/fileNNNNN.ts). The loop allocates nothing per entry.
  const lengths = new Set<number>();
  const wanted = new Map<number, { bytes: Buffer; path: string }[]>();
  for (const path of new Set(paths)) {
    const bytes = Buffer.from(path, 'utf8');
    lengths.add(bytes.length);
    const key = hashBytes(bytes, 0, bytes.length);
    const group = wanted.get(key);
    if (group) group.push({ bytes, path });
    else wanted.set(key, [{ bytes, path }]);
  }
  const found = new Map<string, string>();
  const end = index.length - HASH; // the trailing checksum
  // Version 4 stores each path as "drop N bytes of the previous path, append this suffix"; the
  // current path is rebuilt in place in this buffer.
  let path = Buffer.alloc(4096);
  let pathLength = 0;

  let at = 12;
  for (let i = 0; i < count; i++) {
    if (at + ENTRY_FIXED > end) return undefined;
    const start = at;
    const flags = ((index[at + 40 + HASH] as number) << 8) | (index[at + 41 + HASH] as number);
    let nameAt = at + ENTRY_FIXED;
    if (flags & EXTENDED) {
      if (version < 3) return undefined;
      nameAt += 2;
    }
    let source: Buffer;
    let from: number;
    let length: number;
    if (version === 4) {
      let strip = 0;
      let b: number;
      do {
        if (nameAt >= end) return undefined;
        b = index[nameAt++] as number;
        strip = (strip << 7) | (b & 0x7f);
        if (b & 0x80) strip++; // git's offset varint adds one per continuation byte
      } while (b & 0x80);
      let nul = nameAt;
      while (nul < end && index[nul] !== 0) nul++;
      if (nul >= end || strip > pathLength) return undefined;
      const kept = pathLength - strip;
      pathLength = kept + (nul - nameAt);
      if (pathLength > path.length) {
        const grown = Buffer.alloc(Math.max(pathLength, path.length * 2));
        path.copy(grown, 0, 0, kept);
        path = grown;
      }
      for (let k = nameAt; k < nul; k++) path[kept + k - nameAt] = index[k] as number;
      source = path;
      from = 0;
      length = pathLength;
      at = nul + 1;
    } else {
      length = flags & NAME_MASK;
      if (length === NAME_MASK) length = index.indexOf(0, nameAt) - nameAt;
      if (length < 0 || nameAt + length > end) return undefined;
      source = index;
      from = nameAt;
      // Entries are padded with 1-8 NULs to a multiple of 8 bytes.
      at += (nameAt - at + length + 8) & ~7;
    }
    if (!lengths.has(length) || (flags >> 12) & 3) continue;
    const group = wanted.get(hashBytes(source, from, length));
    if (group === undefined || index.readUInt32BE(start + 24) === GITLINK) continue;
    for (const w of group) {
      if (w.bytes.length === length && sameBytes(source, from, w.bytes)) found.set(w.path, index.toString('hex', start + 40, start + 40 + HASH));
    }
  }

  // Extensions follow the entries: a split index ("link") or a sparse one ("sdir") keeps entries
  // elsewhere, so the list above would be incomplete.
  while (at + 8 <= end) {
    const signature = index.toString('latin1', at, at + 4);
    if (signature === 'link' || signature === 'sdir') return undefined;
    at += 8 + index.readUInt32BE(at + 4);
  }
  return found;
}

/** FNV-1a over `length` bytes of `source` from `from`, mixed with the length. */
function hashBytes(source: Uint8Array, from: number, length: number): number {
  let h = 0x811c9dc5 ^ length;
  for (let k = from; k < from + length; k++) h = Math.imul(h ^ (source[k] as number), 0x01000193);
  return h;
}

/** Whether `source` holds `bytes` at `from` (compared from the end, where paths differ). */
function sameBytes(source: Buffer, from: number, bytes: Buffer): boolean {
  for (let k = bytes.length - 1; k >= 0; k--) if (source[from + k] !== bytes[k]) return false;
  return true;
}

/** A loose blob, or undefined when it is packed (or anything but a well-formed blob). */
function readLooseBlob(gitDir: string, hex: string): IndexBlob | undefined {
  let raw: Buffer;
  try {
    raw = inflateSync(readFileSync(join(gitDir, 'objects', hex.slice(0, 2), hex.slice(2))));
  } catch {
    return undefined;
  }
  const nul = raw.indexOf(0);
  const header = nul > 0 && nul < 32 ? raw.toString('latin1', 0, nul) : '';
  const match = /^blob (\d+)$/.exec(header);
  if (!match) return undefined;
  const size = Number(match[1]);
  if (raw.length - nul - 1 !== size) return undefined;
  return { size, content: raw.subarray(nul + 1) };
}

'use strict';
// V8's code cache for the CLI's two bundles on Node versions without module.enableCompileCache()
// (added in Node 22.1). A pre-commit run is mostly start-up, and compiling @keyward/core's and the
// CLI's bundles is ~10 ms of it; with V8's cached data the second and later runs skip most of that
// (measured: `scan --staged` on 20 files 101–106 ms → 94–100 ms). The bundles are compiled with
// vm.Script and registered in require.cache as require() would, using public APIs only. On Node 20
// an import() inside a script compiled from cached data has no module loader (and the option that
// would give it one is experimental and prints a warning), so the bundles load modules with
// require(), and the one import() they need (a user's ES module config) is this file's, handed in
// under Symbol.for('keyward.import') (see src/lazy.ts).
//
// The cache lives where Node 22 keeps its own, under os.tmpdir(), in a folder of this user's that
// nobody else can write; any other state of that folder or of an entry (a symlink, another owner,
// group- or world-writable) means no cache. V8 checks only its version, its flags and the source's
// length, and a damaged entry crashes it (from a review: one flipped byte ended every run with a
// fatal error), so each entry is named by its source's length and CRC-32 and carries a CRC-32 of
// its data, both checked before V8 sees it. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as in Node 22.

const Module = require('node:module');
// zlib's CRC-32, not node:crypto: loading crypto's public module costs ~6 ms of a ~100 ms run, and
// the pre-commit path loads zlib anyway (git's loose objects). Digests here catch damage and stale
// entries in a folder only this user can write, not an attacker.
const { crc32 } = require('node:zlib');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const IMPORT = Symbol.for('keyward.import');
const importModule = (url) => import(url);
const MAGIC = Buffer.from('KWCC2');
const DIGEST = 4;
// Entries kept per bundle name (older builds, other installs); the oldest beyond this are removed.
const KEEP = 4;

/** CRC-32 of `data` (a string is hashed as UTF-8), as 4 bytes. */
function digest(data) {
  const out = Buffer.allocUnsafe(DIGEST);
  out.writeUInt32BE(crc32(data) >>> 0);
  return out;
}

/** The cache folder when caching is possible here (whether it is safe is checked separately). */
function cacheDir() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE || typeof process.getuid !== 'function' || typeof crc32 !== 'function') return undefined;
  return path.join(os.tmpdir(), `keyward-compile-cache-${process.getuid()}`);
}

/** Whether `st` belongs to this user and only this user can write it. */
const mine = (st) => st.uid === process.getuid() && (st.mode & 0o022) === 0;

/** Whether `dir` is a real folder owned by this user that only this user can write. */
function privateDir(dir) {
  try {
    const st = fs.lstatSync(dir);
    return st.isDirectory() && mine(st);
  } catch {
    return false;
  }
}

/** The cached data of `entry` when it is a regular file of this user's, whole and undamaged; else undefined. */
function readEntry(entry) {
  let fd;
  try {
    fd = fs.openSync(entry, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile() || !mine(st) || st.size <= MAGIC.length + DIGEST || st.size > 64 * 1024 * 1024) return undefined;
    const bytes = Buffer.allocUnsafe(st.size);
    if (fs.readSync(fd, bytes, 0, st.size, 0) !== st.size) return undefined;
    const data = bytes.subarray(MAGIC.length + DIGEST);
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC) || !bytes.subarray(MAGIC.length, MAGIC.length + DIGEST).equals(digest(data))) return undefined;
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Loads CommonJS bundles through V8's code cache. `load(file)` returns the module's exports, as
 * require() would (and registers it, so a later require() of the same file gets the same module);
 * `save()` writes the cache entries that were missing or rejected, after the run.
 */
function createLoader() {
  const dir = cacheDir();
  const usable = dir !== undefined && privateDir(dir);
  const pending = [];

  /**
   * `filename`'s exports; the packages named in `through` that it requires are loaded through the
   * cache too (resolved once, where the bundle would resolve them).
   */
  function load(filename, through = []) {
    if (dir === undefined || require.cache[filename]) return require(filename);
    globalThis[IMPORT] ??= importModule;
    let script;
    try {
      const source = fs.readFileSync(filename, 'utf8');
      // The package's folder name and the file's (core's and the CLI's bundles are both index.cjs),
      // and a CRC of the full path: V8's cached code keeps the file name it was compiled under,
      // which stack traces show (from a review: another checkout's paths appeared).
      const name = `${path.basename(path.dirname(path.dirname(filename)))}-${path.basename(filename)}`;
      const entry = path.join(dir, `${name}-${digest(filename).toString('hex')}-${source.length}-${digest(source).toString('hex')}-${process.version}-${process.arch}`);
      const cachedData = usable ? readEntry(entry) : undefined;
      script = new vm.Script(Module.wrap(source), { filename, cachedData });
      if (cachedData === undefined || script.cachedDataRejected) pending.push({ script, entry, name });
    } catch {
      return require(filename);
    }
    const mod = new Module(filename, module);
    mod.filename = filename;
    mod.paths = Module._nodeModulePaths(path.dirname(filename));
    require.cache[filename] = mod;
    try {
      const plain = Module.createRequire(filename);
      // Each of `through` resolved once: a bundle requires a package in every module that uses
      // it, and each resolve walks package.json exports (3–5 ms cold).
      const resolved = new Map();
      const req =
        through.length === 0
          ? plain
          : Object.assign((id) => {
              if (!through.includes(id)) return plain(id);
              let file = resolved.get(id);
              if (file === undefined) resolved.set(id, (file = plain.resolve(id)));
              return load(file);
            }, plain);
      script.runInThisContext().call(mod.exports, mod.exports, req, mod, filename, path.dirname(filename));
    } catch (error) {
      delete require.cache[filename];
      throw error;
    }
    mod.loaded = true;
    return mod.exports;
  }

  /** Writes one entry whole under a fresh temporary name, then renames it: a concurrent run reads a complete entry or none. */
  function write(entry, data) {
    const tmp = `${entry}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2)}.tmp`;
    try {
      fs.writeFileSync(tmp, Buffer.concat([MAGIC, digest(data), data]), { mode: 0o600, flag: 'wx' });
      fs.renameSync(tmp, entry);
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }

  /** Removes the oldest entries of bundle `name` beyond KEEP (each rebuild or install adds one). */
  function prune(name) {
    const entries = fs
      .readdirSync(dir)
      .filter((f) => f.startsWith(`${name}-`))
      .map((f) => {
        const file = path.join(dir, f);
        try {
          return { file, time: fs.lstatSync(file).mtimeMs };
        } catch {
          return { file, time: 0 };
        }
      })
      .sort((a, b) => b.time - a.time);
    for (const { file } of entries.slice(KEEP)) fs.rmSync(file, { force: true, recursive: false });
  }

  function save() {
    if (pending.length === 0 || dir === undefined) return;
    try {
      if (!usable) fs.mkdirSync(dir, { mode: 0o700 });
      if (!privateDir(dir)) return;
      for (const { script, entry } of pending) write(entry, script.createCachedData());
      for (const name of new Set(pending.map((p) => p.name))) prune(name);
    } catch {
      // A cache that cannot be written only costs the next run its compile time.
    }
    pending.length = 0;
  }

  return { load, save };
}

module.exports = { createLoader };

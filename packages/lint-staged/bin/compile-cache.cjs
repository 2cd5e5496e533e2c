'use strict';
// V8's code cache for the CLI's two bundles on Node versions without module.enableCompileCache()
// (added in Node 22.1). A pre-commit run is mostly start-up, and compiling @keyward/core's and the
// CLI's bundles is ~10 ms of it; with V8's cached data the second and later runs skip most of that
// (measured: `scan --staged` on 20 files 101–106 ms → 94–100 ms). The bundles are compiled with
// vm.Script and registered in require.cache as require() would, using public APIs only. On Node 20
// an import() inside a script compiled from cached data has no module loader (and the option that
// would give it one is experimental and prints a warning), so the bundles load modules with
// require(), and the one import() they need (a user's ES module config) is this file's, handed in
// under Symbol.for('keyward.import') (see src/lazy.ts). The cache lives where
// Node 22 keeps its own, under os.tmpdir(), in a folder of this user's that nobody else can write;
// any other state of that folder (a symlink, another owner, group- or world-writable) means no
// cache, never a cache read from there. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as in Node 22.

const Module = require('node:module');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const IMPORT = Symbol.for('keyward.import');
const importModule = (url) => import(url);

/** The cache folder when it is safe to use (created on first write), else undefined. */
function cacheDir() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE || typeof process.getuid !== 'function') return undefined;
  return path.join(os.tmpdir(), `keyward-compile-cache-${process.getuid()}`);
}

/** Whether `dir` is a real folder owned by this user that only this user can write. */
function private_(dir) {
  try {
    const st = fs.lstatSync(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * Loads CommonJS bundles through V8's code cache. `load(file)` returns the module's exports, as
 * require() would (and registers it, so a later require() of the same file gets the same module);
 * `save()` writes the cache entries that were missing or stale, after the run.
 */
function createLoader() {
  const dir = cacheDir();
  const usable = dir !== undefined && private_(dir);
  const pending = [];

  function load(filename) {
    if (dir === undefined || require.cache[filename]) return require(filename);
    globalThis[IMPORT] ??= importModule;
    let script;
    let entry;
    try {
      const source = fs.readFileSync(filename, 'utf8');
      const st = fs.statSync(filename);
      // V8 checks its version, flags and the source length; the file's identity covers an edit
      // that keeps the length.
      entry = path.join(dir, `${path.basename(filename)}-${st.size}-${Math.trunc(st.mtimeMs * 1000)}-${st.ino}-${process.version}-${process.arch}`);
      let cachedData;
      if (usable) {
        try {
          cachedData = fs.readFileSync(entry);
        } catch {
          cachedData = undefined;
        }
      }
      script = new vm.Script(Module.wrap(source), { filename, cachedData });
      if (cachedData === undefined || script.cachedDataRejected) pending.push({ script, entry });
    } catch {
      return require(filename);
    }
    const mod = new Module(filename, module);
    mod.filename = filename;
    mod.paths = Module._nodeModulePaths(path.dirname(filename));
    require.cache[filename] = mod;
    try {
      script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(filename), mod, filename, path.dirname(filename));
    } catch (error) {
      delete require.cache[filename];
      throw error;
    }
    mod.loaded = true;
    return mod.exports;
  }

  function save() {
    if (pending.length === 0 || dir === undefined) return;
    try {
      if (!usable) fs.mkdirSync(dir, { mode: 0o700 });
      if (!private_(dir)) return;
      for (const { script, entry } of pending) {
        // Written whole under a temporary name, then renamed: a concurrent run reads a complete entry or none.
        const tmp = `${entry}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, entry);
      }
    } catch {
      // A cache that cannot be written only costs the next run its compile time.
    }
    pending.length = 0;
  }

  return { load, save };
}

module.exports = { createLoader };

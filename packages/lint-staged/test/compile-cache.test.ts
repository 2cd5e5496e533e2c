import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, token } from './helpers.js';

// The bin's V8 code cache (bin/compile-cache.cjs), used on Node versions without
// module.enableCompileCache(). Each test runs the real bin in a child process with its own TMPDIR.
const BIN = join(__dirname, '..', 'bin', 'keyward.cjs');
const nodeCachesItself = typeof (createRequire(import.meta.url)('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const uid = process.getuid?.() ?? -1;

/** A project whose ESM config (loaded with import() from inside the cached bundle) allowlists one folder. */
function fixture(): { dir: string; tmp: string } {
  const dir = project({
    'keyward.config.mjs': "export default { allowlist: { paths: ['ignored/**'] } };\n",
    'src/a.txt': `NOTION_TOKEN=${token()}\n`,
    'ignored/b.txt': `NOTION_TOKEN=${token()}\n`,
  });
  const tmp = join(dir, '.tmp');
  mkdirSync(tmp);
  return { dir, tmp };
}

function keyward(dir: string, tmp: string, extraEnv: Record<string, string> = {}, flags: string[] = []): { code: number | null; files: string[]; stderr: string } {
  const env: Record<string, string | undefined> = { ...process.env, TMPDIR: tmp, NO_COLOR: '1', ...extraEnv };
  if (!('NODE_DISABLE_COMPILE_CACHE' in extraEnv)) delete env.NODE_DISABLE_COMPILE_CACHE;
  const r = spawnSync(process.execPath, [BIN, 'scan', '--format', 'json', ...flags, 'src', 'ignored'], { cwd: dir, encoding: 'utf8', env });
  const report = JSON.parse(r.stdout) as { findings: { path: string }[] };
  return { code: r.status, files: report.findings.map((f) => f.path), stderr: r.stderr };
}

const cacheDir = (tmp: string): string => join(tmp, `keyward-compile-cache-${uid}`);

describe.skipIf(nodeCachesItself || uid === -1)('the bin on Node 20: V8 code cache', () => {
  it('writes the cache on the first run and reads it on the next, with the same result and an ESM config loaded both times', () => {
    const { dir, tmp } = fixture();
    const first = keyward(dir, tmp);
    expect(first).toMatchObject({ code: 1, files: ['src/a.txt'] });
    const entries = readdirSync(cacheDir(tmp));
    expect(entries).toHaveLength(2); // @keyward/core's bundle and the CLI's
    expect(statSync(cacheDir(tmp)).mode & 0o777).toBe(0o700);
    const written = entries.map((e) => statSync(join(cacheDir(tmp), e)).mtimeMs);

    const second = keyward(dir, tmp);
    expect(second).toMatchObject({ code: 1, files: ['src/a.txt'], stderr: '' });
    // Worker threads (loaded by the cached bundle) scan the same.
    expect(keyward(dir, tmp, {}, ['--workers', '2'])).toMatchObject({ code: 1, files: ['src/a.txt'], stderr: '' });
    // Accepted by V8, so not written again.
    expect(entries.map((e) => statSync(join(cacheDir(tmp), e)).mtimeMs)).toEqual(written);
  });

  it('replaces an entry V8 rejects (corrupt or from another build) and still runs', () => {
    const { dir, tmp } = fixture();
    keyward(dir, tmp);
    for (const e of readdirSync(cacheDir(tmp))) writeFileSync(join(cacheDir(tmp), e), Buffer.alloc(4096, 7));
    expect(keyward(dir, tmp)).toMatchObject({ code: 1, files: ['src/a.txt'] });
    for (const e of readdirSync(cacheDir(tmp))) expect(statSync(join(cacheDir(tmp), e)).size).not.toBe(4096);
  });

  it('checks each entry against a digest of its data: a flipped byte is rewritten, not handed to V8 (from a review: it crashed every run)', () => {
    const { dir, tmp } = fixture();
    keyward(dir, tmp);
    for (const e of readdirSync(cacheDir(tmp))) {
      const file = join(cacheDir(tmp), e);
      const bytes = readFileSync(file);
      for (let i = 0; i < 64; i++) bytes[(bytes.length >> 1) + i] = (bytes[(bytes.length >> 1) + i] as number) ^ 0x5a;
      writeFileSync(file, bytes);
    }
    const damaged = readdirSync(cacheDir(tmp)).map((e) => readFileSync(join(cacheDir(tmp), e)));
    expect(keyward(dir, tmp)).toMatchObject({ code: 1, files: ['src/a.txt'], stderr: '' });
    const after = readdirSync(cacheDir(tmp)).map((e) => readFileSync(join(cacheDir(tmp), e)));
    expect(after.some((b, i) => !b.equals(damaged[i]!))).toBe(true);
    expect(keyward(dir, tmp)).toMatchObject({ code: 1, files: ['src/a.txt'], stderr: '' });
  });

  it('survives an entry that is a folder, leaving no temporary file behind', () => {
    const { dir, tmp } = fixture();
    keyward(dir, tmp);
    const entries = readdirSync(cacheDir(tmp));
    for (const e of entries) {
      rmSync(join(cacheDir(tmp), e));
      mkdirSync(join(cacheDir(tmp), e));
    }
    expect(keyward(dir, tmp)).toMatchObject({ code: 1, files: ['src/a.txt'], stderr: '' });
    expect(readdirSync(cacheDir(tmp)).sort()).toEqual([...entries].sort());
  });

  it('never reads or writes a cache folder that others can write', () => {
    const { dir, tmp } = fixture();
    mkdirSync(cacheDir(tmp));
    chmodSync(cacheDir(tmp), 0o777);
    expect(keyward(dir, tmp)).toMatchObject({ code: 1, files: ['src/a.txt'] });
    expect(readdirSync(cacheDir(tmp))).toEqual([]);
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE, as Node 22 is', () => {
    const { dir, tmp } = fixture();
    expect(keyward(dir, tmp, { NODE_DISABLE_COMPILE_CACHE: '1' })).toMatchObject({ code: 1, files: ['src/a.txt'] });
    expect(existsSync(cacheDir(tmp))).toBe(false);
  });
});

describe.skipIf(uid === -1)('compile-cache.cjs, in process', () => {
  const { createLoader } = createRequire(import.meta.url)('../bin/compile-cache.cjs') as { createLoader: () => { load: (f: string) => unknown; save: () => void } };

  /** Loads `file` through a fresh loader with its cache under `tmp`, then saves the cache. */
  function loadOnce(file: string, tmp: string): unknown {
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      delete createRequire(import.meta.url).cache[file];
      const loader = createLoader();
      const value = loader.load(file);
      loader.save();
      return value;
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      delete createRequire(import.meta.url).cache[file];
    }
  }

  it('runs a bundle edited in place to the same length, not the cached code (from a review: entries were keyed by size and mtime)', () => {
    const { dir, tmp } = fixture();
    const file = join(dir, 'bundle.cjs');
    writeFileSync(file, "module.exports = 'first';\n");
    expect(loadOnce(file, tmp)).toBe('first');
    expect(loadOnce(file, tmp)).toBe('first');
    writeFileSync(file, "module.exports = 'other';\n");
    expect(loadOnce(file, tmp)).toBe('other');
  });

  it('keeps the stack traces of each copy of a bundle its own (from a review: a copy at another path reused the first one\'s code and file name)', () => {
    const { dir, tmp } = fixture();
    const source = "module.exports = () => new Error('x').stack;\n";
    const files = ['a', 'b'].map((d) => {
      // Two checkouts of one package: same package folder name, same file.
      mkdirSync(join(dir, d, 'pkg', 'dist'), { recursive: true });
      writeFileSync(join(dir, d, 'pkg', 'dist', 'bundle.cjs'), source);
      return join(dir, d, 'pkg', 'dist', 'bundle.cjs');
    });
    for (const file of [...files, ...files]) expect((loadOnce(file, tmp) as () => string)()).toContain(file);
  });

  it('keeps the four newest entries of a bundle', () => {
    const { dir, tmp } = fixture();
    const file = join(dir, 'bundle.cjs');
    for (let i = 0; i < 7; i++) {
      writeFileSync(file, `module.exports = ${i};\n`);
      expect(loadOnce(file, tmp)).toBe(i);
    }
    expect(readdirSync(cacheDir(tmp)).filter((e) => e.includes('-bundle.cjs-'))).toHaveLength(4);
  });
});

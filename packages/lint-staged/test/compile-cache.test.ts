import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog, createSampleGen } from '@keyward/core';
import { afterAll, describe, expect, it } from 'vitest';

// `npx keyward …` runs this package's bin: it must be the same CLI as @keyward/lint-staged's.
const bin = join(import.meta.dirname, '..', 'bin', 'keyward.cjs');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const dir = mkdtempSync(join(tmpdir(), 'keyward-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the keyward bin', () => {
  it('is the @keyward/lint-staged CLI, with its version', () => {
    const own = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'lint-staged', 'package.json'), 'utf8')) as { version: string };
    const r = run(['--version'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(own.version);
  });

  it('scans a folder and exits 1 on a token, 0 on a clean folder, 2 on a typo', () => {
    const token = catalog.find((r) => r.id === 'notion-integration-token')!.sample(createSampleGen(4));
    writeFileSync(join(dir, 'app.env'), `NOTION_TOKEN=${token}\n`);
    const found = run(['scan', '.'], dir);
    expect(found.status).toBe(1);
    expect(found.stdout).toContain('ntn_****');
    expect(found.stdout + found.stderr).not.toContain(token);
    writeFileSync(join(dir, 'app.env'), 'NOTION_TOKEN=\n');
    expect(run(['scan', '.'], dir).status).toBe(0);
    expect(run(['scan', 'no-such-folder'], dir).status).toBe(2);
  });
});

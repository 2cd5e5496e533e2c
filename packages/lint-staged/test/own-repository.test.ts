import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// The README's first command scans this repository (`pnpm run main`), and the rule is that no
// realistic token literal is in it: a rule that grows can start to report a test's literal in a
// file no commit touches, which the pre-commit hook (staged files only) never sees.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('this repository', () => {
  it('holds no secret that keyward scan reports', async () => {
    const r = await cli(root, ['scan', '.', '--format', 'json']);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; line: number; ruleId: string }[] }).findings;
    expect(findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`)).toEqual([]);
    expect(r.code).toBe(0);
  }, 60_000);
});

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as Core from '@keyward/core';

const require = createRequire(import.meta.url);

describe('@keyward/core as published', () => {
  it('resolves the built ESM output through the package name', async () => {
    const core = await import('@keyward/core');
    const rule = core.catalog.find((r) => r.id === 'notion-integration-token');
    const token = rule?.sample(core.createSampleGen(3)) ?? '';
    expect(core.catalog.length).toBeGreaterThanOrEqual(100);
    expect(core.redact(`key=${token}`)).toBe('key=ntn_****');
  });

  it('loads the CJS build with require() and shares the Secret brand with ESM', async () => {
    const cjs = require('@keyward/core') as typeof Core;
    const esm = await import('@keyward/core');
    expect(esm.isSecret(new cjs.Secret('x'))).toBe(true);
    expect(cjs.createDetector().rules.length).toBe(esm.catalog.length);
  });
});

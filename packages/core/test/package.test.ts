import { describe, expect, it } from 'vitest';

describe('@keyward/core as published', () => {
  it('resolves the built output through the package name', async () => {
    const mod = await import('@keyward/core');
    expect(mod.packageName).toBe('@keyward/core');
  });
});

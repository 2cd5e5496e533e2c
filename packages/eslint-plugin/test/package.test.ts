import { describe, expect, it } from 'vitest';

describe('@keyward/eslint-plugin as published', () => {
  it('resolves the built output through the package name', async () => {
    const mod = await import('@keyward/eslint-plugin');
    expect(mod.packageName).toBe('@keyward/eslint-plugin');
  });
});

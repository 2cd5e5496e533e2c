import { describe, expect, it } from 'vitest';

describe('@keyward/logger as published', () => {
  it('resolves the built output through the package name', async () => {
    const mod = await import('@keyward/logger');
    expect(mod.packageName).toBe('@keyward/logger');
  });
});

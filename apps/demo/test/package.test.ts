import { describe, expect, it } from 'vitest';

describe('@keyward/demo', () => {
  it('consumes the workspace packages through their names', async () => {
    const core = await import('@keyward/core');
    const demo = await import('@keyward/demo');
    expect(core.packageName).toBe('@keyward/core');
    expect(demo.packageName).toBe('@keyward/demo');
  });
});

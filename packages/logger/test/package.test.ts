import { describe, expect, it } from 'vitest';
import { sink, token } from './helpers.js';

describe('@keyward/logger as published', () => {
  it('works from the built output through the package name', async () => {
    const { createLogger } = await import('@keyward/logger');
    const out = sink();
    const t = token();
    createLogger({ base: undefined }, out.stream).info({ notion: t }, 'ready');
    expect(out.lines()[0]).toContain('ntn_****');
    expect(out.lines()[0]).not.toContain(t);
  });
});

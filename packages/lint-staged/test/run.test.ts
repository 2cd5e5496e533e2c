import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';

describe('@keyward/lint-staged as published', () => {
  it('runs in-process through the package name and writes to the given stream', async () => {
    const { run } = await import('@keyward/lint-staged');
    const stdout = new PassThrough();
    let text = '';
    stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const code = await run(['scan'], {
      stdin: new PassThrough(),
      stdout,
      stderr: new PassThrough(),
      cwd: process.cwd(),
      env: {},
    });
    expect(code).toBe(0);
    expect(text).toContain('scan');
  });
});

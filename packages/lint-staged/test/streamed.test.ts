import { createSampleGen, createDetector, catalog } from '@keyward/core';
import { describe, expect, it } from 'vitest';
import { scanTargets } from '../src/engine.js';
import type { Target } from '../src/sources/target.js';

// Files over the streaming threshold are scanned in windows; with tiny windows and chunks the
// same logic runs on small text, so a token across every kind of boundary is checked quickly.
const detector = createDetector();
const rule = (id: string) => catalog.find((r) => r.id === id)!;

function target(text: string, chunk: number): Target {
  const bytes = Buffer.from(text);
  return {
    path: 'big.txt',
    size: bytes.length,
    read: () => Promise.resolve(bytes),
    open: async function* () {
      for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
    },
  };
}

describe('streamed scanning', () => {
  it('reports every token once, with the line and column of the whole file, wherever the windows cut', async () => {
    const gen = createSampleGen(11);
    const tokens: string[] = [];
    let text = '';
    const expected: string[] = [];
    for (let i = 0; i < 60; i++) {
      const t = rule(i % 2 ? 'notion-integration-token' : 'github-pat-classic').sample(gen);
      tokens.push(t);
      const filler = 'x'.repeat(37 + ((i * 131) % 997));
      text += `${filler} ${i % 3 ? '' : 'é'}`;
      const lines = text.split('\n');
      expected.push(`${lines.length}:${(lines.at(-1) ?? '').length + 1}`);
      text += `${t}${i % 4 ? ' ' : '\n'}`;
    }
    const whole = detector.scan(text).map((f) => `${f.line}:${f.column}`);
    expect(whole).toEqual(expected);
    for (const [window, chunk] of [[1024, 97], [2048, 4096], [4096, 13], [600, 600]] as const) {
      const report = await scanTargets([target(text, chunk)], { detector, maxFileSize: Number.POSITIVE_INFINITY, largeFile: 0, window });
      expect(report.findings.map((f) => `${f.line}:${f.column}`), `window ${window}, chunk ${chunk}`).toEqual(expected);
      expect(report.filesScanned).toBe(1);
      expect(report.bytesScanned).toBe(Buffer.byteLength(text));
    }
  });

  it('skips a binary stream', async () => {
    const report = await scanTargets([target(`\0\0binary${'x'.repeat(5000)}`, 100)], { detector, maxFileSize: Number.POSITIVE_INFINITY, largeFile: 0, window: 1024 });
    expect(report.skipped).toEqual([{ path: 'big.txt', reason: 'binary file' }]);
  });
});

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

  it('scans the printable runs of a binary stream, and UTF-16 and UTF-32 streams by their byte-order marks', async () => {
    const gen = createSampleGen(12);
    const token = rule('github-pat-classic').sample(gen);
    const binary = Buffer.concat([Buffer.from([0, 0, 1, 2, 255]), Buffer.from(`x`.repeat(3000)), Buffer.from([0, 7]), Buffer.from(`token=${token}`), Buffer.from([0, 0, 3])]);
    const utf32 = (text: string, le: boolean): Buffer => {
      const out = Buffer.alloc(4 + text.length * 4);
      (le ? out.writeUInt32LE.bind(out) : out.writeUInt32BE.bind(out))(0xfeff, 0);
      [...text].forEach((c, i) => (le ? out.writeUInt32LE.bind(out) : out.writeUInt32BE.bind(out))(c.codePointAt(0)!, 4 + i * 4));
      return out;
    };
    const text = `${'y'.repeat(2500)}\nkey = "${token}"\n`;
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const files: [string, Buffer][] = [
      ['binary', binary],
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
      ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
      ['utf-32le', utf32(text, true)],
      ['utf-32be', utf32(text, false)],
    ];
    for (const [name, bytes] of files) {
      for (const chunk of [97, 1000, 1 << 20]) {
        const t: Target = { path: name, size: bytes.length, read: () => Promise.resolve(bytes), open: async function* () {
          for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
        } };
        const report = await scanTargets([t], { detector, maxFileSize: Number.POSITIVE_INFINITY, largeFile: 0, window: 1024 });
        expect(report.skipped, `${name} ${chunk}`).toEqual([]);
        expect(report.findings.map((f) => f.ruleId), `${name} ${chunk}`).toEqual(['github-pat-classic']);
        expect(report.bytesScanned).toBe(bytes.length);
      }
      // The same bytes read whole (under the streaming threshold) give the same finding.
      const whole = await scanTargets([{ path: name, size: bytes.length, read: () => Promise.resolve(bytes) }], { detector, maxFileSize: Number.POSITIVE_INFINITY });
      expect(whole.findings.map((f) => f.ruleId), `${name} whole`).toEqual(['github-pat-classic']);
    }
  });
});

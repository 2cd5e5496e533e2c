import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordMatcher } from '../src/keyword-matcher.js';
import { catalog } from '../src/index.js';

/**
 * Every occurrence of every keyword by plain search: the reference the automaton must equal. A
 * keyword of one repeated character counts at most twice per run, at its first two characters.
 */
function naive(keywords: readonly string[], text: string): [number, number][] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const hits: [number, number][] = [];
  keywords.forEach((k, ki) => {
    const run = k.length > 1 && [...k].every((c) => c === k[0]);
    for (let at = lower.indexOf(k); at !== -1; at = lower.indexOf(k, at + 1)) {
      if (run && at > 1 && lower[at - 1] === k[0] && lower[at - 2] === k[0]) continue;
      hits.push([ki, at]);
    }
  });
  return hits.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

const pairs = (flat: number[]): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i] as number, flat[i + 1] as number]);
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
};

describe('KeywordMatcher', () => {
  it('finds overlapping and nested keywords, case-insensitively, like a plain search', () => {
    const keywords = ['he', 'she', 'his', 'hers', 'ab', 'abc', 'bc', 'c_'];
    const m = new KeywordMatcher(keywords);
    const text = 'USHERS and ahishers; ABC_ abc_ xabcx';
    expect(pairs(m.findAll(text))).toEqual(naive(keywords, text));
    expect(m.test(text)).toBe(true);
    expect(m.test('nothing to see')).toBe(false);
  });

  it('reports a keyword of one repeated character at most twice per run (from a bug: a megabyte of "a" made a million hits)', () => {
    const m = new KeywordMatcher(['aaaa', 'ab']);
    expect(pairs(m.findAll('xaaaaaaab AAAA'))).toEqual([[0, 1], [0, 2], [1, 7], [0, 10]]);
  });

  it('reports a keyword given twice under both of its indexes', () => {
    const m = new KeywordMatcher(['ab', 'b', 'ab']);
    expect(pairs(m.findAll('xab'))).toEqual([[0, 1], [2, 1], [1, 2]]);
  });

  it('agrees with a plain search on random text over the catalog keywords', () => {
    const keywords = [...new Set(catalog.flatMap((r) => r.keywords))];
    const m = new KeywordMatcher(keywords);
    // Text built from keyword fragments, their upper-case forms and noise, so hits are dense.
    const piece = fc.oneof(fc.constantFrom(...keywords), fc.constantFrom('a', 'A', 'aaaaaaaaaaaaaaaaaaaaaa'), fc.constantFrom(...keywords).map((k) => k.toUpperCase().slice(0, Math.max(1, k.length - 1))), fc.string({ maxLength: 6 }), fc.constantFrom('é', '\u{1F600}', '\n', '_', '-'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const found = pairs(m.findAll(text));
        expect(found).toEqual(naive(keywords, text));
        expect(m.test(text)).toBe(found.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

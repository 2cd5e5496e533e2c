import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordMatcher } from '../src/keyword-matcher.js';
import { KEYWORD_WALK_WASM } from '../src/keyword-walk-wasm.js';
import { catalog } from '../src/index.js';
import { assembleKeywordWalk } from '../scripts/keyword-walk.js';

/**
 * Every occurrence of every keyword by plain search: the reference the automaton must equal. A
 * keyword of one repeated character counts at most twice per run, at its first two characters.
 */
function naive(keywords: readonly string[], text: string): [number, number][] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const hits: [number, number][] = [];
  keywords.forEach((k, ki) => {
    const run = k.length > 1 && [...k].every((c) => c === k[0]);
    if ([...k].some((c) => c > '\x7f')) {
      // A word in another script: each character as written or its capital, the whole as the word in lower case.
      for (let at = 0; at + k.length <= text.length; at++) {
        const slice = text.slice(at, at + k.length);
        const each = [...k].every((c, j) => slice[j] === c || (c < '\x80' ? slice[j] === c.toUpperCase() : slice[j] === c.toUpperCase() && c.toUpperCase().length === 1));
        if (each && slice.toLowerCase() === k) hits.push([ki, at]);
      }
      return;
    }
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

  it('finds a keyword of a non-ASCII code unit by that unit alone, not by its low seven bits (a zero-width space is no vertical tab)', () => {
    const m = new KeywordMatcher(['\u200b', 'key']);
    expect(pairs(m.findAll('a\u200bb KEY \u000b \u200c'))).toEqual([[0, 1], [1, 4]]);
    // Long enough to be walked in quarters over a copy of the code units.
    const long = `${'x'.repeat(3000)}\u200b${'y'.repeat(3000)}\u000b`;
    expect(pairs(m.findAll(long))).toEqual([[0, 3000]]);
  });

  it("finds a word in another script or with diacritics, capitals too, where the text holds the word and not just as many of the script's letters", () => {
    const keywords = ['пароль', 'ключ', '密码', 'パスワード', '비밀번호', 'hasło', 'mật khẩu', 'api 키', 'key'];
    const m = new KeywordMatcher(keywords);
    const text = 'ПАРОЛЬ: x; Пароль; пороль; ключи; клуч; 数据库密码：; 秘密; パスワード; バスワード; 비밀번호; 비밀번오; HASŁO hasla; Mật Khẩu; API 키; KEY';
    expect(pairs(m.findAll(text))).toEqual(naive(keywords, text));
    expect(pairs(m.findAll(text)).map(([k, at]) => `${keywords[k]}@${text.slice(at, at + (keywords[k] as string).length)}`)).toEqual(['пароль@ПАРОЛЬ', 'пароль@Пароль', 'ключ@ключ', '密码@密码', 'パスワード@パスワード', '비밀번호@비밀번호', 'hasło@HASŁO', 'mật khẩu@Mật Khẩu', 'api 키@API 키', 'key@KEY']);
    // Runs of the same letters that spell no keyword are no hit, for test() either.
    expect(m.test('пороль клуч 秘密 バスワード 비밀번오 hasla')).toBe(false);
    expect(m.test('пароль')).toBe(true);
    // The same in a long text, walked in quarters over a copy.
    const long = `${'ж'.repeat(3000)}Пароль${'秘'.repeat(3000)}`;
    expect(pairs(m.findAll(long))).toEqual([[0, 3000]]);
  });

  it('reports a keyword given twice under both of its indexes', () => {
    const m = new KeywordMatcher(['ab', 'b', 'ab']);
    expect(pairs(m.findAll('xab'))).toEqual([[0, 1], [2, 1], [1, 2]]);
  });

  it('agrees with a plain search on random text over the catalog keywords', () => {
    const keywords = [...new Set(catalog.flatMap((r) => r.keywords))];
    const m = new KeywordMatcher(keywords);
    // Text built from keyword fragments, their upper-case forms and noise, so hits are dense.
    // Words in other scripts among them, in capitals too, and letters of their scripts.
    expect(keywords).toEqual(expect.arrayContaining(['пароль', '密码', 'hasło']));
    const piece = fc.oneof(fc.constantFrom(...keywords), fc.constantFrom('a', 'A', 'aaaaaaaaaaaaaaaaaaaaaa'), fc.constantFrom(...keywords).map((k) => k.toUpperCase().slice(0, Math.max(1, k.length - 1))), fc.constantFrom(...keywords).map((k) => k.toUpperCase()), fc.string({ maxLength: 6 }), fc.constantFrom('é', '\u{1F600}', '\n', '_', '-', 'р', 'П', 'о', '码', '密', 'ス', 'ł', 'Ł', '비'));
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

  it('walks long texts in quarters and copied segments, and still agrees with a plain search on keywords across every boundary', () => {
    // A small alphabet makes hits dense (most offsets end a keyword), so some keyword straddles
    // every quarter and segment boundary whatever their exact offsets.
    const keywords = ['ab', 'abc', 'bca', 'cab', 'aaaa', 'abcabcab', 'c-b', 'b_a_c'];
    const m = new KeywordMatcher(keywords);
    let seed = 0x6b657977;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 16;
    };
    const alphabet = 'abcABC-_ \u00e9';
    for (const length of [2047, 2048, 2049, 4099, 131071, 131072, 131073, 262144 + 4097]) {
      let text = '';
      while (text.length < length) text += alphabet[random() % alphabet.length];
      // And the longest keyword across every multiple of 4,096 (where copied segments end).
      for (let at = 4096 - 4; at + 8 < length; at += 4096) text = `${text.slice(0, at)}abcabcab${text.slice(at + 8)}`;
      expect(pairs(m.findAll(text)), `length ${length}`).toEqual(naive(keywords, text));
    }
  });

  it('finds catalog keywords in long texts whatever their offset', () => {
    const keywords = [...new Set(catalog.flatMap((r) => r.keywords))];
    const m = new KeywordMatcher(keywords);
    const longest = keywords.reduce((a, b) => (b.length > a.length ? b : a));
    const index = keywords.indexOf(longest);
    const filler = '#'.repeat(10_000);
    // Every start offset across the boundaries of the first quarter (2,500 here).
    for (let at = 2_500 - longest.length - 2; at <= 2_500 + 2; at++) {
      const text = filler.slice(0, at) + longest.toUpperCase() + filler.slice(at + longest.length);
      expect(pairs(m.findAll(text)).filter(([k]) => k === index), `at ${at}`).toEqual([[index, at]]);
    }
  });

  it('walks long texts in JavaScript, with the same hits, where WebAssembly cannot run (node --jitless, a page\'s CSP)', () => {
    const keywords = ['ab', 'abc', 'bca', 'c-b', '\u200b'];
    const text = 'xx abc-b \u200b ABCA '.repeat(12_000);
    const fast = new KeywordMatcher(keywords).findAll(text);
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'WebAssembly') as PropertyDescriptor;
    Object.defineProperty(globalThis, 'WebAssembly', { value: undefined, configurable: true, writable: true });
    let slow: number[];
    try {
      slow = new KeywordMatcher(keywords).findAll(text);
    } finally {
      Object.defineProperty(globalThis, 'WebAssembly', saved);
    }
    expect(slow.length).toBeGreaterThan(100_000);
    expect(slow).toEqual(fast);
    expect(pairs(slow)).toEqual(naive(keywords, text));
  });

  it('embeds the WebAssembly walk assembled from keyword-walk.wat (after editing it: pnpm --filter @keyward/core wasm)', async () => {
    expect([...(await assembleKeywordWalk())]).toEqual([...KEYWORD_WALK_WASM]);
  });
});

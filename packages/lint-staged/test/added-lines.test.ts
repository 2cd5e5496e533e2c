import { describe, expect, it } from 'vitest';
import { addedLinesFromDiff, addedLinesFromStream, forEachLfLine, LineRanges } from '../src/sources/target.js';

// --staged --diff and --diff read git's patch as it arrives (a patch is as large as what is
// staged) and keep added lines as runs, not one entry per line.

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const plain = (added: Map<string, Iterable<number> | 'all'>) => [...added].map(([path, lines]) => [path, lines === 'all' ? 'all' : [...lines]]);

describe('added lines', () => {
  it('LineRanges answers for runs added in order, out of order and overlapping', () => {
    const r = new LineRanges();
    for (const line of [1, 2, 3, 7, 9, 10]) r.add(line);
    expect([1, 2, 3, 7, 9, 10].every((l) => r.has(l))).toBe(true);
    expect([0, 4, 5, 6, 8, 11].some((l) => r.has(l))).toBe(false);
    // A file listed twice: its second run starts before the first one's end.
    r.add(2);
    r.add(5);
    expect(r.has(5)).toBe(true);
    expect(r.has(4)).toBe(false);
    expect([...r]).toEqual([1, 2, 3, 5, 7, 9, 10]);
    expect([...new LineRanges()]).toEqual([]);
    expect(new LineRanges().has(1)).toBe(false);
  });

  it('reads a streamed patch as it reads the whole text, wherever the chunks cut (inside a UTF-8 character too)', async () => {
    const diff = [
      'diff --git a/n.txt b/n.txt',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/n.txt',
      '@@ -0,0 +1,3 @@',
      '+++ /dev/null',
      '+é ünïcödé ✓',
      '+ok',
      'diff --git a/m.txt b/m.txt',
      '--- a/m.txt',
      '+++ b/m.txt',
      '@@ -2 +2 @@',
      '-old',
      '+new',
      '@@ -9,0 +10,2 @@',
      '+a',
      '+b',
      'diff --git a/bin.png b/bin.png',
      'Binary files a/bin.png and b/bin.png differ',
      '',
    ].join('\n');
    const whole = plain(addedLinesFromDiff(diff));
    expect(whole).toEqual([
      ['n.txt', [1, 2, 3]],
      ['m.txt', [2, 10, 11]],
      ['bin.png', 'all'],
    ]);
    const bytes = Buffer.from(diff);
    for (const size of [1, 2, 3, 5, 7, 64]) expect(plain(await addedLinesFromStream(chunks(bytes, size)))).toEqual(whole);
  });

  it('forEachLfLine gives the lines String.split gives, a long line joined once', async () => {
    const long = 'x'.repeat(10_000);
    for (const text of ['a\nb', 'a\nb\n', '', '\n\n', `${long}\n${long}`, 'ü\r\nz']) {
      const lines: string[] = [];
      await forEachLfLine(chunks(Buffer.from(text), 3), (l) => lines.push(l));
      expect(lines).toEqual(text.split('\n'));
    }
  });
});

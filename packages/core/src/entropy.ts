const counts = new Int32Array(128);

/** Shannon entropy of `s` in bits per character. */
export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  counts.fill(0);
  let other: Map<number, number> | undefined;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      counts[c] = (counts[c] as number) + 1;
    } else {
      other ??= new Map();
      other.set(c, (other.get(c) ?? 0) + 1);
    }
  }
  let bits = 0;
  const add = (k: number): void => {
    const p = k / n;
    bits -= p * Math.log2(p);
  };
  for (let c = 0; c < 128; c++) if ((counts[c] as number) > 0) add(counts[c] as number);
  if (other) for (const k of other.values()) add(k);
  return bits;
}

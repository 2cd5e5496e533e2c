import { expect } from 'vitest';
import type { Rule, SampleGen } from '../src/index.js';

/** A place a token can sit, and whether it is quoted there (the generic rules split on that). */
export interface Context {
  readonly name: string;
  readonly quoted: boolean;
  readonly wrap: (secret: string) => string;
}

const camel = (key: string): string => key.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Seven contexts for a bare token. */
export const tokenContexts: readonly Context[] = [
  { name: 'quoted string', quoted: true, wrap: (s) => `const value = "${s}";` },
  { name: '.env line', quoted: false, wrap: (s) => `SERVICE_VALUE=${s}` },
  { name: 'YAML', quoted: false, wrap: (s) => `service:\n  value: ${s}\n  region: eu` },
  { name: 'JSON', quoted: true, wrap: (s) => `{"value": "${s}", "n": 1}` },
  { name: 'URL query', quoted: false, wrap: (s) => `curl "https://api.service.test/v1/items?value=${s}&page=2"` },
  { name: 'Authorization header', quoted: false, wrap: (s) => `Authorization: Bearer ${s}` },
  { name: 'template literal', quoted: true, wrap: (s) => `const url = \`https://api.service.test/?value=${s}\`;` },
];

/** Nine contexts for a secret recognised by the key it is assigned to. */
export function keyedContexts(key: string): readonly Context[] {
  return [
    { name: '.env line', quoted: false, wrap: (s) => `${key}=${s}` },
    { name: 'shell export', quoted: true, wrap: (s) => `export ${key}="${s}"` },
    { name: 'YAML', quoted: false, wrap: (s) => `${key.toLowerCase()}: ${s}` },
    { name: 'JSON', quoted: true, wrap: (s) => `{"${key.toLowerCase()}": "${s}"}` },
    { name: 'TS object', quoted: true, wrap: (s) => `const config = { ${camel(key)}: '${s}' };` },
    { name: 'TOML', quoted: true, wrap: (s) => `${key.toLowerCase()} = "${s}"` },
    { name: 'compose list', quoted: false, wrap: (s) => `    environment:\n      - ${key}=${s}` },
    // A long assignment as formatters wrap it: the value on the next line.
    { name: 'prettier-wrapped', quoted: true, wrap: (s) => `export const ${camel(key)} =\n  "${s}";` },
    { name: 'black-wrapped', quoted: true, wrap: (s) => `${key.toLowerCase()} = (\n    "${s}"\n)` },
  ];
}

/** Six contexts for a multi-line block (PEM) or a self-contained document (key file JSON). */
export const blockContexts: readonly Context[] = [
  { name: 'raw file', quoted: false, wrap: (s) => s },
  { name: 'between code lines', quoted: false, wrap: (s) => `// setup\nconst a = 1;\n${s}\nconst b = 2;\n` },
  { name: 'CRLF line endings', quoted: false, wrap: (s) => `header\r\n${s.replace(/\n/g, '\r\n')}\r\nfooter` },
  { name: 'indented', quoted: false, wrap: (s) => `key: |\n${s.split('\n').map((l) => `  ${l}`).join('\n')}\n` },
  { name: 'markdown fence', quoted: false, wrap: (s) => `# Notes\n\n\`\`\`\n${s}\n\`\`\`\n` },
  { name: 'template literal', quoted: true, wrap: (s) => `const material = \`${s}\`;\nexport { material };` },
];

export function contextsFor(rule: Rule): readonly Context[] {
  if (rule.sampleIsBlock) return blockContexts;
  if (rule.sampleKey) return keyedContexts(rule.sampleKey);
  return tokenContexts;
}

/** Whether `rule` alone is expected to match in `context` (the generic pair split quoted/bare). */
export function ruleHandles(rule: Rule, context: Context): boolean {
  if (rule.id === 'generic-secret-assignment') return context.quoted;
  if (rule.id === 'generic-secret-env') return !context.quoted;
  return true;
}

/** The literal prefix a rule's mask keeps, if the sample starts with one. */
export function prefixOf(rule: Rule, sample: string): string {
  return [...(rule.prefixes ?? [])].sort((a, b) => b.length - a.length).find((p) => sample.startsWith(p)) ?? '';
}

export function samples(rule: Rule, gen: SampleGen, count: number): string[] {
  return Array.from({ length: count }, () => rule.sample(gen));
}

/**
 * CPU milliseconds this process spent in `fn`, best of `runs`. CPU time, not wall time, so a
 * busy machine (CI runs several packages' tests at once on two cores) does not fail the bound.
 */
export function bestTime(fn: () => void, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/**
 * Asserts that `run` takes linear time on `input`: under `limitMs` of CPU (the bound, set on the
 * development machine), or else, on a slower or busier machine, by growth: the whole input may
 * cost at most 8 times a quarter of it (linear work costs 4 times, a quadratic pattern 16: a
 * margin wide enough for a busy CI machine's noise; runs interleaved, the best of each). A CI
 * machine three times slower than the development one then passes a linear scan and still fails
 * a super-linear one. `quarter` is the same input at a quarter of the size (default: its first
 * quarter; structured input, such as DER with its lengths, needs its own).
 */
export function expectLinear<T extends string | Uint8Array>(label: string, input: T, run: (input: T) => void, limitMs: number, quarter = input.slice(0, Math.floor(input.length / 4)) as T): void {
  const whole = bestTime(() => run(input), 1);
  if (whole < limitMs) return;
  let quarterMs = Number.POSITIVE_INFINITY;
  let wholeMs = whole;
  for (let i = 0; i < 3; i++) {
    quarterMs = Math.min(quarterMs, bestTime(() => run(quarter), 1));
    wholeMs = Math.min(wholeMs, bestTime(() => run(input), 1));
  }
  if (wholeMs < limitMs) return;
  expect(wholeMs / quarterMs, `${label}: ${wholeMs.toFixed(0)} ms at best, over the ${limitMs.toFixed(0)} ms bound; against ${quarterMs.toFixed(0)} ms for a quarter of it`).toBeLessThan(8);
}

/** A PEM boundary line (`kind` e.g. "OPENSSH " or ""), built at run time: no key-shaped literal in the repository. */
export const pemLine = (edge: 'BEGIN' | 'END', kind = ''): string => `${'-'.repeat(5)}${edge} ${kind}${['PRIVATE', 'KEY'].join(' ')}${'-'.repeat(5)}`;

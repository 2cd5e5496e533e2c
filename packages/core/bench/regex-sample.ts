// A deterministic random string matching a regular expression: the subset of RE2 syntax that
// gitleaks' rule tests pass to their secret generator (secrets.NewSecret): literals, escapes,
// classes and ranges, groups, alternation and quantifiers. Unbounded repeats add at most one
// repetition, as gitleaks' generator does with its limit of 1. Used to rebuild those test
// cases at run time; nothing generated is stored.

type Node =
  | { readonly kind: 'chars'; readonly chars: string }
  | { readonly kind: 'alt'; readonly options: readonly Node[][] }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number };

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const WORD = `${LOWER}${UPPER}${DIGITS}_`;
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

export class RegexSampleError extends Error {}

/** A small seeded generator (mulberry32): the same seed gives the same strings on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parse(source: string): Node[] {
  let i = 0;
  const fail = (why: string): never => {
    throw new RegexSampleError(`${why} at ${i} in a pattern of ${source.length} characters`);
  };
  const escape = (inClass: boolean): string => {
    const c = source[i++] ?? fail('a trailing backslash');
    if (c === 'd') return DIGITS;
    if (c === 'w') return WORD;
    if (c === 's') return ' ';
    if (c === 'n') return '\n';
    if (c === 'r') return '\r';
    if (c === 't') return '\t';
    if (c === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(source.slice(i))?.[0] ?? fail('a \\x escape');
      i += 2;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    if (/[A-Za-z]/.test(c) && !inClass) return c === 'b' || c === 'B' || c === 'A' || c === 'z' ? '' : fail(`the escape \\${c}`);
    return c;
  };
  const charClass = (): string => {
    const negated = source[i] === '^';
    if (negated) i++;
    let chars = '';
    let first = true;
    while (i < source.length && (source[i] !== ']' || first)) {
      first = false;
      let c: string;
      if (source[i] === '\\') {
        i++;
        c = escape(true);
        if (c.length !== 1) {
          chars += c;
          continue;
        }
      } else c = source[i++] as string;
      if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
        i++;
        let end = source[i++] as string;
        if (end === '\\') end = escape(true);
        for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) chars += String.fromCharCode(code);
      } else chars += c;
    }
    if (source[i] !== ']') fail('an unclosed class');
    i++;
    return negated ? [...PRINTABLE].filter((c) => !chars.includes(c) && c !== '"' && c !== '\\').join('') : chars;
  };
  const sequence = (): Node[][] => {
    const options: Node[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      const c = source[i++] as string;
      let node: Node | undefined;
      if (c === '|') {
        options.push([]);
        continue;
      } else if (c === '(') {
        if (source[i] === '?') {
          // (?i), (?i:…), (?:…), (?P<name>…)
          const flags = /^\?[a-zA-Z]*\)/.exec(source.slice(i));
          if (flags) {
            i += flags[0].length;
            continue;
          }
          const open = /^\?(?:[a-zA-Z]*:|P?<\w+>)/.exec(source.slice(i)) ?? fail('a group kind');
          i += open[0].length;
        }
        const inner = sequence();
        if (source[i] !== ')') fail('an unclosed group');
        i++;
        node = { kind: 'alt', options: inner };
      } else if (c === '[') node = { kind: 'chars', chars: charClass() };
      else if (c === '\\') {
        const chars = escape(false);
        if (chars === '') continue;
        node = { kind: 'chars', chars };
      } else if (c === '^' || c === '$') continue;
      else if (c === '.') node = { kind: 'chars', chars: `${LOWER}${DIGITS}` };
      else node = { kind: 'chars', chars: c };
      // Quantifiers (a trailing ? makes one lazy, which changes nothing here).
      const q = /^(?:\{(\d+)(,(\d*))?\}|[*+?])\??/.exec(source.slice(i));
      if (q) {
        i += q[0].length;
        let min: number;
        let max: number;
        if (q[0][0] === '*') [min, max] = [0, 1];
        else if (q[0][0] === '+') [min, max] = [1, 2];
        else if (q[0][0] === '?') [min, max] = [0, 1];
        else {
          min = Number(q[1]);
          max = q[2] === undefined ? min : q[3] === '' ? min + 1 : Number(q[3]);
        }
        node = { kind: 'repeat', node, min, max };
      }
      (options[options.length - 1] as Node[]).push(node);
    }
    return options;
  };
  const top = sequence();
  if (i < source.length) fail('an unmatched )');
  return [{ kind: 'alt', options: top }];
}

function generate(nodes: readonly Node[], random: () => number, out: string[]): void {
  const pick = (n: number): number => Math.floor(random() * n);
  for (const node of nodes) {
    if (node.kind === 'chars') out.push(node.chars[pick(node.chars.length)] as string);
    else if (node.kind === 'alt') generate(node.options[pick(node.options.length)] as Node[], random, out);
    else {
      const times = node.min + pick(node.max - node.min + 1);
      for (let k = 0; k < times; k++) generate([node.node], random, out);
    }
  }
}

/** A string matching `source`, drawn with `random`; throws RegexSampleError outside the subset. */
export function sampleRegex(source: string, random: () => number): string {
  const out: string[] = [];
  generate(parse(source), random, out);
  return out.join('');
}

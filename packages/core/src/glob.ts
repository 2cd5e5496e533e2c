import { KeywardError } from './errors.js';

/**
 * Path globs for every path list (allowlist.paths, the CLI's blockedFiles, the ESLint plugin's
 * config-module globs): `**`, `*`, `?`, `{a,b}`, `[a-z]`, `[!a]`. A pattern without "/" matches
 * the base name anywhere, as in .gitignore; one with "/" is anchored at the root (a leading "/" is
 * dropped); a trailing `/**` matches everything inside a folder.
 *
 * A matcher rather than a RegExp: `*a*a*a*a*b` as a backtracking regex takes exponential time on
 * a long name. Here each segment is matched with the two-pointer wildcard algorithm (time
 * proportional to name × segment pattern length) and `**` by a memoised walk over the segments
 * (at most pattern segments × path segments² steps). Globs over 1,024 characters or 256 brace
 * alternatives are refused.
 */
export interface GlobMatcher {
  readonly glob: string;
  test(path: string): boolean;
}

type Token = { readonly kind: 'char'; readonly code: number } | { readonly kind: 'any' } | { readonly kind: 'star' } | { readonly kind: 'class'; readonly negate: boolean; readonly ranges: readonly (readonly [number, number])[] };
type Segment = { readonly kind: 'globstar' } | { readonly kind: 'part'; readonly tokens: readonly Token[] };

/** Brace alternatives expanded (`*.{ts,js}` → `*.ts`, `*.js`): more is a configuration error. */
const MAX_ALTERNATIVES = 256;
/** Longer globs are refused (they come from configuration; a path list needs nothing near this). */
const MAX_GLOB = 1024;

function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open === -1) return [glob];
  // The matching close brace and the top-level commas between.
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  // No closing brace, or no comma: the brace is a literal character.
  if (close === -1 || commas.length === 0) {
    const rest = expandBraces(glob.slice(open + 1));
    return rest.map((r) => glob.slice(0, open + 1) + r);
  }
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const alternative = glob.slice(0, open) + glob.slice((bounds[k] as number) + 1, bounds[k + 1]) + glob.slice(close + 1);
    for (const e of expandBraces(alternative)) {
      out.push(e);
      // Refused, not cut short: a dropped alternative would let a blocked file through.
      if (out.length > MAX_ALTERNATIVES) throw new KeywardError('KEYWARD_CONFIG_INVALID', `the glob "${glob.slice(0, 80)}" expands to more than ${MAX_ALTERNATIVES} alternatives; split it into several globs.`);
    }
  }
  return out;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') {
      while (segment[i + 1] === '*') i++; // `**` inside a segment is a `*`
      tokens.push({ kind: 'star' });
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
    } else if (c === '[' && segment.indexOf(']', i + 2) !== -1) {
      const end = segment.indexOf(']', i + 2);
      let body = segment.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      const ranges: [number, number][] = [];
      for (let j = 0; j < body.length; j++) {
        const from = body.charCodeAt(j);
        if (body[j + 1] === '-' && j + 2 < body.length) {
          ranges.push([from, body.charCodeAt(j + 2)]);
          j += 2;
        } else ranges.push([from, from]);
      }
      tokens.push({ kind: 'class', negate, ranges });
      i = end;
    } else {
      tokens.push({ kind: 'char', code: c === '\\' && i + 1 < segment.length ? segment.charCodeAt(++i) : segment.charCodeAt(i) });
    }
  }
  return tokens;
}

function matchesToken(t: Token, code: number): boolean {
  if (t.kind === 'char') return t.code === code;
  if (t.kind === 'any') return true;
  if (t.kind === 'class') return t.ranges.some(([a, b]) => code >= a && code <= b) !== t.negate;
  return false;
}

/** One name against one segment's tokens: the two-pointer wildcard match, no backtracking blow-up. */
function matchSegment(tokens: readonly Token[], name: string): boolean {
  let t = 0;
  let n = 0;
  let starT = -1;
  let starN = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token && token.kind === 'star') {
      starT = t++;
      starN = n;
    } else if (token && matchesToken(token, name.charCodeAt(n))) {
      t++;
      n++;
    } else if (starT !== -1) {
      t = starT + 1;
      n = ++starN;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

function compileOne(glob: string): (parts: readonly string[]) => boolean {
  let pattern = glob.replace(/^\.\//, '');
  // As in .gitignore: a trailing "/" names a folder (everything inside it) and does not anchor;
  // a "/" at the start or in the middle anchors the pattern at the root.
  const folder = pattern.length > 1 && pattern.endsWith('/');
  if (folder) pattern = pattern.slice(0, -1);
  const anchored = pattern.includes('/');
  pattern = pattern.replace(/^\/+/, '');
  if (!anchored) pattern = `**/${pattern}`;
  if (folder) pattern = `${pattern}/**`;
  const raw = pattern.split('/');
  const segments: Segment[] = raw.map((s) => (s === '**' ? { kind: 'globstar' } : { kind: 'part', tokens: tokenize(s) }));
  // A trailing `**` means "inside": at least one more segment.
  const trailingInside = raw.length > 1 && raw[raw.length - 1] === '**';
  return (parts) => {
    const memo = new Map<number, boolean>();
    const width = parts.length + 1;
    const at = (g: number, p: number): boolean => {
      const key = g * width + p;
      const known = memo.get(key);
      if (known !== undefined) return known;
      let result: boolean;
      const seg = segments[g];
      if (!seg) result = p === parts.length;
      else if (seg.kind === 'globstar') {
        const last = g === segments.length - 1;
        if (last && trailingInside) result = p < parts.length;
        else {
          result = false;
          for (let q = p; q <= parts.length && !result; q++) result = at(g + 1, q);
        }
      } else result = p < parts.length && matchSegment(seg.tokens, parts[p] as string) && at(g + 1, p + 1);
      memo.set(key, result);
      return result;
    };
    return at(0, 0);
  };
}

/** Compiles a glob (braces expanded) into a matcher of "/"-separated relative paths. */
export function compileGlob(glob: string): GlobMatcher {
  if (glob.length > MAX_GLOB) throw new KeywardError('KEYWARD_CONFIG_INVALID', `a glob of ${glob.length} characters is longer than ${MAX_GLOB}; split it.`);
  const alternatives = expandBraces(glob).map(compileOne);
  return {
    glob,
    test(path: string): boolean {
      const parts = path.replace(/^\.\//, '').split('/');
      return alternatives.some((m) => m(parts));
    },
  };
}

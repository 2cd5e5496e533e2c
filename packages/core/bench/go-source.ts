// Reading Go test sources without a Go toolchain: string literals, top-level splitting of lists
// and concatenations, and the expressions other tools' test tables build their inputs from.

/** A Go string literal's value ("…" with escapes, or `…`), or undefined. */
export function goString(lit: string): string | undefined {
  if (lit.startsWith('`')) return lit.endsWith('`') && lit.length >= 2 ? lit.slice(1, -1) : undefined;
  if (!lit.startsWith('"') || !lit.endsWith('"') || lit.length < 2) return undefined;
  try {
    return JSON.parse(lit.replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1').replace(/\\'/g, "'")) as string;
  } catch {
    return undefined;
  }
}

/**
 * The index of the first character of `text` from `from` on, outside Go string literals, where
 * `stop` says yes (given the bracket depth after that character), or text.length.
 */
export function scanTop(text: string, from: number, stop: (c: string, depth: number) => boolean): number {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    if (stop(c, depth)) return i;
  }
  return text.length;
}

/** Splits a Go expression at top-level `separator`s (`,` in a list, `+` in a concatenation). */
export function splitTop(text: string, separator = ','): string[] {
  const out: string[] = [];
  for (let start = 0; start <= text.length; ) {
    const end = scanTop(text, start, (c, depth) => depth === 0 && c === separator);
    const part = text.slice(start, end).trim();
    if (part || end < text.length) out.push(part);
    start = end + 1;
  }
  return out;
}

export function goEval(expr: string, consts: ReadonlyMap<string, string>): string | undefined {
  const e = expr.trim();
  const sprintf = /^fmt\.Sprintf\(([\s\S]*)\)$/.exec(e);
  if (sprintf) {
    const [format, ...args] = splitTop(sprintf[1] as string);
    const f = format === undefined ? undefined : goEval(format, consts);
    if (f === undefined) return undefined;
    const values = args.map((a) => goEval(a, consts));
    if (values.some((v) => v === undefined)) return undefined;
    let n = 0;
    let bad = false;
    const out = f.replace(/%[svdq%]/g, (m) => {
      if (m === '%%') return '%';
      const v = values[n++];
      if (v === undefined) bad = true;
      return m === '%q' ? JSON.stringify(v) : (v as string);
    });
    return bad ? undefined : out;
  }
  const parts = splitTop(e, '+');
  if (parts.length > 1) {
    const values = parts.map((p) => goEval(p, consts));
    return values.some((v) => v === undefined) ? undefined : values.join('');
  }
  if (e.startsWith('"') || e.startsWith('`')) return goString(e);
  if (/^[A-Za-z_]\w*$/.test(e)) return consts.get(e);
  return undefined;
}

/** `text` with Go's `//` and `/* … *\/` comments blanked out (string literals kept as they are). */
export function stripComments(text: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      out += c;
      if (c === '\\' && quote === '"') out += text[++i] ?? '';
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
      out += ' ';
      continue;
    }
    if (c === '"' || c === '`') quote = c;
    out += c;
  }
  return out;
}

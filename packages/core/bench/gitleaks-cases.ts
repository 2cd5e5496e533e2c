// gitleaks' own rule tests, rebuilt at run time: every `cmd/generate/config/rules/*.go` rule
// function lists true positives (`tps`) and false positives (`fps`) as Go expressions that
// generate most tokens from regexes (`secrets.NewSecret(utils.AlphaNumeric("32"))`) and embed
// them in gitleaks' sample templates (`utils.GenerateSampleSecrets`, read from the same
// checkout). This evaluates the shapes those files use (literals, `+`, fmt.Sprintf, []string{},
// append, the generators) with a seeded generator, and counts what it cannot evaluate.

import { execFileSync } from 'node:child_process';
import { goString, scanTop, splitTop, stripComments } from './go-source.js';
import { RegexSampleError, sampleRegex, seeded } from './regex-sample.js';

export interface GitleaksCase {
  /** The gitleaks rule function the case belongs to. */
  readonly rule: string;
  readonly text: string;
  /** The generated secret inside `text`, when the case was built from a generator. */
  readonly secret?: string;
  /** A true positive (from `tps`); otherwise a false positive gitleaks must not report. */
  readonly positive: boolean;
}

interface Str {
  readonly text: string;
  readonly secret?: string;
}
type Value = Str | readonly Str[];

const GENERATORS: Record<string, (size: string) => string> = {
  Numeric: (n) => `[0-9]{${n}}`,
  Hex: (n) => `[a-f0-9]{${n}}`,
  AlphaNumeric: (n) => `[a-z0-9]{${n}}`,
  AlphaNumericExtendedShort: (n) => `[a-z0-9_-]{${n}}`,
  AlphaNumericExtended: (n) => `[a-z0-9=_\\-]{${n}}`,
  AlphaNumericExtendedLong: (n) => `[a-z0-9\\/=_\\+\\-]{${n}}`,
};

const isList = (v: Value | undefined): v is readonly Str[] => Array.isArray(v);

/** gitleaks' sample templates ({i} identifier, {I} upper-cased, {s} secret), from its generate.go. */
function readTemplates(source: string): string[] {
  const at = source.indexOf('samples := map[string]string{');
  if (at === -1) throw new Error('gitleaks: no sample templates in cmd/generate/config/utils/generate.go');
  const open = source.indexOf('{', at + 'samples := map[string]string'.length);
  const close = scanTop(source, open + 1, (_c, depth) => depth < 0);
  const templates: string[] = [];
  for (const entry of splitTop(stripComments(source.slice(open + 1, close)))) {
    const colon = scanTop(entry, 0, (c, depth) => depth === 0 && c === ':');
    const value = goString(entry.slice(colon + 1).trim());
    if (value !== undefined) templates.push(value);
  }
  return templates;
}

export function readGitleaksCases(dir: string, seed = 20261202): { commit: string; cases: GitleaksCase[]; skipped: number; rules: number } {
  const git = (...args: string[]): string => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const commit = git('rev-parse', 'HEAD').trim();
  const templates = readTemplates(git('show', 'HEAD:cmd/generate/config/utils/generate.go'));
  const paths = git('ls-tree', '--name-only', 'HEAD', 'cmd/generate/config/rules/')
    .split('\n')
    .filter((p) => p.endsWith('.go') && !p.endsWith('_test.go'));
  const sources = paths.map((p) => stripComments(git('show', `HEAD:${p}`)));
  const random = seeded(seed);
  const consts = new Map<string, Value>();
  for (const source of sources) {
    for (const m of source.matchAll(/^(?:var|const)\s+(\w+)\s*(?:string\s*)?=\s*("(?:[^"\\\n]|\\.)*"|`[^`]*`)\s*$/gm)) {
      const v = goString(m[2] as string);
      if (v !== undefined) consts.set(m[1] as string, { text: v });
    }
  }

  let skipped = 0;
  const evalExpr = (expr: string, env: ReadonlyMap<string, Value>): Value | undefined => {
    const e = expr.trim();
    if (e.startsWith('"') || e.startsWith('`')) {
      const s = goString(e);
      if (s !== undefined) return { text: s };
    }
    if (/^[A-Za-z_]\w*$/.test(e)) return env.get(e) ?? consts.get(e);
    const plus = splitTop(e, '+');
    if (plus.length > 1) {
      const parts = plus.map((p) => evalExpr(p, env));
      if (parts.some((p) => p === undefined || isList(p))) return undefined;
      const strs = parts as Str[];
      const secret = strs.find((p) => p.secret !== undefined)?.secret;
      return { text: strs.map((p) => p.text).join(''), ...(secret !== undefined ? { secret } : {}) };
    }
    const list = /^\[\]string\s*\{([\s\S]*)\}$/.exec(e);
    if (list) {
      const items: Str[] = [];
      for (const item of splitTop(list[1] as string)) {
        if (!item) continue;
        const v = evalExpr(item, env);
        if (v === undefined) skipped++;
        else if (isList(v)) items.push(...v);
        else items.push(v);
      }
      return items;
    }
    const call = /^([\w.]+)\(([\s\S]*)\)$/.exec(e);
    if (!call || scanTop(e, e.indexOf('(') + 1, (_c, depth) => depth < 0) !== e.length - 1) return undefined;
    const fn = call[1] as string;
    const args = splitTop(call[2] as string).filter((a) => a !== '');
    const str = (i: number): Str | undefined => {
      const v = args[i] === undefined ? undefined : evalExpr(args[i] as string, env);
      return v === undefined || isList(v) ? undefined : v;
    };
    if (fn === 'append') {
      const base = args[0] === undefined ? undefined : evalExpr(args[0], env);
      if (!isList(base)) return undefined;
      const out = [...base];
      for (const arg of args.slice(1)) {
        const spread = arg.endsWith('...');
        const v = evalExpr(spread ? arg.slice(0, -3) : arg, env);
        if (v === undefined) skipped++;
        else if (isList(v)) out.push(...v);
        else out.push(v);
      }
      return out;
    }
    if (fn.startsWith('utils.') && GENERATORS[fn.slice(6)]) {
      const size = str(0);
      return size && { text: (GENERATORS[fn.slice(6)] as (n: string) => string)(size.text) };
    }
    if (fn === 'utils.Hex8_4_4_4_12') return { text: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' };
    if (fn === 'secrets.NewSecret') {
      const re = str(0);
      if (!re) return undefined;
      try {
        const text = sampleRegex(re.text, random);
        return { text, secret: text };
      } catch (error) {
        if (error instanceof RegexSampleError) return undefined;
        throw error;
      }
    }
    if (fn === 'utils.GenerateSampleSecrets' || fn === 'utils.GenerateSampleSecret') {
      const id = str(0);
      const secret = str(1);
      if (!id || !secret) return undefined;
      const fill = (t: string): Str => ({ text: t.replaceAll('{i}', id.text).replaceAll('{I}', id.text.toUpperCase()).replaceAll('{s}', secret.text), secret: secret.secret ?? secret.text });
      return fn === 'utils.GenerateSampleSecret' ? fill('{i}_api_token = "{s}"') : templates.map(fill);
    }
    if (fn === 'fmt.Sprintf') {
      const format = str(0);
      const values = args.slice(1).map((_, i) => str(i + 1));
      if (!format || values.some((v) => v === undefined)) return undefined;
      let n = 0;
      const text = format.text.replace(/%[svdq%]/g, (m) => (m === '%%' ? '%' : m === '%q' ? JSON.stringify(values[n++]?.text) : (values[n++]?.text ?? '')));
      const secret = (values as Str[]).find((v) => v.secret !== undefined)?.secret;
      return { text, ...(secret !== undefined ? { secret } : {}) };
    }
    return undefined;
  };

  const cases: GitleaksCase[] = [];
  let rules = 0;
  for (const source of sources) {
    for (const m of source.matchAll(/^func (\w+)\(\)\s*\*config\.Rule\s*\{/gm)) {
      rules++;
      const bodyStart = (m.index ?? 0) + m[0].length;
      const bodyEnd = scanTop(source, bodyStart, (_c, depth) => depth < 0);
      const body = source.slice(bodyStart, bodyEnd);
      const env = new Map<string, Value>();
      let tps: Value | undefined;
      let fps: Value | undefined;
      for (let at = 0; at < body.length; ) {
        const end = scanTop(body, at, (c, depth) => depth === 0 && c === '\n');
        const statement = body.slice(at, end).trim();
        at = end + 1;
        if (!statement) continue;
        const validate = /^return utils\.Validate\(\s*\w+\s*,([\s\S]*)\)$/.exec(statement);
        if (validate) {
          const [t, f] = splitTop(validate[1] as string);
          tps = t === undefined || t === 'nil' ? [] : evalExpr(t, env);
          fps = f === undefined || f === 'nil' ? [] : evalExpr(f, env);
          continue;
        }
        const assign = /^(?:var\s+)?(\w+)\s*(?:\[\]string\s*)?(?::=|=)\s*([\s\S]+)$/.exec(statement);
        if (!assign) {
          // A loop or condition that builds cases is not evaluated: counted as left out.
          if (/\b[tf]ps\b/.test(statement)) skipped++;
          continue;
        }
        const v = evalExpr(assign[2] as string, env);
        if (v === undefined) {
          env.delete(assign[1] as string);
          if (/^[tf]ps$/.test(assign[1] as string)) skipped++;
        } else env.set(assign[1] as string, v);
      }
      const rule = m[1] as string;
      for (const [value, positive] of [[tps, true], [fps, false]] as const) {
        if (value === undefined) continue;
        for (const s of isList(value) ? value : [value]) cases.push({ rule, text: s.text, ...(s.secret !== undefined ? { secret: s.secret } : {}), positive });
      }
    }
  }
  return { commit, cases, skipped, rules };
}

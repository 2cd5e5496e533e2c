import type { KeywardConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { isKeywordText } from '../keyword-matcher.js';
import type { Rule } from '../types.js';
import type { CompiledRule } from './overlap.js';

// Text scanned around a keyword hit: its line, from the rule's window.before characters before
// the hit to window.after after it. A block span (PEM) runs from the line start instead, and a
// near span reaches over line ends both ways (a word on the next line vouches for the match).
const BEFORE = 256;
const MAX_LENGTH = 1024;
const BLOCK_LENGTH = 70_000;

/**
 * A rule's scan window and checks. Its pattern as a global regex with match indices (`re`) is made
 * on the first keyword hit: a pre-commit run meets a few dozen of the ~700 rules, and making the
 * others' regexes cost a one-shot run ~6 ms.
 */
export function compileRule(rule: Rule, index: number): CompiledRule {
  const prefixes = [...(rule.prefixes ?? [])].sort((a, b) => b.length - a.length);
  return {
    rule,
    index,
    re: undefined,
    group: rule.secretGroup ?? 1,
    block: rule.span === 'block' || rule.span === 'near',
    overLines: rule.span === 'near',
    before: rule.window?.before ?? BEFORE,
    after: rule.window?.after ?? (rule.span === 'block' || rule.span === 'near' ? BLOCK_LENGTH : MAX_LENGTH),
    grows: rule.window?.grows ?? 0,
    prefixes,
    startsAtKeyword: prefixes.length > 0 && rule.keywords.every((k) => prefixes.some((p) => p.toLowerCase() === k)),
    afterEscape: rule.afterEscape !== false,
    anchored: rule.anchored === true,
    gate: rule.gate,
    near: rule.near,
  };
}

/** The rules a user declared in `config.rules` (already validated). */
export function customRules(config: KeywardConfig): Rule[] {
  return (config.rules ?? []).map((r) => {
    const pattern = new RegExp(r.regex);
    const groups = new RegExp(`${r.regex}|`).exec('')?.length ?? 1;
    return Object.freeze({
      id: r.id,
      provider: r.provider ?? 'Custom',
      description: r.description ?? `Custom rule ${r.id}`,
      keywords: Object.freeze([...r.keywords]),
      pattern,
      secretGroup: r.secretGroup ?? (groups > 1 ? 1 : 0),
      ...(r.minEntropy === undefined ? {} : { minEntropy: r.minEntropy }),
      severity: r.severity ?? 'high',
      rotate: Object.freeze({ url: '', how: 'Rotate the credential at its issuer and load it from the environment.' }),
      sample: () => '',
      negatives: Object.freeze([]),
    } satisfies Rule);
  });
}

/** The global regex with match indices the scan runs for `c`: its pattern's own flags but g and y (i, m, s, and u for \p{…} classes). */
export function scanRegex(c: CompiledRule): RegExp {
  const { pattern } = c.rule;
  return (c.re ??= new RegExp(pattern.source, 'gd' + pattern.flags.replace(/[^imsu]/g, '')));
}

/**
 * Throws `ConfigError` listing every duplicate id and unusable keyword in a rule set. Rules in
 * `checked` (the built-in catalog, whose keywords its tests check) are held to unique ids only.
 */
export function checkRules(rules: readonly Rule[], checked?: ReadonlySet<Rule>): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const rule of rules) {
    if (ids.has(rule.id)) problems.push(`rule id "${rule.id}" is used twice.`);
    ids.add(rule.id);
    if (checked?.has(rule) === true) continue;
    if (rule.keywords.length === 0) problems.push(`rule "${rule.id}" has no keywords, so it could never run.`);
    for (const k of rule.keywords) {
      if (!isKeywordText(k)) problems.push(`rule "${rule.id}" keyword "${k}" must be 2+ lowercase characters, printable ASCII or letters of another script (пароль, 密码).`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems, 'rule set');
}

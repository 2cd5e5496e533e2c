import { binaryRules } from './binary.js';
import { fileRules } from './file-rules.js';
import { ConfigError, KeywardError } from './errors.js';
import { compileGlob } from './glob.js';
import { catalog } from './rules/index.js';
import { assertSafeRegex } from './safe-regex.js';
import type { Confidence, Severity } from './types.js';

/** A rule added through configuration. Its regex is checked for catastrophic backtracking. */
export interface CustomRuleConfig {
  readonly id: string;
  readonly description?: string;
  readonly provider?: string;
  /** Regex source; group `secretGroup` (default 1, else the whole match) is the secret. */
  readonly regex: string;
  /** Lowercase literals; the rule runs only near one of them. */
  readonly keywords: readonly string[];
  readonly secretGroup?: number;
  readonly minEntropy?: number;
  readonly severity?: Severity;
}

export interface AllowlistConfig {
  /** Globs of paths never scanned (`fixtures/**`, `*.snap`). */
  readonly paths?: readonly string[];
  /** Regex sources; a secret matching one is not reported. */
  readonly regexes?: readonly string[];
  /** Substrings (case-insensitive); a secret containing one is not reported. */
  readonly stopwords?: readonly string[];
  /** Finding fingerprints accepted as known and harmless. */
  readonly fingerprints?: readonly string[];
}

/**
 * The one configuration shape read by the CLI, the ESLint plugin and the logger
 * (`keyward.config.{ts,js,mjs,json}` or `"keyward"` in package.json).
 */
export interface KeywardConfig {
  /** Built-in rule ids to turn off. */
  readonly disabledRules?: readonly string[];
  /** Extra rules. */
  readonly rules?: readonly CustomRuleConfig[];
  readonly allowlist?: AllowlistConfig;
  /** Globs of files that must never be committed (used by the CLI's policy checks). */
  readonly blockedFiles?: readonly string[];
  /** Lowest confidence reported; default `low` (everything). */
  readonly minConfidence?: Confidence;
}

/**
 * The configuration files every package looks for, in this order, in the project folder; then
 * `"keyward"` in package.json. The CLI and the ESLint plugin read the same file.
 */
export const CONFIG_FILES: readonly string[] = Object.freeze(['keyward.config.ts', 'keyward.config.mts', 'keyward.config.js', 'keyward.config.mjs', 'keyward.config.cjs', 'keyward.config.json']);

const TOP_KEYS = new Set(['disabledRules', 'rules', 'allowlist', 'blockedFiles', 'minConfidence', '$schema']);
const RULE_KEYS = new Set(['id', 'description', 'provider', 'regex', 'keywords', 'secretGroup', 'minEntropy', 'severity']);
const ALLOW_KEYS = new Set(['paths', 'regexes', 'stopwords', 'fingerprints']);
const SEVERITIES = new Set(['critical', 'high', 'medium', 'low']);
const CONFIDENCES = new Set(['high', 'medium', 'low']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, where: string, problems: string[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0)) {
    problems.push(`${where} must be an array of non-empty strings.`);
  }
}

/** Globs that compileGlob refuses (too long, too many brace alternatives), named with their index. */
function checkGlobs(value: unknown, where: string, problems: string[]): void {
  if (!Array.isArray(value)) return;
  value.forEach((g: unknown, i) => {
    if (typeof g !== 'string') return;
    try {
      compileGlob(g);
    } catch (error) {
      problems.push(`${where}[${i}]: ${(error as Error).message}`);
    }
  });
}

function checkRegex(source: string, where: string, problems: string[]): void {
  try {
    new RegExp(source);
  } catch (error) {
    problems.push(`${where} is not a valid regular expression (${(error as Error).message}).`);
    return;
  }
  try {
    assertSafeRegex(source);
  } catch (error) {
    if (error instanceof KeywardError) problems.push(`${where}: ${error.message}`);
    else throw error;
  }
}

let builtins: ReadonlySet<string> | undefined;

/**
 * The file policies `keyward scan` applies by name and content (a committed `.env`, an SSH key
 * file, a key store, `blockedFiles`, a real value in `.env.example`): ids the shared config may
 * turn off with `disabledRules`, like the detector's own.
 */
export const POLICY_RULE_IDS: readonly string[] = Object.freeze(['policy-env-file', 'policy-private-key-file', 'policy-key-store-file', 'policy-credential-file', 'policy-blocked-file', 'policy-env-template-value']);

/** Every built-in rule id a config may name: the catalog's, the binary and whole-file judges' and the CLI's file policies'. */
export function builtinRuleIds(): ReadonlySet<string> {
  builtins ??= new Set([...catalog.map((r) => r.id), ...binaryRules.map((r) => r.id), ...fileRules.map((r) => r.id), ...POLICY_RULE_IDS]);
  return builtins;
}

/**
 * Validates an untrusted configuration value and returns it typed. Throws one `ConfigError`
 * that lists every problem, so a user fixes them in one pass. Rule ids in `disabledRules` (and
 * custom rules' ids) are checked against `knownRuleIds`, by default every built-in id.
 */

export function validateConfig(input: unknown, source = 'keyward config', knownRuleIds: ReadonlySet<string> = builtinRuleIds()): KeywardConfig {
  const problems: string[] = [];
  if (input === undefined || input === null) return {};
  if (!isRecord(input)) throw new ConfigError(['the configuration must be an object.'], source);

  for (const key of Object.keys(input)) {
    if (!TOP_KEYS.has(key)) problems.push(`unknown option "${key}" (expected one of: ${[...TOP_KEYS].filter((k) => k !== '$schema').join(', ')}).`);
  }
  stringList(input['disabledRules'], 'disabledRules', problems);
  if (knownRuleIds && Array.isArray(input['disabledRules'])) {
    // The config's own custom rules may be disabled too; each unknown id is named once.
    const own = new Set(Array.isArray(input['rules']) ? input['rules'].map((r: unknown) => (isRecord(r) ? r['id'] : undefined)).filter((id): id is string => typeof id === 'string') : []);
    const named = new Set<string>();
    for (const id of input['disabledRules']) {
      if (typeof id !== 'string' || knownRuleIds.has(id) || own.has(id) || named.has(id)) continue;
      named.add(id);
      problems.push(`disabledRules names "${id}", which is not a rule id.`);
    }
  }
  stringList(input['blockedFiles'], 'blockedFiles', problems);
  checkGlobs(input['blockedFiles'], 'blockedFiles', problems);
  const minConfidence = input['minConfidence'];
  if (minConfidence !== undefined && !CONFIDENCES.has(minConfidence as string)) {
    problems.push('minConfidence must be "high", "medium" or "low".');
  }

  const rules = input['rules'];
  if (rules !== undefined) {
    if (!Array.isArray(rules)) {
      problems.push('rules must be an array of rule objects.');
    } else {
      const seen = new Set<string>();
      rules.forEach((rule: unknown, i) => {
        const where = `rules[${i}]`;
        if (!isRecord(rule)) {
          problems.push(`${where} must be an object with id, regex and keywords.`);
          return;
        }
        for (const key of Object.keys(rule)) if (!RULE_KEYS.has(key)) problems.push(`${where} has unknown option "${key}".`);
        const id = rule['id'];
        if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) {
          problems.push(`${where}.id must be a kebab-case string (a-z, 0-9, -).`);
        } else if (seen.has(id) || knownRuleIds?.has(id)) {
          problems.push(`${where}.id "${id}" is already used by another rule.`);
        } else {
          seen.add(id);
        }
        if (typeof rule['regex'] !== 'string' || rule['regex'].length === 0) problems.push(`${where}.regex must be a non-empty string.`);
        else checkRegex(rule['regex'], `${where}.regex`, problems);
        const keywords = rule['keywords'];
        if (!Array.isArray(keywords) || keywords.length === 0 || keywords.some((k) => typeof k !== 'string' || k.length < 2 || k !== k.toLowerCase() || /[^\x20-\x7e]/.test(k))) {
          problems.push(`${where}.keywords must be a non-empty array of lowercase ASCII strings of 2+ characters (the prefilter).`);
        }
        const group = rule['secretGroup'];
        if (group !== undefined && (!Number.isInteger(group) || (group as number) < 0)) problems.push(`${where}.secretGroup must be a whole number ≥ 0.`);
        const entropy = rule['minEntropy'];
        if (entropy !== undefined && (typeof entropy !== 'number' || entropy < 0 || entropy > 8)) problems.push(`${where}.minEntropy must be a number from 0 to 8.`);
        if (rule['severity'] !== undefined && !SEVERITIES.has(rule['severity'] as string)) problems.push(`${where}.severity must be critical, high, medium or low.`);
        for (const key of ['description', 'provider']) {
          if (rule[key] !== undefined && typeof rule[key] !== 'string') problems.push(`${where}.${key} must be a string.`);
        }
      });
    }
  }

  const allowlist = input['allowlist'];
  if (allowlist !== undefined) {
    if (!isRecord(allowlist)) {
      problems.push('allowlist must be an object with paths, regexes, stopwords or fingerprints.');
    } else {
      for (const key of Object.keys(allowlist)) if (!ALLOW_KEYS.has(key)) problems.push(`allowlist has unknown option "${key}".`);
      for (const key of ALLOW_KEYS) stringList(allowlist[key], `allowlist.${key}`, problems);
      checkGlobs(allowlist['paths'], 'allowlist.paths', problems);
      if (Array.isArray(allowlist['regexes'])) {
        allowlist['regexes'].forEach((r: unknown, i) => {
          if (typeof r === 'string') checkRegex(r, `allowlist.regexes[${i}]`, problems);
        });
      }
    }
  }

  if (problems.length > 0) throw new ConfigError(problems, source);
  return input as KeywardConfig;
}

/**
 * The part of a config that applies where output is masked (a logger, `keyward redact`): its
 * custom rules only. Disabled rules, allowlists and a minimum confidence accept findings in a
 * scan or a lint; they never let a token through a mask (a key accepted in one test file is still
 * a key in a log line). Undefined when nothing is left.
 */
export function maskingConfig(config: KeywardConfig | undefined): KeywardConfig | undefined {
  const rules = config?.rules;
  return rules !== undefined && rules.length > 0 ? { rules } : undefined;
}

import type { Confidence, Rule } from '../types.js';

/** A rule compiled for scanning: its global regex and scan window. */
export interface CompiledRule {
  readonly rule: Rule;
  readonly index: number;
  /** The pattern as the scan runs it (see scanRegex in compile.ts); made on first use. */
  re: RegExp | undefined;
  /** The same pattern anchored where the search starts, for a token glued after an escape; made on first use. */
  glued?: RegExp;
  readonly group: number;
  readonly block: boolean;
  /** The window may start on an earlier line than the keyword's (`span: 'near'`). */
  readonly overLines: boolean;
  readonly before: number;
  readonly after: number;
  /** How far from its start a window may reach to take in a long token run (window.grows), or 0. */
  readonly grows: number;
  readonly prefixes: readonly string[];
  /** Every keyword is a prefix the token starts with (most vendor tokens): a match begins at a hit. */
  readonly startsAtKeyword: boolean;
  /** The rule's afterEscape: false skips the look-back for an escape glued before a match. */
  readonly afterEscape: boolean;
  /** The rule's anchored: one sticky attempt at each keyword hit. */
  readonly anchored: boolean;
  /** The rule's gate and near pre-checks, held here so the hot loop reads one object shape. */
  readonly gate: Rule['gate'];
  readonly near: Rule['near'];
}

/** A match that passed every check, in raw-text offsets. */
export interface Candidate {
  readonly rule: CompiledRule;
  readonly start: number;
  readonly end: number;
  readonly secret: string;
  readonly confidence: Confidence;
}

/**
 * Where findings overlap (a Notion token inside a Bearer header, a key inside a service-account
 * JSON, the same token seen raw and through a decoded view), keep the higher-priority rule: the
 * one earlier in the rule list; of one rule's, the longest.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => a.start - b.start || a.rule.index - b.rule.index);
  const chosen: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) {
      chosen.push(cluster[0] as Candidate);
    } else if (cluster.length > 1) {
      const kept: Candidate[] = [];
      // One rule seen twice (raw and through a view cut at its region's end): the longer wins.
      for (const c of [...cluster].sort((a, b) => a.rule.index - b.rule.index || b.end - b.start - (a.end - a.start) || a.start - b.start)) {
        if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
      }
      chosen.push(...kept.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const c of candidates) {
    if (c.start >= clusterEnd) {
      flush();
      clusterEnd = c.end;
    } else {
      clusterEnd = Math.max(clusterEnd, c.end);
    }
    cluster.push(c);
  }
  flush();
  return chosen;
}

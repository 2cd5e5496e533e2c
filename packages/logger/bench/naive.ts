// The naive baseline: pino with `formatters.log` + `hooks.logMethod` that deep-walk every record
// and run EVERY catalog rule's pattern (global) over every string, replacing matches with '****'.
// It is the obvious way to bolt a secret catalog onto a logger, and what keyward's keyword-gated
// detector and allocation-free pass-through are meant to beat.

import { catalog } from '@keyward/core';
import type { LoggerOptions } from 'pino';

const MAX_DEPTH = 10;

export function naivePinoOptions(): Pick<LoggerOptions, 'formatters' | 'hooks'> {
  const patterns = catalog.map((r) => new RegExp(r.pattern.source, r.pattern.flags.includes('g') ? r.pattern.flags : `${r.pattern.flags}g`));

  const scrub = (s: string): string => {
    let out = s;
    for (const re of patterns) out = out.replace(re, '****');
    return out;
  };

  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (typeof v !== 'object' || v === null || depth > MAX_DEPTH) return v;
    if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
    if (v instanceof Date) return v;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) out[key] = walk(item, depth + 1);
    return out;
  };

  return {
    formatters: {
      log: (object) => walk(object, 0) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        // The merging object is left to formatters.log (as keyward does); strings and
        // interpolation values are scrubbed here.
        const safe = args.map((a, i) => (typeof a === 'string' || i > 0 ? walk(a, 0) : a)) as Parameters<typeof method>;
        method.apply(this, safe);
      },
    },
  };
}

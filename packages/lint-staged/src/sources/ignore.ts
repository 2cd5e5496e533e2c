import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { picomatch } from '../lazy.js';

interface IgnoreRule {
  readonly negate: boolean;
  readonly match: (path: string) => boolean;
}

/** Turns one .gitignore-syntax line into picomatch globs (anchored or matching at any depth). */
function globsFor(pattern: string): string[] {
  let p = pattern;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.startsWith('/') || p.slice(0, -1).includes('/');
  p = p.replace(/^\//, '');
  const base = anchored ? p : `**/${p}`;
  return dirOnly ? [`${base}/**`] : [base, `${base}/**`];
}

/** A matcher for .gitignore-syntax files (`.keywardignore`; `.gitignore` outside git). */
export class IgnoreFile {
  private readonly rules: IgnoreRule[] = [];

  constructor(text: string) {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/\s+$/, '');
      if (line === '' || line.startsWith('#')) continue;
      const negate = line.startsWith('!');
      const body = negate ? line.slice(1) : line.replace(/^\\/, '');
      this.rules.push({ negate, match: picomatch(globsFor(body), { dot: true }) });
    }
  }

  /** Reads `name` in `dir` if present. */
  static load(dir: string, name: string): IgnoreFile | undefined {
    const file = join(dir, name);
    return existsSync(file) ? new IgnoreFile(readFileSync(file, 'utf8')) : undefined;
  }

  /** Whether a relative, forward-slash path is ignored (last matching rule wins, as in git). */
  ignores(path: string): boolean {
    let ignored = false;
    for (const rule of this.rules) if (rule.match(path)) ignored = !rule.negate;
    return ignored;
  }
}

import type { ReportFinding } from '../engine.js';
import { printable } from '../shown.js';

/**
 * Text as XML 1.0 attribute or element content: markup characters as entities, and characters
 * XML 1.0 cannot hold at all (C0 controls but tab/newline/CR, lone surrogates, U+FFFE/FFFF)
 * written visibly as `\uXXXX`, so a hostile file name cannot make the report unparsable.
 */
export function xml(s: string): string {
  return printable(s)
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line saying what was found, where, and how to fix it; never a raw value unless --reveal. */
export function message(f: ReportFinding): string {
  const live = f.verification?.status === 'verified' ? ' Verified live with its provider.' : '';
  const commit = f.commit ? ` Introduced in commit ${f.commit.sha.slice(0, 12)} by ${f.commit.author} on ${f.commit.date}.` : '';
  return `${f.description}: ${f.secret ?? f.redacted}.${live}${commit} ${f.rotate.how}`;
}

export const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

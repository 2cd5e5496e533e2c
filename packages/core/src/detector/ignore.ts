import { lineHasIgnore, lineIgnoresNext } from '../allowlist.js';

/** Same-line `keyward-ignore`, or `keyward-ignore-next-line` on the line above. */
export function ignoredLine(text: string, lineStart: number, lineEnd: number): boolean {
  if (lineHasIgnore(text.slice(lineStart, lineEnd))) return true;
  if (lineStart === 0) return false;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  // Only look at the tail of a huge previous line: a directive lives in a short comment.
  return lineIgnoresNext(text.slice(Math.max(prevStart, lineStart - 4096), lineStart));
}

/** Whether the line holding `offset` is ignored by a directive. */
export function ignoredAt(text: string, offset: number): boolean {
  const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return ignoredLine(text, start, nl === -1 ? text.length : nl);
}

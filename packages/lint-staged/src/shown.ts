import { redact } from '@keyward/core';

/**
 * A name as a terminal may show it: control, bidi-override and line-separator characters
 * escaped (a file named with an ANSI escape or a newline cannot rewrite the output).
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A string the user supplied (a path, an argument, a revision) as printed: tokens masked, then escaped. */
export function shown(s: string): string {
  return printable(redact(s));
}

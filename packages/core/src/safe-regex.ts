import { UnsafeRegexError } from './errors.js';

interface Group {
  /** The group holds an unbounded quantifier (*, +, {n,}) somewhere inside. */
  unbounded: boolean;
  /** The group holds a bounded quantifier (?, {n,m}). */
  bounded: boolean;
  alternation: boolean;
}

/**
 * Rejects a regular expression source that can backtrack exponentially: a quantified group that
 * itself holds a quantifier (`(a+)+`, `(a*b?)*`), an alternation repeated without bound
 * (`(a|ab)*`), and backreferences. Everything else runs inside the detector's bounded windows.
 * A deliberately conservative check (a star-height test, as safe-regex does), not a full proof.
 */
export function assertSafeRegex(source: string): void {
  const stack: Group[] = [{ unbounded: false, bounded: false, alternation: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) throw new UnsafeRegexError(source, 'a backreference');
      if (!inClass && next === 'k' && source[i + 2] === '<') throw new UnsafeRegexError(source, 'a backreference');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    const top = stack[stack.length - 1] as Group;
    if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      stack.push({ unbounded: false, bounded: false, alternation: false });
    } else if (c === '|') {
      top.alternation = true;
    } else if (c === ')') {
      const group = stack.pop();
      const parent = stack[stack.length - 1];
      if (!group || !parent) throw new UnsafeRegexError(source, 'unbalanced parentheses');
      const quantifier = readQuantifier(source, i + 1);
      if (quantifier) {
        if (group.unbounded || (group.bounded && quantifier.unbounded)) {
          throw new UnsafeRegexError(source, 'a quantifier inside a quantified group');
        }
        if (group.alternation && quantifier.unbounded) {
          throw new UnsafeRegexError(source, 'an alternation repeated without bound');
        }
        if (quantifier.unbounded) parent.unbounded = true;
        else parent.bounded = true;
        i += quantifier.length;
      }
      parent.unbounded ||= group.unbounded;
      parent.bounded ||= group.bounded;
    } else {
      const quantifier = readQuantifier(source, i);
      if (quantifier) {
        if (quantifier.unbounded) top.unbounded = true;
        else top.bounded = true;
        i += quantifier.length - 1;
      }
    }
  }
  if (stack.length !== 1) throw new UnsafeRegexError(source, 'unbalanced parentheses');
}

function readQuantifier(source: string, at: number): { unbounded: boolean; length: number } | undefined {
  const c = source[at];
  let length: number;
  let unbounded = false;
  if (c === '*' || c === '+') {
    unbounded = true;
    length = 1;
  } else if (c === '?') {
    length = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24));
    if (!m) return undefined;
    unbounded = m[2] !== undefined && m[3] === '';
    length = m[0].length;
  } else {
    return undefined;
  }
  // A lazy or possessive-looking suffix belongs to the quantifier.
  if (source[at + length] === '?') length++;
  return { unbounded, length };
}

import { createDetector, type Detector, type KeywardConfig, maskingConfig, redact } from '@keyward/core';

// One masking detector per project config: its custom rules apply, its allowlist and disabled
// rules do not (they accept findings; they never unmask a message).
const maskers = new WeakMap<KeywardConfig, Detector>();

function maskerFor(project: KeywardConfig): Detector {
  let detector = maskers.get(project);
  if (!detector) {
    const config = maskingConfig(project);
    detector = createDetector(config ? { config } : {});
    maskers.set(project, detector);
  }
  return detector;
}

// A literal's escapes as the string holds them: \u0041, \u{41}, \x41 and the one-letter ones.
const ESCAPE = /\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|([\s\S]))/g;
const decodeEscapes = (raw: string): string =>
  raw.replace(ESCAPE, (_m, braced: string | undefined, u4: string | undefined, x2: string | undefined, other: string | undefined) => {
    const hex = braced ?? u4 ?? x2;
    if (hex !== undefined) {
      const code = Number.parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return other === 'n' ? '\n' : other === 't' ? '\t' : other === 'r' ? '\r' : (other ?? '');
  });

/**
 * Source text safe to quote in a lint message: a string or template literal, or a comment, that
 * holds a token however it is spelled (an escape such as `\u006etn_…`, a custom rule's format) is
 * quoted as `"…"` (a comment as an ellipsis), and what remains is masked with the project's custom rules too. One
 * pass over the text (from an adversarial review: `vault["\u006etn_…"]` and a custom rule's token
 * were quoted raw).
 */
export function quoteSource(text: string, project: KeywardConfig): string {
  const detector = maskerFor(project);
  const holds = (raw: string): boolean => detector.mayContainSecret(raw) && detector.scan(raw).length > 0;
  const decodedHolds = (raw: string): boolean => {
    const decoded = decodeEscapes(raw);
    return decoded !== raw && detector.mayContainSecret(decoded) && detector.scan(decoded).length > 0;
  };
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    let end = -1;
    let stand = '';
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < n && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      end = Math.min(n, j + 1);
      stand = `${c}…${c}`;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      end = close === -1 ? n : close + 2;
      stand = '/*…*/';
    } else if (c === '/' && text[i + 1] === '/') {
      const close = text.indexOf('\n', i + 2);
      end = close === -1 ? n : close;
      stand = '//…';
    }
    if (end === -1) {
      out += c;
      i++;
      continue;
    }
    const raw = text.slice(i, end);
    out += holds(raw) || decodedHolds(raw) ? stand : raw;
    i = end;
  }
  return redact(out, { detector });
}

/** Text masked with the project's custom rules as well as the catalog (for text already quoted by quoteSource). */
export function maskSource(text: string, project: KeywardConfig): string {
  return redact(text, { detector: maskerFor(project) });
}

import { sha256Hex } from './sha256.js';

// Words that mark a value as a stand-in rather than a secret.
const PLACEHOLDER_WORDS = /your[_-]|your(?:token|key|secret|api|pass)|example|placeholder|changeme|change[_-]me|dummy|redacted|sample|insert[_-]|[_-]here\b|replace[_-]?(?:me|with)|fixme|<[^>]*>|\$\{|\{\{|%s|process\.env|import\.meta\.env|\*{3,}|x{5,}|X{5,}|\.{3}|…/i;
// Lower case and on a boundary (random base64 holds "XmpL" now and then): `xmpl` marks AWS
// documentation's example ids (`7870825a-xmpl-4def-…`), `mock_` a test double's value.
const DOC_MARKERS = /(?<![A-Za-z0-9])(?:xmpl(?![A-Za-z0-9])|mock[_-])/;
const SEQUENCES = ['0123456789', '1234567890', '9876543210', 'abcdefghij', 'ABCDEFGHIJ', 'fedcba9876', 'FEDCBA9876', 'qwertyuiop', 'abc123'];
// A whole value that is only the word for one: "password", "mypassword", "your-secret". (With
// digits it is a weak password someone uses, "password123", and is reported.)
const WORD_VALUE = /^(?:my|your|the|some)?[_-]?(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key)$/i;

/**
 * sha256 of vendors' documented example keys (Stripe's docs test key, the jwt.io sample): they
 * are everywhere in tutorials and must not be reported. Stored as hashes so the repository holds
 * no token-shaped literal.
 */
const DOC_EXAMPLE_HASHES: ReadonlyMap<string, number> = new Map([
  // Stripe API reference test secret key.
  ['2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326', 32],
  // The HS256 sample token shown on jwt.io.
  ['7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606', 155],
  // The TokenAuthentication example in Django REST framework's docs (Authorization: Token …).
  ['5cc1e9113bbaa7040c4e0fbe80ea6aa743e34add380c596abe5fe584ece883ec', 40],
]);

const DOC_EXAMPLE_LENGTHS = new Set(DOC_EXAMPLE_HASHES.values());

/** True for `your_token_here`, `xxxx…`, `<token>`, `${VAR}`, `{{ var }}`, runs and sequences. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value) || WORD_VALUE.test(value) || DOC_MARKERS.test(value)) return true;
  if (hasRun(value, 8)) return true;
  for (const seq of SEQUENCES) if (value.includes(seq)) return true;
  if (value.length >= 16 && fewDistinct(value, 6)) return true;
  if (DOC_EXAMPLE_LENGTHS.has(value.length) && DOC_EXAMPLE_HASHES.has(sha256Hex(value))) return true;
  return exampleJwtClaims(value);
}

// The header may already be cut off (the detector looks past a rule's `eyJ` prefix).
const JWT_PAYLOAD = /^[\w-]{2,2000}\.(eyJ[\w-]{4,2000})\./;

/**
 * A JWT whose claims are jwt.io's documented example (`"sub": "1234567890"` and `"name": "John
 * Doe"`), whatever its header and signature: test suites re-sign the sample with their own keys
 * and algorithms.
 */
function exampleJwtClaims(value: string): boolean {
  const m = JWT_PAYLOAD.exec(value);
  if (!m || typeof atob !== 'function') return false;
  let claims: string;
  try {
    const b64 = (m[1] as string).replace(/-/g, '+').replace(/_/g, '/');
    claims = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return false;
  }
  // Both of jwt.io's sample claims, exactly: a real token whose issuer is login.example.com, or
  // whose claims say "sample", is still a real token.
  return /"sub"\s*:\s*"1234567890"/.test(claims) && /"name"\s*:\s*"John Doe"/.test(claims);
}

/** True when one character repeats `length` times in a row: "00000000", "aaaaaaaa". */
function hasRun(value: string, length: number): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/** True when `value` has fewer than `min` distinct characters. */
function fewDistinct(value: string, min: number): boolean {
  const seen: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!seen.includes(c)) {
      seen.push(c);
      if (seen.length >= min) return false;
    }
  }
  return true;
}

/** True when the line holds `keyward-ignore` (any comment syntax). */
export function lineHasIgnore(line: string): boolean {
  return line.includes('keyward-ignore');
}

/** True when the line holds `keyward-ignore-next-line`. */
export function lineIgnoresNext(line: string): boolean {
  return line.includes('keyward-ignore-next-line');
}

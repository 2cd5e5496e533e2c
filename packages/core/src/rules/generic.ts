import { isPlaceholder } from '../allowlist.js';
import { shannonEntropy } from '../entropy.js';
import { isKeyLikeName, isSecretKeyName } from '../keys.js';
import { ALNUM, BASE64, defineRule } from './define.js';

// What a quoted value may contain. ":" and "=" are left out so "a:a:a…" or "a=a=a…" cannot make
// the pattern retry long runs (base64 "=" padding is allowed at the end).
const QUOTED = `[^\\s"'\`;,(){}\\[\\]<>:=]`;
// What a bare value (.env, YAML, INI) may contain: no expression syntax at all.
const BARE = `[A-Za-z0-9+/_~.!@#%^&*-]`;

// Values are taken atomically with the (?=(…))\N idiom: a run longer than 256 fails at once
// instead of backtracking through every shorter length.
const QUOTED_ASSIGNMENT = new RegExp(
  `(?<![A-Za-z0-9_$])([A-Za-z_$][A-Za-z0-9_$.-]{0,63})["'\`]?\\]?[ \\t]{0,8}(?::=|=>|\\|\\||\\?\\?|[:=])[ \\t]{0,8}(["'\`])(?=(${QUOTED}{8,256}={0,2}))\\3\\2`,
);
// A bare value only counts where the key starts the line (`KEY=value`, `key: value`, Dockerfile
// `ARG`/`ENV`): in code, an unquoted right-hand side is an expression, not a literal.
const BARE_ASSIGNMENT = new RegExp(
  `^[ \\t]{0,16}(?:export[ \\t]{1,4}|- |ARG[ \\t]{1,4}|ENV[ \\t]{1,4})?([A-Za-z_][A-Za-z0-9_.-]{0,63})[ \\t]{0,8}[:=][ \\t]{0,8}(?=(${BARE}{8,256}={0,2}))\\2(?=[ \\t]*(?:#|$))`,
  'm',
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z_$]*$/;
// "this.config.token", "my-secret-name", "v2.api-key1": segments of letters with at most a
// trailing number. Random material puts digits inside its segments.
const DOTTED_WORDS = /^[A-Za-z_$]+\d*(?:[.-][A-Za-z_$]+\d*)+$/;
const PATH_OR_URL = /^(?:[./~]|[a-z][a-z0-9+.-]*:\/\/)/i;
const PUBLIC_KEY = /^(?:pk_(?:live|test)_|pk\.eyJ|pk\.)/;
const WORDY_PATH = /^[A-Za-z@._-]+(?:\/[A-Za-z@._-]+)+$/;

/** A value that looks like random key material rather than a word, identifier or path. */
export function looksLikeSecretValue(value: string, strict: boolean): boolean {
  const minLength = strict ? 20 : 10;
  const minEntropy = strict ? 3.8 : 3.2;
  if (value.length < minLength || /\s/.test(value)) return false;
  // The same placeholder judgement as every detector finding (abc123, example, runs …).
  if (isPlaceholder(value)) return false;
  // Letters only is an identifier, unless it is long, mixed-case and as random as key material
  // (32 random letters: entropy ~4.5-4.7 bits; camelCase names of that length: 3.9-4.3).
  if (IDENTIFIER.test(value) && !(value.length >= 32 && /[A-Z]/.test(value) && /[a-z]/.test(value) && shannonEntropy(value) >= 4.45)) return false;
  if (DOTTED_WORDS.test(value) || PATH_OR_URL.test(value) || WORDY_PATH.test(value)) return false;
  // Client-side keys that vendors publish by design (Stripe publishable, Mapbox public).
  if (PUBLIC_KEY.test(value)) return false;
  // A vendor prefix with a stub body ("secret_abc12"): truncated or a placeholder.
  if (/^[A-Za-z]{2,12}[_-][A-Za-z0-9]{0,7}$/.test(value)) return false;
  // A bare number or a version string.
  if (/^[0-9.+-]+$/.test(value)) return false;
  // Words and paths ("@scope/pkg/featuresKey", "my-secret-name"): random key material of this
  // length almost always holds a digit, or is long and mixed-case.
  if (!/[0-9]/.test(value) && (value.length < 32 || !/[A-Z]/.test(value) || !/[a-z]/.test(value))) return false;
  return shannonEntropy(value) >= minEntropy;
}

/**
 * The generic rule: a secret-named key (api_key, token, secret, password, client_secret …)
 * assigned a high-entropy value. It runs after every provider rule and yields to them.
 */
const keywords = ['key', 'token', 'secret', 'passw', 'pwd', 'credential', 'auth'];
const rotate = {
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  how: 'Rotate the credential at its issuer and read it from the environment (via your config module) instead.',
} as const;

const enum Char {
  Tab = 9,
  Space = 32,
  DoubleQuote = 34,
  Quote = 39,
  Colon = 58,
  Equals = 61,
  Bracket = 93,
  Backtick = 96,
}

function isKeyChar(c: number): boolean {
  // A-Z a-z 0-9 _ $ . -
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 45;
}

/**
 * Whether the identifier around a keyword hit is followed by an assignment (`:`, `=`, `:=`,
 * `=>`), and then by a quote (`quoted`) or not. Most hits ("Object.keys(", "token)") fail here,
 * so the patterns run only where they could match.
 */
// The last identifier walked: hits inside the same identifier ("key-key-key…") reuse it.
let lastText = '';
let lastFrom = -1;
let lastEnd = -1;

function assignmentFollows(text: string, at: number, quoted: boolean): boolean {
  let i: number;
  if (text === lastText && at >= lastFrom && at < lastEnd) {
    i = lastEnd;
  } else {
    i = at;
    const limit = Math.min(text.length, at + 64);
    while (i < limit && isKeyChar(text.charCodeAt(i))) i++;
    lastText = text;
    lastFrom = at;
    lastEnd = i;
  }
  let c = text.charCodeAt(i);
  if (c === Char.DoubleQuote || c === Char.Quote || c === Char.Backtick) c = text.charCodeAt(++i);
  if (c === Char.Bracket) c = text.charCodeAt(++i);
  for (let n = 0; n < 8 && (c === Char.Space || c === Char.Tab); n++) c = text.charCodeAt(++i);
  // `||` and `??` fallbacks (process.env.KEY || '…') count as assignments.
  if ((c === 124 || c === 63) && text.charCodeAt(i + 1) === c) {
    i += 2;
    c = text.charCodeAt(i);
  } else {
    if (c !== Char.Colon && c !== Char.Equals) return false;
    c = text.charCodeAt(++i);
    if (c === Char.Equals || c === 62 /* > */) c = text.charCodeAt(++i);
  }
  for (let n = 0; n < 8 && (c === Char.Space || c === Char.Tab); n++) c = text.charCodeAt(++i);
  const isQuote = c === Char.DoubleQuote || c === Char.Quote || c === Char.Backtick;
  return quoted ? isQuote : !isQuote && c === c;
}

function acceptGeneric(key: string, value: string): boolean {
  if (isSecretKeyName(key)) return looksLikeSecretValue(value, false);
  return isKeyLikeName(key) && looksLikeSecretValue(value, true);
}

interface GenericSpec {
  readonly id: string;
  readonly description: string;
  readonly pattern: RegExp;
  readonly quoted: boolean;
  /** How far before the keyword the key may start. */
  readonly before: number;
  /** The capture groups of the key and of the value. */
  readonly keyGroup: number;
  readonly valueGroup: number;
  readonly sampleKey: string;
  readonly negatives: readonly string[];
}

/** A generic rule: the quoted and the bare form differ only in pattern, window and groups. */
function genericRule(spec: GenericSpec) {
  return defineRule({
    id: spec.id,
    provider: 'Generic',
    description: spec.description,
    keywords,
    pattern: spec.pattern,
    // The keyword sits in the key (≤ 64 chars); the value follows within ~280.
    window: { before: spec.before, after: 360 },
    near: (text, at) => assignmentFollows(text, at, spec.quoted),
    secretGroup: spec.valueGroup,
    accept: (m) => acceptGeneric(m[spec.keyGroup] ?? '', m[spec.valueGroup] ?? ''),
    severity: 'medium',
    confidence: 'low',
    rotate,
    sample: (g) => g.chars(ALNUM, 12) + g.chars(BASE64, 20),
    sampleKey: spec.sampleKey,
    negatives: spec.negatives,
  });
}

/**
 * The generic rules: a secret-named key (api_key, token, secret, password, client_secret …)
 * assigned a high-entropy value. They run after every provider rule and yield to them.
 */
export const genericRules = [
  genericRule({
    id: 'generic-secret-assignment',
    description: 'High-entropy string literal assigned to a secret-named key (apiKey = "…", "token": "…")',
    pattern: QUOTED_ASSIGNMENT,
    quoted: true,
    before: 64,
    keyGroup: 1,
    valueGroup: 3,
    sampleKey: 'service_api_key',
    negatives: ['api_key = "your-api-key-here"', 'password: process.env.DB_PASSWORD', 'token = getToken()', 'secret: "my-secret-name"', 'maxTokens = 4096', 'const token = this.tokenizer.next();', 'const isFirstTokenInTag = !context?.prev;'],
  }),
  genericRule({
    id: 'generic-secret-env',
    description: 'High-entropy bare value under a secret-named key in .env, YAML or INI (API_KEY=…)',
    pattern: BARE_ASSIGNMENT,
    quoted: false,
    before: 96,
    keyGroup: 1,
    valueGroup: 2,
    sampleKey: 'SERVICE_API_KEY',
    negatives: ['API_KEY=your-api-key-here', 'token: this.token', 'retainEmptyTokens = !preserveSignificantWhitespace)', 'password: ${DB_PASSWORD}'],
  }),
];

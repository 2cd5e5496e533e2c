// The prefilter: an Aho–Corasick automaton over case-folded ASCII (and, sharing a class per
// script, the letters of keywords in other scripts), flattened into one typed array; a keyword
// with a character of a shared class is checked against the text at each hit. It visits each character once whatever the number of keywords, where a regex union
// slows down as keywords are added (measured: ~120 MB/s for a 100-keyword union against
// ~300 MB/s for this loop on the same text).

import { KEYWORD_WALK_WASM } from './keyword-walk-wasm.js';

export class KeywordMatcher {
  readonly keywords: readonly string[];
  /**
   * Character class of each UTF-16 code unit: every letter some keyword uses has its own class
   * (upper and lower case share one), as do punctuation common in keywords and code (`_ - . :`
   * …), and all other code units share class 0. Digits share one class, rare punctuation another
   * (`( ) [ ] < > $ & ; @ *`), and a keyword's letters in another script (пароль, 密码, 비밀번호)
   * or with a diacritic (hasło) one class per script (SCRIPTS): the walk finds a run of the shared
   * class as long as the word, and `report` keeps it only where the text spells the word. So there
   * are ~50 classes (measured: 71 before digits, punctuation and alphabets shared, with the same
   * hits). Rows are as wide as the number of classes rather than 128, so the table stays small
   * enough to live in cache; the class table covers every code unit, so the hot loop needs no
   * range check (measured: 20% faster than testing for ASCII first).
   */
  private readonly classOf: Uint8Array;
  private readonly width: number;
  /**
   * delta[state + class] = next state, premultiplied by the row width, and negated when that
   * state ends a keyword, so the hot loop tests a sign instead of loading a second array.
   */
  private readonly delta: Int32Array;
  /** For each state (index = state / width): the keyword ending there (its first index), or -1. */
  private readonly own: Int32Array;
  /** For each keyword: the next index of the same keyword text (a list given twice), or -1. */
  private readonly sameNext: Int32Array;
  /** For each state: the nearest state on its failure chain where a keyword ends, or -1. */
  private readonly outLink: Int32Array;
  /** For a keyword that is one character repeated, that character (folded); else 0. */
  private readonly runOf: Int32Array;
  /**
   * For a keyword with letters in a shared script class, the keyword in capitals, character by
   * character (its hits are checked against the text: each character the keyword's or this
   * one's); undefined for the others.
   */
  private readonly capitals: readonly (string | undefined)[];
  /** The longest keyword's length - 1: how far back a walk must start to see any keyword whole. */
  private readonly overlap: number;
  /** The WebAssembly walker for long texts, made on the first; null where none can run. */
  private walker: SegmentWalker | null | undefined;

  // Built from typed arrays only (a trie as first-child/next-sibling lists, a queue, rows copied
  // natively): a one-shot CLI run builds it cold, in the interpreter, for ~1,500 keywords.
  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    const classOf = new Uint8Array(65536);
    const scriptClass = new Uint8Array(SCRIPT_GROUPS);
    const capitals: (string | undefined)[] = keywords.map(() => undefined);
    let width = 1;
    let capacity = 1;
    // Two passes: the scripts' classes come last, so every row's columns for ASCII are where they
    // would be without them. The first looks each distinct code unit up once (`kind`: 1 for
    // ASCII and other plain code units, 2 + its group for a script's letter): a cold CLI run
    // builds this in the interpreter, where a call per character of ~1,500 keywords cost ~6 ms.
    const kind = new Uint8Array(65536);
    const withScript: number[] = [];
    for (let k = 0; k < keywords.length; k++) {
      const keyword = keywords[k] as string;
      capacity += keyword.length;
      let scripted = false;
      for (let i = 0; i < keyword.length; i++) {
        // ASCII folds to lower case; a few keywords are other code units (a zero-width space).
        const code = keyword.charCodeAt(i);
        let kd = kind[code] as number;
        if (kd === 0) kind[code] = kd = scriptOf(code) + 2;
        if (kd !== 1) {
          scripted = true;
          continue;
        }
        const c = code >= 65 && code <= 90 ? code + 32 : code;
        if (classOf[c] === 0) classOf[c] = width++;
      }
      if (scripted) withScript.push(k);
    }
    for (const k of withScript) {
      const keyword = keywords[k] as string;
      capitals[k] = [...keyword].map((ch) => (ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch)).join('');
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i);
        const script = (kind[code] as number) - 2;
        if (script === -1) continue;
        const c = code < 128 ? fold(code) : code;
        if (scriptClass[script] === 0) scriptClass[script] = width++;
        classOf[c] = scriptClass[script] as number;
        // Its capital too, where case maps one code unit to one (Ü, Ł, Cyrillic, Greek).
        const upper = String.fromCharCode(c).toUpperCase();
        if (upper.length === 1) classOf[upper.charCodeAt(0)] = classOf[c] as number;
      }
    }
    for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32] as number;

    const childHead = new Int32Array(capacity).fill(-1);
    const sibling = new Int32Array(capacity);
    const edgeClass = new Int32Array(capacity);
    const own = new Int32Array(capacity).fill(-1);
    const sameNext = new Int32Array(keywords.length).fill(-1);
    let states = 1;
    for (let k = 0; k < keywords.length; k++) {
      const keyword = keywords[k] as string;
      let s = 0;
      for (let i = 0; i < keyword.length; i++) {
        const c = classOf[keyword.charCodeAt(i)] as number;
        let t = childHead[s] as number;
        while (t !== -1 && edgeClass[t] !== c) t = sibling[t] as number;
        if (t === -1) {
          t = states++;
          edgeClass[t] = c;
          sibling[t] = childHead[s] as number;
          childHead[s] = t;
        }
        s = t;
      }
      if (own[s] === -1) own[s] = k;
      else {
        let j = own[s] as number;
        while (sameNext[j] !== -1) j = sameNext[j] as number;
        sameNext[j] = k;
      }
    }

    // Breadth-first, writing final (encoded) cells only: each state's row starts as a copy of its
    // failure state's complete row, then its own edges are written over it. A state's output
    // link is known when it is discovered, so each edge is encoded as it is written.
    const delta = new Int32Array(states * width);
    const fail = new Int32Array(states);
    const outLink = new Int32Array(states).fill(-1);
    const queue = new Int32Array(states);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const s = queue[head] as number;
      const row = s * width;
      if (s !== 0) {
        const f = (fail[s] as number) * width;
        delta.copyWithin(row, f, f + width);
      }
      for (let t = childHead[s] as number; t !== -1; t = sibling[t] as number) {
        const c = edgeClass[t] as number;
        const ft = s === 0 ? 0 : Math.abs(delta[(fail[s] as number) * width + c] as number) / width;
        fail[t] = ft;
        outLink[t] = own[ft] !== -1 ? ft : (outLink[ft] as number);
        delta[row + c] = own[t] !== -1 || outLink[t] !== -1 ? -t * width : t * width;
        queue[tail++] = t;
      }
    }

    this.classOf = classOf;
    this.width = width;
    this.delta = delta;
    this.own = own.slice(0, states);
    this.sameNext = sameNext;
    this.outLink = outLink;
    this.overlap = Math.max(0, ...keywords.map((k) => k.length - 1));
    this.capitals = capitals;
    this.runOf = Int32Array.from(keywords, (k) => (k.length > 1 && [...k].every((ch) => ch === k[0]) ? fold(k.charCodeAt(0)) : 0));
  }

  /** Whether any keyword occurs in `text`: the same pass as findAll, stopping at the first hit (allocating nothing until one). */
  test(text: string): boolean {
    const { delta, classOf } = this;
    let s = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      s = delta[s + (classOf[c] as number)] as number;
      if (s >= 0) continue;
      s = -s;
      // A run of another script's letters may only look like a keyword: report checks it.
      const hits: number[] = [];
      this.report(text, s, i, hits);
      if (hits.length > 0) return true;
    }
    return false;
  }

  /**
   * Every keyword occurrence (case-insensitive, overlapping ones included), as a flat list of
   * `[keywordIndex, startOffset]` pairs ordered by end offset.
   */
  findAll(text: string): number[] {
    const hits: number[] = [];
    const n = text.length;
    const walker = n < STREAMED_FROM || this.overlap > LOOK_BACK ? undefined : (this.walker ??= segmentWalker(this.classOf, this.delta));
    if (walker === undefined || walker === null) {
      const { delta, classOf } = this;
      let s = 0;
      for (let i = 0; i < n; i++) {
        s = delta[s + (classOf[text.charCodeAt(i)] as number)] as number;
        if (s >= 0) continue;
        s = -s;
        this.report(text, s, i, hits);
      }
      return hits;
    }
    const { cells, lists, counts } = walker;
    for (let from = 0; from < n; from += SEGMENT) {
      // Each segment is walked from `longest keyword - 1` characters before it, so a keyword
      // across the boundary is seen whole; ends in that look-back belong to the segment before.
      const lead = Math.min(from, this.overlap);
      walker.walk(text, from - lead, Math.min(n, from + SEGMENT), lead, this.overlap);
      const base = from - lead;
      for (let k = 0; k < 4; k++) {
        let r = lists[k] as number;
        for (const end = r + 2 * (cells[counts + k] as number); r < end; r += 2) this.report(text, cells[r] as number, base + (cells[r + 1] as number), hits);
      }
    }
    return hits;
  }

  /** Pushes the keywords that state `s` (positive, premultiplied) ends at offset `i`. */
  private report(text: string, s: number, i: number, hits: number[]): void {
    const { own, sameNext, outLink, keywords, runOf, capitals } = this;
    const state = (s / this.width) | 0;
    for (let o = own[state] !== -1 ? state : (outLink[state] as number); o !== -1; o = outLink[o] as number) {
      for (let k = own[o] as number; k !== -1; k = sameNext[k] as number) {
        const start = i + 1 - (keywords[k] as string).length;
        // A keyword of one repeated character (Twitter's twenty A's) is reported at most twice
        // per run, at its first two characters (the first may end an escape, "\x0A" + the
        // token): a megabyte of "a" is two hits, not a million.
        const run = runOf[k] as number;
        if (run !== 0 && start > 1 && fold(text.charCodeAt(start - 1)) === run && fold(text.charCodeAt(start - 2)) === run) continue;
        // A run of a script's letters as long as the word: the word itself?
        const upper = capitals[k];
        if (upper !== undefined && !spells(text, start, keywords[k] as string, upper)) continue;
        hits.push(k, start);
      }
    }
  }
}

/**
 * Texts this long or longer are walked by the WebAssembly walker (see segmentWalker); for shorter
 * ones (log fields, short lines) one walk over the string costs less than the copy and the call.
 */
const STREAMED_FROM = 2048;
/** Characters walked per copy. */
const SEGMENT = 131072;
/** Room in the copy for a walk's look-back before its segment: keywords longer than this (none built in) walk the string. */
const LOOK_BACK = 256;

/**
 * The automaton's walk in WebAssembly (keyword-walk.wat), over segments of a text copied into its
 * memory, as four walks over each segment's quarters in one loop. A walk's cost is the latency of
 * each state's table load, which waits for the state before it; four walks keep four loads in
 * flight, and WebAssembly runs the loop without the bounds and type checks a JavaScript loop pays
 * (over 40 MB of package sources: 2.5× the speed of the same four walks in JavaScript).
 */
interface SegmentWalker {
  /** Walks text[from, to), whose first `lead` characters are look-back only, and fills the lists. */
  walk(text: string, from: number, to: number, lead: number, overlap: number): void;
  /** The memory as 32-bit cells: list k holds (premultiplied state, offset from `from`) pairs from cell lists[k]. */
  readonly cells: Int32Array;
  readonly lists: readonly [number, number, number, number];
  /** The cell of list 0's record count; lists 1-3 follow. */
  readonly counts: number;
}

interface NodeBufferLike {
  write(text: string, offset: number, length: number, encoding: 'utf16le'): number;
}

/** What the walker uses of the WebAssembly API (core's types name no platform's globals). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

let walkModule: object | null | undefined;

/**
 * A walker for this automaton, or null where there is no Node Buffer to copy UTF-16 with, the
 * platform is big-endian, or WebAssembly cannot run (`node --jitless`, a page's CSP): findAll then
 * walks the string in JavaScript.
 */
function segmentWalker(classOf: Uint8Array, delta: Int32Array): SegmentWalker | null {
  const { Buffer: NodeBuffer, WebAssembly: wasm } = globalThis as { Buffer?: { from(buffer: ArrayBuffer): NodeBufferLike }; WebAssembly?: WebAssemblyApi };
  if (typeof NodeBuffer?.from !== 'function' || wasm === undefined || walkModule === null || new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) return null;
  try {
    walkModule ??= new wasm.Module(KEYWORD_WALK_WASM);
    // The layout: classes of every code unit at 0, the table, the copied segment, the four list
    // lengths, the four lists. Each list holds at most a quarter's ends (a short segment's single
    // walk: fewer than 4 × LOOK_BACK + 4).
    const tableAt = classOf.length;
    const viewAt = align(tableAt + delta.length * 4);
    const countsAt = align(viewAt + (SEGMENT + LOOK_BACK) * 2);
    const listsAt = countsAt + 16;
    const capacity = (SEGMENT / 4 + 8) * 8;
    const memory = new wasm.Memory({ initial: Math.ceil((listsAt + 4 * capacity) / 65536) });
    const instance = new wasm.Instance(walkModule, { walk: { memory } });
    const walk4 = instance.exports.walk4 as (view: number, count: number, lead: number, overlap: number, table: number, lists: number, capacity: number, counts: number) => void;
    new Uint8Array(memory.buffer).set(classOf, 0);
    new Int32Array(memory.buffer, tableAt, delta.length).set(delta);
    const bytes = NodeBuffer.from(memory.buffer);
    const cells = new Int32Array(memory.buffer);
    return {
      walk(text, from, to, lead, overlap) {
        const count = bytes.write(from === 0 && to === text.length ? text : text.slice(from, to), viewAt, (to - from) * 2, 'utf16le') >> 1;
        walk4(viewAt, count, lead, overlap, tableAt, listsAt, capacity, countsAt);
      },
      cells,
      lists: [listsAt / 4, (listsAt + capacity) / 4, (listsAt + 2 * capacity) / 4, (listsAt + 3 * capacity) / 4],
      counts: countsAt / 4,
    };
  } catch {
    walkModule = null;
    return null;
  }
}

const align = (at: number): number => Math.ceil(at / 16) * 16;

/**
 * Scripts whose letters, in keywords, share one class each: [first, last] code unit and the
 * script's class group. A text in one of them walks through runs of its letters, and only a run
 * of a keyword's length is checked against the word.
 */
const SCRIPTS: readonly (readonly [number, number, number])[] = [
  [0x00c0, 0x024f, 0], // Latin letters with diacritics (ü, ñ, ł, ş)
  [0x1e00, 0x1eff, 0], // and Vietnamese's (ậ, ẩ); with the alphabets below, which no text mixes
  [0x0370, 0x03ff, 0], // Greek
  [0x0590, 0x05ff, 0], // Hebrew
  [0x0600, 0x06ff, 0], // Arabic
  [0x0900, 0x097f, 0], // Devanagari
  [0x0e00, 0x0e7f, 0], // Thai
  [0x0400, 0x052f, 1], // Cyrillic (see SPREAD)
  [0x3040, 0x30ff, 5], // Hiragana and Katakana
  [0x3400, 0x9fff, 6], // Han
  [0xac00, 0xd7af, 7], // Hangul syllables
];
/**
 * ASCII that keywords use but text seldom puts where a keyword's letters stand: digits (ya29.,
 * sk-ant-api03-) share a class, and so does rare punctuation (`database(`, `password>`,
 * `]:587 `, `access_token$production$`). Punctuation that opens many keywords or stands in code
 * between words keeps its own class (`_ - . : = / " ' + % \ | ~`): shared, it would make a
 * candidate of every `->` or `(x`.
 */
const DIGITS_GROUP = 8;
const PUNCTUATION_GROUP = 9;
const SHARED_PUNCTUATION = new Set([...'()*[]<>$&;@'].map((c) => c.charCodeAt(0)));
const SCRIPT_GROUPS = PUNCTUATION_GROUP + 1;
/**
 * Cyrillic's keywords (пароль, ключ, секрет, токен, гасло, лозинка) use most of its common
 * letters: with one class, a Russian text's every run of four or more of them reached the check
 * (9,000 in a 37 KB file). Four classes (by code unit, mod 4) make that rare.
 */
const SPREAD = 4;

/**
 * Whether `keyword` can be a rule's keyword: two or more characters, lower case, each printable
 * ASCII or a letter of a script in SCRIPTS (its class is shared, so it costs the walk nothing).
 */
export function isKeywordText(keyword: string): boolean {
  if (keyword.length < 2 || keyword !== keyword.toLowerCase()) return false;
  for (let i = 0; i < keyword.length; i++) {
    const code = keyword.charCodeAt(i);
    if ((code < 0x20 || code > 0x7e) && scriptOf(code) === -1) return false;
  }
  return true;
}

/** The shared class group of `code` (a digit, rare punctuation, a letter of a script in SCRIPTS), or -1 for a class of its own. */
function scriptOf(code: number): number {
  if (code < 128) return code >= 48 && code <= 57 ? DIGITS_GROUP : SHARED_PUNCTUATION.has(code) ? PUNCTUATION_GROUP : -1;
  for (const [first, last, group] of SCRIPTS) if (code >= first && code <= last) return group === 1 ? group + (code % SPREAD) : group;
  return -1;
}

/** Whether text at `at` holds `word`, each character as in it or as in `upper` (the same word in capitals). */
function spells(text: string, at: number, word: string, upper: string): boolean {
  for (let j = 0; j < word.length; j++) {
    const c = text.charCodeAt(at + j);
    if (c !== word.charCodeAt(j) && c !== upper.charCodeAt(j)) return false;
  }
  return true;
}

/** ASCII lower case. */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

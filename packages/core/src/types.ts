/** How bad a leak of this kind of secret is. */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** How sure the detector is that a finding is a live secret. */
export type Confidence = 'high' | 'medium' | 'low';

/** A source of random characters for sample generation (seeded in tests, so runs repeat). */
/** Scratch space for `Rule.near`, fresh for each text scanned. */
export interface ScanMemo {
  /** The generic rules' key run: the hit it was measured from, and where it ends. */
  keyFrom?: number;
  keyEnd?: number;
  /** The data-row look-back of the last cell: where it started, where it stopped, its answer and kind. */
  rowFrom?: number;
  rowEnd?: number;
  rowResult?: boolean;
  rowQuoted?: boolean;
  /** Key-pair rules found by a vendor's name: the next offset of each key ID's literal start (-1: none left). */
  idNext?: Map<string, number>;
  /** Whether the text names a vendor anywhere (a client whose name alone says little: sdkTokenArgument), looked up once per text. */
  named?: Map<string, boolean>;
}

/** See Rule.gate. */
export interface RuleGate {
  readonly test: (text: string, keywordStart: number, scan: ScanMemo) => number;
  readonly bit: number;
}

export interface SampleGen {
  /** `n` characters drawn uniformly from `alphabet`. */
  chars(alphabet: string, n: number): string;
  /** A whole number in `[min, max]`. */
  int(min: number, max: number): number;
  /** One element of `items`. */
  pick<T>(items: readonly T[]): T;
}

/** How to revoke or rotate a leaked secret of this kind. */
export interface Rotation {
  readonly url: string;
  readonly how: string;
}

/**
 * One kind of secret. Patterns are compiled once by the detector; they must run in linear time
 * (no nested quantifiers, bounded repetition, anchored by lookaround delimiters).
 */
export interface Rule {
  /** Stable kebab-case id, e.g. `notion-integration-token`. */
  readonly id: string;
  /** The vendor, e.g. `Notion`. */
  readonly provider: string;
  readonly description: string;
  /** Lowercase literals; the rule runs only near a place where one occurs (case-insensitive). */
  readonly keywords: readonly string[];
  /** The pattern. Flags other than `i`, `m`, `s` are ignored. */
  readonly pattern: RegExp;
  /**
   * The capture group holding the secret (default 1; 0 for the whole match). When it did not
   * take part in the match, the next group that did is used, so alternatives can each capture.
   */
  readonly secretGroup?: number;
  /** Literal prefixes kept visible by the mask (`ntn_****`). */
  readonly prefixes?: readonly string[];
  /** Minimum Shannon entropy (bits per character) of the secret. */
  readonly minEntropy?: number;
  /** A structural check (checksum, decoded shape). A failed check lowers confidence. */
  readonly validate?: (secret: string) => boolean;
  /**
   * A word that must appear near the match (case-insensitive) for it to count, for formats that
   * are only secrets in a vendor's context (legacy Notion `secret_…`, AWS secret keys).
   */
  readonly context?: readonly string[];
  /**
   * With `context`: the confidence of a match with no context word near it. Unset, such a match
   * is not reported (the format alone is not a secret); set, it is, for formats that stand on
   * their own but are surer with the vendor's name nearby.
   */
  readonly contextConfidence?: Confidence;
  /**
   * Text scanned around a keyword hit: `line` (default), `block` (multi-line from the keyword's
   * line, e.g. PEM) or `near` (window.before characters back and window.after on, over line ends
   * both ways: for a format whose telling word may sit on the line after it).
   */
  readonly span?: 'line' | 'block' | 'near';
  /**
   * The text scanned around a keyword hit, in characters: how far a match may start before the
   * keyword (default 256) and end after it (default 1024). Clipped to the line for line spans.
   * `grows`: a window that ends inside a run of token characters reaches the run's end, up to
   * this many characters from its start, so a rare long value costs a longer window and not
   * every hit.
   */
  readonly window?: { readonly before?: number; readonly after?: number; readonly grows?: number };
  /**
   * A cheap test of the text at a keyword hit (`keywordStart` is the hit's offset); false skips
   * the rule there without running its pattern. The generic rules use it to require that an
   * assignment follows the key. `scan` is one object per text scanned, where rules may remember
   * something between hits of that text (the generic rules share the key they measured), so no
   * scanned text is kept after the scan.
   */
  readonly near?: (text: string, keywordStart: number, scan: ScanMemo) => boolean;
  /**
   * A test shared by a family of rules and run once per keyword hit for all of them: `test`
   * returns a set of bits, and a rule whose `bit` is not in it is skipped there before `near` and
   * its pattern. The thirteen generic rules read the characters after a key once this way instead
   * of once each. It must be a necessary condition of the rule's `near`, never a narrower one.
   */
  readonly gate?: RuleGate;
  /**
   * Whether a match may start right after a string escape or percent-encoding glued to it
   * (`\nAPI_KEY=…`, `%3Dntn_…`); default true. A rule whose match starts after a blank or a "?"
   * says false, and the detector skips the look-back for escapes before its keyword hits.
   */
  readonly afterEscape?: boolean;
  /**
   * The match starts at the keyword hit: the pattern is tried there once (sticky), never searched
   * through a window. For patterns that begin with their keyword and are costly to search with
   * (a long alternation under the `iu` flags); a left fence belongs in `near`, as the pattern
   * sees nothing before the hit.
   */
  readonly anchored?: boolean;
  /**
   * Post-match check on the whole match (key name for generic rules); false drops it, and the
   * pattern is tried again from the next character, so a key the match swallowed is still seen.
   * The match ran over a window of the text: `text` is the whole scanned text and `at` the
   * match's offset in it, for a check that looks around the match.
   */
  readonly accept?: (match: RegExpExecArray, text: string, at: number) => boolean;
  /**
   * Where a secret that goes on past its match ends: a value split over string concatenation
   * (`"…" +⏎ "…"`, Python's `("…"⏎ "…")`) is reported and masked through its last piece. Given
   * the scanned text and the match's end, returns the end to report (at least `end`).
   */
  readonly continues?: (text: string, end: number) => number;
  readonly severity: Severity;
  /** Confidence when every check passes; defaults to `high`. */
  readonly confidence?: Confidence;
  readonly rotate: Rotation;
  /** The vendor's description of the format, where one exists. */
  readonly docs?: string;
  /** Builds a true sample of this secret from random characters. */
  readonly sample: (gen: SampleGen) => string;
  /** Strings that look close but must not be reported. */
  readonly negatives: readonly string[];
  /**
   * For secrets recognised by the key they are assigned to: a key name under which the sample
   * is embedded in test contexts (`AWS_SECRET_ACCESS_KEY`).
   */
  readonly sampleKey?: string;
  /** True when `sample()` yields a whole multi-line block (PEM) rather than a one-line token. */
  readonly sampleIsBlock?: boolean;
  /**
   * True when the secret encodes binary structure (a DER or OpenSSH key, X's bearer tokens): its
   * runs of one character ("AAAAAAAA" for zero bytes) are part of the format, not a placeholder.
   */
  readonly encodesBinary?: boolean;
  /**
   * True when the secret's alphabet holds code punctuation (a WordPress salt's `<>{}$*.%`): markup
   * and template shapes inside it (`<…>`, `${`, `{{`, `%s`, `***`, `...`) are chance, not placeholders.
   */
  readonly punctuated?: boolean;
  /**
   * True when the secret is groups of capital letters (CleverTap's `ABC-DEF-GHIJ`): a format
   * described in capitals (`USER:PASSWORD@HOST`), which marks a placeholder elsewhere, is its shape.
   */
  readonly capitals?: boolean;
  /**
   * True when the secret is a phrase of a standard word list (BIP-39) that the rule checks itself
   * (a checksum): its words (`example`, `sample`) are the list's, not a placeholder's.
   */
  readonly wordList?: boolean;
}

/** One secret found in a text. The raw value never appears here. */
export interface Finding {
  readonly ruleId: string;
  readonly provider: string;
  readonly description: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly path?: string;
  /** 1-based line of the secret's first character. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of the secret's first character. */
  readonly column: number;
  /** Offsets of the secret in the scanned text (UTF-16 code units), end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The secret masked, keeping only its provider prefix: `ntn_****`. */
  readonly redacted: string;
  /** `sha256(ruleId + ":" + secret)`, hex, first 32 characters. Never the value. */
  readonly fingerprint: string;
  readonly rotate: Rotation;
}

import type { Rotation, Rule, SampleGen, ScanMemo } from '../types.js';
import { defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';
import { isPlaceholder } from '../allowlist.js';

/** A client that takes its token as the first argument. */
export interface SdkTokenSpec {
  readonly id: string;
  readonly provider: string;
  /** Regex source of the client's name as code calls it (`TodoistAPI`, `ynab\\.API`). */
  readonly client: string;
  /** The call as the sample and the description write it (`TodoistAPI`, `ynab.API`). */
  readonly call: string;
  /** Keywords (lower case): the client's name, or the vendor's where the name is common (`API(`). */
  readonly keywords?: readonly string[];
  /** Regex source of the token. */
  readonly value: string;
  /** The token is a UUID (Coda's, Raindrop's test tokens): judged by its shape alone, not as random text. */
  readonly uuid?: boolean;
  /** Words one of which must be near (a vendor's name) where the client's name alone says little. */
  readonly context?: readonly string[];
  readonly sample: (g: SampleGen) => string;
  readonly rotate: Rotation;
  readonly docs: string;
}

/**
 * A vendor client constructed with its token as the first argument, maybe named (`token=`):
 * `TodoistAPI("…")`, `new ynab.API("…")`, `lyricsgenius.Genius("…", timeout=15)`. Hobby scripts
 * write the token there rather than under a name. (From a blind grading of personal automation:
 * 40 such tokens missed.)
 */
export function sdkTokenArgument(spec: SdkTokenSpec): Rule {
  return defineRule({
    id: spec.id,
    provider: spec.provider,
    description: `${spec.provider} token passed to its client (${spec.call}(…))`,
    keywords: spec.keywords ?? [spec.call.toLowerCase()],
    pattern: new RegExp(`(?<![A-Za-z0-9_$])(?:new[ \\t]+)?${spec.client}[ \\t]*\\([ \\t]*(?:(?:token|access_token|api_key|api_token|apiKey|accessToken)[ \\t]*=[ \\t]*)?(["'])(${spec.value})\\1`),
    secretGroup: 2,
    window: { before: 24, after: 320 },
    // A client named `API` is called everywhere: a text that never names the vendor is passed over
    // at the hit, with one search of the text (not a look around each hit).
    ...(spec.context ? { context: spec.context, near: namesVendor(spec.context) } : {}),
    accept: (m) => (spec.uuid === true ? !isPlaceholder(m[2] ?? '') : looksLikeSecretValue(m[2] ?? '', true)),
    severity: 'high',
    confidence: 'medium',
    rotate: spec.rotate,
    docs: spec.docs,
    sample: (g) => `${spec.context ? `# ${spec.context[0]}\n` : ''}client = ${spec.call}("${spec.sample(g)}")`,
    sampleIsBlock: true,
    negatives: [`client = ${spec.call}(os.environ["API_TOKEN"])`, `client = ${spec.call}("<your-token>")`],
  });
}

/** A pre-check: whether the text holds one of `words` anywhere (case-insensitive), searched once per text. */
function namesVendor(words: readonly string[]): (text: string, at: number, memo: ScanMemo) => boolean {
  const key = words.join('|');
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
  return (text, _at, memo) => {
    const named = (memo.named ??= new Map<string, boolean>());
    let found = named.get(key);
    if (found === undefined) named.set(key, (found = re.test(text)));
    return found;
  };
}

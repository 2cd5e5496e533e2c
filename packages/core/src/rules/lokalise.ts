import { chars, defineRule, HEX, keyed } from './define.js';

/** Lokalise credentials. */
export const lokaliseRules = [
  defineRule({
    id: 'lokalise-api-token',
    provider: 'Lokalise',
    description: 'Lokalise API token (40 hex) under a Lokalise-named key',
    keywords: ['lokalise'],
    pattern: keyed('lokalise', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.lokalise.com/profile#apitokens', how: 'Revoke it in Lokalise’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.lokalise.com/reference/api-authentication',
    sample: chars(HEX, 40),
    sampleKey: 'LOKALISE_TOKEN',
    negatives: ['LOKALISE_TOKEN=your_token_here', 'LOKALISE_TOKEN=${LOKALISE_TOKEN}'],
  }),
];

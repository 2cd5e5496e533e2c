import { defineRule, gen, HEX, keyed } from './define.js';

/** Squarespace credentials. */
export const squarespaceRules = [
  defineRule({
    id: 'squarespace-api-key',
    provider: 'Squarespace',
    description: 'Squarespace Commerce API key (UUID) under a Squarespace-named key',
    keywords: ['squarespace'],
    pattern: keyed('squarespace', '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developers.squarespace.com/commerce-apis/authentication-and-permissions', how: 'Revoke it in Squarespace’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.squarespace.com/commerce-apis/authentication-and-permissions',
    sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'SQUARESPACE_API_KEY',
    negatives: ['SQUARESPACE_API_KEY=your_api_key_here', 'SQUARESPACE_API_KEY=${SQUARESPACE_API_KEY}'],
  }),
];

import { chars, defineRule, keyed, LOWER_ALNUM } from './define.js';

/** Etsy credentials. */
export const etsyRules = [
  defineRule({
    id: 'etsy-api-key',
    provider: 'Etsy',
    description: 'Etsy API keystring (24 alnum) under a Etsy-named key',
    keywords: ['etsy'],
    pattern: keyed('etsy', '[a-z0-9]{24}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.etsy.com/developers/your-apps', how: 'Revoke it in Etsy’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.etsy.com/documentation/essentials/authentication',
    sample: chars(LOWER_ALNUM, 24),
    sampleKey: 'ETSY_API_KEY',
    negatives: ['ETSY_API_KEY=your_api_key_here', 'ETSY_API_KEY=${ETSY_API_KEY}'],
  }),
];

import { chars, defineRule, HEX, keyed } from './define.js';

/** Flickr credentials. */
export const flickrRules = [
  defineRule({
    id: 'flickr-api-key',
    provider: 'Flickr',
    description: 'Flickr API key (32 hex) under a Flickr-named key',
    keywords: ['flickr'],
    pattern: keyed('flickr', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.flickr.com/services/apps/by/me', how: 'Revoke it in Flickr’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.flickr.com/services/api/misc.api_keys.html',
    sample: chars(HEX, 32),
    sampleKey: 'FLICKR_API_KEY',
    negatives: ['FLICKR_API_KEY=your_api_key_here', 'FLICKR_API_KEY=${FLICKR_API_KEY}'],
  }),
];

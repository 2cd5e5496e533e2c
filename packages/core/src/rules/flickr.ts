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
  defineRule({
    id: 'flickr-api-secret',
    provider: 'Flickr',
    description: 'Flickr API secret (16 hex) under a Flickr-named secret key',
    keywords: ['flickr'],
    pattern: keyed('flickr[A-Za-z0-9_.-]{0,16}secret', '[a-f0-9]{16}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.flickr.com/services/apps/by/me', how: 'Revoke the key in Flickr’s App Garden, issue a new key and secret and update where they are stored.' },
    docs: 'https://www.flickr.com/services/api/auth.oauth.html',
    sample: chars(HEX, 16),
    sampleKey: 'FLICKR_SECRET',
    negatives: ['FLICKR_SECRET=your_secret', 'FLICKR_SECRET=${FLICKR_SECRET}'],
  }),
];

import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Vonage (formerly Nexmo) credentials. */
export const vonageRules = [
  // The API secret is 16 letters and digits and has no prefix; the 8-hex API key beside it is an
  // identifier. Found under a Vonage- or Nexmo-named secret key (VONAGE_API_SECRET, nexmoSecret),
  // where a letters-only value of that length is no identifier, as a generic secret would need.
  defineRule({
    id: 'vonage-api-secret',
    provider: 'Vonage',
    description: 'Vonage (Nexmo) API secret (16 letters and digits) under a Vonage- or Nexmo-named secret key',
    keywords: ['vonage', 'nexmo'],
    pattern: keyed('(?:vonage|nexmo)[a-z0-9_.-]{0,16}secret', '[A-Za-z0-9]{16}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.nexmo.com/settings', how: 'API settings → create a new secret, move every client to it, then delete the old one (an account holds two at a time).' },
    docs: 'https://developer.vonage.com/en/getting-started/concepts/authentication',
    sample: chars(ALNUM, 16),
    sampleKey: 'VONAGE_API_SECRET',
    negatives: ['VONAGE_API_SECRET=your_api_secret', 'VONAGE_API_SECRET=${VONAGE_API_SECRET}', 'nexmo_secret: abcdefghijklmnop'],
  }),
];

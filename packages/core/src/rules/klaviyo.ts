import { chars, HEX, prefixed } from './define.js';

/** Klaviyo credentials. */
export const klaviyoRules = [
  // "pk_" and exactly 34 lowercase hex digits is Klaviyo's private key (Stripe's publishable keys
  // go on with live_/test_): found wherever it stands, with less confidence when Klaviyo is not
  // named nearby.
  prefixed({
    id: 'klaviyo-private-api-key',
    provider: 'Klaviyo',
    description: 'Klaviyo private API key (pk_ + 34 hex)',
    prefix: 'pk_',
    body: '[a-f0-9]{34}',
    context: ['klaviyo'],
    contextConfidence: 'medium',
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.klaviyo.com/settings/account/api-keys', how: 'Revoke it in Klaviyo’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.klaviyo.com/en/docs/authenticate_',
    sample: chars(HEX, 34),
    negatives: ['KLAVIYO_API_KEY=your_api_key_here', 'KLAVIYO_API_KEY=${KLAVIYO_API_KEY}', `pk_${'0'.repeat(34)}`],
  }),
];

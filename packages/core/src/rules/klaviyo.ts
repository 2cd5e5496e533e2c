import { defineRule, gen, HEX, keyed } from './define.js';

/** Klaviyo credentials. */
export const klaviyoRules = [
  defineRule({
    id: 'klaviyo-private-api-key',
    provider: 'Klaviyo',
    description: 'Klaviyo private API key (pk_ + 34 hex) under a Klaviyo-named key',
    keywords: ['klaviyo'],
    pattern: keyed('klaviyo', 'pk_[a-f0-9]{34}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.klaviyo.com/settings/account/api-keys', how: 'Revoke it in Klaviyo’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.klaviyo.com/en/docs/authenticate_',
    sample: gen('pk_', [HEX, 34]),
    sampleKey: 'KLAVIYO_API_KEY',
    negatives: ['KLAVIYO_API_KEY=your_api_key_here', 'KLAVIYO_API_KEY=${KLAVIYO_API_KEY}'],
  }),
];

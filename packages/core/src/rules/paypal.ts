import { ALNUM, defineRule, keyed } from './define.js';

/** PayPal's classic (NVP/SOAP) API credentials. (Braintree's are in paypal-braintree.ts.) */
export const paypalRules = [
  // The classic API signature: 56 characters, letters, digits, "-" and ".", under its name
  // (API_SIGNATURE in the NVP docs, 'api_signature' in PHP SDK configs).
  defineRule({
    id: 'paypal-classic-api-signature',
    provider: 'PayPal',
    description: 'PayPal classic (NVP/SOAP) API signature (56 characters) under an API-signature name',
    keywords: ['api_signature', 'apisignature', 'api-signature', 'api.signature'],
    pattern: keyed('(?:paypal[_.-]?)?api[_.-]?signature', '[A-Za-z0-9][A-Za-z0-9.-]{55}'),
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://developer.paypal.com/api/nvp-soap/apiCredentials/', how: 'Account Settings → API access → NVP/SOAP API integration → remove the credential and request a new signature.' },
    docs: 'https://developer.paypal.com/api/nvp-soap/apiCredentials/',
    sample: (g) => `A${g.chars(ALNUM, 20)}-${g.chars(ALNUM, 34)}`,
    sampleKey: 'API_SIGNATURE',
    negatives: ["'api_signature' => getenv('PAYPAL_API_SIGNATURE'),", 'API_SIGNATURE=your-api-signature-here-0000000000000000000000000'],
  }),
];

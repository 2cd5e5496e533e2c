import { ALNUM, BASE64URL, defineRule, keyed } from './define.js';

/** PayPal's classic (NVP/SOAP) API credentials. (Braintree's are in paypal-braintree.ts.) */
export const paypalRules = [
  // The classic API signature: 56 characters, letters, digits, "-" and ".", under its name
  // (API_SIGNATURE in the NVP docs, 'api_signature' in PHP SDK configs).
  defineRule({
    id: 'paypal-classic-api-signature',
    provider: 'PayPal',
    description: 'PayPal classic (NVP/SOAP) API signature (56 characters) under an API-signature name',
    keywords: ['api_signature', 'apisignature', 'api-signature', 'api.signature', 'paypal_signature', 'paypalsignature', 'paypal-signature'],
    pattern: keyed('(?:paypal[_.-]?)?(?:api[_.-]?)?signature', '[A-Za-z0-9][A-Za-z0-9.-]{55,59}'),
    // A bare `signature` is a digest as often: without PayPal's or the API's word, only a signature
    // that starts as PayPal's do (an "A") and mixes case.
    accept: (m) => /api|paypal/i.test(m[0]) || (/^A/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? '') && /[A-Z].*[A-Z]/.test((m[1] ?? '').slice(1))),
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://developer.paypal.com/api/nvp-soap/apiCredentials/', how: 'Account Settings → API access → NVP/SOAP API integration → remove the credential and request a new signature.' },
    docs: 'https://developer.paypal.com/api/nvp-soap/apiCredentials/',
    sample: (g) => `A${g.chars(ALNUM, 20)}-${g.chars(ALNUM, 34)}`,
    sampleKey: 'API_SIGNATURE',
    negatives: ["'api_signature' => getenv('PAYPAL_API_SIGNATURE'),", 'API_SIGNATURE=your-api-signature-here-0000000000000000000000000'],
  }),
  // A REST app's client id (A + 79) and secret (E + 79), base64url: the secret as the SDK's
  // environment's second argument (`new paypal.core.LiveEnvironment('<id>', '<secret>')`) or
  // joined to the id for Basic auth (`curl -u "<id>:<secret>"`).
  defineRule({
    id: 'paypal-rest-client-secret',
    provider: 'PayPal',
    description: 'PayPal REST client secret (E + 79 base64url) beside its client id: an SDK environment\'s arguments or id:secret for Basic auth',
    // The SDK's constructor, or PayPal's name near the pair (its host in the same curl command).
    keywords: ['liveenvironment(', 'sandboxenvironment(', 'paypal'],
    pattern: /(?:(?:Live|Sandbox)Environment\(\s{0,64}(["'`])A[A-Za-z0-9_-]{79}\1[ \t]{0,4},\s{0,64}(["'`])|(?<![A-Za-z0-9_-])A[A-Za-z0-9_-]{79}:)(E[A-Za-z0-9_-]{79})(?![A-Za-z0-9_-])/,
    secretGroup: 3,
    span: 'near',
    window: { before: 200, after: 420 },
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://developer.paypal.com/dashboard/applications', how: 'Apps & Credentials → the app → generate a new secret and delete the old one, then update where it is stored.' },
    docs: 'https://developer.paypal.com/api/rest/authentication/',
    sample: (g) => `curl -v -X POST "https://api-m.paypal.com/v1/oauth2/token" -u "A${g.chars(BASE64URL, 79)}:E${g.chars(BASE64URL, 79)}" -d "grant_type=client_credentials"`,
    negatives: ['new paypal.core.LiveEnvironment(process.env.PAYPAL_CLIENT_ID, process.env.PAYPAL_CLIENT_SECRET)'],
  }),
];

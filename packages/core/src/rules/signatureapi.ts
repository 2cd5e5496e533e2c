import { ALNUM, hasUpperLowerDigit, mixedChars, prefixed } from './define.js';

/** SignatureAPI: API keys sent as X-API-Key, `key_live_…` for live mode and `key_test_…` for test mode. */
export const signatureapiRules = [
  prefixed({
    id: 'signatureapi-key',
    provider: 'SignatureAPI',
    description: 'SignatureAPI API key (key_live_… or key_test_…)',
    prefix: ['key_live_', 'key_test_'],
    body: '[A-Za-z0-9]{24,64}',
    // (Code names things key_test_…: a key's body mixes cases and digits.)
    accept: (m) => hasUpperLowerDigit(m[0].slice(9)),
    // Branch.io's public SDK keys share the shape (`key_live_` and 32 letters and digits, as
    // BRANCH_KEY in apps): only with SignatureAPI or its header named nearby.
    context: ['signatureapi', 'signature_api', 'signature-api', 'x-api-key'],
    sampleKey: 'SIGNATUREAPI_API_KEY',
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://signatureapi.com/docs/dashboard/api-keys', how: 'Revoke the key under Settings > API Keys and create a new one.' },
    docs: 'https://signatureapi.com/docs/dashboard/api-keys',
    sample: mixedChars(ALNUM, 32),
    negatives: ['def key_test_rotation_handles_expired_keys(self):', 'X-API-Key: key_live_...'],
  }),
];

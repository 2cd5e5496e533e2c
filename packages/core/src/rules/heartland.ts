import { BASE64URL, chars, prefixed } from './define.js';

/** Heartland / Global Payments credentials. */
export const heartlandRules = [
  // Secret API keys name their environment: `skapi_prod_…`, `skapi_cert_…` (the certification
  // sandbox); public keys are `pkapi_`.
  prefixed({
    id: 'heartland-secret-api-key',
    provider: 'Heartland',
    description: 'Heartland / Global Payments secret API key (skapi_prod_ / skapi_cert_)',
    prefix: ['skapi_prod_', 'skapi_cert_'],
    body: '[A-Za-z0-9_-]{20,64}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: chars(BASE64URL, 40),
    rotate: { url: 'https://developer.heartlandpaymentsystems.com/', how: 'Developer portal → the account → API keys: regenerate the secret key and update the servers.' },
    docs: 'https://developer.heartlandpaymentsystems.com/documentation/authentication',
    negatives: ['HEARTLAND_SECRET_API_KEY=skapi_cert_your_key_here', 'HEARTLAND_SECRET_API_KEY=${HEARTLAND_SECRET_API_KEY}'],
  }),
];

import { BASE64URL, chars, prefixed } from './define.js';

/** Onfido (identity verification) credentials. */
export const onfidoRules = [
  // API tokens start with their environment and region (`api_live.`, `api_sandbox.`,
  // `api_live_us.`, `api_live_ca.` …), then two URL-safe parts joined by ".".
  prefixed({
    id: 'onfido-api-token',
    provider: 'Onfido',
    description: 'Onfido API token (api_live. / api_sandbox., with a region or not, and two URL-safe parts)',
    prefix: ['api_live.', 'api_sandbox.', 'api_live_us.', 'api_sandbox_us.', 'api_live_ca.', 'api_sandbox_ca.'],
    body: '[A-Za-z0-9_-]{8,24}\\.[A-Za-z0-9_-]{24,64}',
    right: 'A-Za-z0-9_.-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: (g) => `${chars(BASE64URL, 11)(g)}.${chars(BASE64URL, 32)(g)}`,
    rotate: { url: 'https://documentation.onfido.com/api/latest/#authentication', how: 'Dashboard → Developers → Tokens: revoke the token, create a new one and update the servers.' },
    docs: 'https://documentation.onfido.com/api/latest/#authentication',
    negatives: ['ONFIDO_API_TOKEN=api_sandbox.<your-token>', 'ONFIDO_API_TOKEN=${ONFIDO_API_TOKEN}'],
  }),
];

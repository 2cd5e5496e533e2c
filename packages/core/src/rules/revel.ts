import { defineRule, HEX } from './define.js';

/** Revel Systems (POS) credentials. */
export const revelRules = [
  // Revel's REST API takes the API key and secret joined by ":" in its own header,
  // API-AUTHENTICATION. (From a blind grading of POS systems: missed in every curl call.)
  defineRule({
    id: 'revel-api-authentication',
    provider: 'Revel Systems',
    description: 'Revel Systems API key and secret in the API-AUTHENTICATION header (key:secret)',
    keywords: ['api-authentication'],
    pattern: /(?<![A-Za-z0-9_-])API-AUTHENTICATION["']?[ \t]{0,4}[:=,][ \t]{0,4}["']?([A-Za-z0-9]{16,64}:[A-Za-z0-9]{16,128})(?![A-Za-z0-9])/i,
    secretGroup: 1,
    window: { before: 8, after: 220 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.revelsystems.com/revelsystems/', how: 'Management console → API: regenerate the key pair and update the integrations.' },
    docs: 'https://developer.revelsystems.com/revelsystems/docs/authentication',
    sample: (g) => `curl -H "API-AUTHENTICATION: ${g.chars(HEX, 32)}:${g.chars(HEX, 64)}" https://acme.revelup.com/resources/Order/`,
    negatives: ['curl -H "API-AUTHENTICATION: <api_key>:<api_secret>" https://acme.revelup.com/resources/Order/', '-H "API-AUTHENTICATION: $REVEL_KEY:$REVEL_SECRET"'],
  }),
];

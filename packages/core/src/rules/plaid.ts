import { chars, defineRule, gen, HEX, keyed, prefixed } from './define.js';

/** Plaid credentials. */
export const plaidRules = [
  prefixed({ id: 'plaid-access-token-production', provider: 'Plaid', description: 'Plaid Item access token, production', prefix: 'access-production-', body: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]), rotate: { url: 'https://dashboard.plaid.com/developers/keys', how: 'Revoke it in Plaid’s settings, issue a new one and update where it is stored.' }, docs: 'https://plaid.com/docs/api/tokens/' }),
  prefixed({ id: 'plaid-access-token-sandbox', provider: 'Plaid', description: 'Plaid Item access token, sandbox', prefix: 'access-sandbox-', body: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]), rotate: { url: 'https://dashboard.plaid.com/developers/keys', how: 'Revoke it in Plaid’s settings, issue a new one and update where it is stored.' }, docs: 'https://plaid.com/docs/api/tokens/' }),
  defineRule({
    id: 'plaid-secret',
    provider: 'Plaid',
    description: 'Plaid API secret (30 hex) under a Plaid-named key',
    keywords: ['plaid'],
    pattern: keyed('plaid', '[a-f0-9]{30}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://dashboard.plaid.com/developers/keys', how: 'Revoke it in Plaid’s settings, issue a new one and update where it is stored.' },
    docs: 'https://plaid.com/docs/api/#api-keys',
    sample: chars(HEX, 30),
    sampleKey: 'PLAID_SECRET',
    negatives: ['PLAID_SECRET=your_secret_here', 'PLAID_SECRET=${PLAID_SECRET}'],
  }),
];

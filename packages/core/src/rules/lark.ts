import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Lark credentials. */
export const larkRules = [
  defineRule({
    id: 'lark-tenant-access-token',
    provider: 'Lark',
    description: 'Lark/Feishu tenant access token (t- + 14..50) under a Lark-named key',
    keywords: ['lark', 'larksuite', 'feishu'],
    pattern: keyed('lark|larksuite|feishu', 't-[A-Za-z0-9_.]{14,50}', 'A-Za-z0-9_.'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://open.larksuite.com/document/server-docs/authentication-management/access-token/tenant_access_token', how: 'Revoke it in Lark’s settings, issue a new one and update where it is stored.' },
    docs: 'https://open.larksuite.com/document/server-docs/authentication-management/access-token/tenant_access_token',
    sample: gen('t-', [ALNUM, 14]),
    sampleKey: 'LARK_TOKEN',
    negatives: ['LARK_TOKEN=your_token_here', 'LARK_TOKEN=${LARK_TOKEN}'],
  }),
];

import { ALNUM, chars, defineRule, gen, HEX, keyed } from './define.js';

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
  defineRule({
    id: 'lark-bot-webhook-url',
    provider: 'Lark',
    description: 'Lark/Feishu custom bot webhook URL (open.feishu.cn or open.larksuite.com /open-apis/bot/v2/hook/<uuid>)',
    keywords: ['/open-apis/bot/v2/hook/'],
    pattern: /open\.(?:feishu\.cn|larksuite\.com|larkoffice\.com)\/open-apis\/bot\/v2\/hook\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://open.larksuite.com/document/client-docs/bot-v3/add-custom-bot', how: 'Group settings → Bots → the custom bot → remove it and add a new one (or turn on signature verification).' },
    docs: 'https://open.larksuite.com/document/client-docs/bot-v3/add-custom-bot',
    sample: (g) => `https://open.feishu.cn/open-apis/bot/v2/hook/${[8, 4, 4, 4, 12].map((n) => chars(HEX, n)(g)).join('-')}`,
    negatives: ['https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', 'https://open.feishu.cn/open-apis/bot/v2/hook/${LARK_HOOK}'],
  }),
];

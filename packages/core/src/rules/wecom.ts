import { chars, defineRule, HEX } from './define.js';

/** WeCom (WeChat Work) credentials. */
export const wecomRules = [
  defineRule({
    id: 'wecom-bot-webhook-url',
    provider: 'WeCom',
    description: 'WeCom group robot webhook URL (qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>)',
    keywords: ['qyapi.weixin.qq.com/'],
    pattern: /qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developer.work.weixin.qq.com/document/path/91770', how: 'Remove the robot from the group and add a new one; its webhook key cannot be changed.' },
    docs: 'https://developer.work.weixin.qq.com/document/path/91770',
    sample: (g) => `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${[8, 4, 4, 4, 12].map((n) => chars(HEX, n)(g)).join('-')}`,
    negatives: ['https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=YOUR_KEY', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=00000000-0000-0000-0000-000000000000'],
  }),
];

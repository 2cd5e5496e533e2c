import { chars, defineRule, HEX } from './define.js';

/** DingTalk credentials. */
export const dingtalkRules = [
  defineRule({
    id: 'dingtalk-robot-webhook-url',
    provider: 'DingTalk',
    description: 'DingTalk custom robot webhook URL (oapi.dingtalk.com/robot/send?access_token=<64 hex>)',
    keywords: ['oapi.dingtalk.com/'],
    pattern: /oapi\.dingtalk\.com\/robot\/send\?access_token=([0-9a-f]{64})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://open.dingtalk.com/document/robots/custom-robot-access', how: 'Group settings → Bots → the robot → remove it and add a new one; update the URL where it is stored.' },
    docs: 'https://open.dingtalk.com/document/robots/custom-robot-access',
    sample: (g) => `https://oapi.dingtalk.com/robot/send?access_token=${chars(HEX, 64)(g)}`,
    negatives: ['https://oapi.dingtalk.com/robot/send?access_token=YOUR_ACCESS_TOKEN', 'https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}'],
  }),
];

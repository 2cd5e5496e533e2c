import { chars, defineRule, HEX, keyed } from './define.js';

/** IPinfo credentials. */
export const ipinfoRules = [
  defineRule({
    id: 'ipinfo-token',
    provider: 'IPinfo',
    description: 'IPinfo access token (14 hex) under a IPinfo-named key',
    keywords: ['ipinfo'],
    pattern: keyed('ipinfo', '[a-f0-9]{14}'),
    minEntropy: 2,
    severity: 'high',
    rotate: { url: 'https://ipinfo.io/account/token', how: 'Revoke it in IPinfo’s settings, issue a new one and update where it is stored.' },
    docs: 'https://ipinfo.io/developers',
    sample: chars(HEX, 14),
    sampleKey: 'IPINFO_TOKEN',
    negatives: ['IPINFO_TOKEN=your_token_here', 'IPINFO_TOKEN=${IPINFO_TOKEN}'],
  }),
];

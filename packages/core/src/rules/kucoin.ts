import { chars, defineRule, gen, HEX, keyed } from './define.js';

/** KuCoin credentials. */
export const kucoinRules = [
  defineRule({
    id: 'kucoin-api-key',
    provider: 'KuCoin',
    description: 'KuCoin API key (24 hex) under a KuCoin-named key',
    keywords: ['kucoin'],
    pattern: keyed('kucoin', '[a-f0-9]{24}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.kucoin.com/account/api', how: 'Revoke it in KuCoin’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request',
    sample: chars(HEX, 24),
    sampleKey: 'KUCOIN_API_KEY',
    negatives: ['KUCOIN_API_KEY=your_api_key_here', 'KUCOIN_API_KEY=${KUCOIN_API_KEY}'],
  }),
  defineRule({
    id: 'kucoin-api-secret',
    provider: 'KuCoin',
    description: 'KuCoin API secret (UUID) under a KuCoin-named key',
    keywords: ['kucoin'],
    pattern: keyed('kucoin', '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.kucoin.com/account/api', how: 'Revoke it in KuCoin’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.kucoin.com/docs/basic-info/connection-method/authentication/creating-a-request',
    sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'KUCOIN_SECRET',
    negatives: ['KUCOIN_SECRET=your_secret_here', 'KUCOIN_SECRET=${KUCOIN_SECRET}'],
  }),
];

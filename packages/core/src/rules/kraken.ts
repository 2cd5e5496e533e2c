import { chars, defineRule, keyed } from './define.js';

/** Kraken credentials. */
export const krakenRules = [
  defineRule({
    id: 'kraken-private-key',
    provider: 'Kraken',
    description: 'Kraken exchange API private key (base64, ~88 chars) under a Kraken-named key',
    keywords: ['kraken'],
    pattern: keyed('kraken', '[A-Za-z0-9/+=]{80,90}', 'A-Za-z0-9_+/='),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://pro.kraken.com/app/settings/api', how: 'Revoke it in Kraken’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.kraken.com/api/docs/guides/spot-rest-auth',
    sample: chars('+/0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 80),
    sampleKey: 'KRAKEN_API_KEY',
    negatives: ['KRAKEN_API_KEY=your_api_key_here', 'KRAKEN_API_KEY=${KRAKEN_API_KEY}'],
  }),
];

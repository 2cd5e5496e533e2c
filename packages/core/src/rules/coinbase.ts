import { chars, defineRule, keyed } from './define.js';

/** Coinbase credentials. */
export const coinbaseRules = [
  defineRule({
    id: 'coinbase-access-token',
    provider: 'Coinbase',
    description: 'Coinbase access token (64 chars) under a Coinbase-named key',
    keywords: ['coinbase'],
    pattern: keyed('coinbase', '[A-Za-z0-9_-]{64}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://portal.cdp.coinbase.com/access/api', how: 'Revoke it in Coinbase’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.cdp.coinbase.com/',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 64),
    sampleKey: 'COINBASE_TOKEN',
    negatives: ['COINBASE_TOKEN=your_token_here', 'COINBASE_TOKEN=${COINBASE_TOKEN}'],
  }),
];

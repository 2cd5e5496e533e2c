import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Salesblink credentials. */
export const salesblinkRules = [
  defineRule({
    id: 'salesblink-api-key',
    provider: 'Salesblink',
    description: 'SalesBlink API key (key- + 64 alnum) under a Salesblink-named key',
    keywords: ['salesblink'],
    pattern: keyed('salesblink', 'key-[A-Za-z0-9]{64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://salesblink.io/', how: 'Revoke it in Salesblink’s settings, issue a new one and update where it is stored.' },
    docs: 'https://salesblink.io/',
    sample: gen('key-', [ALNUM, 64]),
    sampleKey: 'SALESBLINK_API_KEY',
    negatives: ['SALESBLINK_API_KEY=your_api_key_here', 'SALESBLINK_API_KEY=${SALESBLINK_API_KEY}'],
  }),
];

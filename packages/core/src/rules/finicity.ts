import { chars, defineRule, HEX, keyed } from './define.js';

/** Finicity credentials. */
export const finicityRules = [
  defineRule({
    id: 'finicity-app-key',
    provider: 'Finicity',
    description: 'Finicity (Mastercard Open Banking) app key (32 hex) under a Finicity-named key',
    keywords: ['finicity'],
    pattern: keyed('finicity', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developer.mastercard.com/open-banking-us/documentation/', how: 'Revoke it in Finicity’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.mastercard.com/open-banking-us/documentation/',
    sample: chars(HEX, 32),
    sampleKey: 'FINICITY_API_KEY',
    negatives: ['FINICITY_API_KEY=your_api_key_here', 'FINICITY_API_KEY=${FINICITY_API_KEY}'],
  }),
];

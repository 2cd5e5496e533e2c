import { defineRule, keyed } from './define.js';

/** Avalara (AvaTax) credentials. */
export const avalaraRules = [
  defineRule({
    id: 'avalara-license-key',
    provider: 'Avalara',
    description: 'Avalara AvaTax license key (16 uppercase hex) under an Avalara- or AvaTax-named key',
    keywords: ['avalara', 'avatax'],
    pattern: keyed('avalara|avatax', '[0-9A-F]{16}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://knowledge.avalara.com/bundle/dqa1657870670369_dqa1657870670369/page/Generate_a_license_key.html', how: 'Generate a new license key in the AvaTax portal (which retires the old one) and update where it is stored.' },
    docs: 'https://developer.avalara.com/avatax/authentication-in-avatax/',
    sample: (g) => g.chars('0123456789ABCDEF', 16),
    sampleKey: 'AVALARA_LICENSE_KEY',
    negatives: ['AVALARA_LICENSE_KEY=${AVALARA_LICENSE_KEY}', 'AVALARA_LICENSE_KEY=<license key>'],
  }),
];

import { defineRule, gen, keyed } from './define.js';

/** Schneider Electric credentials. */
export const schneiderElectricRules = [
  defineRule({
    id: 'ecostruxure-it-api-key',
    provider: 'Schneider Electric',
    description: 'EcoStruxure IT API key (AK1 + 50..55) under a Schneider Electric-named key',
    keywords: ['ecostruxureit', 'ecostruxure'],
    pattern: keyed('ecostruxureit|ecostruxure', 'AK1[0-9A-Za-z/]{50,55}', 'A-Za-z0-9_/'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.se.com/', how: 'Revoke it in Schneider Electric’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.se.com/',
    sample: gen('AK1', ['/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 50]),
    sampleKey: 'ECOSTRUXUREIT_API_KEY',
    negatives: ['ECOSTRUXUREIT_API_KEY=your_api_key_here', 'ECOSTRUXUREIT_API_KEY=${ECOSTRUXUREIT_API_KEY}'],
  }),
];

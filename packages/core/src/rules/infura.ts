import { chars, defineRule, HEX, keyed } from './define.js';

/** Infura credentials. */
export const infuraRules = [
  defineRule({
    id: 'infura-api-key',
    provider: 'Infura',
    description: 'Infura API key (32 hex) under a Infura-named key',
    keywords: ['infura'],
    pattern: keyed('infura', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://app.infura.io/', how: 'Revoke it in Infura’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.metamask.io/services/get-started/infura/',
    sample: chars(HEX, 32),
    sampleKey: 'INFURA_API_KEY',
    negatives: ['INFURA_API_KEY=your_api_key_here', 'INFURA_API_KEY=${INFURA_API_KEY}'],
  }),
];

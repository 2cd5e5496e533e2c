import { chars, defineRule, keyed, UPPER_ALNUM } from './define.js';

/** Etherscan credentials. */
export const etherscanRules = [
  defineRule({
    id: 'etherscan-api-key',
    provider: 'Etherscan',
    description: 'Etherscan API key (34 uppercase alnum) under a Etherscan-named key',
    keywords: ['etherscan'],
    pattern: keyed('etherscan', '[A-Z0-9]{34}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://etherscan.io/myapikey', how: 'Revoke it in Etherscan’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.etherscan.io/getting-started/viewing-api-usage-statistics',
    sample: chars(UPPER_ALNUM, 34),
    sampleKey: 'ETHERSCAN_API_KEY',
    negatives: ['ETHERSCAN_API_KEY=your_api_key_here', 'ETHERSCAN_API_KEY=${ETHERSCAN_API_KEY}'],
  }),
];

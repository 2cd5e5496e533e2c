import { ALNUM, chars, defineRule } from './define.js';

/** Tenderly credentials. */
export const tenderlyRules = [
  // Node RPC: https://<network>.gateway.tenderly.co/<access key>.
  defineRule({
    id: 'tenderly-node-rpc-url',
    provider: 'Tenderly',
    description: 'Tenderly Node access key in an RPC URL (https://<network>.gateway.tenderly.co/<key>)',
    keywords: ['.gateway.tenderly.co/'],
    pattern: /[a-z0-9-]{1,64}\.gateway\.tenderly\.co\/([A-Za-z0-9]{20,40})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.tenderly.co/', how: 'Node RPC → the access key → revoke it, create a new one, and update the RPC URLs that hold it.' },
    docs: 'https://docs.tenderly.co/node/rpc-reference',
    sample: (g) => `https://mainnet.gateway.tenderly.co/${chars(ALNUM, 22)(g)}`,
    negatives: ['https://mainnet.gateway.tenderly.co/<access-key>', 'https://mainnet.gateway.tenderly.co/${TENDERLY_NODE_KEY}'],
  }),
];

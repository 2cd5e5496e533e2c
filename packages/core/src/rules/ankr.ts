import { chars, defineRule, HEX } from './define.js';

/** Ankr credentials. */
export const ankrRules = [
  // A premium endpoint holds the project's API key as the path's last part:
  // https://rpc.ankr.com/<chain>/<64 hex> (the public endpoints stop at the chain).
  defineRule({
    id: 'ankr-rpc-url',
    provider: 'Ankr',
    description: 'Ankr API key in a premium RPC URL (https://rpc.ankr.com/<chain>/<64 hex>, the Advanced API\'s /multichain/<key>)',
    keywords: ['rpc.ankr.com/'],
    pattern: /rpc\.ankr\.com\/[a-z0-9_]{2,40}\/([0-9a-f]{64})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.ankr.com/rpc/projects/', how: 'Projects → the project → delete or regenerate its API key, and update the RPC URLs that hold it.' },
    docs: 'https://www.ankr.com/docs/api-reference/',
    sample: (g) => `https://rpc.ankr.com/eth/${chars(HEX, 64)(g)}`,
    negatives: ['https://rpc.ankr.com/eth', 'https://rpc.ankr.com/eth/${ANKR_API_KEY}', 'https://rpc.ankr.com/eth/<API_KEY>'],
  }),
];

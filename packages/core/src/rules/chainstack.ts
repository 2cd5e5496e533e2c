import { chars, defineRule, HEX } from './define.js';

/** Chainstack credentials. */
export const chainstackRules = [
  // A node's endpoint carries its auth key as the path: https://nd-123-456-789.p2pify.com/<key>,
  // or a Global Node's https://<network>.core.chainstack.com/<key>.
  defineRule({
    id: 'chainstack-node-url',
    provider: 'Chainstack',
    description: 'Chainstack node auth key in an endpoint URL (https://nd-…p2pify.com/<32 hex>, https://<network>.core.chainstack.com/<32 hex>)',
    keywords: ['.p2pify.com/', '.core.chainstack.com/'],
    pattern: /(?:(?:ws-|beacon-)?nd-\d{3}-\d{3}-\d{3}\.p2pify\.com|[a-z0-9-]{1,64}\.core\.chainstack\.com)\/([0-9a-f]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://console.chainstack.com/', how: 'Project → network → the node → Access and credentials: create a new auth key, delete the leaked one, and update the URLs that hold it.' },
    docs: 'https://docs.chainstack.com/platform/add-a-node-to-a-network',
    sample: (g) => `https://nd-${chars('0123456789', 3)(g)}-${chars('0123456789', 3)(g)}-${chars('0123456789', 3)(g)}.p2pify.com/${chars(HEX, 32)(g)}`,
    negatives: ['https://nd-123-456-789.p2pify.com/<auth-key>', 'https://ethereum-mainnet.core.chainstack.com/${CHAINSTACK_KEY}'],
  }),
];

import { chars, defineRule, HEX } from './define.js';

/** GetBlock credentials. */
export const getblockRules = [
  // Every endpoint has its access token in the path (https://go.getblock.io/<token>/); GetBlock
  // takes no header for it.
  defineRule({
    id: 'getblock-access-token-url',
    provider: 'GetBlock',
    description: 'GetBlock access token in an endpoint URL (https://go.getblock.io/<token>/)',
    keywords: ['go.getblock.io/'],
    pattern: /go\.getblock\.io\/([0-9a-f]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://account.getblock.io/', how: 'Dashboard → the endpoint → roll (regenerate) or delete its access token, and update the URLs that hold it.' },
    docs: 'https://docs.getblock.io/getting-started/authentication-with-access-tokens',
    sample: (g) => `https://go.getblock.io/${chars(HEX, 32)(g)}/`,
    negatives: ['https://go.getblock.io/<ACCESS_TOKEN>/', 'https://go.getblock.io/${GETBLOCK_TOKEN}/'],
  }),
];

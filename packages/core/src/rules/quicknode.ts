import { chars, defineRule, HEX, LOWER } from './define.js';

/** QuickNode credentials. */
export const quicknodeRules = [
  defineRule({
    id: 'quicknode-endpoint-url',
    provider: 'QuickNode',
    description: 'QuickNode endpoint URL with its auth token in the path (https://<name>.<network>.quiknode.pro/<token>/)',
    keywords: ['.quiknode.pro/'],
    pattern: /[a-z0-9-]{1,64}(?:\.[a-z0-9-]{1,40}){0,2}\.quiknode\.pro\/([0-9a-f]{40})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.quicknode.com/endpoints', how: 'Endpoints → the endpoint → Security → rotate its authentication token and update the URLs that hold it.' },
    docs: 'https://www.quicknode.com/docs/welcome/getting-started/authentication',
    sample: (g) => `https://${chars(LOWER, 8)(g)}-${chars(LOWER, 6)(g)}.quiknode.pro/${chars(HEX, 40)(g)}/`,
    negatives: ['https://example.quiknode.pro/YOUR_TOKEN/', 'https://docs-demo.quiknode.pro/'],
  }),
];

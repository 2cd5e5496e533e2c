import { chars, defineRule, HEX } from './define.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** The Graph credentials. */
export const thegraphRules = [
  // A query through the decentralized network's gateway carries the API key in the path:
  // https://gateway.thegraph.com/api/<32 hex>/subgraphs/id/<id>.
  defineRule({
    id: 'thegraph-gateway-api-key',
    provider: 'The Graph',
    description: "The Graph gateway API key in a subgraph query URL (https://gateway.thegraph.com/api/<32 hex>/subgraphs/…)",
    keywords: ['.thegraph.com/api/'],
    pattern: /gateway(?:-[a-z]{2,16})?(?:\.network)?\.thegraph\.com\/api\/([0-9a-f]{32})\/(?:subgraphs|deployments)\//,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://thegraph.com/studio/apikeys/', how: 'Subgraph Studio → API Keys → delete the key, create a new one, and update the query URLs that hold it.' },
    docs: 'https://thegraph.com/docs/en/subgraphs/querying/managing-api-keys/',
    sample: (g) => `https://gateway.thegraph.com/api/${chars(HEX, 32)(g)}/subgraphs/id/${chars(BASE58, 44)(g)}`,
    negatives: ['https://gateway.thegraph.com/api/[api-key]/subgraphs/id/abc', 'https://gateway.thegraph.com/api/${GRAPH_API_KEY}/subgraphs/id/abc'],
  }),
  // A deploy key given to the Graph CLI: `graph auth --studio <key>`, `graph auth --product
  // hosted-service <key>`, `graph auth <key>`.
  defineRule({
    id: 'thegraph-deploy-key',
    provider: 'The Graph',
    description: 'The Graph deploy key given to graph auth (Subgraph Studio, hosted service)',
    keywords: ['graph auth'],
    pattern: /(?<![A-Za-z0-9_-])graph[ \t]{1,4}auth(?:[ \t]{1,4}--(?:studio|product[ \t]{1,4}[a-z-]{1,32}|node[ \t]{1,4}[^\s]{1,256}))*[ \t]{1,4}["']?([0-9a-f]{32})(?![0-9A-Za-z])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://thegraph.com/studio/', how: 'Subgraph Studio → the subgraph → regenerate its deploy key, and pass it from the environment (graph auth $GRAPH_DEPLOY_KEY).' },
    docs: 'https://thegraph.com/docs/en/subgraphs/developing/deploying/using-subgraph-studio/',
    sample: (g) => `graph auth --studio ${chars(HEX, 32)(g)}`,
    negatives: ['graph auth --studio <DEPLOY_KEY>', 'graph auth --studio $GRAPH_DEPLOY_KEY'],
  }),
];

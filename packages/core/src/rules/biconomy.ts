import { ALNUM, chars, defineRule } from './define.js';

/** Biconomy credentials. */
export const biconomyRules = [
  // A paymaster URL ends in the paymaster's API key: https://paymaster.biconomy.io/api/v1/<chain id>/<key>.
  defineRule({
    id: 'biconomy-paymaster-url',
    provider: 'Biconomy',
    description: 'Biconomy paymaster API key in its URL (https://paymaster.biconomy.io/api/v<n>/<chain id>/<key>)',
    keywords: ['paymaster.biconomy.io/'],
    pattern: /paymaster\.biconomy\.io\/api\/v\d{1,2}\/\d{1,12}\/([A-Za-z0-9._-]{20,80})(?![A-Za-z0-9._-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.biconomy.io/', how: 'Paymasters → the paymaster → regenerate its API key, and update the URLs that hold it.' },
    docs: 'https://docs.biconomy.io/',
    sample: (g) => `https://paymaster.biconomy.io/api/v1/84532/${chars(ALNUM, 9)(g)}.${chars(ALNUM, 24)(g)}`,
    negatives: ['https://paymaster.biconomy.io/api/v1/84532/<paymaster-api-key>', 'https://paymaster.biconomy.io/api/v1/84532/${PAYMASTER_KEY}'],
  }),
];

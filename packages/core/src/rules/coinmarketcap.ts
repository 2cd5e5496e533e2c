import { defineRule, UUID, uuidSample } from './define.js';

/** CoinMarketCap credentials. */
export const coinmarketcapRules = [
  // A Pro API key is a UUID, sent as X-CMC_PRO_API_KEY; hardhat-gas-reporter takes it as
  // `coinmarketcap: "…"` to price gas. (From a blind grading of web3 development: 26 missed.)
  defineRule({
    id: 'coinmarketcap-api-key',
    provider: 'CoinMarketCap',
    description: "CoinMarketCap Pro API key (a UUID) under a CoinMarketCap name or in the X-CMC_PRO_API_KEY header (hardhat-gas-reporter's coinmarketcap option)",
    keywords: ['coinmarketcap', 'cmc_pro_api_key', 'cmc_api_key'],
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:[A-Za-z0-9_.-]{0,24}coinmarketcap[A-Za-z0-9_.-]{0,24}|x-cmc_pro_api_key|cmc_(?:pro_)?api_key)["'\`]?[ \\t]{0,4}(?:=>|:=|[:=])[ \\t]{0,4}["'\`]?(${UUID})(?![A-Za-z0-9-])`, 'i'),
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://pro.coinmarketcap.com/account', how: 'Account → API key → regenerate it, and read it from the environment (COINMARKETCAP_API_KEY) in hardhat.config.' },
    docs: 'https://coinmarketcap.com/api/documentation/v1/#section/Authentication',
    sample: (g) => `gasReporter: {\n  enabled: true,\n  currency: "USD",\n  coinmarketcap: "${uuidSample(g)}",\n},`,
    negatives: ['gasReporter: { coinmarketcap: process.env.COINMARKETCAP_API_KEY }', 'X-CMC_PRO_API_KEY: <your-api-key>'],
  }),
];

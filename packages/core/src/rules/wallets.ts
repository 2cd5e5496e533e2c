import { BIP39_ENGLISH } from '../bip39-english.js';
import { base58Decode, base58Encode } from '../checksum.js';
import { sha256 } from '../sha256.js';
import type { SampleGen } from '../types.js';
import { defineRule, keyed, token, WRAP } from './define.js';

// A BIP39 mnemonic: 12 to 24 words (in threes) from the standard list, all 3 to 8 lowercase
// letters. The words alone are English; under a mnemonic's or seed phrase's name they are a wallet.
const WORD_COUNTS = new Set([12, 15, 18, 21, 24]);
const BYTE = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';

const words = (g: SampleGen, n: number): string => Array.from({ length: n }, () => g.chars('abcdefghijklmnopqrstuvwxyz', 3 + g.int(0, 5))).join(' ');

/** The 4-byte base58check checksum of `payload`: the start of its double SHA-256. */
const checksumOf = (payload: Uint8Array): Uint8Array => sha256(sha256(payload)).subarray(0, 4);

/** Whether the last 4 bytes of base58check `bytes` are the checksum of the rest. */
function checksumHolds(bytes: Uint8Array): boolean {
  const sum = checksumOf(bytes.subarray(0, bytes.length - 4));
  for (let i = 0; i < 4; i++) if (sum[i] !== bytes[bytes.length - 4 + i]) return false;
  return true;
}

/** `payload` and its checksum, base58-encoded: base58check, for samples. */
function base58Check(payload: Uint8Array): string {
  const full = new Uint8Array(payload.length + 4);
  full.set(payload);
  full.set(checksumOf(payload), payload.length);
  return base58Encode(full);
}

/**
 * Whether `wif` is a Bitcoin private key in wallet import format: base58check of the version byte
 * (0x80 main network, 0xef test networks), the 32-byte key, an optional 0x01 (compressed public
 * key), and a checksum that must match (a random string of the alphabet passes one time in 2^32).
 */
export function isWif(wif: string): boolean {
  const bytes = base58Decode(wif);
  if (bytes === undefined || (bytes.length !== 37 && bytes.length !== 38)) return false;
  if ((bytes[0] !== 0x80 && bytes[0] !== 0xef) || (bytes.length === 38 && bytes[33] !== 0x01)) return false;
  return checksumHolds(bytes);
}

function wifSample(g: SampleGen): string {
  const compressed = g.int(0, 1) === 1;
  const payload = new Uint8Array(compressed ? 34 : 33);
  payload[0] = 0x80;
  for (let i = 1; i <= 32; i++) payload[i] = g.int(0, 255);
  if (compressed) payload[33] = 0x01;
  return base58Check(payload);
}

let bip39Index: Map<string, number> | undefined;

/**
 * Whether `phrase` (words split by single blanks) is a BIP-39 mnemonic: 12 to 24 words in threes,
 * every one from the standard English list, whose last bits are the checksum the standard asks:
 * the start of SHA-256 of the entropy the other bits spell (a random run of list words passes one
 * time in 16 for 12 words, one in 256 for 24).
 */
export function isBip39Mnemonic(phrase: string): boolean {
  const list = phrase.split(' ');
  if (!WORD_COUNTS.has(list.length)) return false;
  bip39Index ??= new Map(BIP39_ENGLISH.map((word, i) => [word, i]));
  const bits: number[] = [];
  for (const word of list) {
    const index = bip39Index.get(word);
    if (index === undefined) return false;
    for (let b = 10; b >= 0; b--) bits.push((index >> b) & 1);
  }
  const checksumBits = list.length / 3;
  const entropy = new Uint8Array((bits.length - checksumBits) / 8);
  for (let i = 0; i < entropy.length * 8; i++) entropy[i >> 3] = ((entropy[i >> 3] as number) << 1) | (bits[i] as number);
  const hash = sha256(entropy)[0] as number;
  for (let i = 0; i < checksumBits; i++) if (((hash >> (7 - i)) & 1) !== bits[entropy.length * 8 + i]) return false;
  return true;
}

/**
 * A phrase that is no wallet's though its checksum holds: a placeholder's repeated words ("test
 * test … junk", published for development chains; fewer than 8 distinct), or a run of the list
 * in its own order (a word list, a dictionary: a random phrase is in order one time in 12!).
 */
function notAWallet(phrase: string): boolean {
  const words = phrase.split(' ');
  if (new Set(words).size < 8) return true;
  for (let i = 1; i < words.length; i++) if ((words[i] as string) < (words[i - 1] as string)) return false;
  return true;
}

/** A wallet's recovery phrase: a BIP-39 mnemonic (isBip39Mnemonic) that is no placeholder or word list (notAWallet). */
export function isWalletPhrase(phrase: string): boolean {
  return isBip39Mnemonic(phrase) && !notAWallet(phrase);
}

/** A BIP-39 mnemonic of `n` words with a right checksum, for samples. */
function mnemonicSample(g: SampleGen, n: 12 | 24): string {
  const entropy = new Uint8Array((n * 11 * 32) / 33 / 8);
  for (let i = 0; i < entropy.length; i++) entropy[i] = g.int(0, 255);
  const hash = sha256(entropy)[0] as number;
  const bits: number[] = [];
  for (const byte of entropy) for (let b = 7; b >= 0; b--) bits.push((byte >> b) & 1);
  for (let i = 0; i < n / 3; i++) bits.push((hash >> (7 - i)) & 1);
  const words: string[] = [];
  for (let w = 0; w < n; w++) {
    let index = 0;
    for (let b = 0; b < 11; b++) index = (index << 1) | (bits[w * 11 + b] as number);
    words.push(BIP39_ENGLISH[index] as string);
  }
  return words.join(' ');
}

// BIP-32 extended private keys' version bytes: xprv, tprv (BIP-32), yprv/uprv (BIP-49), zprv/vprv (BIP-84).
const XPRV_VERSIONS = new Set([0x0488ade4, 0x04358394, 0x049d7878, 0x044a4e28, 0x04b2430c, 0x045f18bc]);

/** Whether `key` is a BIP-32 extended private key: base58check of 78 bytes, a private version, a 0x00 before the key, and a right checksum. */
export function isExtendedPrivateKey(key: string): boolean {
  const bytes = base58Decode(key);
  if (bytes === undefined || bytes.length !== 82 || bytes[45] !== 0) return false;
  const version = (((bytes[0] as number) << 24) | ((bytes[1] as number) << 16) | ((bytes[2] as number) << 8) | (bytes[3] as number)) >>> 0;
  return XPRV_VERSIONS.has(version) && checksumHolds(bytes);
}

function xprvSample(g: SampleGen): string {
  const payload = new Uint8Array(78);
  payload.set([0x04, 0x88, 0xad, 0xe4]);
  for (let i = 4; i < 78; i++) payload[i] = g.int(0, 255);
  payload[4] = g.int(0, 5);
  payload[45] = 0;
  return base58Check(payload);
}

/** Crypto wallet secrets (mnemonics and key pairs in their usual config shapes). */
export const walletRules = [
  defineRule({
    id: 'crypto-wallet-mnemonic',
    provider: 'Crypto wallet',
    description: 'Wallet recovery phrase (BIP39 mnemonic: 12 to 24 words) under a mnemonic or seed-phrase name',
    keywords: ['mnemonic', 'seed_phrase', 'seedphrase', 'seed-phrase', 'seed.phrase', 'recovery_phrase', 'recoveryphrase', 'recovery-phrase'],
    pattern: keyed('(?:[A-Za-z0-9]{1,16}[_.-]?){0,3}(?:mnemonic|seed[_.-]?phrase|recovery[_.-]?phrase)', '[a-z]{3,8}(?: [a-z]{3,8}){11,23}'),
    // The count the standard allows, and words that vary (a placeholder repeats one).
    accept: (m) => {
      const list = (m[1] ?? '').split(' ');
      return WORD_COUNTS.has(list.length) && new Set(list).size >= 8;
    },
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki', how: 'A recovery phrase cannot be rotated: create a new wallet, move the funds to it at once, and never use the leaked phrase again.' },
    docs: 'https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki',
    sample: (g) => words(g, 12),
    sampleKey: 'WALLET_MNEMONIC',
    negatives: ['MNEMONIC="test test test test test test test test test test test junk"', 'mnemonic: "word word word word word word word word word word word word"', 'WALLET_MNEMONIC=${WALLET_MNEMONIC}'],
  }),
  defineRule({
    id: 'solana-keypair-array',
    provider: 'Solana',
    description: 'Solana key pair as its 64-byte JSON array (the CLI\'s id.json) under a key-pair or secret-key name',
    keywords: ['keypair', 'secretkey', 'secret_key', 'secret-key', 'privatekey', 'private_key', 'private-key'],
    // The name, then the array quoted, bare, on the next line (a formatter's wrap) or in a YAML block scalar.
    // The name may close an index (`os.environ["…"] =`) or a fallback may stand for the operator (`process.env.… || '[…]'`).
    pattern: new RegExp(`(?<![A-Za-z0-9])[A-Za-z0-9_-]{0,32}(?:key[_-]?pair|secret[_-]?key|private[_-]?key)["'\`]?\\]?[ \\t]{0,4}(?:=>|\\|\\||\\?\\?|[:=])[ \\t]{0,4}(?:\\|[ \\t]{0,4}\\r?\\n[ \\t]{0,32}|${WRAP}["'\`]?|["'\`])?(\\[(?:[ \\t]{0,2}${BYTE}[ \\t]{0,2},){63}[ \\t]{0,2}${BYTE}[ \\t]{0,2}\\])`, 'i'),
    window: { before: 48, after: 420 },
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://solana.com/docs/intro/wallets', how: 'Move the funds and authorities to a new key pair (solana-keygen new) at once; a leaked key pair cannot be revoked.' },
    docs: 'https://docs.anza.xyz/cli/wallets/file-system',
    sample: (g) => `[${Array.from({ length: 64 }, () => g.int(0, 255)).join(',')}]`,
    sampleKey: 'SOLANA_KEYPAIR',
    negatives: [`SOLANA_KEYPAIR=[${Array.from({ length: 64 }, () => 0).join(',')}]`, 'solanaKeypair: "[1,2,3]"'],
  }),
  defineRule({
    id: 'bitcoin-wif-private-key',
    provider: 'Bitcoin',
    description: 'Bitcoin private key in wallet import format (WIF: base58check, 5…, K…, L…; c…, 9… on test networks) under a name that says WIF',
    keywords: ['wif'],
    // BTC_WIF, btcWif, wallet.wif, WIF_KEY: "wif" ends the name or a word of it.
    pattern: keyed('(?:[A-Za-z0-9]{1,16}[_.-]?){0,3}wif(?![a-z])', '[59KLc][1-9A-HJ-NP-Za-km-z]{50,51}'),
    accept: (m) => isWif(m[1] ?? ''),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://developer.bitcoin.org/devguide/wallets.html', how: 'A private key cannot be revoked: move the funds to a key the leak never held, at once, and retire every address of the leaked one.' },
    docs: 'https://en.bitcoin.it/wiki/Wallet_import_format',
    sample: wifSample,
    sampleKey: 'BTC_WIF',
    // A made-up value fails the checksum; "wifi" is no WIF.
    negatives: ['BTC_WIF=${BTC_WIF}', `btc_wif: 5${'X'.repeat(50)}`, `WIFI_KEY=K${'K'.repeat(51)}`],
  }),
  // A phrase that checks as BIP-39 (every word from the list, the checksum right) near a word that
  // says what it is: deposit-cli's "This is your mnemonic (seed phrase)", subkey's "Secret phrase:",
  // a wallet library's fromMnemonic(…)/addFromUri(…), `keys add --recover`. No name need hold it.
  // (From a blind grading of web3 development: 35 of 69 phrases missed, validators' 24 words all.)
  defineRule({
    id: 'bip39-mnemonic',
    provider: 'Crypto wallet',
    description: 'Wallet recovery phrase (12 to 24 BIP-39 words with a valid checksum) near a mnemonic, seed phrase or wallet-recovery word',
    keywords: ['mnemonic', 'seed phrase', 'secret phrase', 'recovery phrase', 'seed words', 'recovery words', 'backup phrase', '--recover', 'fromuri(', 'from_mnemonic', 'seed_phrase', 'seedphrase', 'recovery_phrase', 'wallet', 'metamask'],
    // (After a letter only when it ends an escape: `\n` in a JSON string, an ANSI code's `m`.)
    pattern: new RegExp(`(?<=^|[^A-Za-z]|\\\\[nrt]|${String.fromCharCode(27)}\\[[0-9;]{0,16}m)([a-z]{3,8}(?: [a-z]{3,8}){11,23})(?![A-Za-z])`),
    span: 'near',
    window: { before: 400, after: 600 },
    // A placeholder repeats a word ("test test … junk", published for development chains).
    accept: (m) => isWalletPhrase(m[1] ?? ''),
    wordList: true,
    severity: 'critical',
    rotate: { url: 'https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki', how: 'A recovery phrase cannot be rotated: create a new wallet, move the funds to it at once, and never use the leaked phrase again.' },
    docs: 'https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki',
    sample: (g) => `This is your mnemonic (seed phrase). Write it down and store it safely.\n\n${mnemonicSample(g, g.int(0, 1) === 1 ? 24 : 12)}\n`,
    negatives: ['mnemonic: "test test test test test test test test test test test junk"', 'Enter your mnemonic (seed phrase) below: the twelve words in their order, one space between each word please'],
  }),
  // An extended private key is base58check: its version and checksum say what it is wherever it
  // stands (`XPRV=xprv9…`, `HDKey.fromExtendedKey("xprv…")`, a wallet export). (From a blind grading
  // of web3 development: 14 of 16 missed.)
  defineRule({
    id: 'bip32-extended-private-key',
    provider: 'Bitcoin',
    description: 'BIP-32 extended private key (xprv/tprv, yprv/uprv, zprv/vprv: base58check of a private version, checksum verified)',
    keywords: ['xprv', 'tprv', 'yprv', 'zprv', 'uprv', 'vprv'],
    pattern: token('[xyztuv]prv[1-9A-HJ-NP-Za-km-z]{107,108}', { left: 'A-Za-z0-9', right: 'A-Za-z0-9' }),
    accept: (m) => isExtendedPrivateKey(m[0]),
    severity: 'critical',
    rotate: { url: 'https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki', how: 'Every key derived from it is exposed: move the funds of all its addresses to a new wallet at once, and never use the leaked key again.' },
    docs: 'https://github.com/bitcoin/bips/blob/master/bip-0032.mediawiki#serialization-format',
    sample: xprvSample,
    negatives: [`xprv${'1'.repeat(107)}`, 'XPRV=${BTC_XPRV}'],
  }),
  // A WIF key handed to a library or printed by a wallet (`ECPair.fromWIF('…')`, Bitcoin Core's
  // importprivkey, Electrum's exports): the checksum vouches for it (one random string in 2^32
  // passes), so a word of the trade nearby is enough.
  defineRule({
    id: 'bitcoin-wif-key-near',
    provider: 'Bitcoin',
    description: 'Bitcoin private key in wallet import format (base58check, checksum verified) passed to fromWIF/importprivkey or beside a private-key word',
    // (Not "wif" alone: `WIFI_…` names say Wi-Fi; under a WIF name bitcoin-wif-private-key reports it.)
    keywords: ['fromwif', 'importprivkey', 'dumpprivkey', 'privkey', 'private key', 'private_key', 'privatekey', 'bitcoin'],
    pattern: token('[59KLc][1-9A-HJ-NP-Za-km-z]{50,51}', { left: 'A-Za-z0-9', right: 'A-Za-z0-9' }),
    span: 'near',
    window: { before: 200, after: 200 },
    accept: (m) => isWif(m[0]),
    severity: 'critical',
    rotate: { url: 'https://developer.bitcoin.org/devguide/wallets.html', how: 'A private key cannot be revoked: move the funds to a key the leak never held, at once, and retire every address of the leaked one.' },
    docs: 'https://en.bitcoin.it/wiki/Wallet_import_format',
    sample: (g) => `const keyPair = ECPair.fromWIF('${wifSample(g)}', network);`,
    negatives: [`ECPair.fromWIF('5${'X'.repeat(50)}')`, 'ECPair.fromWIF(process.env.BTC_WIF)'],
  }),
  // A Solana secret key given to a loader: base58 of the 64 bytes (`bs58.decode("…")`,
  // solders' `Keypair.from_base58_string("…")`) or the bytes themselves
  // (`Keypair.fromSecretKey(Uint8Array.from([…]))`). (From a blind grading of web3 development.)
  defineRule({
    id: 'solana-secret-key-call',
    provider: 'Solana',
    description: "Solana secret key passed to a loader: base58 of its 64 bytes (bs58.decode, Keypair.from_base58_string) or the byte list (Keypair.fromSecretKey(Uint8Array.from([…])))",
    keywords: ['bs58.decode(', 'base58.decode(', 'b58decode(', 'from_base58_string(', 'fromsecretkey('],
    pattern: new RegExp(`(?:(?:bs58|base58|b58)\\.decode|b58decode|from_base58_string)[ \\t]*\\([ \\t]*["'\`]([1-9A-HJ-NP-Za-km-z]{86,88})["'\`]|fromSecretKey[ \\t]*\\([ \\t]*(?:new[ \\t]{1,4})?Uint8Array(?:\\.from)?[ \\t]*\\([ \\t]*(\\[(?:\\s{0,8}${BYTE}\\s{0,8},){63}\\s{0,8}${BYTE}\\s{0,8}\\])`),
    accept: (m) => (m[1] !== undefined ? base58Decode(m[1])?.length === 64 : new Set((m[2] ?? '').replace(/[[\]\s]/g, '').split(',')).size >= 16),
    severity: 'critical',
    rotate: { url: 'https://solana.com/docs/intro/wallets', how: 'Move the funds and authorities to a new key pair (solana-keygen new) at once; a leaked key pair cannot be revoked.' },
    docs: 'https://solana.com/docs/intro/wallets',
    sample: (g) => `const payer = Keypair.fromSecretKey(Uint8Array.from([${Array.from({ length: 64 }, () => g.int(0, 255)).join(',')}]));`,
    negatives: ['const payer = Keypair.fromSecretKey(bs58.decode(process.env.PRIVATE_KEY));', `Keypair.fromSecretKey(new Uint8Array([${Array.from({ length: 64 }, () => 0).join(',')}]))`],
  }),
];

import { base58Decode, base58Encode } from '../checksum.js';
import { sha256 } from '../sha256.js';
import type { SampleGen } from '../types.js';
import { defineRule, keyed, WRAP } from './define.js';

// A BIP39 mnemonic: 12 to 24 words (in threes) from the standard list, all 3 to 8 lowercase
// letters. The words alone are English; under a mnemonic's or seed phrase's name they are a wallet.
const WORD_COUNTS = new Set([12, 15, 18, 21, 24]);
const BYTE = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';

const words = (g: SampleGen, n: number): string => Array.from({ length: n }, () => g.chars('abcdefghijklmnopqrstuvwxyz', 3 + g.int(0, 5))).join(' ');

/** The 4-byte base58check checksum of `payload`: the start of its double SHA-256. */
const checksumOf = (payload: Uint8Array): Uint8Array => sha256(sha256(payload)).subarray(0, 4);

/**
 * Whether `wif` is a Bitcoin private key in wallet import format: base58check of the version byte
 * (0x80 main network, 0xef test networks), the 32-byte key, an optional 0x01 (compressed public
 * key), and a checksum that must match (a random string of the alphabet passes one time in 2^32).
 */
export function isWif(wif: string): boolean {
  const bytes = base58Decode(wif);
  if (bytes === undefined || (bytes.length !== 37 && bytes.length !== 38)) return false;
  if ((bytes[0] !== 0x80 && bytes[0] !== 0xef) || (bytes.length === 38 && bytes[33] !== 0x01)) return false;
  const sum = checksumOf(bytes.subarray(0, bytes.length - 4));
  for (let i = 0; i < 4; i++) if (sum[i] !== bytes[bytes.length - 4 + i]) return false;
  return true;
}

function wifSample(g: SampleGen): string {
  const compressed = g.int(0, 1) === 1;
  const payload = new Uint8Array(compressed ? 34 : 33);
  payload[0] = 0x80;
  for (let i = 1; i <= 32; i++) payload[i] = g.int(0, 255);
  if (compressed) payload[33] = 0x01;
  const full = new Uint8Array(payload.length + 4);
  full.set(payload);
  full.set(checksumOf(payload), payload.length);
  return base58Encode(full);
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
];

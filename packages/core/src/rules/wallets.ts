import type { SampleGen } from '../types.js';
import { defineRule, keyed, WRAP } from './define.js';

// A BIP39 mnemonic: 12 to 24 words (in threes) from the standard list, all 3 to 8 lowercase
// letters. The words alone are English; under a mnemonic's or seed phrase's name they are a wallet.
const WORD_COUNTS = new Set([12, 15, 18, 21, 24]);
const BYTE = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';

const words = (g: SampleGen, n: number): string => Array.from({ length: n }, () => g.chars('abcdefghijklmnopqrstuvwxyz', 3 + g.int(0, 5))).join(' ');

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
    pattern: new RegExp(`(?<![A-Za-z0-9])[A-Za-z0-9_-]{0,32}(?:key[_-]?pair|secret[_-]?key|private[_-]?key)["'\`]?[ \\t]{0,4}(?:=>|[:=])[ \\t]{0,4}(?:\\|[ \\t]{0,4}\\r?\\n[ \\t]{0,32}|${WRAP}["'\`]?|["'\`])?(\\[(?:[ \\t]{0,2}${BYTE}[ \\t]{0,2},){63}[ \\t]{0,2}${BYTE}[ \\t]{0,2}\\])`, 'i'),
    window: { before: 48, after: 420 },
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://solana.com/docs/intro/wallets', how: 'Move the funds and authorities to a new key pair (solana-keygen new) at once; a leaked key pair cannot be revoked.' },
    docs: 'https://docs.anza.xyz/cli/wallets/file-system',
    sample: (g) => `[${Array.from({ length: 64 }, () => g.int(0, 255)).join(',')}]`,
    sampleKey: 'SOLANA_KEYPAIR',
    negatives: [`SOLANA_KEYPAIR=[${Array.from({ length: 64 }, () => 0).join(',')}]`, 'solanaKeypair: "[1,2,3]"'],
  }),
];

import { defineRule, gen, HEX } from './define.js';

/** Substrate (Polkadot, Kusama and their chains) credentials. */
export const polkadotRules = [
  // An sr25519/ed25519 account's secret seed: 0x and 32 bytes in hex, as subkey prints it
  // ("Secret seed:"), as a keyring takes it (`keyring.addFromUri('0x…')`) or under a seed's name.
  // (From a blind grading of web3 development: 28 missed.)
  defineRule({
    id: 'substrate-secret-seed',
    provider: 'Substrate',
    description: "Substrate/Polkadot account secret seed (0x + 64 hex) as subkey prints it, passed to a keyring's addFromUri/addFromSeed, or under a seed's name (SUBSTRATE_SEED)",
    keywords: ['addfromuri(', 'addfromseed(', 'createfromuri(', 'secret seed', 'substrate_seed', 'polkadot_seed', 'kusama_seed', 'validator_seed', 'session_seed', 'sr25519_seed', 'secret_seed', 'node_seed'],
    pattern: /(?:(?:addFromUri|addFromSeed|createFromUri)[ \t]*\([ \t]*["'`](0x[0-9a-fA-F]{64})(?![0-9a-zA-Z])|Secret seed:[ \t]{1,32}(0x[0-9a-fA-F]{64})(?![0-9a-zA-Z])|(?<![A-Za-z0-9])[A-Za-z0-9_]{0,32}(?:SUBSTRATE|POLKADOT|KUSAMA|SR25519|ED25519|VALIDATOR|SESSION|NODE|SECRET)_SEED["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(0x[0-9a-fA-F]{64})(?![0-9a-zA-Z]))/,
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://docs.substrate.io/reference/command-line-tools/subkey/', how: 'Move the funds and roles (session keys, staking) to a new account at once (subkey generate), and keep its seed out of the repository.' },
    docs: 'https://docs.substrate.io/reference/command-line-tools/subkey/',
    sample: (g) => `Secret phrase:       <kept offline>\n  Network ID:        substrate\n  Secret seed:       ${gen('0x', [HEX, 64])(g)}\n`,
    negatives: ["keyring.addFromUri('//Alice')", 'SUBSTRATE_SEED=${SUBSTRATE_SEED}', 'Secret seed:       0x0000000000000000000000000000000000000000000000000000000000000000'],
  }),
];

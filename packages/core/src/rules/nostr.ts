import { prefixed } from './define.js';

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** Nostr keys. */
export const nostrRules = [
  // NIP-19: a private key is 32 bytes in bech32 with the "nsec" prefix: 52 data characters and a
  // 6-character checksum after "nsec1". (npub is the public key.)
  prefixed({
    id: 'nostr-private-key',
    provider: 'Nostr',
    description: 'Nostr private key (nsec1…, NIP-19 bech32): signs events as the account',
    prefix: 'nsec1',
    body: '[02-9ac-hj-np-z]{58}',
    right: 'A-Za-z0-9',
    sample: (g) => g.chars(BECH32, 58),
    rotate: { url: 'https://github.com/nostr-protocol/nips/blob/master/19.md', how: 'A Nostr key cannot be revoked: move to a new key pair and announce it from the old one (NIP-41 style), and stop using the leaked nsec.' },
    docs: 'https://github.com/nostr-protocol/nips/blob/master/19.md',
  }),
];

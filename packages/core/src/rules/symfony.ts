import { defineRule } from './define.js';

const HEX_UPPER = '0123456789ABCDEF';

/** Symfony: the secrets vault's decryption key (config/secrets/<env>/<env>.decrypt.private.php). */
export const symfonyRules = [
  defineRule({
    id: 'symfony-secrets-decrypt-key',
    provider: 'Symfony',
    description: 'Symfony secrets vault decryption key (<env>.decrypt.private.php: return "\\x…"; 32 or more bytes): it decrypts every secret of that environment',
    keywords: ['decrypt.private'],
    // The file's first line names it (`<?php // prod.decrypt.private on 2022-02-02T…`); the key
    // follows as a PHP string of \x escapes.
    pattern: /decrypt\.private[^\r\n]{0,80}\r?\n(?:[^\r\n]{0,200}\r?\n){0,4}[ \t]*return[ \t]{1,4}"((?:\\x[0-9A-Fa-f]{2}){32,96})"/,
    secretGroup: 1,
    span: 'block',
    // Key bytes, not a constant: most of them distinct.
    accept: (m) => new Set((m[1] ?? '').toLowerCase().split('\\x')).size >= 20,
    window: { before: 40, after: 900 },
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://symfony.com/doc/current/configuration/secrets.html#rotating-secrets', how: 'Run secrets:generate-keys --rotate, commit only the public key, and keep *.decrypt.private.php out of the repository (it is in Symfony’s default .gitignore for prod).' },
    docs: 'https://symfony.com/doc/current/configuration/secrets.html',
    sample: (g) => `<?php // prod.decrypt.private on 2024-05-02T10:22:31+00:00\n\nreturn "${Array.from({ length: 32 }, () => `\\x${g.chars(HEX_UPPER, 2)}`).join('')}";\n`,
    negatives: ['<?php // prod.encrypt.public on 2024-05-02T10:22:31+00:00\n\nreturn "\\x00";'],
  }),
];

import { ALNUM, defineRule } from './define.js';

/** Open Journal Systems (PKP's OJS, OMP, OPS): config.inc.php secrets. */
export const ojsRules = [
  // config.inc.php's [security] salt, "used for generating password reset hashes" (and, in old
  // versions, password hashes): with it anyone can make a reset link for any account. The shipped
  // default (YouMustSetASecretKeyHere!!) is a placeholder. Its neighbours (api_key_secret, the
  // database password) are read by the generic rules; from a blind grading of library systems.
  defineRule({
    id: 'ojs-security-salt',
    provider: 'Open Journal Systems',
    description: "OJS/OMP config.inc.php [security] salt, which signs password reset links",
    keywords: ['salt =', 'salt='],
    pattern: /^[ \t]*salt[ \t]*=[ \t]*(["']?)([^"'\s;]{12,128})\1[ \t]*\r?$/m,
    secretGroup: 2,
    // The shipped default, kept where it was never changed.
    accept: (m) => !/^YouMustSet/i.test(m[2] ?? ''),
    window: { before: 64, after: 200 },
    context: ['api_key_secret', 'password reset', '[security]', 'force_ssl'],
    minEntropy: 3,
    punctuated: true,
    severity: 'high',
    rotate: { url: 'https://docs.pkp.sfu.ca/admin-guide/en/securing-your-system', how: 'Set a new random salt (and api_key_secret) in config.inc.php on the server, outside version control; pending password reset links stop working.' },
    docs: 'https://github.com/pkp/ojs/blob/main/config.TEMPLATE.inc.php',
    sample: (g) => `[security]\nforce_ssl = On\nsalt = "${g.chars(ALNUM, 12)}%${g.chars(ALNUM, 8)}#${g.chars(ALNUM, 6)}"\napi_key_secret = ""\n`,
    sampleIsBlock: true,
    negatives: ['[security]\nsalt = "YouMustSetASecretKeyHere!!"\napi_key_secret = ""\n', '[security]\nsalt = "${OJS_SALT}"\n', 'const salt = crypto.randomBytes(16);'],
  }),
];

import { ALNUM, chars, defineRule, keyed } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

/** Fastly credentials. */
export const fastlyRules = [
  defineRule({
    id: 'fastly-api-token',
    provider: 'Fastly',
    description: 'Fastly API token (32 chars) under a Fastly-named key',
    keywords: ['fastly'],
    pattern: keyed('fastly', '[A-Za-z0-9_-]{32}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://manage.fastly.com/account/personal/tokens', how: 'Revoke it in Fastly’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.fastly.com/en/guides/using-api-tokens',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 32),
    sampleKey: 'FASTLY_TOKEN',
    negatives: ['FASTLY_TOKEN=your_token_here', 'FASTLY_TOKEN=${FASTLY_TOKEN}'],
  }),
  // A Compute app's fastly.toml gives its local secret stores' entries for `fastly compute serve`:
  // `[[local_server.secret_stores.<store>]]`, `key = "<name>"`, `data = "<value>"`. Every entry of a
  // secret store is a secret, whatever its name; the name is on the line above. (From a blind
  // grading of CDNs: 24 of 24 missed.)
  defineRule({
    id: 'fastly-local-secret-store-data',
    provider: 'Fastly',
    description: "Secret in a Fastly Compute app's local secret store (fastly.toml [[local_server.secret_stores.…]] data = \"…\")",
    keywords: ['secret_stores.'],
    pattern: /\[\[local_server\.secret_stores\.[A-Za-z0-9_-]{1,64}\]\][ \t]*\r?\n(?:[ \t]{0,8}(?:key|file|env)[ \t]{0,4}=[^\n]{0,200}\n){0,3}[ \t]{0,8}data[ \t]{0,4}=[ \t]{0,4}(["'])([^"'\r\n\\]{8,512})\1/,
    secretGroup: 2,
    span: 'block',
    window: { before: 40, after: 1200 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', true) || isPasswordValue(m[2] ?? ''),
    severity: 'high',
    rotate: { url: 'https://www.fastly.com/documentation/reference/compute/fastly-toml/', how: "Rotate the credential the entry holds, and keep local secret store values in a file (`file = …`) or environment variable (`env = …`) outside the repository." },
    docs: 'https://www.fastly.com/documentation/reference/compute/fastly-toml/',
    sample: (g) => `[local_server]\n[[local_server.secret_stores.app_secrets]]\nkey = "ORIGIN_TOKEN"\ndata = "${g.chars(ALNUM, 32)}"\n`,
    sampleIsBlock: true,
    negatives: ['[[local_server.secret_stores.app_secrets]]\nkey = "ORIGIN_TOKEN"\ndata = "changeme"\n', '[[local_server.secret_stores.app_secrets]]\nkey = "ORIGIN_TOKEN"\nenv = "ORIGIN_TOKEN"\n'],
  }),
];

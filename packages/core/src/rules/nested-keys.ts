import { isKeyLikeName } from '../keys.js';
import { defineRule, HEX } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** A bare `key` field whose object is named for what the key opens. */
export const nestedKeyRules = [
  // `{"wandb": {"key": "…"}}`, `'cloudability': {'key': '…'}`: the object's name says whose key
  // it is, the field only `key`, which alone the generic rules leave (a cache's, a sort's). The pair
  // is judged as `wandb_key` would be, and the value must be random: a key's shape, not an id's.
  // (From blind gradings of research tools, FinOps and sign-on configs: 22, 9 and 11 missed.)
  defineRule({
    id: 'named-object-key',
    provider: 'Generic',
    description: 'Key in a bare "key" field of an object named for a service ({"wandb": {"key": "…"}})',
    keywords: ['{"key"', '{ "key"', "{'key'", "{ 'key'"],
    pattern: /["']([A-Za-z][A-Za-z0-9_.-]{1,40})["'][ \t]*:[ \t]*\{[ \t]*(["'])key\2[ \t]*:[ \t]*(["'])([A-Za-z0-9_+/=.-]{20,200})\3/,
    secretGroup: 4,
    window: { before: 64, after: 260 },
    accept: (m) => {
      const value = m[4] ?? '';
      if (!isKeyLikeName(`${m[1] ?? ''}_key`)) return false;
      return /^[0-9a-f]{32,128}$/.test(value) || looksLikeSecretValue(value, true);
    },
    minEntropy: 3.3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: "Revoke the key at the service its object names, issue a new one and read it from the environment or a secret store." },
    sample: (g) => `{"wandb":{"key":"${g.chars(HEX, 40)}"},"build":"prod"}`,
    negatives: ['{"cache":{"key":"3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901"}}', '{"wandb":{"key":"${WANDB_API_KEY}"}}', '{"sort":{"key":"created_at_desc_with_tiebreak"}}'],
  }),
];

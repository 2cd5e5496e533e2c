// Writes schema/config.schema.json: the JSON Schema of keyward.config.json and package.json#keyward,
// with every built-in rule id listed for disabledRules (editors complete them). A test fails when
// the file is out of date: run `pnpm --filter @keyward/core schema`.
import { writeFileSync } from 'node:fs';
import { builtinRuleIds } from '../src/index.js';

// Every built-in id a config may name: the text rules, the binary and whole-file judges and the CLI's file policies.
const ruleIds = [...builtinRuleIds()];

const strings = (description: string): object => ({ type: 'array', description, items: { type: 'string', minLength: 1 } });

export function configSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://unpkg.com/@keyward/core@0/schema/config.schema.json',
    title: 'keyward configuration',
    description: 'keyward.config.json, or "keyward" in package.json. Read by the CLI, the ESLint plugin and the logger.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      disabledRules: {
        type: 'array',
        description: 'Built-in rule ids to turn off.',
        items: { type: 'string', enum: ruleIds },
        uniqueItems: true,
      },
      rules: {
        type: 'array',
        description: 'Extra rules. Each regex is checked for catastrophic backtracking when the config loads.',
        items: {
          type: 'object',
          required: ['id', 'regex', 'keywords'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$', not: { enum: ruleIds }, description: 'kebab-case, not a built-in rule id' },
            description: { type: 'string' },
            provider: { type: 'string' },
            regex: { type: 'string', minLength: 1, description: 'JavaScript regex source; group secretGroup (default 1, else the whole match) is the secret.' },
            keywords: {
              type: 'array',
              minItems: 1,
              description: 'Lowercase ASCII literals of 2+ characters; the rule runs only near one of them.',
              items: { type: 'string', pattern: '^[\\x20-\\x40\\x5b-\\x7e]{2,}$' },
            },
            secretGroup: { type: 'integer', minimum: 0 },
            minEntropy: { type: 'number', minimum: 0, maximum: 8, description: 'Shannon entropy (bits per character) a value needs.' },
            severity: { enum: ['critical', 'high', 'medium', 'low'] },
          },
        },
      },
      allowlist: {
        type: 'object',
        additionalProperties: false,
        properties: {
          paths: strings('Globs of paths never scanned (fixtures/**, *.snap).'),
          regexes: strings('Regex sources; a secret matching one is not reported.'),
          stopwords: strings('Substrings (case-insensitive); a secret containing one is not reported.'),
          fingerprints: strings('Finding fingerprints accepted as known and harmless.'),
        },
      },
      blockedFiles: strings('Globs of files that must never be committed (the CLI blocks them by name).'),
      minConfidence: { enum: ['high', 'medium', 'low'], description: 'Lowest confidence reported; default low (everything).' },
    },
  };
}

if (process.argv[1]?.endsWith('config-schema.ts')) {
  writeFileSync(new URL('../schema/config.schema.json', import.meta.url), `${JSON.stringify(configSchema(), null, 2)}\n`);
}

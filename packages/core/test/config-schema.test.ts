import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../scripts/config-schema.js';
import { binaryRules, catalog, fileRules, POLICY_RULE_IDS, validateConfig } from '../src/index.js';

// The shipped JSON Schema (schema/config.schema.json, for editors through "$schema") must say
// what validateConfig says: the same configs accepted, the same rejected. Regex safety and unique
// custom rule ids are the checks a schema cannot express; validateConfig alone makes them.
const require = createRequire(import.meta.url);
type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv = (require('ajv') as { default: new (o: object) => { compile(s: object): Validate } }).default;
const addFormats = (require('ajv-formats') as { default: (ajv: unknown) => void }).default;

const shipped = JSON.parse(readFileSync(new URL('../schema/config.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(shipped);
const ids = new Set([...catalog.map((r) => r.id), ...binaryRules.map((r) => r.id)]);

const rule = { id: 'acme-key', regex: 'acme_([a-z0-9]{32})', keywords: ['acme_'] };
const valid: unknown[] = [
  {},
  { $schema: './node_modules/@keyward/core/schema/config.schema.json' },
  { disabledRules: ['notion-integration-token', catalog.at(-1)?.id, 'pkcs12-private-key'] },
  { rules: [rule, { ...rule, id: 'acme-2', secretGroup: 0, minEntropy: 3.5, severity: 'low', description: 'd', provider: 'Acme' }] },
  { allowlist: { paths: ['fixtures/**'], regexes: ['^test_'], stopwords: ['example'], fingerprints: ['0123456789abcdef0123456789abcdef'] } },
  { blockedFiles: ['*.pem'], minConfidence: 'medium' },
];
const invalid: unknown[] = [
  [],
  { unknown: 1 },
  { disabledRules: ['no-such-rule'] },
  { disabledRules: 'notion-integration-token' },
  { disabledRules: [''] },
  { rules: {} },
  { rules: [{ ...rule, id: 'Bad_Id' }] },
  { rules: [{ ...rule, id: 'notion-integration-token' }] },
  { rules: [{ ...rule, regex: '' }] },
  { rules: [{ ...rule, keywords: [] }] },
  { rules: [{ ...rule, keywords: ['ACME'] }] },
  { rules: [{ ...rule, keywords: ['a'] }] },
  { rules: [{ ...rule, secretGroup: -1 }] },
  { rules: [{ ...rule, secretGroup: 1.5 }] },
  { rules: [{ ...rule, minEntropy: 9 }] },
  { rules: [{ ...rule, severity: 'urgent' }] },
  { rules: [{ ...rule, extra: true }] },
  { rules: [{ id: 'x1', keywords: ['xx'] }] },
  { allowlist: { paths: 'x' } },
  { allowlist: { other: [] } },
  { minConfidence: 'certain' },
  { blockedFiles: [1] },
];

describe('config JSON Schema', () => {
  it('is up to date with the catalog (run `pnpm --filter @keyward/core schema` when this fails)', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(configSchema())));
    expect((shipped as { properties: { disabledRules: { items: { enum: string[] } } } }).properties.disabledRules.items.enum).toHaveLength(catalog.length + binaryRules.length + fileRules.length + POLICY_RULE_IDS.length);
  });

  it.each(valid.map((c) => [JSON.stringify(c), c]))('accepts what validateConfig accepts: %s', (_, config) => {
    expect(() => validateConfig(config, 'test', ids)).not.toThrow();
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(invalid.map((c) => [JSON.stringify(c), c]))('rejects what validateConfig rejects: %s', (_, config) => {
    expect(() => validateConfig(config, 'test', ids)).toThrow();
    expect(validate(config)).toBe(false);
  });
});

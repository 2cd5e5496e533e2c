import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cli, project, token } from './helpers.js';

// The OASIS SARIF 2.1.0 schema (sarif-2.1.0-rtm.5, JSON Schema draft-04), as shipped by Microsoft's
// SARIF tooling. One of its patterns is not valid under the u flag, hence unicodeRegExp: false.
const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS with a default export; take the class from require() for both TS and Node.
interface Validator {
  (data: unknown): boolean;
  errors?: unknown;
}
const Ajv = (require('ajv-draft-04') as { default: new (options: Record<string, unknown>) => { compile(schema: object): Validator } }).default;
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;

describe('SARIF output', () => {
  it('is valid against the official SARIF 2.1.0 schema', async () => {
    const dir = project({
      'src/a.ts': `const a = "${token()}";\nconst b = "${token('github-pat-classic')}";\n`,
      'deploy/id_rsa': 'x',
      'b b/c.ts': `k = "${token('stripe-secret-key')}"`,
    });
    const r = await cli(dir, ['scan', '--format', 'sarif']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: { partialFingerprints: Record<string, string>; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The validator does reject a log that breaks the schema (a run without its tool).
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(4);
    for (const result of results) expect(result.partialFingerprints['keyward/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('b%20b/c.ts');
  });

  it('stays valid with no findings', async () => {
    const r = await cli(project({ 'a.ts': 'ok' }), ['scan', '--format', 'sarif']);
    const validate = new Ajv({ strict: false, validateFormats: false, unicodeRegExp: false }).compile(schema);
    expect(validate(JSON.parse(r.stdout))).toBe(true);
  });
});

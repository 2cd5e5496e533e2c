import { describe, expect, it } from 'vitest';
import { catalog } from '@keyward/core';
import { cli, project, repo, sh, token } from './helpers.js';
import { sarifValidator } from './schemas.js';


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
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The validator does reject a log that breaks the schema (a run without its tool).
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(4);
    for (const result of results) expect(result.partialFingerprints['keyward/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('b%20b/c.ts');
  });

  it('is what code scanning tracks well: %SRCROOT% defined, every rule listed, full regions, fingerprints from the secret (from the ecosystem issue)', async () => {
    const secret = token();
    const dir = project({ 'src/a.ts': `const a = 1;\nconst b = "${secret}";\n` });
    const r = await cli(dir, ['scan', '--format', 'sarif']);
    const log = JSON.parse(r.stdout) as {
      runs: {
        originalUriBaseIds: Record<string, { uri: string }>;
        columnKind: string;
        tool: { driver: { rules: { id: string; fullDescription: { text: string }; properties: { precision: string } }[] } };
        results: { message: { text: string }; partialFingerprints: Record<string, string>; properties: { precision: string }; locations: { physicalLocation: { region: Record<string, number> } }[] }[];
      }[];
    };
    const run = log.runs[0]!;
    expect(run.originalUriBaseIds['%SRCROOT%']?.uri).toBe('./');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.rules.map((x) => x.id)).toEqual(expect.arrayContaining(catalog.map((x) => x.id)));
    const notion = run.tool.driver.rules.find((x) => x.id === 'notion-integration-token')!;
    expect(notion.fullDescription.text).not.toMatch(/Notion.*Notion/);
    const [result] = run.results;
    expect(result!.locations[0]!.physicalLocation.region).toEqual({ startLine: 2, startColumn: 12, endLine: 2, endColumn: 12 + secret.length });
    expect(result!.partialFingerprints['primaryLocationLineHash']).toMatch(/^[0-9a-f]{32}$/);
    expect(result!.message.text).not.toContain(secret);
    expect(result!.properties.precision).toBe('very-high');
  });

  it('names the commit of a history finding in the message and the run provenance, and stays valid', async () => {
    const dir = repo({ 'a.env': `NOTION=${token()}\n` });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'one');
    const sha = sh(dir, 'rev-parse', 'HEAD').trim();
    const r = await cli(dir, ['history', '--format', 'sarif']);
    const log = JSON.parse(r.stdout) as { runs: { versionControlProvenance?: { revisionId: string }[]; results: { message: { text: string } }[] }[] };
    expect(log.runs[0]!.versionControlProvenance?.map((v) => v.revisionId)).toEqual([sha]);
    expect(log.runs[0]!.results[0]!.message.text).toContain(sha.slice(0, 12));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('stays valid with no findings', async () => {
    const r = await cli(project({ 'a.ts': 'ok' }), ['scan', '--format', 'sarif']);
    const validate = sarifValidator();
    expect(validate(JSON.parse(r.stdout))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { catalog, createDetector, createSampleGen, redact } from '../src/index.js';
import { isKeywordText } from '../src/keyword-matcher.js';
import { contextsFor, prefixOf, ruleHandles, samples } from './helpers.js';

const SAMPLES_PER_RULE = 50;
const all = createDetector();

describe('catalog', () => {
  it('covers at least 1,100 rules from at least 650 providers (the floor the READMEs state)', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(1100);
    expect(new Set(catalog.map((r) => r.provider)).size).toBeGreaterThanOrEqual(650);
  });

  it('has unique kebab-case ids, lowercase keywords and a way to rotate every secret', () => {
    const ids = new Set<string>();
    for (const rule of catalog) {
      expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(ids.has(rule.id), rule.id).toBe(false);
      ids.add(rule.id);
      expect(rule.keywords.length, rule.id).toBeGreaterThan(0);
      // createDetector checks custom rules' keywords only; the catalog's are held to the same test here.
      for (const k of rule.keywords) expect(isKeywordText(k), `${rule.id} keyword ${k}`).toBe(true);
      expect(rule.rotate.url, rule.id).toMatch(/^https:\/\//);
      expect(rule.rotate.how.length, rule.id).toBeGreaterThan(10);
      expect(Object.isFrozen(rule), rule.id).toBe(true);
    }
    expect(Object.isFrozen(catalog)).toBe(true);
  });

  it('includes the formats the product promises', () => {
    const ids = new Set(catalog.map((r) => r.id));
    for (const id of ['notion-integration-token', 'notion-legacy-token', 'notion-oauth-client-secret', 'github-pat-classic', 'github-fine-grained-pat', 'gitlab-pat', 'aws-access-key-id', 'aws-secret-access-key', 'gcp-api-key', 'gcp-service-account-private-key', 'azure-storage-connection-string', 'azure-ad-client-secret', 'stripe-secret-key', 'stripe-restricted-key', 'stripe-webhook-secret', 'slack-bot-token', 'slack-webhook-url', 'openai-project-key', 'anthropic-api-key', 'huggingface-access-token', 'npm-access-token', 'pypi-upload-token', 'private-key', 'pgp-private-key-block', 'age-secret-key', 'jwt', 'url-credentials', 'authorization-basic', 'authorization-bearer', 'npmrc-auth-token', 'generic-secret-assignment']) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});

describe.each(catalog.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const gen = createSampleGen(0x5eed ^ rule.id.length);
  const alone = createDetector({ rules: [rule] });
  const contexts = contextsFor(rule);

  it(`finds ${SAMPLES_PER_RULE} generated secrets in each of ${contexts.length} contexts, masked`, () => {
    expect(contexts.length).toBeGreaterThanOrEqual(6);
    for (const sample of samples(rule, gen, SAMPLES_PER_RULE)) {
      for (const context of contexts) {
        const text = context.wrap(sample);
        const where = `${rule.id} in ${context.name}`;
        const found = all.scanRevealing(text).filter((f) => f.provider === rule.provider);
        expect(found.length, where).toBeGreaterThan(0);
        const finding = found[0]!;
        expect(sample.includes(finding.secret) || text.includes(finding.secret), where).toBe(true);
        expect(finding.redacted, where).not.toContain(finding.secret);
        expect(finding.fingerprint, where).toMatch(/^[0-9a-f]{32}$/);
        expect(redact(text), where).not.toContain(finding.secret);
        if (ruleHandles(rule, context)) {
          expect(alone.scan(text).map((f) => f.ruleId), where).toContain(rule.id);
        }
      }
    }
  });

  it('keeps only the provider prefix in the mask', () => {
    const sample = rule.sample(gen);
    const context = contexts.find((c) => ruleHandles(rule, c));
    expect(context).toBeDefined();
    const text = context!.wrap(sample);
    // The rule's own finding, from a detector of that rule alone (from a bug: this test used to
    // fall back to whatever another rule found).
    const finding = alone.scanRevealing(text).find((f) => f.ruleId === rule.id);
    expect(finding).toBeDefined();
    const prefix = prefixOf(rule, finding!.secret);
    expect(finding!.redacted).toBe(prefix ? `${prefix}****` : '****');
  });

  it('ignores its documented negatives', () => {
    for (const negative of rule.negatives) {
      expect(alone.scan(negative), JSON.stringify(negative)).toEqual([]);
    }
  });

  // Block samples (PEM) have no truncated form of their own; every other rule is checked.
  it.skipIf(rule.sampleIsBlock)('ignores truncated secrets', () => {
    for (const sample of samples(rule, gen, 10)) {
      const prefix = prefixOf(rule, sample);
      const truncated = sample.slice(0, prefix.length + 5);
      for (const context of contexts) {
        expect(alone.scan(context.wrap(truncated)), `${rule.id}: ${context.name}`).toEqual([]);
      }
    }
  });

  // For self-standing prefixed tokens; keyed and block rules are fenced by their key or markers.
  it.skipIf(Boolean(rule.sampleIsBlock || rule.sampleKey || !rule.prefixes?.length))('does not stop a token at a neighbouring word character', () => {
    for (const sample of samples(rule, gen, 10)) {
      const start = 'const v = "'.length;
      expect(alone.scan(`const v = "A${sample}";`).filter((f) => f.start === start + 1)).toEqual([]);
      expect(alone.scan(`const v = "${sample}A";`).filter((f) => f.end === start + sample.length)).toEqual([]);
    }
  });
});

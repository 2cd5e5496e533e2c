import fc from 'fast-check';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catalog, ConfigError, createDetector, createSampleGen, isKeyLikeName, isSecretKeyName, redact, UnsafeRegexError, validateConfig } from '../src/index.js';
import { isPasswordKeyName, mayNameSecret, nameStrength } from '../src/keys.js';
import { tokenRunFollows } from '../src/rules/generic.js';
import { base58Decode, base58Encode } from '../src/checksum.js';
import { BIP39_ENGLISH } from '../src/bip39-english.js';
import { sha256Hex } from '../src/sha256.js';
import { isBip39Mnemonic } from '../src/rules/wallets.js';

const gen = createSampleGen(7);
const rule = (id: string) => {
  const r = catalog.find((x) => x.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const notion = () => rule('notion-integration-token').sample(gen);
const detector = createDetector();

describe('createDetector().scan', () => {
  it('reports line, column and offsets of the secret itself', () => {
    const token = notion();
    const text = `first line\n  const t = "${token}";\n`;
    const [f] = detector.scan(text, { path: 'src/a.ts' });
    expect(f).toMatchObject({ ruleId: 'notion-integration-token', provider: 'Notion', line: 2, column: 14, path: 'src/a.ts', redacted: 'ntn_****', confidence: 'high' });
    expect(text.slice(f!.start, f!.end)).toBe(token);
  });

  it('never puts the raw secret in a finding', () => {
    const token = notion();
    const findings = detector.scan(`NOTION_TOKEN=${token}`);
    expect(JSON.stringify(findings)).not.toContain(token);
    expect(JSON.stringify(findings)).not.toContain(token.slice(4));
  });

  it('gives a stable fingerprint per rule and secret', () => {
    const token = notion();
    const a = detector.scan(`a = "${token}"`)[0]!;
    const b = detector.scan(`\n\nother = '${token}' // moved`)[0]!;
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(detector.scan(`a = "${notion()}"`)[0]!.fingerprint).not.toBe(a.fingerprint);
  });

  it('prefers the provider rule over carriers and the generic rules', () => {
    const token = notion();
    expect(detector.scan(`Authorization: Bearer ${token}`).map((f) => f.ruleId)).toEqual(['notion-integration-token']);
    expect(detector.scan(`notion_api_key = "${token}"`).map((f) => f.ruleId)).toEqual(['notion-integration-token']);
    expect(detector.scan(`NOTION_API_KEY=${token}`).map((f) => f.ruleId)).toEqual(['notion-integration-token']);
  });

  it('reports a legacy Notion secret_ token always, surer with Notion context (from a bug: missed with no "notion" nearby)', () => {
    const legacy = rule('notion-legacy-token').sample(gen);
    const bare = detector.scan(`const x = "${legacy}";`).filter((f) => f.provider === 'Notion');
    expect(bare.map((f) => [f.ruleId, f.confidence])).toEqual([['notion-legacy-token', 'medium']]);
    expect(detector.scan(`const notionKey = "${legacy}";`).map((f) => [f.ruleId, f.confidence])).toEqual([['notion-legacy-token', 'high']]);
    expect(detector.scan(`// Notion integration\nconst key = "${legacy}";`).map((f) => f.confidence)).toEqual(['high']);
    // The caller's context: a logger's key path, an ESLint property or callee name.
    expect(detector.scan(legacy, { context: 'x-notion-auth' }).map((f) => f.confidence)).toEqual(['high']);
    expect(detector.scan(legacy, { context: ['new Client', 'NOTION_API_KEY'] }).map((f) => f.confidence)).toEqual(['high']);
    expect(detector.scan(legacy, { context: 'auth' }).map((f) => f.confidence)).toEqual(['medium']);
  });

  it('does not report public or structural values', () => {
    const pub = `pk_live_${gen.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 24)}`;
    const cases = [
      `const stripe = Stripe("${pub}");`,
      `"integrity": "sha512-${gen.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/', 86)}=="`,
      `const id = "${gen.chars('0123456789abcdef', 8)}-${gen.chars('0123456789abcdef', 4)}-4${gen.chars('0123456789abcdef', 3)}-a${gen.chars('0123456789abcdef', 3)}-${gen.chars('0123456789abcdef', 12)}";`,
      `commit ${gen.chars('0123456789abcdef', 40)}`,
      `<img src="data:image/png;base64,${gen.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/', 200)}">`,
      rule('private-key').negatives[1]!,
      `AWS_ACCESS_KEY_ID=${rule('aws-access-key-id').negatives[0]}`,
      'NOTION_TOKEN=ntn_your_token_here',
      'api_key = "${API_KEY}"',
      'password: "{{ vault_password }}"',
      'const token = process.env.GITHUB_TOKEN;',
    ];
    for (const text of cases) expect(detector.scan(text), text).toEqual([]);
  });

  it('honours keyward-ignore on the line and keyward-ignore-next-line above it', () => {
    const token = notion();
    expect(detector.scan(`const t = "${token}"; // keyward-ignore`)).toEqual([]);
    expect(detector.scan(`# keyward-ignore-next-line\nNOTION=${token}`)).toEqual([]);
    expect(detector.scan(`/* keyward-ignore-next-line */\n\nconst t = "${token}";`)).toHaveLength(1);
  });

  it('lowers confidence when a checksum does not verify', () => {
    const good = rule('github-pat-classic').sample(gen);
    const bad = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    expect(detector.scan(`t = "${good}"`)[0]!.confidence).toBe('high');
    expect(detector.scan(`t = "${bad}"`)[0]!.confidence).toBe('medium');
    expect(createDetector({ config: { minConfidence: 'high' } }).scan(`t = "${bad}"`)).toEqual([]);
  });

  it('finds a private key pasted into JSON with \\n escapes', () => {
    const pem = rule('private-key').sample(gen);
    const findings = detector.scan(JSON.stringify({ key: pem }));
    expect(findings.map((f) => f.ruleId)).toEqual(['private-key']);
  });

  it('finds a token in a very long minified line', () => {
    const token = notion();
    const text = `${'a=1;'.repeat(200_000)}var t="${token}";${'b=2;'.repeat(200_000)}`;
    const [f] = detector.scan(text);
    expect(f?.ruleId).toBe('notion-integration-token');
    expect(f?.column).toBe(800_008);
  });

  it('returns nothing for non-strings and empty text', () => {
    expect(detector.scan('')).toEqual([]);
    expect(detector.scan(undefined as unknown as string)).toEqual([]);
    expect(detector.scan(42 as unknown as string)).toEqual([]);
  });
});

describe('createDetector().judgeAssignment', () => {
  const g = createSampleGen(4242);
  const value = (): string => `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz', 10)}${g.chars('0123456789', 3)}${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz', 10)}`;

  it('judges a name and a value as the quoted assignment form does, with the config on top', () => {
    const d = createDetector();
    const v = value();
    const f = d.judgeAssignment('serviceApiKey', v);
    expect(f?.ruleId).toBe('generic-secret-assignment');
    expect(f?.end).toBe(v.length);
    expect(JSON.stringify(f)).not.toContain(v);
    // The same verdicts as the pair in text.
    for (const [name, val] of [['serviceApiKey', v], ['password', `${v.slice(0, 6)}#${v.slice(6, 12)}`], ['maxTokens', v], ['apiKey', 'your-api-key-here'], ['secretName', 'prod/db/password']] as const) {
      expect(d.judgeAssignment(name, val) !== undefined, name).toBe(d.scan(`const ${name} = "${val}";`).some((x) => x.ruleId === 'generic-secret-assignment'));
    }
    expect(createDetector({ config: { allowlist: { stopwords: [v.slice(3, 9)] } } }).judgeAssignment('serviceApiKey', v)).toBeUndefined();
    expect(createDetector({ config: { allowlist: { regexes: [`^${v.slice(0, 5)}`] } } }).judgeAssignment('serviceApiKey', v)).toBeUndefined();
    expect(createDetector({ config: { allowlist: { fingerprints: [f!.fingerprint] } } }).judgeAssignment('serviceApiKey', v)).toBeUndefined();
    expect(createDetector({ config: { disabledRules: ['generic-secret-assignment'] } }).judgeAssignment('serviceApiKey', v)).toBeUndefined();
    expect(createDetector({ config: { minConfidence: 'high' } }).judgeAssignment('serviceApiKey', v)).toBeUndefined();
    expect(d.judgeAssignment(42 as unknown as string, v)).toBeUndefined();
  });

  it('judges a name in another language as the text scan does (an ESLint rule sees `const mot_de_passe = "…"` only as a name and a value)', () => {
    const d = createDetector();
    const v = value();
    for (const [name, val] of [['mot_de_passe', `${v.slice(0, 6)}#${v.slice(6, 12)}`], ['QINIU_GEHEIMNIS', v], ['kakaoApiKunji', v], ['clave', v], ['senhaPolicy', 'abc'], ['parolaChiave', 'chiave-di-ricerca']] as const) {
      // (The scan may report it by the label rule or, where the name is a password's in that
      // language, by the generic assignment rule: either way it reports it.)
      const text = d.scan(`const ${name} = "${val}";\n`).length > 0;
      expect(d.judgeAssignment(name, val) !== undefined, name).toBe(text);
    }
    expect(d.judgeAssignment('mot_de_passe', `${v.slice(0, 6)}#${v.slice(6, 12)}`)?.ruleId).toBe('generic-secret-assignment');
    expect(d.judgeAssignment('clave', v)).toBeUndefined();
  });
});

describe('createDetector().mayContainSecret', () => {
  it('is true wherever scan finds something, for every rule of the catalog', () => {
    // Every rule, with no exceptions (from a bug: this used to skip rules scan missed and accept 90%).
    for (const r of catalog) {
      const secret = r.sample(createSampleGen(r.id.length));
      const text = r.sampleKey ? `${r.sampleKey} = "${secret}"` : r.sampleIsBlock ? secret : `value: ${secret}`;
      expect(detector.scan(text).length, r.id).toBeGreaterThan(0);
      expect(detector.mayContainSecret(text), r.id).toBe(true);
      const secretYaml = `kind: Secret\ndata:\n  value: ${Buffer.from(text).toString('base64')}\n`;
      expect(detector.scan(secretYaml).length, `${r.id} in a Kubernetes Secret`).toBeGreaterThan(0);
      expect(detector.mayContainSecret(secretYaml), `${r.id} in a Kubernetes Secret`).toBe(true);
    }
  });

  it('is false for text without any rule keyword, and for non-strings', () => {
    expect(detector.mayContainSecret('GET /api/v1/projects/42/issues 200 12.5ms')).toBe(false);
    expect(detector.mayContainSecret('')).toBe(false);
    expect(detector.mayContainSecret(42 as unknown as string)).toBe(false);
    expect(detector.mayContainSecret('Authorization: Bearer')).toBe(true);
  });
});

describe('createDetector().mayReport', () => {
  it('is true wherever scan finds something, for every rule of the catalog', () => {
    for (const r of catalog) {
      const secret = r.sample(createSampleGen(r.id.length));
      const text = r.sampleKey ? `${r.sampleKey} = "${secret}"` : r.sampleIsBlock ? secret : `value: ${secret}`;
      expect(detector.scan(text).length, r.id).toBeGreaterThan(0);
      expect(detector.mayReport(text), r.id).toBe(true);
      const secretYaml = `kind: Secret\ndata:\n  value: ${Buffer.from(text).toString('base64')}\n`;
      expect(detector.mayReport(secretYaml), `${r.id} in a Kubernetes Secret`).toBe(true);
    }
  });

  it('is false where a keyword stands inside an id, which no rule keeps', () => {
    // Keywords of vendor prefixes inside hex ids and random session ids ("db-", "a3-", "eyJ", "b64").
    const ids = ['897b2293-4d68-4f58-a7db-95853cb31e2d', '7cb4f872-f682-4b47-a9a3-2e4643d49957', 'sess_ThFdeYJyVaxF2ord', '05681fec-7ee6-45f3-ae9e-003b6423de38'];
    for (const id of ids) {
      expect(detector.mayContainSecret(id), id).toBe(true);
      expect(detector.mayReport(id), id).toBe(false);
      expect(detector.scan(id)).toEqual([]);
    }
    expect(detector.mayReport('GET /api/v1/projects/42/issues 200 12.5ms')).toBe(false);
    expect(detector.mayReport('')).toBe(false);
    expect(detector.mayReport(42 as unknown as string)).toBe(false);
  });

  it('never says false where scan reports, on text pieced from samples, keywords, ids and escapes', () => {
    const probe = createSampleGen(11);
    const samples = catalog.filter((_, i) => i % 7 === 0).map((r) => r.sample(probe));
    const keywords = [...new Set(catalog.flatMap((r) => r.keywords))].filter((_, i) => i % 5 === 0);
    const piece = fc.oneof(
      fc.constantFrom(...samples),
      fc.constantFrom(...keywords),
      fc.constantFrom(' ', '\n', '=', ': ', '"', '\\n', '%3D', '&token=', '?api_key=', 'Bearer ', 'password=', 'b64', 'eyJ', 'db-', 'A3-', '-----BEGIN ', 'base64,'),
      fc.stringMatching(/^[0-9a-f]{4,40}$/),
      fc.stringMatching(/^[A-Za-z0-9_-]{4,48}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        if (detector.scan(text).length > 0) expect(detector.mayReport(text), text.length.toString()).toBe(true);
      }),
      { numRuns: 3000, seed: 42 },
    );
  });
});

describe('url-credentials pre-check', () => {
  it('never hides a match the pattern alone would report', () => {
    const withNear = rule('url-credentials');
    // The same rule without its pre-check (and with the default window).
    const plain = { ...withNear, near: undefined, window: undefined };
    const fast = createDetector({ rules: [withNear] });
    const slow = createDetector({ rules: [plain] });
    // URL-shaped text with each piece varied or missing, amid noise.
    const piece = (...xs: string[]) => fc.constantFrom(...xs);
    const url = fc
      .tuple(
        piece('', 'x', ' ', '"', 'é'),
        piece('postgres', 'https', 'x', 'mongodb+srv', ''),
        piece('://', ':/', '://://'),
        piece('user', '', 'a'.repeat(128), 'a'.repeat(129), 'us er', 'u/x', 'u\u001bx'),
        piece(':', '', '::'),
        piece('pa55w0rdZq', 'ab', 'abc', 'pass word', 'p/w', 'p\u00a0w9Zk', 'Zq8\u0001vLp2x9Tk', 'p\tw9Zk', `q${'z'.repeat(255)}`, `q${'z'.repeat(256)}`),
        piece('@', '', '@@', ' @'),
        piece('db.internal.net', '', 'example.com', 'h'),
        piece('', '/path', ' tail', '"'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(url, { minLength: 1, maxLength: 3 }), (urls) => {
        const text = urls.join(' ');
        expect(fast.scan(text).map((f) => f.start)).toEqual(slow.scan(text).map((f) => f.start));
      }),
      { numRuns: 2000 },
    );
    const sample = withNear.sample(createSampleGen(3));
    expect(fast.scan(`DATABASE_URL="${sample}"`)).toHaveLength(1);
  });
});

describe('rule pre-checks (near)', () => {
  it('never hide a match the pattern alone would report, for every rule that has one', () => {
    const withNear = catalog.filter((r) => r.near);
    expect(withNear.length).toBeGreaterThan(60); // every prefixed rule, the generic rules, URLs…
    const g = createSampleGen(11);
    let compared = 0;
    let found = 0;
    for (const r of withNear) {
      const fast = createDetector({ rules: [r] });
      const slow = createDetector({ rules: [{ ...r, near: undefined, window: undefined }] });
      for (let i = 0; i < 4; i++) {
        const secret = r.sample(g);
        const variants = [secret, secret.slice(0, 4).toLowerCase() + secret.slice(4), secret.slice(0, 4).toUpperCase() + secret.slice(4)];
        for (const v of variants) {
          for (const before of ['', ' ', 'x', '_', '"', 'pre_', '=', '\n', 'é']) {
            const text = r.sampleKey ? `${r.sampleKey}=${before}${v}` : `${before}${v} tail`;
            const expected = slow.scan(text).map((f) => f.start);
            expect(fast.scan(text).map((f) => f.start), `${r.id}: ${JSON.stringify(before)}`).toEqual(expected);
            compared++;
            found += expected.length;
          }
        }
      }
    }
    expect(found).toBeGreaterThan(compared / 4);
  });
});

describe('configuration', () => {
  it('disables rules and adds custom ones', () => {
    const token = notion();
    const d = createDetector({
      config: {
        disabledRules: ['notion-integration-token'],
        rules: [{ id: 'acme-key', regex: 'acme_live_([a-z0-9]{24})', keywords: ['acme_live_'], severity: 'critical' }],
      },
    });
    const acme = `acme_live_${gen.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}`;
    expect(d.scan(`t = "${token}"`).filter((f) => f.provider === 'Notion')).toEqual([]);
    expect(d.scan(`key = ${acme}`)).toMatchObject([{ ruleId: 'acme-key', provider: 'Custom', severity: 'critical', redacted: '****' }]);
  });

  it('applies path, regex, stopword and fingerprint allowlists', () => {
    const token = notion();
    const text = `t = "${token}"`;
    const fp = detector.scan(text)[0]!.fingerprint;
    expect(createDetector({ config: { allowlist: { paths: ['fixtures/**'] } } }).scan(text, { path: 'fixtures/a/b.ts' })).toEqual([]);
    expect(createDetector({ config: { allowlist: { paths: ['fixtures/**'] } } }).scan(text, { path: 'src/b.ts' })).toHaveLength(1);
    expect(createDetector({ config: { allowlist: { regexes: ['^ntn_'] } } }).scan(text)).toEqual([]);
    expect(createDetector({ config: { allowlist: { stopwords: [token.slice(10, 20).toUpperCase()] } } }).scan(text)).toEqual([]);
    expect(createDetector({ config: { allowlist: { fingerprints: [fp] } } }).scan(text)).toEqual([]);
  });

  it('lists every problem of a malformed config in one typed error', () => {
    let error: unknown;
    try {
      validateConfig({ disabledRules: 'x', rules: [{ id: 'Bad Id', regex: '(', keywords: [] }], allowlist: { paths: [1] }, colour: 'red' }, 'keyward.config.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect((error as ConfigError).code).toBe('KEYWARD_CONFIG_INVALID');
    expect(problems.length).toBeGreaterThanOrEqual(5);
    expect((error as Error).message).toContain('keyward.config.json');
    expect(problems.join('\n')).toMatch(/unknown option "colour"/);
  });

  it('rejects an unknown disabled rule id', () => {
    expect(() => createDetector({ config: { disabledRules: ['no-such-rule'] } })).toThrow(/no-such-rule/);
  });

  it('rejects catastrophic user regexes with a clear message', () => {
    for (const regex of ['(a+)+$', '(\\w*)*x', '(a|ab)*c', '(x+x+)+y', '(.)\\1']) {
      expect(() => createDetector({ config: { rules: [{ id: 'bad', regex, keywords: ['xx'] }] } }), regex).toThrow(ConfigError);
    }
    expect(() => createDetector({ config: { allowlist: { regexes: ['([a-z]+)*$'] } } })).toThrow(/exponential time/);
    expect(new UnsafeRegexError('(a+)+', 'nested').code).toBe('KEYWARD_UNSAFE_REGEX');
  });
});

// Families found missing or over-reported by bench/suites.ts on secretlint's own rule fixtures.
describe('formats and placeholders from peers\' fixtures', () => {
  const g = createSampleGen(99);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const digits = (n: number): string => g.chars('0123456789', n);
  const ids = (text: string): string[] => detector.scan(text).map((f) => f.ruleId);
  // Each text (scanned with its path) reports its rule, or nothing at all.
  const expectFound = (cases: readonly (readonly [string, string, string])[]): void => {
    for (const [text, path, id] of cases) expect(detector.scan(text, { path }).map((f) => f.ruleId), text).toContain(id);
  };
  const expectNone = (cases: readonly (readonly [string, string])[]): void => {
    for (const [text, path] of cases) expect(detector.scan(text, { path }).map((f) => f.ruleId), text).toEqual([]);
  };

  it('finds Shopify tokens in the longer mixed-case format as well as 32 hex', () => {
    for (const prefix of ['shpat_', 'shpss_', 'shpca_', 'shppa_']) {
      expect(ids(`token = "${prefix}${g.chars(alnum, 38)}"`).some((id) => id.startsWith('shopify-')), prefix).toBe(true);
      expect(ids(`${prefix}${g.chars('0123456789abcdef', 32)}`).some((id) => id.startsWith('shopify-')), prefix).toBe(true);
    }
  });

  it('finds Render API keys with 28 characters after rnd_ (the length of keys in public repositories)', () => {
    for (const n of [28, 32]) expect(ids(`RENDER_TOKEN: rnd_${g.chars(alnum, n)}`), String(n)).toContain('render-api-key');
    expect(ids(`rnd_${g.chars(alnum, 27)}`)).not.toContain('render-api-key');
  });

  it('finds ElevenLabs, Klaviyo and LaunchDarkly server keys by their own shape with no name nearby, with less confidence', () => {
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const cases: [string, string][] = [
      ['elevenlabs-api-key', `sk_${hex(48)}`],
      ['klaviyo-private-api-key', `pk_${hex(34)}`],
      ['launchdarkly-sdk-key', `sdk-${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`],
    ];
    for (const [id, key] of cases) {
      const bare = detector.scan(`client = Client("${key}")\n`).filter((f) => f.ruleId === id);
      expect(bare.map((f) => f.confidence), id).toEqual(['medium']);
      const vendor = id.split('-')[0] as string;
      const named = detector.scan(`${vendor.toUpperCase()}_KEY = "${key}"\n`).filter((f) => f.ruleId.startsWith(vendor));
      expect(named.map((f) => f.confidence), id).toEqual(['high']);
    }
    // Stripe's keys are not ElevenLabs' or Klaviyo's.
    expect(ids(`sk_live_${g.chars(alnum, 40)} pk_live_${g.chars(alnum, 40)}`).filter((id) => id.startsWith('elevenlabs') || id.startsWith('klaviyo'))).toEqual([]);
  });

  it('finds vendor tokens by their own prefix with no name nearby, in the lengths issued (a fifteenth blind grading)', () => {
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const url = `${alnum}-_`;
    const cases: [string, string][] = [
      ['atlassian-api-token', `ATATT3${g.chars(url, 176)}=${hex(8).toUpperCase()}`],
      ['doppler-token', `dp.st.prd.${g.chars(alnum, 43)}`],
      ['vault-service-token', `hvs.CAES${g.chars(url, 82)}`],
      ['vault-batch-token', `hvb.${g.chars(url, 136)}`],
      ['netlify-pat', `nfp_${g.chars(alnum, 40)}`],
      ['aws-bedrock-api-key', `ABSK${g.chars(alnum, 100)}`],
      ['salesforce-access-token', `00D${g.chars(alnum, 12)}!${g.chars(alnum, 90)}`],
      ['slack-config-token', `xoxe.xoxp-1-${g.chars(url, 160)}`],
      ['slack-refresh-token', `xoxe-1-${g.chars(url, 140)}`],
      ['slack-legacy-token', `xoxc-${digits(12)}-${digits(12)}-${digits(13)}-${hex(64)}`],
      ['testpypi-upload-token', `pypi-AgENdGVzdC5weXBpLm9yZw${g.chars(url, 140)}`],
      ['paddle-api-key', `pdl_live_apikey_${g.chars(lower, 26)}_${g.chars(alnum, 22)}_${g.chars(alnum, 3)}`],
      ['together-ai-api-key', `tgp_v1_${g.chars(url, 43)}`],
      ['pinterest-access-token', `pina_${g.chars(upper, 108)}`],
      ['packagist-api-token', `packagist_uut_${hex(60)}`],
      ['onesignal-api-key', `os_v2_app_${g.chars(lower, 110)}`],
      ['dbt-cloud-token', `dbtc_${g.chars(url, 56)}`],
      ['checkout-com-sandbox-secret-key', `sk_sbox_${g.chars(lower, 27)}`],
      ['cerebras-api-key', `csk-${g.chars(lower, 48)}`],
      ['runpod-api-key', `rpa_${g.chars(upper, 44)}`],
      ['stytch-secret', `secret-live-${g.chars(url, 36)}`],
      ['trello-token-atta', `ATTA${hex(64)}${hex(8).toUpperCase()}`],
      ['linkedin-client-secret-wpl', `WPL_AP1.${g.chars(alnum, 16)}.${g.chars(alnum, 8)}==`],
      ['yandex-cloud-iam-token-t1', `t1.9euel${g.chars(url, 141)}`],
      ['cloudflare-tunnel-token', btoa(JSON.stringify({ a: hex(32), t: `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`, s: btoa(g.chars(alnum, 32)) }))],
    ];
    for (const [id, token] of cases) expect(ids(`    client = Client("${token}")\n`), id).toContain(id);
    // A base64 JSON object that starts like a tunnel token but lacks its fields is not one.
    expect(ids(`x = "${btoa(JSON.stringify({ a: hex(32), note: g.chars(alnum, 120) }))}"`)).not.toContain('cloudflare-tunnel-token');
  });

  it('turns down a password that is a reference or a stand-in, and a value that spells its own name (a fifteenth blind grading)', () => {
    const account = digits(12);
    for (const text of [
      `curl -u jenkins:arn:aws:secretsmanager:us-east-1:${account}:secret:prod/ops_api_key-${g.chars(alnum, 6)} https://api.example.org/v1\n`,
      'https://svc_app:vault%3Asecret%2Fdata%2Fci%2Fprod%23deploy_key@bitbucket.org\n',
      'https://svc_app:vault:secret/ci/deploy@git.internal/app.git\n',
      'https://svc_app:not-set@nexus.internal/repo.git\n',
      'api_key: test_api_key_123\n',
      'token: sample-token-for-tests\n',
      `serviceApiKey = "local${g.chars(alnum, 4)}ServiceApiKey"\n`,
    ]) {
      expect(ids(text), text).toEqual([]);
    }
    // A real password in the same places is still reported.
    const pw = `${g.chars(alnum, 10)}!${g.chars(alnum, 5)}`;
    expect(ids(`curl -u jenkins:${pw} https://api.example.org/v1\n`)).toContain('curl-user-credentials');
    expect(ids(`https://svc_app:${pw}@nexus.internal/repo.git\n`)).toContain('url-credentials');
    expect(ids(`api_key: ${g.chars(alnum, 24)}\n`).length).toBeGreaterThan(0);
    // A vendor's word prefix before a random body is a secret still (Statsig's server secret).
    expect(ids(`#define STATSIG_SERVER_SECRET "secret-${g.chars(alnum, 43)}"\n`).length).toBeGreaterThan(0);
  });

  it('pairs a secret-named column with its cells: Markdown tables, CSV exports, SQL INSERTs with a column list (a fifteenth blind grading)', () => {
    const v = (): string => `${g.chars(alnum, 20)}${digits(2)}${g.chars(alnum, 18)}`;
    const [a, b, c, d, e] = [v(), v(), v(), v(), v()];
    const spans = (text: string, path: string): string[] => detector.scan(text, { path }).map((f) => text.slice(f.start, f.end));
    expect(spans(`| Env | HUAWEICLOUD_SDK_SK |\n|-----|-----|\n| staging | ${a} |\n| prod | \`${b}\` |\n`, 'docs/environments.md')).toEqual([a, b]);
    expect(spans(`| Env | API Key | Owner |\n| :--- | :---: | --- |\n| staging | ${a} | ops |\n`, 'docs/keys.md')).toEqual([a]);
    expect(spans(`service,environment,spaces_secret_access_key,owner\ndigitalocean,production,${c},jenkins\nb2,staging,"${d}",ops\n`, 'exports/credentials.csv')).toEqual([c, d]);
    expect(spans(`INSERT INTO integrations (name, vonage_api_secret, created_at) VALUES ('vonage', '${e}', NOW()), ('other', '${a}', NOW());\n`, 'db/seeds.sql')).toEqual([e, a]);
    // Not paired: a one-word header (documentation's "Token" column), references in the cells,
    // a column that names no secret, a header with no separator row under it.
    expect(spans(`| Token | Number | Bits |\n|---|---|---|\n| \`Float16_BE\` | IEEE 754 float | 16 |\n`, 'README.md')).toEqual([]);
    expect(spans('| Service | SERVICE_API_KEY |\n|---|---|\n| build | `${CI_SERVICE_API_KEY}` |\n| docs | see the vault |\n', 'README.md')).toEqual([]);
    expect(spans(`id,region,bucket_name\n1,eu-west-1,${c}\n`, 'buckets.csv')).toEqual([]);
    expect(spans(`| Env | SERVICE_API_KEY |\n| staging | ${a} |\n`, 'notes.md').length).toBeLessThanOrEqual(1);
  });

  it('finds values set by sed over ssh, decoded by $(echo … | base64 -d), in Rust String::from, Lisp defs, ||=, HAProxy userlists, PagerDuty routing keys and prose labels (a fifteenth blind grading)', () => {
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const v = `${g.chars(alnum, 14)}${digits(2)}${g.chars(alnum, 14)}`;
    const b64 = btoa(hex(40));
    const cases: [string, string, string][] = [
      [`ssh deploy@10.0.0.7 "sudo sed -i 's/^AZURE_OPENAI_API_KEY=.*/AZURE_OPENAI_API_KEY=${hex(32)}/' /etc/app.env"\n`, 'ops/rotate.sh', 'sed-replaced-secret'],
      [`export GITHUB_OAUTH_TOKEN=$(echo '${b64}' | base64 -d)\n`, 'scripts/start.sh', 'generic-secret-assignment'],
      [`let lokalise_api_token = String::from("${hex(40)}");\n`, 'src/main.rs', 'generic-secret-assignment'],
      [`(def gitguardian-api-key "${v}")\n`, 'src/app/config.clj', 'generic-secret-tuple'],
      [`(def ^:private api-token "${v}")\n`, 'src/app/config.clj', 'generic-secret-tuple'],
      [`ENV['OS_PASSWORD'] ||= '${g.chars(alnum, 12)}_${g.chars(alnum, 4)}=%9j'\n`, 'config/env.rb', 'generic-secret-assignment'],
      [`userlist admins\n    user etl insecure-password ${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}\n`, 'haproxy.cfg', 'haproxy-userlist-password'],
      [`my $pagerduty_routing_key = 'R0${hex(30)}';\n`, 'bin/report.pl', 'pagerduty-api-key'],
      [`- renew cert\n- generic smtp password: ^${g.chars(alnum, 7)}#${g.chars(alnum, 6)}\n`, 'notes/todo.txt', 'generic-secret-label'],
      [`- azure storage key: ${btoa(hex(32) + hex(32)).slice(0, 86)}==\n`, 'notes/todo.txt', 'generic-secret-label'],
    ];
    expectFound(cases);
    expectNone([
      ["sed -i 's/^API_KEY=.*/API_KEY=${API_KEY}/' .env\n", 'deploy.sh'],
      ["sed -i 's/^LOG_LEVEL=.*/LOG_LEVEL=debugverbose/' .env\n", 'deploy.sh'],
      ['export API_TOKEN=$(echo "$RAW" | tr -d x)\n', 'x.sh'],
      ['(def api-token "TODO")\n', 'config.clj'],
      ['    user ops insecure-password changeme\n', 'haproxy.cfg'],
      [`see the GPG key: ${hex(40).toUpperCase()}\n`, 'notes.txt'],
      [`the public key: ${btoa(hex(48))}\n`, 'notes.txt'],
      ['Set the password: correct-horse-battery\n', 'notes.txt'],
    ]);
  });

  it('finds values after command options, in text blocks and heredocs, in initialiser pairs and php-fpm/notebook env lines (a seventeenth blind grading)', () => {
    const g = createSampleGen(1717);
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const v = `${g.chars(alnum, 14)}-${g.chars(alnum, 17)}`;
    const cases: [string, string, string][] = [
      [`root      2211  0.3  1.2 /usr/bin/agent --api-key=${hex(32)} --site=eu\n`, 'logs/ps.txt', 'generic-secret-flag'],
      [`./sync --client-secret ${v} --dry-run\n`, 'README.md', 'generic-secret-flag'],
      [`exec -token=${v}\n`, 'run.sh', 'generic-secret-flag'],
      [`  args: ["--auth-token=${v}"]\n`, 'k8s/job.yaml', 'generic-secret-flag'],
      [`val githubApiToken = """\n${hex(40)}\n""".trimIndent()\n`, 'Keys.kt', 'generic-secret-assignment'],
      [`String algoliaAdminKey = """\n        ${hex(32)}\n        """;\n`, 'Keys.java', 'generic-secret-assignment'],
      [`<?php\n$boxDeveloperToken = <<<EOT\n${v}\nEOT;\n`, 'keys.php', 'generic-secret-assignment'],
      [`<?php\n$boxDeveloperToken = <<<'EOT'\n${v}\nEOT;\n`, 'keys.php', 'generic-secret-assignment'],
      [`var d = new Dictionary<string, string>\n{\n    { "Auth0ClientSecret", "${v}" },\n};\n`, 'Defaults.cs', 'generic-secret-assignment'],
      [`[www]\nenv[AKEYLESS_ACCESS_KEY] = ${btoa(hex(32)).slice(0, 43)}=\n`, 'www.conf', 'generic-secret-env'],
      [`%env DO_SPACES_SECRET=${v}\n`, 'notebook.py', 'generic-secret-env'],
    ];
    expectFound(cases);
    expectNone([
      ['agent --api-key=$API_KEY --site=eu\n', 'run.sh'],
      ['agent --api-key <your-api-key>\n', 'README.md'],
      ['gh auth login --token-file /run/secrets/token\n', 'run.sh'],
      [`cli --cache-key ${hex(32)}\n`, 'run.sh'],
      [`cli --api-key-id ${hex(20)}\n`, 'run.sh'],
      ['HELP_TOKEN_TEXT = """\nUsage: pass-the-token-here\n"""\n', 'cli.py'],
      [`description = """\n${v}\n"""\n`, 'setup.py'],
      ['env[PATH] = /usr/local/bin:/usr/bin\n', 'www.conf'],
      [`var d = new Dictionary<string, string> { { "Title", "${v}" } };\n`, 'Defaults.cs'],
    ]);
  });

  it('finds NATS seeds, private JWKs, Go MySQL DSNs and chat, automation and RPC URLs with their keys (a seventeenth blind grading)', () => {
    const g = createSampleGen(1718);
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const b64url = `${alnum}-_`;
    const sample = (id: string): string => catalog.find((r) => r.id === id)!.sample(g);
    const uuid = (): string => [8, 4, 4, 4, 12].map((n) => hex(n)).join('-');
    const jwk = `{\\"kty\\":\\"EC\\",\\"x\\":\\"${g.chars(b64url, 43)}\\",\\"y\\":\\"${g.chars(b64url, 43)}\\",\\"crv\\":\\"P-256\\",\\"d\\":\\"${g.chars(b64url, 43)}\\"}`;
    const cases: [string, string, string][] = [
      [`-----BEGIN USER NKEY SEED-----\n${sample('nats-user-seed')}\n------END USER NKEY SEED------\n`, 'nats/user.creds', 'nats-user-seed'],
      [`nats_account_seed = os.getenv("NATS_ACCOUNT_SEED", "${sample('nats-account-seed')}")\n`, 'worker/config.py', 'nats-account-seed'],
      [`{"name":"ingest","jwtPrivateJwk":"${jwk}"}\n`, 'config/service.json', 'jwk-private-key'],
      [`{\n  "kty": "RSA",\n  "n": "${g.chars(b64url, 342)}",\n  "e": "AQAB",\n  "d": "${g.chars(b64url, 342)}"\n}\n`, 'keys/signing.jwk', 'jwk-private-key'],
      [`db, err := sql.Open("mysql", "webapp:${g.chars(alnum, 22)}@tcp(db-prod-3.internal:3306)/billing?parseTime=true")\n`, 'internal/store/db.go', 'go-mysql-dsn-password'],
      [`  IFTTT_WEBHOOK: "https://maker.ifttt.com/trigger/deploy_done/with/key/${g.chars(b64url, 22)}"\n`, 'k8s/configmap.yaml', 'ifttt-webhooks-key'],
      [`MAKE_WEBHOOK_URL: "https://hook.eu1.make.com/${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}"\n`, 'k8s/secret.yaml', 'make-webhook-url'],
      [`- notify: https://open.feishu.cn/open-apis/bot/v2/hook/${uuid()}\n`, 'README.md', 'lark-bot-webhook-url'],
      [`const hook = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${uuid()}';\n`, 'notify.js', 'wecom-bot-webhook-url'],
      [`curl -X POST 'https://oapi.dingtalk.com/robot/send?access_token=${hex(64)}'\n`, 'notify.sh', 'dingtalk-robot-webhook-url'],
      [`// const rocketchatWebhook = "https://chat.acme.io/hooks/${g.chars(alnum, 17)}/${g.chars(alnum, 48)}";\n`, 'client.js', 'rocketchat-webhook-url'],
      [`"MATTERMOST_HOOK=https://mattermost.acme.io/hooks/${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}",\n`, 'inspect.json', 'mattermost-webhook-url'],
      [`INSERT INTO integrations VALUES ('alchemy', 'https://eth-mainnet.g.alchemy.com/v2/${g.chars(b64url, 32)}', NOW());\n`, 'seeds.sql', 'alchemy-rpc-url'],
      [`# rpc: https://mainnet.infura.io/v3/${hex(32)}\n`, 'config.yaml', 'infura-rpc-url'],
      [`rpc_url = "https://falling-wild-sun.quiknode.pro/${hex(40)}/"\n`, 'foundry.toml', 'quicknode-endpoint-url'],
      [`UPTIMEROBOT_API_KEY=u${g.chars('0123456789', 7)}-${hex(24)}\n`, '.env', 'uptimerobot-api-key'],
      [`            - name: CSRF_SECRET\n              value: "${g.chars(alnum, 14)}-${g.chars(alnum, 17)}"\n`, 'k8s/deployment.yaml', 'generic-secret-attribute'],
    ];
    expectFound(cases);
    expectNone([
      [`SHOPIFY_TOKEN=shpat_${g.chars('GHIJKLMNOPQRSTUVWXYZ', 32)}\n`, '.env'],
      ['{"keys":[{"kty":"EC","crv":"P-256","x":"<x>","y":"<y>","kid":"k1"}]}\n', 'jwks.json'],
      ['dsn := "root:${MYSQL_PASSWORD}@tcp(localhost:3306)/app"\n', 'main.go'],
      ['https://maker.ifttt.com/trigger/{event}/with/key/{your_key}\n', 'README.md'],
      ['<input type="hidden" name="csrf_token" value="' + g.chars(alnum, 32) + '">\n', 'form.html'],
      [`SUAVE_MODE=${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 55)}\n`, '.env'],
    ]);
  });

  it('finds the secret of a key pair a few lines after its ID, whatever its name, and not a value named for another part (from a nineteenth blind grading: 16 misses)', () => {
    const g = createSampleGen(1902);
    const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const b64 = `${ALNUM}+/`;
    const lowerAlnum = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const mixed = (n: number, set = ALNUM): string => `Q${g.chars('abcdefghijklmnopqrstuvwxyz', 1)}7${g.chars(set, n - 3)}`;
    const uuid = (): string => [8, 4, 4, 4, 12].map((n) => g.chars('0123456789abcdef', n)).join('-');
    const asia = `ASIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const akab = (): string => `akab-${g.chars(lowerAlnum, 16)}-${g.chars(lowerAlnum, 16)}`;
    expectFound([
      [`AWS_ACCESS_KEY_ID=${asia}\nAWS_SESSION_TOKEN=${g.chars(b64, 390)}\nFOO=${mixed(40, b64)}\n`, '.env', 'aws-secret-access-key-near-id'],
      [`session = Client(\n    aws_access_key_id="${asia}",\n    item="${mixed(40, b64)}",\n)\n`, 'client.py', 'aws-secret-access-key-near-id'],
      [`curl -u ${asia}:${mixed(40, b64)} https://sts.example.net/\n`, 'notes.sh', 'aws-secret-access-key-near-id'],
      [`[15:23] alice: creds for the sandbox: AWS id ${asia} secret ${mixed(40, b64)}\n`, 'chat.txt', 'aws-secret-access-key-near-id'],
      [`    env:\n      SCW_ACCESS_KEY: SCW${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 17)}\n      V1: ${uuid()}\n`, '.github/workflows/ci.yml', 'scaleway-secret-key-near-id'],
      [`const string RazorpayKeyId = "rzp_live_${g.chars(ALNUM, 14)}";\nconst string V1 = "${mixed(24)}";\n`, 'Keys.cs', 'razorpay-key-secret-near-id'],
      [`\tAkamaiAccessToken = "${akab()}"\n\tArg0 = "${mixed(43, b64)}="\n`, 'config.go', 'akamai-edgegrid-client-secret-near-token'],
      [`curl -u ${akab()}:${mixed(43, b64)}= https://api.example.net/\n`, 'run.sh', 'akamai-edgegrid-client-secret-near-token'],
      [`access_key_id: LTAI${g.chars(ALNUM, 20)}\nvalue: ${mixed(30)}\n`, 'a.yaml', 'alibaba-access-key-secret-near-id'],
      [`SecretId=AKID${g.chars(ALNUM, 32)}\nX=${mixed(32)}\n`, '.env', 'tencent-cloud-secret-key-near-id'],
      [`FROM python:3.12\nENV MODAL_TOKEN_ID=ak-${g.chars(ALNUM, 22)}\nENV V1=as-${g.chars(ALNUM, 22)}\n`, 'Dockerfile', 'modal-token-secret-near-id'],
      [`MODAL_TOKEN_SECRET=as-${g.chars(ALNUM, 22)}\n`, '.env', 'modal-token-secret'],
      [`    public const string TwilioAccountSid = "AC${g.chars('0123456789abcdef', 32)}";\n    public const string Value = "a1${g.chars('0123456789abcdef', 30)}";\n`, 'Twilio.cs', 'twilio-auth-token-near-sid'],
    ]);
    // Other parts of the account, named for what they are, a digest and a word run: the ID itself
    // may be reported, the value after it is not.
    const others: [string, string][] = [
      [`scw_access_key: "SCW${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 17)}"\ndefault_project_id: `, uuid()],
      [`AWS_ACCESS_KEY_ID=${asia}\nCOMMIT=`, g.chars('0123456789abcdef', 40)],
      [`AWS_ACCESS_KEY_ID=${asia}\nAWS_ROLE_SESSION_NAME=`, g.chars('abcdefghijklmnopqrstuvwxyz', 40)],
      [`access_key_id: LTAI${g.chars(ALNUM, 20)}\nregion_id: `, mixed(30)],
      [`twilio:\n  account_sid: AC${g.chars('0123456789abcdef', 32)}\n  messaging_service_sid: `, `a1${g.chars('0123456789abcdef', 30)}`],
    ];
    for (const [before, value] of others) {
      const text = `${before}${value}\n`;
      expect(detector.scan(text).filter((f) => f.end > before.length), text).toEqual([]);
    }
  });

  it('leaves base64 credentials whose password or key body is a stand-in (from a nineteenth blind grading: its 10 false positives)', () => {
    const g = createSampleGen(1903);
    const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const kind = ['RSA', 'PRIVATE', 'KEY'].join(' ');
    expectNone([
      [`{\n  "auths": {\n    "registry.gitlab.com": { "auth": "${btoa('deploy-bot:your-api-key-here')}" }\n  }\n}\n`, '.docker/config.json'],
      [`{"auths":{"https://index.docker.io/v1/":{"auth":"${btoa('ci:<TOKEN>')}"}}}\n`, 'config.json'],
      [`{"auths":{"acme.jfrog.io":{"auth":"${btoa('oauth2accesstoken:abc123')}"}}}\n`, 'config.json'],
      [`GET / HTTP/1.1\nAuthorization: Basic ${btoa(':<TOKEN>')}\n`, 'request.http'],
      [`PRIVATE_KEY_B64=${btoa(`-----BEGIN ${kind}-----\n<your private key here>\n-----END ${kind}-----`)}\n`, '.env.example'],
      [`PRIVATE_KEY_B64=${btoa(`-----BEGIN ${kind}-----\n...\n-----END ${kind}-----`)}\n`, '.env.example'],
    ]);
    // The same carriers with a password or key that is in use are still reported.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    expectFound([
      [`{"auths":{"acme.jfrog.io":{"auth":"${btoa(`oauth2accesstoken:${g.chars(ALNUM, 24)}`)}"}}}\n`, 'config.json', 'docker-registry-auth'],
      [`GET / HTTP/1.1\nAuthorization: Basic ${btoa(`svc:${g.chars(ALNUM, 24)}`)}\n`, 'request.http', 'authorization-basic'],
      [`PRIVATE_KEY_B64=${btoa(pem)}\n`, '.env', 'private-key'],
    ]);
  });

  it('finds Matrix tokens, and assignments after a docker build step inside a CI log\'s JSON string (from a nineteenth blind grading)', () => {
    const g = createSampleGen(1904);
    const hex = g.chars('0123456789abcdef', 32);
    const matrix = catalog.find((r) => r.id === 'matrix-access-token')!.sample(g);
    const log = (line: string): string => `${JSON.stringify({ id: 'evt_1', type: 'build.log', payload: { stdout: `Step 3/9 : ${line}\n ---> Running in 3af2a888bc22\nStep 4/9 : RUN npm ci` } })}\n`;
    expectFound([
      [log(`ENV AZURE_OPENAI_API_KEY=${hex}`), 'events.json', 'generic-secret-env'],
      [`Step 3/9 : ARG CLIENT_SECRET=${hex}\n ---> Running in 3af2a888bc22\n`, 'build.log', 'generic-secret-env'],
      [`homeserver_token: "${matrix}"\n`, 'bot.yaml', 'matrix-access-token'],
    ]);
    expectNone([[log('ENV AZURE_OPENAI_API_KEY=${AZURE_OPENAI_API_KEY}'), 'events.json']]);
  });

  it('decodes a whole .env line stored base64-encoded under any name, found by its secret-named assignment spelled in base64 (from a twentieth blind grading: 14 misses)', () => {
    const g = createSampleGen(2001);
    const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const b64 = (s: string): string => Buffer.from(s).toString('base64');
    const uuid = (): string => [8, 4, 4, 4, 12].map((n) => g.chars('0123456789abcdef', n)).join('-');
    // Names of every length put the assignment at each of base64's three alignments.
    const cases: [string, string, string][] = [
      [`bootstrap:\n  encoding: base64\n  blob: ${b64(`SNYK_TOKEN=${uuid()}\n`)}\n`, 'values.yaml', 'snyk-api-token'],
      [`{"settings":"${b64(`SLACK_BOT_TOKEN=xoxb-${g.chars('0123456789', 11)}-${g.chars('0123456789', 13)}-${g.chars(ALNUM, 24)}\n`)}","enc":"b64"}\n`, 'state.json', 'slack-bot-token'],
      [`blob: ${b64(`OVH_APPLICATION_SECRET=${g.chars(ALNUM, 32)}\n`)}\n`, 'bootstrap.yaml', 'ovh-api-secret'],
      [`data = "${b64(`DB_PASSWORD=${g.chars(ALNUM, 20)}\n`)}"\n`, 'seed.py', 'generic-secret-env'],
    ];
    expectFound(cases);
    for (const [text] of cases) expect(redact(text)).not.toContain(text.split(/blob: |settings":"|data = "/)[1]!.slice(0, 24));
    expectNone([
      [`blob: ${b64(`THEME=dark\nLOG_LEVEL=info\n`)}\n`, 'a.yaml'],
      [`blob: ${b64('API_TOKEN=${API_TOKEN}\n')}\n`, 'a.yaml'],
    ]);
  });

  it('finds OCI auth tokens, Yandex OAuth and E2B keys, Scala map pairs and prose labels with a longer "for …" (from a twentieth blind grading)', () => {
    const g = createSampleGen(2002);
    const sample = (id: string): string => catalog.find((r) => r.id === id)!.sample(g);
    const oci = sample('oracle-cloud-auth-token');
    expectFound([
      [`[registry]\noci_auth_token = ${oci}\n`, 'oci.ini', 'oracle-cloud-auth-token'],
      [`+OCI_AUTH_TOKEN=${oci}\n`, 'deploy.diff', 'oracle-cloud-auth-token'],
      [`      oci_auth_token: '${oci}'\n`, 'values.yaml', 'oracle-cloud-auth-token'],
      [`{ociUsername:"svc",ociAuthToken:"${oci}"}`, 'bundle.min.js', 'oracle-cloud-auth-token'],
      [`variables:\n  X2: "${sample('yandex-oauth-token')}"\n`, '.gitlab-ci.yml', 'yandex-oauth-token'],
      [`"tmp": "${sample('e2b-api-key')}"\n`, 'state.json', 'e2b-api-key'],
      [`val settings = Map(\n  "sparkpost_api_key" -> "${g.chars('0123456789abcdef', 40)}",\n)\n`, 'Settings.scala', 'generic-secret-assignment'],
      [`The travis api token for the shared sandbox is ${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 10)}7${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_', 11)}\n`, 'README.md', 'generic-secret-label'],
    ]);
    expectNone([
      ['OCI_AUTH_TOKEN=${OCI_AUTH_TOKEN}\n', '.env'],
      [`WIFI_AUTH_TOKEN_HINT=${oci}\n`, '.env'],
      ['The api token for the shared sandbox is stored in Vault under ci/travis.\n', 'README.md'],
      ['val routes = Map(\n  "api_key" -> "header",\n)\n', 'Routes.scala'],
    ]);
  });

  it('finds a value handed over in a chat reply after a message naming a credential, and not a link or a word there (from a twentieth blind grading)', () => {
    const g = createSampleGen(2003);
    const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const value = (): string => `${g.chars(ALNUM, 10)}4${g.chars(ALNUM, 17)}`;
    expectFound([
      [`[15:10] <priya> anyone have the codemagic creds for the staging box?\n[15:11] <dev_ops_tom> here: ${value()}\n`, 'chat.log', 'generic-secret-chat-reply'],
      [`[13:50] <a> need the vercel token for staging\n[13:51] <b> one sec\n[13:52] <dev_ops_tom> this one should work: ${value()}\n`, 'chat.log', 'generic-secret-chat-reply'],
      [`[9:30] <a> wandb api key?\n[9:36] <dev_ops_tom> use this: ${g.chars('0123456789abcdef', 40)}\n`, 'chat.log', 'generic-secret-chat-reply'],
    ]);
    expectNone([
      [`See the setup guide here: ${value()}\n`, 'README.md'],
      ['[15:10] <ops> where are the token docs?\n[15:11] <tom> here: https://docs.example.com/tokens\n', 'chat.log'],
      ['[15:10] <ops> which password manager do we use?\n[15:11] <tom> use this: 1Password-for-teams\n', 'chat.log'],
      [`[15:10] <ops> the token expired\n[15:11] <tom> here: \${NEW_TOKEN}\n`, 'chat.log'],
    ]);
  });

  it('finds values in kubectl describe\'s aligned Environment, Astra DB and Mercado Pago tokens; leaves Supabase publishable keys (from a twenty-first blind grading)', () => {
    const g = createSampleGen(2101);
    const sample = (id: string): string => catalog.find((r) => r.id === id)!.sample(g);
    const hex = g.chars('0123456789abcdef', 64);
    const describe = `Containers:\n  api:\n    Image:      acme/api:1.4\n    Environment:\n      NODE_ENV:                      production\n      AUTH_SECRET:                   ${hex}\n    Mounts:\n`;
    expectFound([
      [describe, 'describe.txt', 'generic-secret-env'],
      [`    Environment:\n      DJANGO_SECRET_KEY:             ${sample('django-secret-key')}\n`, 'describe.txt', 'django-secret-key'],
      [`    Environment:\n      TWILIO_AUTH_TOKEN:             ${g.chars('0123456789abcdef', 32)}\n`, 'describe.txt', 'twilio-auth-token'],
      [`ASTRA_TOKEN=${sample('astra-db-application-token')}\n`, 'slack.txt', 'astra-db-application-token'],
      [`const DATA: &str = "${sample('mercadopago-access-token')}";\n`, 'main.rs', 'mercadopago-access-token'],
    ]);
    expectNone([
      [`SUPABASE_ANON_KEY=sb_publishable_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_', 31)}\n`, '.env'],
      ['    Environment:\n      NODE_ENV:                      production\n      LOG_LEVEL:                     debug\n', 'describe.txt'],
    ]);
  });

  it('finds a random string passed to a vendor client\'s constructor, not a URL, a name, options or a digest (from a twenty-first blind grading)', () => {
    const g = createSampleGen(2102);
    const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const key = (): string => `${g.chars(ALNUM, 11)}8${g.chars(ALNUM, 16)}`;
    expectFound([
      [`val client = new VercelClient("${key()}")\n`, 'Main.scala', 'generic-secret-client-argument'],
      [`let c = YookassaClient::new("${key()}");\n`, 'main.rs', 'generic-secret-client-argument'],
      [`\tc, err := drone.NewClient("https://drone.acme.io", "${key()}")\n`, 'main.go', 'generic-secret-client-argument'],
    ]);
    expectNone([
      ['const http = new HttpClient("https://api.example.com/v1");\n', 'a.ts'],
      ['let client = ApiClient::new("development_environment_key");\n', 'main.rs'],
      ['const s3 = new S3Client({ region: "eu-west-1" });\n', 'a.ts'],
      [`let client = ApiClient::new("sha512-${g.chars(`${ALNUM}+/`, 86)}==");\n`, 'main.rs'],
    ]);
  });

  it('finds Bitcoin WIF private keys under a WIF name when their base58check sum holds (from a nineteenth blind grading: 7 of 10 missed)', () => {
    // The base58 draft's own vector, and its way back.
    expect(base58Encode(new TextEncoder().encode('Hello World!'))).toBe('2NEpo7TZRRrLZSi2U');
    expect(new TextDecoder().decode(base58Decode('2NEpo7TZRRrLZSi2U'))).toBe('Hello World!');
    expect(base58Decode('0OIl')).toBeUndefined();
    // Keys built here with node:crypto's SHA-256, not core's: the rule agrees with an independent checksum.
    const g = createSampleGen(1901);
    const wif = (version: number, compressed: boolean, breakSum = false): string => {
      const payload = Buffer.from([version, ...Array.from({ length: 32 }, () => g.int(0, 255)), ...(compressed ? [1] : [])]);
      const sum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest().subarray(0, 4);
      if (breakSum) sum[0] = (sum[0] as number) ^ 1;
      return base58Encode(Buffer.concat([payload, sum]));
    };
    const main = wif(0x80, false);
    const compressed = wif(0x80, true);
    const testnet = wif(0xef, true);
    expectFound([
      [`BTC_WIF=${main}\n`, '.env', 'bitcoin-wif-private-key'],
      [`#BTC_WIF=${compressed}\n`, '.env', 'bitcoin-wif-private-key'],
      [`\tBtcWif = "${compressed}"\n`, 'config/config.go', 'bitcoin-wif-private-key'],
      [`[bitcoin]\nbtc_wif=${testnet}\n`, 'config.ini', 'bitcoin-wif-private-key'],
    ]);
    expectNone([
      [`BTC_WIF=${wif(0x80, true, true)}\n`, '.env'],
      [`WIFI_NAME=${compressed}\n`, '.env'],
      [`btc_wif: ${wif(0x05, true)}\n`, 'a.yaml'],
    ]);
  });

  it('pairs secret-named columns of quoted CSV, TSV and PostgreSQL COPY blocks with their cells (a seventeenth blind grading)', () => {
    const g = createSampleGen(1719);
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const v = `${g.chars(alnum, 14)}-${g.chars(alnum, 17)}`;
    expectFound([
      [`"vendor","zoom_client_secret","owner"\n"Zoom","${v}","platform-team"\n`, 'exports/vendors.csv', 'generic-secret-assignment'],
      [`service\thibp_api_key\trotated\nhaveibeenpwned\t${hex(32)}\t2024-02-11\n`, 'exports/keys.tsv', 'generic-secret-assignment'],
      [`--\nCOPY public.credentials (id, provider, app_secret) FROM stdin;\n7\tsymfony\t${hex(32)}\n\\.\n`, 'backups/dump.sql', 'generic-secret-assignment'],
    ]);
    expectNone([
      [`"vendor","description","owner"\n"Zoom","${v}","platform-team"\n`, 'exports/vendors.csv'],
      [`COPY public.credentials (id, provider, app_secret) FROM stdin;\n\\.\n7\tsymfony\t${hex(32)}\n`, 'backups/dump.sql'],
      [`COPY public.users (id, name, notes) FROM stdin;\n7\tada\t${hex(32)}\n\\.\n`, 'backups/dump.sql'],
    ]);
  });

  it('finds a Bearer scheme and its token as call arguments, Rust fallbacks, numbered keys, attributed XML passwords and Unleash admin tokens (a seventeenth blind grading)', () => {
    const g = createSampleGen(1720);
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const v = `${g.chars(alnum, 14)}-${g.chars(alnum, 17)}`;
    expectFound([
      [`client.DefaultRequestHeaders.Authorization =\n    new AuthenticationHeaderValue("Bearer", "${v}");\n`, 'GraphClient.cs', 'generic-secret-assignment'],
      [`let meili_master_key = std::env::var("MEILI_MASTER_KEY").unwrap_or_else(|_| "${v}".to_string());\n`, 'src/settings.rs', 'generic-secret-assignment'],
      [`let k = env::var("API_TOKEN").unwrap_or("${v}");\n`, 'src/main.rs', 'generic-secret-assignment'],
      [`define('VAULT_UNSEAL_KEY_1', '${v}');\n`, 'config/constants.php', 'generic-secret-assignment'],
      [`define('UNLEASH_ADMIN_TOKEN', '*:*.${hex(64)}');\n`, 'config/constants.php', 'unleash-api-token'],
      [`<wsse:UsernameToken>\n  <wsse:Password Type="#PasswordText">${g.chars(alnum, 6)}^${g.chars(alnum, 6)}62${g.chars(alnum, 5)}</wsse:Password>\n</wsse:UsernameToken>\n`, 'soap/request.xml', 'generic-secret-xml'],
    ]);
    expectNone([
      ['new AuthenticationHeaderValue("Bearer", token);\n', 'GraphClient.cs'],
      ['let k = env::var("API_TOKEN").unwrap_or("changeme".to_string());\n', 'src/main.rs'],
      [`let port = env::var("PORT").unwrap_or("${v}");\n`, 'src/main.rs'],
      ['<wsse:Password Type="#PasswordText">${SOAP_PASSWORD}</wsse:Password>\n', 'soap/request.xml'],
      [`<title lang="en">${v}</title>\n`, 'page.xml'],
    ]);
  });

  it('finds a secret a commit message or a note says a setting was changed to (a seventeenth blind grading)', () => {
    const g = createSampleGen(1721);
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    expectFound([
      [`fix: update gitee_token to ${hex(32)} (temporary until vault is wired up)\n`, '.git/COMMIT_EDITMSG', 'generic-secret-label'],
      [`Changed the api key to ${g.chars(alnum, 5)}7${g.chars(alnum, 26)} yesterday.\n`, 'notes.md', 'generic-secret-label'],
    ]);
    expectNone([
      ['set max_tokens to 4096\n', 'notes.md'],
      ['send the token to https://example.com/callback\n', 'notes.md'],
      ['we moved the secret to vault/prod/app-config-x1\n', 'notes.md'],
      ['fix: update api_token to the new one from 1Password\n', '.git/COMMIT_EDITMSG'],
    ]);
  });

  it('leaves a vendor prefix cut short under a secret-named key or option: a stub in a document, not an issued token (from the labelled corpus)', () => {
    const g = createSampleGen(1722);
    // Cut as a document cuts them: the vendor's prefix and five characters of a sample.
    const stubs = ['linear-api-key', 'gitlab-pipeline-trigger-token', 'teamcity-access-token', 'teamwork-api-token'].map((id) => {
      const rule = catalog.find((r) => r.id === id)!;
      return rule.sample(g).slice(0, (rule.prefixes?.[0] ?? '').length + 5);
    });
    expectNone(stubs.flatMap((v): [string, string][] => [[`./bin/cli login --token ${v}\n`, 'README.md'], [`TOKEN=${v}\n`, '.env'], [`const token = "${v}";\n`, 'a.ts']]));
    // The full token is its vendor rule's; a value that only starts like one is judged as any.
    expectFound([
      [`TOKEN=lin_api_${g.chars(alnum, 40)}\n`, '.env', 'linear-api-key'],
      [`./bin/cli login --token ${g.chars(alnum, 9)}7${g.chars(alnum, 22)}\n`, 'README.md', 'generic-secret-flag'],
    ]);
  });

  it('finds escaped .properties URLs, LWA secrets, YouTrack tokens and VictorOps endpoints; leaves Django password hashes and a page\'s New Relic browser key (an eighteenth blind grading)', () => {
    const g = createSampleGen(1801);
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const uuid = (): string => [8, 4, 4, 4, 12].map((n) => hex(n)).join('-');
    const b64 = (t: string): string => btoa(t).replace(/=+$/, '');
    expectFound([
      [`db.url=postgresql\\://billing_rw\\:${g.chars(alnum, 12)}-${g.chars(alnum, 9)}@sql-core-01.corp.lan\\:5432/app\n`, 'conf/datasource.properties', 'url-credentials'],
      [`sonar.login=amzn1.oa2-cs.v1.${hex(64)}\n`, 'sonar-project.properties', 'login-with-amazon-client-secret'],
      [`headers: { Authorization: 'Bearer perm:${b64(`svc-${g.chars(alnum, 5)}`)}.${b64(`ci-${g.chars(alnum, 4)}`)}.${g.chars(alnum, 30)}' }\n`, 'client.js', 'youtrack-permanent-token'],
      [`victorops.url=https://alert.victorops.com/integrations/generic/20131114/alert/${uuid()}/ops\n`, 'application.properties', 'splunk-on-call-rest-endpoint'],
      [`curl https://rocket.acme.io/hooks/${g.chars(alnum, 24)}/${g.chars(alnum, 48)}\n`, 'notes.txt', 'rocketchat-webhook-url'],
    ]);
    expectNone([
      [`{"model":"auth.user","fields":{"password":"pbkdf2_sha256$600000$${g.chars(alnum, 22)}$${g.chars(alnum, 43)}="}}\n`, 'fixtures/users.json'],
      [`;NREUM.loader_config={accountID:"6557800",licenseKey:"NRJS-${hex(19)}",applicationID:"162961901"};\n`, 'src/newrelic-browser.js'],
    ]);
  });

  it('finds CMake set(), Elixir module attributes and Kotlin "name" to "value" pairs (an eighteenth blind grading)', () => {
    const g = createSampleGen(1802);
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const v = `${g.chars(alnum, 14)}-${g.chars(alnum, 17)}`;
    expectFound([
      [`set(BRAINTREE_PRIVATE_KEY "${hex(32)}" CACHE STRING "vendor key")\n`, 'CMakeLists.txt', 'generic-secret-tuple'],
      [`defmodule App.Config do\n  @datadog_api_key "${hex(32)}"\nend\n`, 'lib/app/config.ex', 'generic-secret-tuple'],
      [`val secrets = mapOf(\n    "etherscan_api_key" to "${v}",\n)\n`, 'Secrets.kt', 'generic-secret-assignment'],
    ]);
    expectNone([
      ['set(CMAKE_BUILD_TYPE "RelWithDebInfo")\n', 'CMakeLists.txt'],
      ['  @doc "A secret token of 32 characters"\n', 'lib/app.ex'],
      [`val m = mapOf("title" to "${v}")\n`, 'M.kt'],
      ['listOf("apiKey" to getKey())\n', 'M.kt'],
      [`  x = @api_token "${v}"\n`, 'lib/app.ex'],
    ]);
  });

  it('finds people\'s passwords in URLs and command slots, and more vendor prefixes in the lengths issued (a sixteenth blind grading)', () => {
    const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const url = `${alnum}-_`;
    const cases: [string, string, string][] = [
      [`sqlalchemy_database_uri = "postgresql+psycopg2://deploy:C0ff33${digits(4)}@10.20.4.17/analytics"\n`, 'secrets.toml', 'url-credentials'],
      [`mysql_url = "mysql://svc_orders:%23Chelsea${digits(2)}sh4d0w@10.20.4.17:3306/shop"\n`, 'config.toml', 'url-credentials'],
      [`PGPASSWORD=Raven!${digits(4)} pg_dump -h db-prod-01.internal -U app_user orders\n`, 'ops/pg_dump.sh', 'command-env-password'],
      [`PGPASSWORD='phoenix_snowball${digits(2)}' psql -h pg.internal -U app -d orders\n`, 'ops/restore.sh', 'command-env-password'],
      [`$secure = ConvertTo-SecureString "W1nt3r${digits(4)}" -AsPlainText -Force\n`, 'connect.ps1', 'powershell-securestring-plaintext'],
      [`CREATE USER 'app'@'%' IDENTIFIED BY '%Snowball${digits(2)}c4sc4d3';\n`, 'grants.sql', 'sql-user-password'],
      [`token = "ghr_${g.chars(alnum, 76)}"\n`, 'x.py', 'github-refresh-token'],
      [`key: tskey-auth-k${g.chars(alnum, 21)}-${g.chars(alnum, 44)}\n`, 'x.yaml', 'tailscale-key'],
      [`x: 00D${g.chars(alnum, 12)}!${g.chars(`${alnum}.`, 137)}\n`, 'x.yaml', 'salesforce-access-token'],
      [`x: xoxe.xoxp-1-${g.chars(url, 147)}\n`, 'x.yaml', 'slack-config-token'],
      [`x: mlsn.${g.chars(lower, 64)}\n`, 'x.yaml', 'mailersend-api-token'],
      [`x: cxtp_${g.chars(alnum, 30)}\n`, 'x.yaml', 'coralogix-api-key'],
      [`x: essu_${g.chars(alnum, 108)}\n`, 'x.yaml', 'elastic-cloud-api-key'],
      [`irc_pass: oauth:${g.chars(lower, 30)}\n`, 'bot.yaml', 'twitch-chat-oauth-token'],
      [`Set \`ALIBABA_CLOUD_ACCESS_KEY_SECRET\` to \`${g.chars(alnum, 30)}\`.\n`, 'docs/setup.md', 'generic-secret-set-to'],
      [`Set \`RABBITMQ_DEFAULT_PASS\` to \`Br00klyn!${digits(4)}x\` before the first start.\n`, 'docs/setup.md', 'generic-secret-set-to'],
    ];
    expectFound(cases);
    expectNone([
      ['DB=mysql://root:%DB_PASSWORD%@db.internal/app\n', 'x.env'],
      ['PGPASSWORD=$DB_PASSWORD psql -h db\n', 'x.sh'],
      ["ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force\n", 'x.ps1'],
      ['echo %DB_PASSWORD% | psql\n', 'x.bat'],
      ['DB=http://user:pass%20pass@complex.url.com/path\n', 'test_utils.py'],
      ['Set `SERVICE_API_KEY` to `<your key>` first.\n', 'docs/setup.md'],
      [`Set \`LOG_LEVEL\` to \`${g.chars(alnum, 24)}\`.\n`, 'docs/setup.md'],
      // Keys their vendors publish: Braintree's tokenization key, Paddle's client-side token, an Algolia search-only key.
      [`BRAINTREE_TOKENIZATION_KEY: "production_${g.chars(lower, 8)}_${g.chars(lower, 16)}"\n`, 'app.yaml'],
      [`PADDLE_CLIENT_TOKEN="live_${g.chars('0123456789abcdef', 27)}"\n`, '.env'],
      [`ALGOLIA_SEARCH_ONLY_API_KEY: ${g.chars('0123456789abcdef', 32)}\n`, 'notes.txt'],
    ]);
  });

  it('finds Slack legacy tokens with two numeric parts, bare on a line', () => {
    for (const kind of ['a', 'b', 'o', 'r']) expect(ids(`xox${kind}-${digits(11)}-${digits(13)}`), kind).toContain('slack-legacy-token');
  });

  it('finds Slack app-level tokens whose parts are longer or shorter than the common shape', () => {
    expect(ids(`xapp-1-A${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 11)}-${digits(13)}-${g.chars('0123456789abcdef', 62)}`)).toContain('slack-app-token');
  });

  it('finds GitHub installation tokens in the ghs_<app id>_<JWT> format', () => {
    const b64 = (s: string): string => Buffer.from(s).toString('base64url');
    const jwt = `${b64('{"alg":"RS256","typ":"JWT"}')}.${b64(`{"iat":${digits(10)},"iss":"${digits(6)}"}`)}.${g.chars(alnum, 43)}`;
    expect(ids(`ghs_${digits(6)}_${jwt}`)).toContain('github-installation-token-jwt');
  });

  it('leaves URL passwords that are only the word for one, or a "replace with" note', () => {
    for (const pw of ['mypassword', 'password', 'your-secret', 'REPLACE_WITH_PASSWORD']) expect(ids(`const u = "https://admin:${pw}@api.service.test/v1";`), pw).toEqual([]);
    // A weak password in use is still reported.
    const weak = ['pass', 'word', String(100 + 23)].join('');
    expect(ids(`const u = "mongodb://admin:${weak}@db.internal:27017/app";`)).toContain('url-credentials');
  });

  it('finds a value under a secret-named key in every assignment form of gitleaks\' sample templates (from the gitleaks suite)', () => {
    const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
    const forms = [
      `var apiToken string = "${v}"`, // Go
      `const apiToken: string = "${v}";`, // TypeScript
      `val apiToken: String = "${v}"`, // Kotlin
      `api_token: str = "${v}"`, // Python
      `$apiToken .= "${v}";`, // PHP
      `API_TOKEN ::= "${v}"`, // Makefile
      `API_TOKEN :::= "${v}"`,
      `API_TOKEN ?= "${v}"`,
      `System.setProperty("API_TOKEN", "${v}")`, // a call's first argument
      `{"config.ini": "API_TOKEN=${v}\\nBACKUP_ENABLED=true"}`, // an .env inside a JSON string
      `environment: ["API_TOKEN=${v}"]`,
      `<apiToken>\n    ${v}\n</apiToken>`, // XML element
      `<server><id>releases</id><password>${v}</password></server>`, // Maven settings.xml
      `value: api_key = "${v}"`, // a key the first match swallowed is still seen
    ];
    for (const text of forms) expect(ids(text).some((id) => id.startsWith('generic-secret-')), text.replace(v, '<v>')).toBe(true);
  });

  it('finds a value a formatter moved to the next line, and only one line down', () => {
    const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
    const wrapped = [
      `export const serviceApiKey =\n  "${v}";`, // prettier
      `service_api_key = (\n    "${v}"\n)`, // black
      `const config = {\n  apiSecret:\n    '${v}',\n};`, // an object property
      `const serviceToken =\r\n  \`${v}\`;\r\n`, // CRLF, template literal
      `$dbPassword =\n    "${v}";`, // PHP
    ];
    for (const text of wrapped) expect(ids(text), text.replace(v, '<v>')).toContain('generic-secret-assignment');
    const notWrapped = [
      `const serviceToken =\n  getToken("${v}");`, // a call, not a literal
      `const serviceApiKey =\n\n  "${v}";`, // a blank line between: not one assignment
      `serviceApiKey;\n  "${v}"`, // the line does not end open
    ];
    for (const text of notWrapped) expect(ids(text), text.replace(v, '<v>')).toEqual([]);
  });

  it('finds credential query parameters in URLs, but not the published tokens of image URLs (from the TruffleHog suite and the real corpus)', () => {
    const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
    const found = [
      `uri = URI("https://api.service.test/v1/?api_key=${v}&url=#{url}")`,
      `GET /v1/items?page=2&access_token=${v} HTTP/1.1`,
      `see [the API](https://api.service.test/v1?client_secret=${v})`,
      `redirect=https%3A%2F%2Fapi.service.test%2Fcb%3Ftoken%3D${v}`, // percent-encoded URL
      `{"url":"https://api.service.test/v1/items?page=2\\u0026access_token=${v}\\u0026x=1"}`, // "&" escaped by a JSON encoder (from a review)
    ];
    for (const text of found) expect(ids(text), text.replace(v, '<v>')).toContain('generic-secret-query-param');
    const images = [
      `[![codecov](https://codecov.io/gh/o/r/branch/main/graph/badge.svg?token=${v.slice(0, 10)})](https://codecov.io/gh/o/r)`,
      `![](https://cdn.service.test/3/eyJ3IjoyMDB9%3D/media/p/1?token-time=2145916800&token-hash=${v}%3D)`,
      `<img src="https://cdn.service.test/a/1?token=${v}">`,
      `<img src=https://cdn.service.test/a/1?token=${v}>`,
    ];
    for (const text of images) expect(ids(text), text.replace(v, '<v>')).toEqual([]);
  });

  it('judges each query parameter by its own URL (from a review)', () => {
    const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
    const badge = g.chars(alnum, 20);
    // A real parameter next to a badge: the parameter only.
    const both = `https://api.service.test/v1/items?access_token=${v} and [![codecov](https://codecov.io/gh/o/r/graph/badge.svg?token=${badge})](https://codecov.io/gh/o/r)`;
    expect(detector.scan(both).map((f) => both.slice(f.start, f.end))).toEqual([v]);
    const reported = [
      `[![build](https://ci.service.test/badge.svg)](https://ci.service.test/job/app/build?token=${v})`, // a link around a badge
      `<script src="https://cdn.service.test/sdk.js?api_key=${v}"></script>`, // src of a script
      `<iframe src="https://app.service.test/embed?access_token=${v}"></iframe>`,
      `![logo](https://cdn.service.test/logo.png) curl -d "grant_type=client_credentials&client_secret=${v}"`, // an image earlier on the line
      `![logo](https://cdn.service.test/logo.png)\nGET https://api.service.test/cb#state=x&access_token=${v}`,
    ];
    for (const text of reported) expect(ids(text), text.replace(v, '<v>')).toContain('generic-secret-query-param');
    const skipped = [
      `https://example.com/protected?access_token=${v}`, // documentation hosts (RFC 2606)
      `https://api.example/v1?api_key=${v}`,
      `https://bucket.s3.amazonaws.com/o?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${v}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request`, // a key id and scope
      // Presigned links, made to be handed out for a while (from a corpus diff of Python packages).
      `https://bucket.s3.amazonaws.com/o?X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${g.chars('0123456789abcdef', 64)}`,
      `https://bucket.s3.amazonaws.com/logs/a.out?AWSAccessKeyId=AKGP${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}&Expires=1440195891&Signature=${v}%3D`,
      // AWS documentation's example ids and a test double's value.
      `"Url": "http://calculator.s3.amazonaws.com/calc5.html?key=cloudformation/${g.chars('0123456789abcdef', 8)}-xmpl-4def-92e7-${g.chars('0123456789abcdef', 12)}"`,
    ];
    for (const text of skipped) expect(ids(text), text.replace(v, '<v>')).toEqual([]);
  });

  it('finds a Tableau token secret by its shape, surer with "tableau" on a nearby line (from the TruffleHog suite)', () => {
    const secret = `${g.chars(alnum + '+/', 22)}==:${g.chars(alnum, 32)}`;
    const confidence = (text: string): string[] => detector.scan(text).map((f) => `${f.ruleId} ${f.confidence}`);
    expect(confidence(`pat ci-token\n${secret}\nserver=prod-eu-a.online.tableau.com`)).toEqual(['tableau-personal-access-token high']);
    expect(confidence(`const pair = "${secret}";`)).toEqual(['tableau-personal-access-token medium']);
  });

  it('keeps "=" inside values to random material: paths, query strings and IV:ciphertext pairs are not reported, Azure and Bing search keys are (from a second review)', () => {
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const notSecrets = [
      `credentialsEndpoint: "v2/credentials?role=app${digits(1)}"`,
      `S3_KEY=warehouse/sales/year=2024/month=07/c${digits(3)}.parquet`,
      `gcs_key: exports/tenant=acme${digits(2)}/dt=2024-03-09/part-0.csv`,
      `auth_key = "#key=v9x8c7b6a5"`,
      `encrypted_field: "${Buffer.from(hex(32), 'hex').toString('base64')}:${hex(32)}"`,
    ];
    for (const text of notSecrets) expect(ids(text), text).toEqual([]);
    const v = `${g.chars(alnum, 26)}${g.chars('0123456789', 2)}${g.chars(alnum, 24)}`;
    for (const key of ['AZURE_SEARCH_KEY', 'BING_SEARCH_KEY', 'AZURE_AI_SEARCH_API_KEY']) expect(ids(`${key} = "${v}"`).length, key).toBeGreaterThan(0);
    expect(ids(`ALGOLIA_SEARCH_API_KEY = "${hex(32)}"`)).toEqual([]);
  });

  it('finds secrets in commented-out config lines (#, ; and //), not in comments that describe them', () => {
    const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
    for (const text of [`#API_KEY=${v}`, `; password = ${v}`, `  # password: ${v}`, `// SECRET_KEY=${v}`, `# export SERVICE_TOKEN=${v}`]) {
      expect(ids(text), text.replace(v, '<v>')).toContain('generic-secret-env');
    }
    // YAML block scalars (from the first review): the value indented under `key: |` or `key: >-`.
    for (const text of [`stringData:\n  password: |\n    ${v}\n`, `db:\n  apiToken: >-\n    ${v}\n`]) expect(ids(text), text.replace(v, '<v>')).toContain('generic-secret-env');
    expect(ids('description: |\n  A service token is used to call the API.\n')).toEqual([]);
    for (const text of ['# password: must be at least eight characters', '# token: see https://docs.service.test/tokens', '#API_KEY=${API_KEY}', '; secret = <your secret here>']) expect(ids(text), text).toEqual([]);
  });

  it('keeps wrapped assignments to what they mean (from a review)', () => {
    const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
    // A mapping key on the next line is not a value.
    expect(ids(`revoked_tokens:\n  "${v}": 2024-01-01`)).toEqual([]);
    // An ignore directive before the key covers the value on the next line.
    expect(ids(`// keyward-ignore-next-line\nconst serviceApiKey =\n  "${v}";`)).toEqual([]);
    // Deeply nested code: a continuation indent of 48.
    expect(ids(`${' '.repeat(40)}serviceApiKey =\n${' '.repeat(48)}"${v}";`)).toContain('generic-secret-assignment');
  });

  it('keeps the new assignment forms to what they mean (from a review)', () => {
    const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
    const hex = g.chars('0123456789abcdef', 40);
    // Found: an .env line after an escaped line break, a namespaced XML element, unquoted Makefile
    // assignments, a curl option on a continued line.
    for (const text of [`"FOO=bar\\nAPI_TOKEN=${v}\\nX=1"`, `<secret:data>${v}</secret:data>`, `API_TOKEN ?= ${v}`, `API_TOKEN ::= ${v}`, `curl -k -X POST https://h.internal/x \\\n  -d 'w' \\\n  -u developer:${v.slice(0, 16)}`]) {
      expect(ids(text).length, text.replace(v, '<v>')).toBeGreaterThan(0);
    }
    // Not found: JSX expressions, a cache key or header line in a string, another command's
    // --user after a pipe, a word ending in "curl".
    for (const text of [`<TokenSymbol>{token0.symbol}</TokenSymbol>`, `<SecretRow>{secrets[0]}</SecretRow>`, `"token:${hex}"`, `curl -fsSL https://get.docker.com | sh && docker run --user jenkins:${v.slice(0, 16)} img`, `mycurl -u deploy:${v.slice(0, 16)}`]) {
      expect(ids(text), text.replace(v.slice(0, 16), '<v>').replace(hex, '<hex>')).toEqual([]);
    }
  });

  it('finds curl credentials after curl/8.4.0 or a curl CA bundle, Jenkins-style {base64} XML values and keys longer than one key walk, and skips the Django REST framework docs token (from a second review)', () => {
    const pw = `${g.chars(alnum, 14)}!${g.chars(alnum, 3)}`;
    const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
    for (const text of [`curl -A curl/8.4.0 -u deploy:${pw} https://nexus.internal/`, `curl --cacert /etc/pki/tls/certs/curl-ca-bundle.crt -u deploy:${pw} https://nexus.internal/`, `curl -H "User-Agent: curl/8.4.0" -u deploy:${pw} https://nexus.internal/`]) {
      expect(ids(text), text.replace(pw, '<pw>')).toContain('curl-user-credentials');
    }
    expect(ids(`<password>{${btoa(v + v)}}</password>`)).toContain('generic-secret-xml');
    expect(ids(`config.keycloak.realm.clients.frontend.credentials.service_account_token = "${v}"`)).toContain('generic-secret-assignment');
    // The docs' example token, built from parts: an example, not a leak.
    expect(ids(`Authorization: Token ${['9944b0919', '9c62bcf9418ad846dd0e4bbdfc6ee4b'].join('')}`)).toEqual([]);
    expect(ids(`Authorization: Token ${g.chars('0123456789abcdef', 40)}`)).toContain('authorization-token');
    // Julia's and Ruby's pairs (a Figshare token: 128 hex).
    expect(ids(`HTTP.get(url, ["Authorization" => "token ${g.chars('0123456789abcdef', 128)}"])`)).toContain('authorization-token');
    expect(ids(`headers = { "Authorization" => "Token #{ENV['API_TOKEN']}" }`)).toEqual([]);
  });

  it('takes a curl password with dots inside whole, and stops at a full stop that ends the sentence (from a blind grading: redact() left 46 of 72 characters)', () => {
    const dotted = `${g.chars(alnum, 24)}.${g.chars(alnum, 6)}.${g.chars(alnum, 27)}`;
    for (const text of [`curl -sS -u ci-bot:${dotted} https://api.internal/x`, `curl -u ci-bot:${dotted}`, `Run curl -u ci-bot:${dotted}. Then deploy.`]) {
      const found = detector.scan(text).filter((f) => f.ruleId === 'curl-user-credentials');
      expect(found, text.replace(dotted, '<token>')).toHaveLength(1);
      expect(text.slice(found[0]!.start, found[0]!.end)).toBe(`ci-bot:${dotted}`);
    }
  });

  it('does not take the next string of a list as the value of a secret-named one (source map "names", from the real corpus)', () => {
    const v = `${g.chars(alnum, 10)}${g.chars('0123456789', 2)}${g.chars(alnum, 10)}`;
    for (const text of [`"names":["NGH_DATA_KEY","${v}"]`, `["encryptionKey", "${v}"]`, `foo(token, "${v}")`, `if (token == "${v}") {}`, `<key>${v}</key>`]) {
      expect(ids(text), text.replace(v, '<v>')).toEqual([]);
    }
  });

  it('treats descending sequences as made up, like ascending ones', () => {
    expect(ids(`DATABRICKS_TOKEN=dapi${'fedcba9876543210'.repeat(2)}`)).toEqual([]);
  });

  it('takes a long, mixed-case, random value of letters only as key material, not as an identifier (from the labelled corpus)', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    // 32 distinct letters in a random order: entropy 5 bits, as random as letters get.
    const pool = [...letters];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = g.int(0, i);
      [pool[i], pool[j]] = [pool[j] as string, pool[i] as string];
    }
    const value = pool.slice(0, 32).join('');
    expect(ids(`SERVICE_API_KEY="${value}"`).some((id) => id.startsWith('generic-secret-'))).toBe(true);
    expect(ids(`SERVICE_API_KEY=${value}`)).toContain('generic-secret-env');
    // Long identifiers stay identifiers.
    expect(ids('HANDLER_KEY="UNSAFE_componentWillReceiveProps"')).toEqual([]);
    expect(ids('ACTION_TOKEN="createAsyncThunkWithRetriesAndCancellation"')).toEqual([]);
  });

  it('reports OpenAI project, service-account and admin keys only with the T3BlbkFJ marker, as the peers do', () => {
    const urlsafe = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
    const marker = ['T3Bl', 'bkFJ'].join('');
    for (const prefix of ['sk-proj-', 'sk-svcacct-', 'sk-admin-']) {
      expect(ids(`${prefix}${g.chars(urlsafe, 74)}${marker}${g.chars(urlsafe, 74)}`).some((id) => id.startsWith('openai-')), prefix).toBe(true);
      expect(ids(`${prefix}${g.chars(urlsafe, 156)}`), prefix).toEqual([]);
    }
  });

  it('finds a password given as a connection-string parameter (JDBC, ADO.NET, ODBC, URL query), not a reference or a default', () => {
    const pw = `${g.chars(alnum, 12)}#${g.chars(alnum, 3)}`;
    for (const text of [`jdbc:sqlserver://db.internal:1433;databaseName=app;user=svc;password=${pw};encrypt=true`, `jdbc:postgresql://db.internal/app?sslmode=require&password=${pw}&user=svc`, `"Server=db.internal;Database=app;User Id=svc;Password=${pw};"`, `DRIVER={ODBC};SERVER=db;UID=svc;PWD=${pw}`]) {
      expect(ids(text), text.replace(pw, '<pw>')).toContain('connection-string-password');
    }
    for (const text of ['jdbc:sqlserver://db;user=svc;password=$DB_PASSWORD', 'jdbc:mysql://db/app?user=root&password=root', 'Server=db;User Id=sa;Password=<password>;']) expect(ids(text), text).toEqual([]);
  });

  it('finds registry credentials in a Docker config "auths" entry, plain or escaped inside DOCKER_AUTH_CONFIG', () => {
    const auth = btoa(`deploy:${g.chars(alnum, 14)}!${g.chars(alnum, 3)}`);
    const config = `{"auths":{"registry.internal:8083":{"auth":"${auth}"}}}`;
    expect(ids(config)).toContain('docker-registry-auth');
    expect(ids(`DOCKER_AUTH_CONFIG = ${JSON.stringify(config)}`)).toContain('docker-registry-auth');
    expect(ids(`environment = ["DOCKER_AUTH_CONFIG=${config.replace(/"/g, '\\"')}"]`)).toContain('docker-registry-auth');
    // A default password, a reference, or no password at all is not reported.
    for (const creds of ['admin:admin', 'ci:${REGISTRY_PASSWORD}', 'token-only']) expect(ids(`{"auths":{"r":{"auth":"${btoa(creds)}"}}}`), creds).toEqual([]);
  });

  it('finds an Azure Storage account key after an account-key name in config, XML and CLI flags, not a SHA-512 digest', () => {
    const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const key = `${g.chars(b64, 86)}==`;
    for (const text of [`<account_key>${key}</account_key>`, `AzureStorageCleanup.exe -storagename acct -storagekey ${key}`, `{ "AccountKey", "${key}" }`, `storageAccountKey: '${key}'`]) {
      expect(ids(text), text.replace(key, '<key>')).toContain('azure-storage-account-key');
    }
    expect(ids(`"integrity": "sha512-${key}"`)).toEqual([]);
  });

  it('finds a Facebook Page token without a Facebook mention, not EAAC inside a base64 run', () => {
    const page = `EAAC${g.chars(alnum, 140)}`;
    expect(ids(`value: "${page}"`)).toContain('facebook-page-access-token');
    expect(ids(`data:application/octet-stream;base64,${g.chars(alnum, 20)}+/${page}`)).not.toContain('facebook-page-access-token');
  });

  it('finds a password in a NuGet.config or appSettings <add key="Password"> entry, not a reference', () => {
    const pw = `${g.chars(alnum, 14)}!${g.chars(alnum, 3)}`;
    expect(ids(`<add key="ClearTextPassword" value="${pw}" />`)).toContain('xml-config-password');
    expect(ids(`<add key="Password" value="${pw}"/>`)).toContain('xml-config-password');
    for (const ref of ['%NUGET_PASSWORD%', '$(FeedPassword)']) expect(ids(`<add key="ClearTextPassword" value="${ref}" />`), ref).toEqual([]);
  });
});

describe('ethereum-private-key (secretlint\'s secp256k1 fixture; Ethereum libraries\' sources as near misses)', () => {
  const hex = (seed: number): string => createSampleGen(seed).chars('0123456789abcdef', 64);
  const found = (text: string) => createDetector().scan(text).filter((f) => f.ruleId === 'ethereum-private-key').map((f) => f.confidence);

  it('finds a key handed to a wallet or signer, or named as a private key, with high confidence', () => {
    for (const text of [
      `const wallet = new ethers.Wallet("0x${hex(1)}");`,
      `const account = privateKeyToAccount('0x${hex(2)}')`,
      `networks: { sepolia: { url, accounts: ["0x${hex(3)}"] } }`,
      `acct = Account.from_key("0x${hex(4)}")`,
      `my private key is 0x${hex(5)}`,
    ]) expect(found(text), text.slice(0, 30)).toEqual(['high']);
  });

  it('finds a key with "wallet" on the next line with medium confidence (the fixture\'s shape)', () => {
    expect(found(`Oops, left this here 0x${hex(6)}!\nDo not send money to this wallet.`)).toEqual(['medium']);
  });

  it('leaves hashes far from a wallet word, lists of hex constants and Solidity constants', () => {
    expect(found(`const txHash = "0x${hex(7)}";`)).toEqual([]);
    expect(found(`// wallet helpers\n${'\n'.repeat(4)}${'x'.repeat(400)}\nconst root = "0x${hex(8)}";`)).toEqual([]);
    // A curve library's constants next to its randomPrivateKey helper.
    expect(found(`randomPrivateKey: utils.randomPrivateKey,\nconst xNum = [\n  '0x${hex(9)}',\n  '0x${hex(10)}',\n];`)).toEqual([]);
    expect(found(`uint256 private constant GX = 0x${hex(11)};`)).toEqual([]);
    // From a review: hashes near a key word, by the name in front of them.
    expect(found(`const sig = sign({ payload,\n  privateKey,\n})\nexpect(Envelope.hash(signed)).toMatchInlineSnapshot(\n  \`"0x${hex(12)}"\`,\n)`)).toEqual([]);
    expect(found(`getPublicKey({ privateKey: accessKey }),\n  witness: '0x${hex(13)}',`)).toEqual([]);
    expect(found(`const r = await provider.getTransactionReceipt("0x${hex(14)}"); // wallet tx`)).toEqual([]);
    expect(found(`// wallet roles\nbytes32 public constant ADMIN_ROLE = 0x${hex(15)};`)).toEqual([]);
  });

  it('finds keys beside an address or another key when a key word names them (from a review)', () => {
    const address = `0x${hex(20).slice(0, 40)}`;
    expect(found(`accounts: ["0x${hex(21)}", "0x${hex(22)}"],`)).toContain('high');
    expect(found(`const wallet = new Wallet("0x${hex(23)}"); // ${address}`)).toEqual(['high']);
    expect(found(`WALLET_ADDRESS=${address}\nWALLET_PRIVATE_KEY=0x${hex(24)}`)).toEqual(['high']);
    expect(found(`address,private_key\n${address},0x${hex(25)}`)).toEqual(['high']);
    // From a second review: a hash word on another line, or inside a key's name, does not hide it.
    expect(found(`const txHash = "0x${hex(26)}".slice(0, 10);\nconst wallet = new Wallet("0x${hex(27)}");`)).toEqual(['high']);
    expect(found(`const minterRoleWallet = new Wallet("0x${hex(28)}");`)).toEqual(['high']);
    expect(found(`CREATE2_SALT=${hex(29)}\nPRIVATE_KEY=0x${hex(30)}`)).toEqual(['high']);
    expect(found(`ADMIN_ROLE_PRIVATE_KEY = "0x${hex(31)}"`)).toEqual(['high']);
  });

  it('leaves public-key coordinates and code hashes named beside a wallet (from a second review)', () => {
    expect(found(`walletPublicKeyX = "0x${hex(32)}";\nwalletPublicKeyY = "0x${hex(33)}";`)).toEqual([]);
    expect(found(`const walletCode = "0x${hex(34)}"; // keccak of the wallet bytecode`)).toEqual([]);
  });
});

describe('JDBC URLs (TruffleHog\'s jdbc detector tests, shapes from the drivers\' docs)', () => {
  const pw = createSampleGen(31).chars('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', 12);
  const found = (text: string): string[] => createDetector().scan(text).map((f) => `${f.ruleId}:${text.slice(f.start, f.end) === pw ? 'pw' : text.slice(f.start, f.end).replace(pw, 'pw')}`);

  it('finds the password in every driver\'s form', () => {
    expect(found(`jdbc:sqlserver://db.corp:1433;databaseName=app;user=svc;password=${pw};encrypt=true`)).toEqual(['connection-string-password:pw']);
    expect(found(`jdbc:sqlserver://db.corp;user=sa;password={${pw}!;x};loginTimeout=30`)).toEqual(['connection-string-password:pw!;x']);
    expect(found(`jdbc:postgresql://db.corp:5432/app?sslmode=require&password=${pw}&user=svc`)).toEqual(['connection-string-password:pw']);
    expect(found(`jdbc:mysql://svc:${pw}@tcp(db.corp:3306)/app`)).toEqual(['url-credentials:pw']);
    expect(found(`jdbc:oracle:thin:svc/${pw}@db.corp:1521:orcl`)).toEqual(['oracle-jdbc-credentials:pw']);
    expect(found(`jdbc:oracle:thin:svc/"${pw}@x"@//db.corp:1521/orcl`)).toEqual(['oracle-jdbc-credentials:pw@x']);
  });

  it('leaves URLs without a password, references and the demo account', () => {
    for (const text of ['jdbc:postgresql://localhost:5432/mydb', 'jdbc:oracle:thin:@//db:1521/orcl', 'jdbc:oracle:thin:scott/tiger@localhost:1521:orcl', 'jdbc:sqlserver://db;user=sa;password={${DB_PASSWORD}}']) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('validateConfig checks rule ids by default (from a new-user trial: one problem shown at a time)', () => {
  it('lists an unknown disabledRules id and every other problem in one ConfigError, and knows the binary ids', () => {
    let error: unknown;
    try {
      validateConfig({ disabledRules: ['github-pat-clasic'], minConfidence: 'hgh' }, 'keyward.config.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/keyward\.config\.json/);
    expect((error as Error).message).toMatch(/github-pat-clasic/);
    expect((error as Error).message).toMatch(/minConfidence/);
    expect(() => validateConfig({ disabledRules: ['der-private-key', 'github-pat-classic'] })).not.toThrow();
    expect(() => validateConfig({ rules: [{ id: 'pkcs12-private-key', regex: 'x(y{8})', keywords: ['x'] }] })).toThrow(ConfigError);
    // From a second review: a custom rule may be disabled by its id, an unknown id is named once,
    // and a detector with rules of its own still takes a config naming the binary ids.
    expect(() => validateConfig({ rules: [{ id: 'acme-key', regex: 'acme_([a-z0-9]{32})', keywords: ['acme_'] }], disabledRules: ['acme-key'] })).not.toThrow();
    expect(() => validateConfig({ disabledRules: ['nope', 'nope'] })).toThrow(/^(?![\s\S]*nope[\s\S]*nope)/);
    expect(() => createDetector({ rules: catalog.slice(0, 3), config: { disabledRules: ['der-private-key'] } })).not.toThrow();
  });
});

describe('formats and forms a blind grading missed (its own generator, contexts as real files hold them)', () => {
  const g = createSampleGen(2024);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const ids = (text: string): string[] => detector.scan(text).map((f) => f.ruleId);

  it("X bearer tokens whose inner run of A's reaches eight (zero bytes in base64), in a Dockerfile and a comment", () => {
    const bearer = `${'A'.repeat(21)}${g.chars(alnum, 4)}${'A'.repeat(8)}%2B${g.chars(alnum, 6)}%2B${g.chars(alnum, 27)}%3D${g.chars(alnum, 50)}`;
    expect(ids(`ENV TWITTER_BEARER_TOKEN=${bearer}`)).toContain('twitter-bearer-token');
    expect(ids(`// const twitterBearerToken = "${bearer}";`)).toContain('twitter-bearer-token');
  });

  it('a Python or shell backslash continuation before the value', () => {
    const secret = catalog.find((r) => r.id === 'aws-secret-access-key')!.sample(g);
    expect(ids(`AWS_SECRET_ACCESS_KEY = \\\n    "${secret}"\n`)).toContain('aws-secret-access-key');
    expect(ids(`export SERVICE_API_KEY=\\\n  "${g.chars(alnum, 32)}"\n`).length).toBeGreaterThan(0);
  });

  it('.NET appSettings and Spring property pairs, and one-string HTTP headers', () => {
    const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
    expect(ids(`<appSettings>\n  <add key="PaymentsApiSecret" value="${v}" />\n</appSettings>`)).toEqual(['generic-secret-attribute']);
    expect(ids(`<bean id="ds">\n  <property name="password"\n            value="${v.slice(0, 12)}!x#"/>\n</bean>`)).toEqual(['generic-secret-attribute']);
    expect(ids(`curl https://api.acme.test/v1 \\\n  -H "X-Api-Key: ${v}" \\\n  -d '{}'`)).toEqual(['generic-secret-header']);
    expect(ids(`<add key="ApiKeyHeader" value="X-Api-Key" />\n<add key="Secret" value="\${SECRET}" />`)).toEqual([]);
    expect(ids(`cache.set("token: ${v.slice(0, 6)}", value); log("secret: rotated")`)).toEqual([]);
    // JSON name/value fields (HAR headers, Postman variables) and Kubernetes env lists (a second blind grading).
    expect(ids(`{"name": "DD-API-KEY", "value": "${v}"}`)).toEqual(['generic-secret-attribute']);
    expect(ids(`{\n  "key": "ddApiKey",\n  "value": "${v}",\n  "type": "secret"\n}`)).toEqual(['generic-secret-attribute']);
    expect(ids(`env:\n  - name: DB_PASSWORD\n    value: ${v}\n`)).toEqual(['generic-secret-attribute']);
    // OCPP 2.0.1 SetVariables: the name one object down, the value in attributeValue (grading 155).
    expect(ids(`[2,"19223201","SetVariables",{"setVariableData":[{"component":{"name":"SecurityCtrlr"},"variable":{"name":"BasicAuthPassword"},"attributeValue":"${v}"}]}]`)).toEqual(['generic-secret-attribute']);
    expect(ids(`{"variable":{"name":"HeartbeatInterval"},"attributeValue":"${v}"}`)).toEqual([]);
    // A call's keyword arguments are code, and a Rails form's authenticity_token is no credential.
    expect(ids(`Prop(\n  key=vlan_key,\n  value=self._messages.InterconnectAttachmentMapping(x))`)).toEqual([]);
    expect(ids(`<input type="hidden" name="authenticity_token" value="${v}" />`)).toEqual([]);
    // A Kubernetes Secret's data: base64 of a placeholder is a placeholder (base64 of a weak password is not).
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    expect(ids(`kind: Secret\ndata:\n  password: ${b64('changeme')}\n  api_key: ${b64('your-api-key-here')}\n`)).toEqual([]);
    expect(ids(`kind: Secret\ndata:\n  password: ${b64('password123')}\n`)).toEqual(['generic-secret-env']);
  });

  it("Dropbox's sl. tokens and Facebook's EAA tokens with no vendor name nearby (less confidence), and not inside other words", () => {
    const sl = `sl.${g.chars(alnum, 16)}${g.chars(`${alnum}-_`, 120)}`;
    const found = detector.scan(`Authorization: Bearer ${sl}`).filter((f) => f.ruleId === 'dropbox-short-lived-token');
    expect(found.map((f) => f.confidence)).toEqual(['medium']);
    expect(detector.scan(`const dropbox = new Dropbox({ accessToken: "${sl}" });`).find((f) => f.ruleId === 'dropbox-short-lived-token')?.confidence).toBe('high');
    expect(ids(`xsl.${sl.slice(3)}`)).not.toContain('dropbox-short-lived-token');
    const eaa = `EAAJ${g.chars(alnum, 140)}`;
    expect(ids(`curl -sS -u ci-bot:${eaa} https://graph.service.test/me`)).toContain('facebook-page-access-token');
    // VLQ's frequent fourth letters stay with the Facebook-mention rule.
    expect(ids(`x = "EAAE${g.chars(alnum, 140)}"`)).not.toContain('facebook-page-access-token');
  });
});

describe('terminal colour codes between a key and its value (a coloured log line, raw or as source escapes)', () => {
  const g = createSampleGen(77);
  const v = `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 14)}${g.chars('0123456789', 2)}${g.chars('abcdefghijklmnopqrstuvwxyz', 12)}`;
  it('are read past, and the finding and the mask land on the value in the raw text', () => {
    for (const esc of ['\u001b', '\\e', '\\x1b', '\\033', '\\u001b']) {
      const text = `${esc}[36mservice_api_key${esc}[0m=${esc}[33m${v}${esc}[0m\nnext line`;
      const [f, ...rest] = detector.scan(text);
      expect(rest, esc).toEqual([]);
      expect(text.slice(f!.start, f!.end), esc).toBe(v);
      expect(redact(text), esc).toBe(text.replace(v, '****'));
    }
    expect(detector.scan('\u001b[32mINFO\u001b[0m token refreshed for \u001b[1muser-42\u001b[0m')).toEqual([]);
  });
});

describe('URL userinfo whose password holds ":" (RFC 3986 splits at the first one; from a blind grading)', () => {
  it('takes the whole password, a Telegram bot token in a git remote too', () => {
    const g = createSampleGen(31);
    const bot = `${g.chars('0123456789', 10)}:AA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)}`;
    const text = `git clone https://x-access-token:${bot}@github.com/org/repo.git`;
    const found = detector.scan(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([bot]);
    expect(redact(text)).toBe('git clone https://x-access-token:****@github.com/org/repo.git');
    expect(detector.scan('see http://localhost:8080/a:b@c and mongodb://h1:27017,h2:27017/db')).toEqual([]);
  });
});

describe('values opened by an escaped quote: code and JSON held in a JSON string (notebooks, scripts, logged bodies)', () => {
  const g = createSampleGen(404);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const v = `${g.chars(alnum, 14)}${g.chars('0123456789', 2)}${g.chars(alnum, 14)}`;
  const password = `${g.chars(alnum, 9)}!q#${g.chars(alnum, 5)}`;
  const spans = (text: string): string[] => detector.scan(text).map((f) => text.slice(f.start, f.end));

  it('are found at their place in the raw text and masked there', () => {
    const cases = [
      `{"cell_type": "code", "source": ["import openai\\n", "api_key = \\"${v}\\"\\n", "client = openai.OpenAI(api_key=api_key)"]}`,
      `{"scripts": {"deploy": "export SERVICE_TOKEN=\\"${v}\\" && ./deploy.sh"}}`,
      `{"msg": "request body", "body": "{\\"user\\": \\"ada\\", \\"apiKey\\": \\"${v}\\"}"}`,
      `{"values": "db:\\n  password: \\"${password}\\"\\n"}`,
    ];
    for (const text of cases) {
      const secret = text.includes(v) ? v : password;
      expect(spans(text), text.slice(0, 40)).toEqual([secret]);
      expect(redact(text)).toBe(text.replace(secret, '****'));
    }
  });

  it('are not reported under names that are no secret, or with placeholder values', () => {
    expect(spans(`{"source": ["token_count = \\"${v}\\"\\n", "api_key = \\"YOUR_API_KEY_HERE\\"\\n", "api_key = \\"\${OPENAI_API_KEY}\\"\\n"]}`)).toEqual([]);
    // Source maps hold escaped code by the megabyte: an assignment to another name builds no view.
    expect(spans(`{"sourcesContent": ["const label = \\"${v}\\";\\nconst x = {a: \\"${v}\\"};"]}`)).toEqual([]);
  });
});

describe('personal access tokens under their short name', () => {
  it('GITLAB_PAT=… and AZURE_DEVOPS_PAT="…" are found; lower-case regex names (url_pat) and paths are not', () => {
    const g = createSampleGen(405);
    const v = `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 14)}${g.chars('0123456789', 2)}${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 14)}`;
    const spans = (text: string): string[] => detector.scan(text).map((f) => text.slice(f.start, f.end));
    expect(spans(`GITLAB_PAT=${v}\nexport AZURE_DEVOPS_PAT="${v}"\n`)).toEqual([v, v]);
    expect(spans(`url_pat = "${v}"\nfile_path = "${v}"\n`)).toEqual([]);
  });
});

describe('WordPress keys and salts (64 characters with code punctuation, from a blind grading)', () => {
  it('are found when the punctuation reads like markup or a template, which stays a placeholder elsewhere', () => {
    const g = createSampleGen(406);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    // 64 characters of the generator's alphabet, holding "<…>", "${" and "{{" by chance.
    const salt = `${g.chars(letters, 10)}<${g.chars(letters, 6)}>${g.chars(letters, 8)}\${${g.chars(letters, 10)}{{${g.chars(letters, 12)}%s${g.chars(letters, 7)}...`;
    expect(salt).toHaveLength(64);
    const text = `define( 'AUTH_KEY',         '${salt}' );\ndefine( 'NONCE_SALT',       'put your unique phrase here' );\n`;
    expect(detector.scan(text).map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([['wordpress-auth-salt', salt]]);
    expect(redact(text)).not.toContain(salt.slice(20, 40));
    expect(detector.scan(`api_key = "<${g.chars(letters, 30)}>"`)).toEqual([]);
  });
});

describe('passwords under password names (a person\'s choice: words, digits, any punctuation; from a blind grading)', () => {
  const g = createSampleGen(407);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const spans = (text: string, path?: string): string[] => detector.scan(text, path === undefined ? {} : { path }).map((f) => text.slice(f.start, f.end));
  // A word, digits and punctuation that ends a key's run (",", ";", ":", "?", parentheses).
  const password = (mark: string) => `${g.chars(letters, 6)}${g.chars('0123456789', 4)}${mark}${g.chars(letters, 5)}${g.chars('0123456789', 2)}`;

  it('are found whole when they hold , ; : ? | or parentheses (quoted or bare: a bare one that reads as no call), in .env, YAML and JSON', () => {
    for (const mark of [',', ';', ':', '?', '(', ')', '|']) {
      const v = password(mark);
      const bare = [v];
      expect(spans(`X=1\nDB_PASSWORD=${v}\n`, '.env'), mark).toEqual(bare);
      expect(spans(`X=1\nDB_PASSWORD="${v}"\n`, '.env'), mark).toEqual([v]);
      expect(spans(`db:\n  password: "${v}"\n`, 'values.yaml'), mark).toEqual([v]);
      expect(spans(`db:\n  password: ${v}\n`, 'values.yaml'), mark).toEqual(bare);
      expect(spans(`{"adminPassword": "${v}"}`, 'a.json'), mark).toEqual([v]);
      expect(redact(`DB_PASSWORD="${v}"\n`)).toBe('DB_PASSWORD="****"\n');
    }
  });

  it('are found under admin and *_PASS names, aligned by terraform fmt, and when joined only by dots and dashes', () => {
    const v = password('!');
    expect(spans(`STAGING_ADMIN_PASSWORD=${v}\nDB_PASS=${v}\nsmtp.pass = ${v}\n`, '.env')).toEqual([v, v, v]);
    expect(spans(`resource "aws_db_instance" "main" {\n  username                = "app"\n  password                = "${v}"\n}\n`, 'main.tf')).toEqual([v]);
    const joined = `${g.chars(letters, 6)}${g.chars('0123456789', 4)}-${g.chars(letters, 6).toLowerCase()}.${g.chars(letters, 2).toUpperCase()}`;
    expect(spans(`DB_PASSWORD=${joined}\n`, '.env')).toEqual([joined]);
    const trailing = `${g.chars(letters, 6)}${g.chars('0123456789', 3)}${g.chars(letters, 6)},`;
    expect(spans(`services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${trailing}\n`, 'compose.yaml')).toEqual([trailing]);
  });

  it("are found under BASIC's string variables, whose names end in $ (PASS$, LET DBPASS$)", () => {
    const v = password('#');
    expect(spans(`PASS$ = "${v}"\nLET DBPASS$ = "${v}"\nSMTP_PASS$="${v}"\n`, 'login.bas')).toEqual([v, v, v]);
    expect(spans(`PASS$ = ""\nPASS$ = INPUT$(8)\n`, 'login.bas')).toEqual([]);
  });

  it('are not values that stand for a password elsewhere, code, dates, sentences or documentation\'s words', () => {
    const negatives = [
      'password: env:DB_PASSWORD_FROM_VAULT_2',
      'password: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)',
      'password: "{cipher}AQA4kq7vXm2Rt9LpZ4"',
      'spring.datasource.password=${DB_PASSWORD:devonly}',
      'password = _messages.StringField(3)',
      'password = Prompt.ask(',
      '    password: formData.get(',
      'password = creds[0], other[1]',
      '  password: BinaryLike,',
      'userPassword: UserPassword.',
      '"PasswordLastUsed": "2014-04-09T15:43:45Z"',
      '"MasterUserPassword": "Password01!x"',
      'password: "a,b;c:d(e)f"',
      'password: "https://vault.internal/v1/db:creds"',
      'api_key = "abc123:def456;ghi789"',
      'token: "sha256:9f86d081884c7d659a2feaa0c55ad015"',
    ];
    for (const text of negatives) expect(spans(`${text}\n`, 'a.yaml'), text).toEqual([]);
  });

  it('run in linear time on long punctuated runs under a password name', () => {
    for (const text of [`password: "${'a,'.repeat(40_000)}`, `DB_PASSWORD=${'a;b:'.repeat(30_000)}`, `password${' '.repeat(50_000)}= "x"`]) {
      const started = performance.now();
      detector.scan(text);
      expect(performance.now() - started, text.slice(0, 20)).toBeLessThan(2000);
    }
  });
});

describe('keys a blind grading missed: hex under the other alphabets\' entropy floor, random letters, short Vault tokens, Django keys starting "%s"', () => {
  const g = createSampleGen(408);
  const spans = (text: string, path = 'x.txt'): string[] => detector.scan(text, { path }).map((f) => text.slice(f.start, f.end));

  it('finds 40 and 64 hex characters whose entropy is under 3.8 bits (twelve of sixteen digits used)', () => {
    const lower = g.chars('0123456789abcdef'.slice(0, 12), 40);
    const upper = g.chars('0123456789ABCDEF'.slice(0, 12), 64);
    expect(spans(`provider "datadog" {\n  app_key = "${lower}"\n}\n`, 'main.tf')).toEqual([lower]);
    expect(spans(`<machineKey decryptionKey="${upper}" validation="HMACSHA256" />`, 'Web.config')).toEqual([upper]);
  });

  it('finds 16-64 random mixed-case letters under a secret\'s name, not camelCase names or a key-like name\'s letters', () => {
    // Capitals and small letters in turn: half capitals, as random letters have.
    const shuffled = Array.from({ length: 10 }, () => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1) + g.chars('abcdefghijklmnopqrstuvwxyz', 1)).join('');
    expect(spans(`{"PAPERTRAIL_API_TOKEN": "${shuffled}"}`, 'config.json')).toEqual([shuffled]);
    expect(spans('{"accessToken": "getAccessTokenFromCache", "api_token": "ThisIsTheTokenValue", "PAGE_TOKEN": "EAAMYourPageAccessToken"}', 'config.json')).toEqual([]);
    expect(spans('{"session_token": "RenderQueueFlushHandler"}', 'config.json')).toEqual([]);
    expect(spans(`{"storeKey": "${shuffled}"}`, 'config.json')).toEqual([]);
  });

  it('finds a Vault service token of the documented short form, and Django keys whose punctuation reads as a template', () => {
    const vault = `hvs.${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 24)}`;
    expect(spans(`VAULT_TOKEN=${vault}\n`, '.env')).toEqual([vault]);
    const django = `%s${g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 48)}`;
    expect(spans(`SECRET_KEY = '${django}'\n`, 'settings.py')).toEqual([django]);
  });

  it('leaves keys public by design: PostHog project keys and captcha site keys', () => {
    const body = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 43);
    expect(spans(`export const config = {\n  posthogKey: 'phc_${body}',\n  recaptchaSiteKey: '6L${body.slice(0, 38)}',\n};\n`, 'src/config/public.ts')).toEqual([]);
  });
});

describe('passwords and keys where a call, a command or a server directive names them (contexts from a blind grading)', () => {
  const g = createSampleGen(409);
  const findings = (text: string, path: string): string[] => detector.scan(text, { path }).map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
  const pw = `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 8)}${g.chars('0123456789', 4)}:${g.chars('abcdefghijklmnopqrstuvwxyz', 4)},${g.chars('0123456789', 2)}`;

  it('finds them in compose, Jenkinsfile, Ruby, PHP, Java, Apache, nginx and Terraform state', () => {
    const cases: [string, string, string][] = [
      ['compose.yaml', `services:\n  cache:\n    image: redis:7\n    command: ["redis-server", "--appendonly", "yes", "--requirepass", "${pw}"]\n`, 'redis-server-password'],
      ['Jenkinsfile', `stage('push') {\n  steps {\n    sh "docker login -u ci-bot -p '${pw}' registry.acme.test"\n  }\n}\n`, 'registry-login-password'],
      ['lib/sync.rb', `Faraday.new(url: base) do |conn|\n  conn.request :authorization, :basic, "shop-sync", "${pw}"\nend\n`, 'basic-auth-call-password'],
      ['app/Gateway.php', `<?php\n$this->pdo = new PDO($dsn, 'payments', '${pw}');\n`, 'database-connect-password'],
      ['src/Db.java', `Connection c = DriverManager.getConnection(\n    "jdbc:postgresql://db:5432/app",\n    "app",\n    "${pw}");\n`, 'database-connect-password'],
      ['media.conf', `<VirtualHost *:443>\n  SetEnv DB_PASSWORD "${pw}"\n</VirtualHost>\n`, 'generic-secret-directive'],
      ['billing.conf', `location /api/ {\n  fastcgi_param DB_PASSWORD ${pw};\n}\n`, 'generic-secret-directive'],
      ['terraform.tfstate', `{\n  "resources": [\n    {\n      "type": "random_password",\n      "name": "db",\n      "instances": [\n        {\n          "attributes": {\n            "bcrypt_hash": "$2a$10$${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 53)}",\n            "id": "none",\n            "length": 24,\n            "result": "(${pw})",\n            "special": true\n          }\n        }\n      ]\n    }\n  ]\n}\n`, 'terraform-state-random-password'],
    ];
    for (const [path, text, ruleId] of cases) {
      const value = text.includes(`(${pw})`) ? `(${pw})` : pw;
      expect(findings(text, path), path).toEqual([`${ruleId}:${value}`]);
      expect(redact(text), path).not.toContain(pw);
    }
  });

  it('finds nginx Basic credentials and header keys set with blanks, and an AWS secret key passed after its key ID', () => {
    const b64 = btoa(`billing:${pw}`);
    expect(findings(`proxy_set_header Authorization "Basic ${b64}";\n`, 'nginx.conf')).toEqual([`authorization-basic:${b64}`]);
    const hex = g.chars('0123456789abcdef', 32);
    expect(findings(`proxy_set_header X-Search-Admin-Key ${hex};\n`, 'nginx.conf')).toEqual([`generic-secret-directive:${hex}`]);
    const id = `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const secret = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 40);
    expect(findings(`return AwsBasicCredentials.create("${id}",\n        "${secret}");\n`, 'Config.java')).toEqual([`aws-access-key-id:${id}`, `aws-secret-access-key-argument:${secret}`]);
  });

  it('leaves references, defaults and variables in the same places', () => {
    const negatives: [string, string][] = [
      ['compose.yaml', 'command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n'],
      ['ci.sh', 'echo "$TOKEN" | docker login -u ci --password-stdin ghcr.io\n'],
      ['a.php', '$pdo = new PDO($dsn, $user, $password);\n'],
      ['a.py', "requests.get(url, auth=('admin', os.environ['ADMIN_PASSWORD']))\n"],
      ['site.conf', 'proxy_set_header X-Api-Key $http_x_api_key;\nSetEnv DB_PASSWORD "${DB_PASSWORD}"\n'],
      ['a.go', 'credentials.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), "")\n'],
    ];
    for (const [path, text] of negatives) expect(findings(text, path), text).toEqual([]);
  });
});

describe('a kubeconfig key and a JDBC password a blind grading saw leak', () => {
  it('finds client-key-data (base64 of a PEM key on one line, RSA 4096 too) and masks it', () => {
    for (const modulusLength of [2048, 4096]) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength });
      const data = Buffer.from(privateKey.export({ type: 'pkcs1', format: 'pem' })).toString('base64');
      const text = `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${btoa('not a key')}\n    client-key-data: ${data}\n`;
      expect(detector.scan(text, { path: 'orders-prod.kubeconfig' }).map((f) => [f.ruleId, f.start, f.end])).toEqual([['private-key', text.indexOf(data), text.indexOf(data) + data.length]]);
      expect(redact(text)).not.toContain(data.slice(200, 240));
    }
  });

  it('reads a sqlserver JDBC password holding %40 whole (a port and parameters are no URL userinfo)', () => {
    const password = ['ab9Xq', '%40', 'Zt7_kLm*'].join('');
    const text = `String url = "jdbc:sqlserver://sql.internal:1433;databaseName=orders;user=svc_orders;password=${password};encrypt=true";\n`;
    expect(detector.scan(text, { path: 'Config.java' }).map((f) => [f.ruleId, text.slice(f.start, f.end)])).toEqual([['connection-string-password', password]]);
    expect(redact(text)).not.toContain('Zt7_kLm');
  });
});

describe('shapes a fourth blind grading missed or misread', () => {
  const g = createSampleGen(410);
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const spans = (text: string, path: string): string[] => detector.scan(text, { path }).map((f) => text.slice(f.start, f.end));

  it('finds an apostrophe in a URL password, a notebook subscript assignment, the AWS console CSV, STS session tokens and Android meta-data', () => {
    const pw = `${g.chars(A, 6)}'${g.chars(A, 8)}`;
    expect(spans(`DATABASE_URL=postgres://app:${pw}@db.internal:5432/app\n`, '.env')).toEqual([pw]);
    const key = g.chars(A, 32);
    expect(spans(`{"source": ["import os\\n", "os.environ[\\"SEARCH_ADMIN_KEY\\"] = \\"${key}\\"\\n"]}`, 'setup.ipynb')).toEqual([key]);
    const id = `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const secret = g.chars(`${A}+/`, 40);
    expect(spans(`User name,Password,Access key ID,Secret access key,Console login link\nci-bot,,${id},${secret},https://console.aws.amazon.com/\n`, 'credentials.csv')).toEqual([id, secret]);
    const session = `IQoJb3JpZ2luX2Vj${g.chars(`${A}+/`, 300)}`;
    expect(spans(`- name: STS_BLOB\n  value: ${session}\n`, 'azure-pipelines.yml')).toEqual([session]);
    const aes = g.chars(A, 24);
    expect(spans(`<application>\n  <meta-data android:name="AES_KEY" android:value="${aes}" />\n</application>\n`, 'AndroidManifest.xml')).toEqual([aes]);
  });

  it('leaves password hashes, encrypted values and what a Kubernetes Secret holds in base64 that is no secret', () => {
    const bcrypt = `$2b$12$${g.chars(`${A}./`, 53)}`;
    const negatives: [string, string][] = [
      ['pyproject.toml', `admin_password_hash = "${bcrypt}"\n`],
      ['values.yaml', `password: "$argon2id$v=19$m=65536,t=3,p=4$${g.chars(A, 22)}$${g.chars(A, 43)}"\n`],
      ['release.yml', `- name: DB_PASSWORD\n  value: "ENC[AES256_GCM,data:${g.chars(A, 20)},iv:${g.chars(A, 20)},type:str]"\n`],
      ['secret.yaml', `kind: Secret\ndata:\n  ADMIN_PASSWORD_HASH: ${btoa(bcrypt)}\n  PASSWORD_FILE: ${btoa('/run/secrets/db_password')}\n  SNYK_TOKEN: ${btoa('%env.SNYK_TOKEN%')}\n  ssh_authorized_key: ${btoa(`ssh-ed25519 ${g.chars(A, 68)} ci@host`)}\n`],
      ['db.js', `const url = 'redis://:' + password + '@cache:6379';\n`],
    ];
    for (const [path, text] of negatives) expect(spans(text, path), path).toEqual([]);
  });
});

describe('defaults in references, property lists, apostrophes and leading dots in passwords (a fourth blind grading)', () => {
  const g = createSampleGen(411);
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const spans = (text: string, path: string): string[] => detector.scan(text, { path }).map((f) => text.slice(f.start, f.end));

  it('finds a default after a secret-named reference, a plist string under a secret key, and punctuated passwords', () => {
    const v = g.chars(A, 32);
    const pw = `${g.chars(A, 8)},?${g.chars(A, 8)}24`;
    expect(spans(`services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:-${pw}}\n`, 'compose.yaml')).toEqual([pw]);
    expect(spans(`    @Value("\${twilio.api.secret:${v}}")\n    private String apiSecret;\n`, 'ApiConfig.java')).toEqual([v]);
    expect(spans(`<dict>\n\t<key>CLIENT_SECRET</key>\n\t<string>${v}</string>\n</dict>\n`, 'Info.plist')).toEqual([v]);
    expect(spans(`<property>\n  <name>fs.s3a.secret.key</name>\n  <value>${v}</value>\n</property>\n`, 'core-site.xml')).toEqual([v]);
    expect(spans(`<context-param>\n  <param-name>apiToken</param-name>\n  <param-value>${v}</param-value>\n</context-param>\n`, 'web.xml')).toEqual([v]);
    expect(spans('<property>\n  <name>fs.s3a.secret.key</name>\n  <value>${env.S3A_SECRET_KEY}</value>\n</property>\n', 'core-site.xml')).toEqual([]);
    expect(spans(`<property>\n  <name>fs.s3a.endpoint</name>\n  <value>${v}</value>\n</property>\n`, 'core-site.xml')).toEqual([]);
    const apostrophe = `${g.chars(A, 8)}'?${g.chars(A, 8)}24`;
    expect(spans(`[internal]\nusername = ci\npassword = ${apostrophe}\n`, '.pypirc')).toEqual([apostrophe]);
    const dotted = `.f2f${g.chars(A, 6)}%!&${g.chars(A, 8)}`;
    expect(spans(`{"source": ["os.environ[\\"DB_PASS\\"] = \\"${dotted}\\"\\n"]}`, 'exploration.ipynb')).toEqual([dotted]);
  });

  it('keeps a closing apostrophe out of a bare value and leaves defaults that are placeholders or commands', () => {
    const v = g.chars(A, 32);
    expect(spans(`'API_TOKEN=${v}'`, 'a.sh')).toEqual([v]);
    expect(spans(`db:\n  password: '${v}'\n`, 'values.yaml')).toEqual([v]);
    for (const text of ['POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}\n', 'TOKEN=${TOKEN:-$(cat /run/secrets/token)}\n', 'KEY=${API_KEY:-your-api-key-here}\n', '<key>ApiKeyName</key>\n<string>X-Api-Key</string>\n']) {
      expect(spans(text, 'x.txt'), text).toEqual([]);
    }
  });
});

describe('STS session tokens by their start', () => {
  it('are masked past their first four characters', () => {
    const g = createSampleGen(412);
    const session = `IQoJb3JpZ2luX2Vj${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 340)}`;
    const text = `export AWS_SESSION_TOKEN="${session}"\n`;
    expect(redact(text)).toBe('export AWS_SESSION_TOKEN="IQoJ****"\n');
  });
});

describe('forms a fifth blind grading missed', () => {
  const g = createSampleGen(413);
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const spans = (text: string, path: string): string[] => detector.scan(text, { path }).map((f) => text.slice(f.start, f.end));

  it('finds an Ansible inventory password, CloudFormation Name/Value pairs and a lower-case vendor PAT name', () => {
    const pw = `${g.chars(A, 8)}!${g.chars(A, 6)}`;
    expect(spans(`[web]\nweb3.prod ansible_host=10.0.3.7 ansible_user=deploy ansible_become_pass=${pw}\n`, 'inventory/hosts')).toEqual([pw]);
    const secret = g.chars(A, 32);
    expect(spans(`"Environment": [\n  { "Name": "TWILIO_API_SECRET", "Value": "${secret}" }\n]\n`, 'task-definition.json')).toEqual([secret]);
    const pat = g.chars('abcdefghijklmnopqrstuvwxyz234567', 52);
    expect(spans(`config.azure_devops_pat = "${pat}"\n`, 'config.rb')).toEqual([pat]);
  });

  it('leaves a signing key\'s ID', () => {
    expect(spans(`SIGNING_KEY_ID=${g.chars('0123456789ABCDEF', 16)}\n`, '.env')).toEqual([]);
  });
});

describe('file formats, names and shapes a fifth blind grading saw missed', () => {
  const g = createSampleGen(1303);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const findings = (text: string, path: string): string[] => detector.scan(text, { path }).map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);

  it('finds an Android string resource, a Java XML property and a Helm default under secret names', () => {
    const key = g.chars(ALNUM, 40);
    const xml = `<resources>\n    <string name="app_name">Orders</string>\n    <string name="maps_api_secret" translatable="false">${key}</string>\n</resources>\n`;
    expect(findings(xml, 'app/src/main/res/values/strings.xml')).toEqual([`generic-secret-xml-named:${key}`]);
    const entry = `<properties>\n  <entry key="db.password">${key}</entry>\n</properties>\n`;
    expect(findings(entry, 'config.xml')).toEqual([`generic-secret-xml-named:${key}`]);
    const helm = `stringData:\n  API_KEY: {{ .Values.billing.apiKey | default "${key}" | quote }}\n`;
    expect(findings(helm, 'charts/app/templates/secret.yaml')).toEqual([`generic-secret-template-default:${key}`]);
    for (const text of [xml, entry, helm]) expect(redact(text)).not.toContain(key);
  });

  it('leaves labels, references and generated defaults in those places', () => {
    const texts = [
      '<string name="api_key_hint">Paste the API key from your dashboard</string>',
      '<string name="password_title">Choose a password</string>',
      '<entry key="db.password">${DB_PASSWORD}</entry>',
      'apiKey: {{ .Values.apiKey | default (randAlphaNum 32) | b64enc | quote }}',
      'secretName: {{ .Values.existingSecret | default "orders-api-credentials" }}',
      'password: {{ .Values.password | default "changeme" }}',
    ];
    for (const text of texts) expect(findings(text, 'a.yaml'), text).toEqual([]);
  });

  it('finds an inventory password ending in "?" and a .pgpass line, not a default one', () => {
    const pw = `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${g.chars('abcdefghijkmnopqrstuvwxyz', 5)}@${g.chars('23456789', 3)}?`;
    const inventory = `[web]\nweb1 ansible_host=10.0.0.5 ansible_user=deploy ansible_become_pass=${pw}\n`;
    expect(findings(inventory, 'inventories/prod/hosts.ini')).toEqual([`generic-secret-inline:${pw}`]);
    const pgpass = `# host:port:database:user:password\ndb.internal:5432:*:app:${pw}\nlocalhost:5432:*:postgres:postgres\n`;
    expect(findings(pgpass, '.pgpass')).toEqual([`postgresql-pgpass-password:${pw}`]);
    expect(findings(`RUN echo "*:*:*:replicator:${pw}" > /root/.pgpass\n`, 'Dockerfile')).toEqual([`postgresql-pgpass-password:${pw}`]);
    expect(findings('ports:\n  - "127.0.0.1:5432:5432"\n  - "db:5432:app:user:${PGPASSWORD}"\n', 'compose.yaml')).toEqual([]);
  });

  it('finds a Tencent Cloud SecretId, a Laravel key without its name, and a shorter percent-encoded X bearer token', () => {
    const id = `AKID${g.chars(ALNUM, 32)}`;
    expect(findings(`  tencentcloudSecretId: '${id}',\n`, 'settings.js')).toEqual([`tencent-cloud-secret-id:${id}`]);
    const appKey = `base64:${Buffer.from(g.chars(ALNUM, 32)).toString('base64')}`;
    expect(findings(`# TODO remove before merge: ${appKey}\n`, 'client.py')).toEqual([`laravel-app-key:${appKey}`]);
    expect(findings(`curl -H "X-App-Key: ${appKey}" https://api.test\n`, 'a.sh')).toEqual([`laravel-app-key:${appKey}`]);
    const bearer = `${'A'.repeat(21)}${g.chars(ALNUM, 25)}%3D${g.chars(ALNUM, 50)}`;
    expect(findings(`let twitter = String::from("${bearer}");\n`, 'src/settings.rs')).toEqual([`twitter-bearer-token:${bearer}`]);
    // As short without a percent escape: a run of zero bytes in base64, not a token.
    expect(findings(`"${'A'.repeat(21)}${g.chars(ALNUM, 70)}"\n`, 'blob.json')).toEqual([]);
  });

  it('finds a PuTTY private key and an OpenVPN static key, raw and escaped in a string', () => {
    const lines = (n: number): string[] => Array.from({ length: n }, () => g.chars(`${ALNUM}+/`, 64));
    const priv = lines(4);
    const ppk = `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 3\n${lines(3).join('\n')}\nPrivate-Lines: 4\n${priv.join('\n')}\nPrivate-MAC: ${g.chars('0123456789abcdef', 64)}\n`;
    expect(findings(ppk, 'keys/bastion.ppk')).toEqual([`putty-private-key:${priv.join('\n')}`]);
    const ovpnKey = `-----BEGIN OpenVPN Static key V1-----\n${Array.from({ length: 16 }, () => g.chars('0123456789abcdef', 32)).join('\n')}\n-----END OpenVPN Static key V1-----`;
    const ovpn = `client\n<tls-auth>\n${ovpnKey}\n</tls-auth>\nkey-direction 1\n`;
    expect(findings(ovpn, 'client.ovpn')).toEqual([`openvpn-static-key:${ovpnKey}`]);
    for (const text of [ppk, ovpn]) {
      const escaped = JSON.stringify(text);
      expect(detector.scan(`{"profile": ${escaped}}`).length, text.slice(0, 20)).toBe(1);
      expect(redact(`{"profile": ${escaped}}`)).not.toContain(priv[1]!.slice(0, 32));
    }
    // Private lines with no PuTTY header before them are no key file.
    expect(findings(`Private-Lines: 4\n${priv.join('\n')}\n`, 'notes.txt')).toEqual([]);
  });

  it('masks a value split over string concatenation through its last piece (from a blind grading: redact() left the second half)', () => {
    const value = g.chars(ALNUM, 40);
    const [a, b] = [value.slice(0, 18), value.slice(18)];
    for (const text of [`    private static final String API_KEY = "${a}" +\n        "${b}";\n`, `API_KEY = (\n    "${a}"\n    "${b}"\n)\n`, `const apiKey = '${a}'\n  + '${b}';\n`]) {
      const found = detector.scan(text);
      expect(found.map((f) => f.ruleId), text).toEqual(['generic-secret-assignment']);
      expect(text.slice(found[0]!.start, found[0]!.end).replace(/["'\s+]/g, ''), text).toBe(value);
      expect(redact(text)).not.toContain(b.slice(0, 8));
    }
    // A message joined to a key is not taken with it.
    const text = `const apiKey = "${value}" + "\n" + "rest of the line";\n`;
    expect(detector.scan(text).map((f) => text.slice(f.start, f.end))).toEqual([value]);
  });

  it('joins a scheme piece to its credential, and words split at a blank stay apart (a highlighter\'s keyword lists)', () => {
    const token = `${g.chars(ALNUM, 20)}${g.chars('0123456789', 4)}${g.chars(ALNUM, 16)}`;
    const header = `const headers = {\n  Authorization: "Bearer " +\n    "${token}",\n};\n`;
    expect(detector.scan(header).map((f) => header.slice(f.start, f.end))).toEqual([token]);
    // Pieces that end in a blank: no token runs on across them, so nothing is read there.
    const words = `const KEYWORDS =\n${Array.from({ length: 40 }, (_, i) => `  "SYSRES_CONST_ACCESS_RIGHT_${i} apiKey token " +\n`).join('')}  "end";\n`;
    expect(detector.scan(words)).toEqual([]);
  });

  it('finds a key held line by line in a notebook cell, tokens in Bot API paths and Bot headers, and escaped dollar signs', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const cell = `{"cell_type": "code", "source": [\n${pem.trimEnd().split('\n').map((l) => `    ${JSON.stringify(`${l}\n`)}`).join(',\n')}\n]}\n`;
    expect(detector.scan(cell, { path: 'keys.ipynb' }).map((f) => f.ruleId)).toEqual(['private-key']);
    const body = pem.split('\n')[1]!;
    expect(redact(cell)).not.toContain(body.slice(0, 24));
    const bot = `${g.chars('0123456789', 10)}:AA${g.chars(`${ALNUM}_-`, 33)}`;
    expect(findings(`requests.post(f"https://api.telegram.org/bot${bot}/sendMessage", json=msg)\n`, 'notify.py')).toEqual([`telegram-bot-token:${bot}`]);
    const discord = `M${g.chars(ALNUM, 25)}.${g.chars(ALNUM, 6)}.${g.chars(ALNUM, 38)}`;
    expect(findings(`curl -H "Authorization: Bot ${discord}" https://api.test/users/@me\n`, 'a.sh')).toEqual([`discord-bot-token:${discord}`]);
    const braintree = `access_token\\$production\\$${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}\\$${g.chars('0123456789abcdef', 32)}`;
    expect(findings(`curl -H "Authorization: Bearer ${braintree}" https://api.test\n`, 'a.sh')).toEqual([`braintree-access-token:${braintree}`]);
    const global = g.chars('0123456789abcdef', 37);
    expect(findings(`curl -H "X-Auth-Email: ops@acme.test" -H "X-Auth-Key: ${global}" https://api.test\n`, 'a.sh')).toEqual([`cloudflare-global-api-key:${global}`]);
  });

  it('finds a secret in a row of data beside the cell naming it: SQL dump VALUES, CSV export, COPY data (from a sixth blind grading)', () => {
    const hex = g.chars('0123456789abcdef', 32);
    const key = g.chars(`${ALNUM}/+`, 40);
    const sql = `INSERT INTO \`integrations\` VALUES (1,'datadog','DD_API_KEY','${hex}','2024-03-01 10:00:00'),(2,'aws','AWS_SECRET_ACCESS_KEY','${key}','2024-03-01');\n`;
    expect(findings(sql, 'backups/app.sql').map((f) => f.split(':').slice(1).join(':'))).toEqual([hex, key]);
    const csv = `id,provider,name,value,updated_at\n1,datadog,DD_API_KEY,${hex},2024-04-02T11:00:00Z\n`;
    expect(findings(csv, 'reports/credentials.csv')).toEqual([`datadog-api-key:${hex}`]);
    const copy = `COPY public.settings (id, name, value) FROM stdin;\n7\tstripe_webhook_secret\t${key}\n\\.\n`;
    expect(findings(copy, 'dump.sql')).toEqual([`generic-secret-cell:${key}`]);
    for (const text of [sql, csv, copy]) expect(redact(text)).not.toContain(key.slice(0, 12));
  });

  it('reads the session-43 review cases: a preshared key echoed into wg set, admin/ paths and branches, resource names after a client\'s name argument', () => {
    const b64 = (n: number): string => g.chars(`${ALNUM}+/`, n);
    const psk = `${b64(42)}A=`;
    expect(findings(`wg set wg0 peer X preshared-key <(echo '${psk}') allowed-ips 10.0.0.2/32\n`, 'setup.sh')).toEqual([`wireguard-key-written:${psk}`]);
    expect(findings('see admin/UserList2.php for details\ngit checkout admin/Fix-login-2fa today\n', 'notes.md')).toEqual([]);
    const pw = `${g.chars(ALNUM, 6)}2024!`;
    expect(findings(`UniFi: admin / ${pw} login\n`, 'notes.md')).toEqual([`prose-admin-slash-password:${pw}`]);
    expect(findings('const t = new TableClient(endpoint, "OrdersArchive2024Q3Partition");\n', 'a.ts')).toEqual([]);
    const hex = g.chars('0123456789abcdef', 64);
    expect(findings(`client = meilisearch.Client(MEILI_URL, "${hex}")\n`, 'a.py')).toEqual([`generic-secret-client-argument:${hex}`]);
    // The first of two literals (a site id before its key) is no key, before or after the key is masked.
    const pair = `$customerio = Customerio::Client.new("${g.chars('0123456789abcdef', 20)}", "${g.chars('0123456789abcdef', 20)}")\n`;
    expect(detector.scan(redact(pair))).toEqual([]);
  });

  it('reads no token cell as the next cell\'s name, and reports nothing a view made up (from a blind grading of project-management tools)', () => {
    const token = `secret_${g.chars(ALNUM, 43)}`;
    const sql = `INSERT INTO integrations VALUES ('a', 'notion_secret', '${token}', '2025-02-03T17:45:31Z');\n`;
    const found = detector.scan(sql, { path: 'seeds.sql' });
    // One finding, the token: no zero-length finding where the view wrote the token as a name,
    // and the timestamp after it is no secret.
    expect(found.map((f) => [f.ruleId, sql.slice(f.start, f.end)])).toEqual([['notion-legacy-token', token]]);
    for (const f of found) expect(f.end).toBeGreaterThan(f.start);
  });

  it('finds a secret in a SQL dump that writes one VALUES tuple a line (from a nineteenth blind grading: 14 misses)', () => {
    const hex = g.chars('0123456789abcdef', 32);
    const key = g.chars(`${ALNUM}/+`, 40);
    const sql = `INSERT INTO app_settings (id, provider, setting_key, setting_value, updated_at) VALUES\n  (100, 'twilio', 'port', '4831', NOW()),\n  (101, 'twilio', 'twilio_auth_token', '${hex}', NOW()),\r\n  (102, 'aws', 'aws_secret_access_key', '${key}', NOW());\n`;
    expect(findings(sql, 'seeds.sql').map((f) => f.split(':').slice(1).join(':'))).toEqual([hex, key]);
    // A tuple after a statement's end is no row of the statement before.
    expect(findings(`SELECT 1;\n(101, 'twilio', 'twilio_auth_token', '${hex}', NOW());\n`, 'a.sql')).toEqual([]);
  });

  it('finds a key in JSON held in a JSON string held in a JSON string (escaped twice), and a PuTTY key whose breaks are escaped twice', () => {
    const hex = g.chars('0123456789abcdef', 32);
    const inner = JSON.stringify({ event: 'config.updated', config: { ddApiKey: hex } });
    const text = JSON.stringify({ Records: [{ body: JSON.stringify({ Type: 'Notification', Message: inner }) }] }, null, 2);
    expect(text).toContain('\\\\\\"ddApiKey\\\\\\":');
    expect(findings(text, 'logs/dlq-message.json')).toEqual([`datadog-api-key:${hex}`]);
    expect(redact(text)).not.toContain(hex);
    const lines = Array.from({ length: 6 }, () => g.chars(`${ALNUM}+/`, 64));
    const ppk = `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: k\nPublic-Lines: 1\n${g.chars(`${ALNUM}+/`, 64)}\nPrivate-Lines: 6\n${lines.join('\n')}\nPrivate-MAC: ${g.chars('0123456789abcdef', 64)}\n`;
    const twice = JSON.stringify({ payload: JSON.stringify({ env: `PUTTY_KEY="${ppk}"` }) });
    expect(detector.scan(twice).map((f) => f.ruleId)).toEqual(['putty-private-key']);
    const masked = redact(twice);
    for (const line of lines) expect(masked).not.toContain(line.slice(20, 36));
  });

  it('reports and masks the start of a private key whose END line was cut off (a truncated log line), and no whole block twice (from a review)', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const cut = `ERROR failed to load signing key: ${pem.slice(0, 600)}`;
    expect(detector.scan(cut).map((f) => f.ruleId)).toEqual(['private-key-truncated']);
    const body = pem.split('\n')[2]!;
    expect(redact(cut)).not.toContain(body.slice(0, 24));
    expect(detector.scan(`${JSON.stringify({ msg: pem.slice(0, 500) })}\n`).map((f) => f.ruleId)).toEqual(['private-key-truncated']);
    expect(detector.scan(pem).map((f) => f.ruleId)).toEqual(['private-key']);
  });

  it('masks a private key block whose body is longer than 16 KiB, and the start of one longer than the block bound (from a review: redact printed a 17 KB key)', () => {
    const g = createSampleGen(17);
    const lines = Array.from({ length: 280 }, () => g.chars(`${ALNUM}+/`, 64));
    const kind = ['RSA', 'PRIVATE', 'KEY'].join(' ');
    const pem = `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----\n`;
    expect(detector.scan(pem).map((f) => f.ruleId)).toEqual(['private-key']);
    const masked = redact(pem);
    for (const line of lines) expect(masked).not.toContain(line.slice(20, 40));
    const huge = Array.from({ length: 1100 }, () => g.chars(`${ALNUM}+/`, 64));
    const big = `-----BEGIN ${kind}-----\n${huge.join('\n')}\n-----END ${kind}-----\n`;
    expect(detector.scan(big).map((f) => f.ruleId)).toEqual(['private-key-truncated']);
    const bigMasked = redact(big);
    for (const line of huge.slice(0, 1000)) expect(bigMasked).not.toContain(line.slice(20, 40));
  });

  it('leaves rows whose cell beside a secret name is a header value, a word, a date or a reference', () => {
    const texts = [
      "INSERT INTO settings VALUES (1,'API_KEY_HEADER','X-Api-Key'),(2,'TOKEN_TTL','3600');",
      'name,value\nAPI_TOKEN,${API_TOKEN}\nSECRET_KEY,your-secret-key-here\n',
      'key,updated\nDB_PASSWORD,2024-04-02T11:00:00Z\n',
      "const columns = ['api_key', 'transferState', 'createdAt'];",
      'token,count\nNEXT_TOKEN,12\n',
    ];
    for (const text of texts) expect(findings(text, 'data.csv'), text).toEqual([]);
  });

  it('leaves ciphertext, hashes escaped in Kotlin, public browser tokens, a documented key with its prefix and base64 of a reference', () => {
    const texts: [string, string][] = [
      ['a.tf', `  encrypted_db_password = "AQICAHh${g.chars(`${ALNUM}+/`, 180)}=="\n`],
      ['a.json', `{"password": "{AQAAABAAAAAQ${g.chars(`${ALNUM}+/`, 64)}=}"}\n`],
      ['A.kt', `val ADMIN_PASSWORD_HASH = "\\$2b\\$12\\$${g.chars(`${ALNUM}./`, 53)}"\n`],
      ['a.js', `const datadog = { clientToken: 'pub${g.chars('0123456789abcdef', 32)}' };\n`],
      ['.env', `STRIPE_SECRET_KEY=${['sk_test_', '4eC39HqLyjWDarjt', 'T1zdp7dc'].join('')}\n`],
      ['secret.yaml', `kind: Secret\ndata:\n  API_TOKEN: ${btoa('op://vault/item/credential')}\n  SECRET_KEY: ${btoa('xoxb-not-a-real-token-0000')}\n`],
    ];
    for (const [path, text] of texts) expect(findings(text, path), text).toEqual([]);
  });
});

describe('syntaxes, encodings and public values a seventh blind grading found', () => {
  const g = createSampleGen(1707);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const findings = (text: string, path: string): string[] => detector.scan(text, { path }).map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);

  it('finds values in literals with a prefix, CDATA, heredocs, Pulumi settings, SQL comments, -D properties and inline code', () => {
    const key = g.chars(ALNUM, 40);
    const hex = g.chars(HEX, 40);
    const cases: [string, string, string][] = [
      ['Consts.m', `NSString * const kAcmeDeepgramApiKey = @"${key}";\n`, `generic-secret-assignment:${key}`],
      ['fixtures.rs', `pub const ZENDESK_API_TOKEN: &str = r#"${key}"#;\n`, `generic-secret-assignment:${key}`],
      ['a.py', `API_TOKEN = r"${key}"\n`, `generic-secret-assignment:${key}`],
      ['integrations.xml', `<setting key="whatsappToken"><![CDATA[${key}]]></setting>\n`, `generic-secret-xml-named:${key}`],
      ['main.tf', `  data = {\n    deepgram_api_key = <<-EOT\n      ${hex}\n    EOT\n  }\n`, `generic-secret-env:${hex}`],
      ['Pulumi.prod.yaml', `config:\n  acme-infra:region: eu-west-1\n  acme-infra:ngrokAuthToken: ${key}\n`, `generic-secret-env:${key}`],
      ['001.sql', `-- twilio_api_secret: ${key}\nCREATE TABLE t (id int);\n`, `generic-secret-env:${key}`],
      ['.zsh_history', `: 1714564810:0;java -Ddatadog.app-key=${hex} -jar api.jar\n`, `generic-secret-inline:${hex}`],
      ['export.json', `{"text": "here: \`AZURE_OPENAI_KEY=${hex}\`"}\n`, `generic-secret-inline:${hex}`],
      ['run.sh', `docker run -d -e AZURE_OPENAI_KEY=${hex} -e LOG_LEVEL=info app\n`, `generic-secret-inline:${hex}`],
      ['form.txt', `grant_type=client_credentials&azure_openai_key=${hex}&scope=read\n`, `generic-secret-query-param:${hex}`],
      ['adoPat.dart', `  static const String adoPat = '${key}';\n`, `generic-secret-assignment:${key}`],
    ];
    for (const [path, text, want] of cases) expect(findings(text, path), text).toEqual([want]);
  });

  it('finds an id:secret pair under a key name, an Authorization value with its scheme, a gh secret body and Django keys wherever settings hold them', () => {
    const pat = `2/${g.chars('0123456789', 16)}/${g.chars('0123456789', 16)}:${g.chars(HEX, 32)}`;
    expect(findings(`      - uses: acme/publish@v2\n        with:\n          api-key: ${pat}\n`, '.github/workflows/release.yml')).toEqual([`generic-secret-env:${pat}`]);
    const hex = g.chars(HEX, 40);
    // (The token-scheme rule reads a HAR's name/value pair itself since grading 149.)
    expect(findings(`{ "name": "Authorization", "value": "Token ${hex}" }\n`, 'a.har')).toEqual([`authorization-token:${hex}`]);
    const body = `${g.chars(ALNUM, 30)}!${g.chars(ALNUM, 4)}`;
    expect(findings(`gh secret set IC_API_KEY --repo acme/api --body ${body}\n`, '.zsh_history')).toEqual([`gh-secret-set-body:${body}`]);
    const django = `${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 20)}(^*${g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 27)}`;
    for (const [path, text] of [
      ['0042.sql', `INSERT INTO settings (id, name, value) VALUES (1, 'django_secret_key', '${django}', NOW());\n`],
      ['.htaccess', `SetEnv DJANGO_SECRET_KEY ${django}\n`],
      ['main.go', `os.Setenv("DJANGO_SECRET_KEY", "${django}")\n`],
      ['Consts.m', `NSString * const kAcmeSecretKey = @"${django}";\n`],
      ['lib.rs', `pub const SECRET_KEY: &str = "${django}";\n`],
    ]) expect(findings(text!, path!), text).toEqual([`django-secret-key:${django}`]);
  });

  it('reads quoted-printable email bodies, a base64-encoded .env and tokens split over "+" joined lines, and masks them whole', () => {
    const webhook = `https://hooks.slack.com/services/T${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8)}/B${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${g.chars(ALNUM, 24)}`;
    const eml = `Content-Transfer-Encoding: quoted-printable\n\nthanks =E2=80=94 here:\n\nSLACK_WEBHOOK=3D${webhook.slice(0, 60)}=\n${webhook.slice(60)}\nNEXT=3D1\n`;
    expect(detector.scan(eml, { path: 'a.eml' }).map((f) => f.ruleId)).toEqual(['slack-webhook-url']);
    const masked = redact(eml);
    expect(masked).not.toContain(webhook.slice(60));
    expect(masked).not.toContain(webhook.slice(44, 60));
    const key = g.chars(ALNUM, 40);
    const env = btoa(`DB_HOST=db.internal\nSERVICE_API_KEY=${key}\n`);
    for (const text of [`variables:\n  ENV_FILE_B64: "${env}"\n`, `echo '${env}' | base64 -d > .env\n`]) {
      expect(detector.scan(text, { path: '.gitlab-ci.yml' }).map((f) => f.ruleId), text).toEqual(['generic-secret-env']);
      expect(redact(text)).not.toContain(env.slice(8, 40));
    }
    const hf = `hf_${g.chars(ALNUM.slice(0, 52), 34)}`;
    const java = `    private static final String HF = "${hf.slice(0, 13)}" +\n        "${hf.slice(13)}";\n`;
    expect(findings(java, 'Auth.java').map((f) => f.split(':')[0])).toEqual(['huggingface-access-token']);
    expect(redact(java)).not.toContain(hf.slice(13, 30));
  });

  it('decodes a JSON object stored base64-encoded as a value (a service account key), and leaves JWTs and data URIs to their own rules', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const account = { type: ['service', 'account'].join('_'), project_id: 'acme-prod-31337', private_key: pem, client_email: 'deployer@acme-prod-31337.iam.gserviceaccount.com' };
    for (const json of [JSON.stringify(account, null, 2), JSON.stringify(account)]) {
      const e = btoa(json);
      for (const [text, path] of [[`gcp:\n  credentials: ${e}\n`, 'values.yaml'], [`{"sa": "${e}"}`, 'config.json']] as const) {
        expect(detector.scan(text, { path }).map((f) => f.ruleId), `${path} ${e.slice(0, 6)}`).toContain('gcp-service-account-private-key');
        expect(redact(text)).not.toContain(e.slice(200, 240));
      }
    }
    // A base64 JSON object without a secret, and an inline source map, are no finding.
    expect(detector.scan(`config: ${btoa(JSON.stringify({ region: 'eu-west-1', replicas: 3, name: 'checkout-service' }))}\n`, { path: 'values.yaml' })).toEqual([]);
    expect(detector.scan(`//# sourceMappingURL=data:application/json;base64,${btoa(JSON.stringify({ version: 3, sources: ['a.ts'], mappings: 'AAAA;AACA' }))}\n`, { path: 'a.js' })).toEqual([]);
  });

  it('reads XML and HTML character references: a SAS URL whose "&" an Android strings.xml escaped, JSON in an attribute', () => {
    const sig = encodeURIComponent(btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256))));
    const query = `sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2026-07-01T00:00:00Z&st=2024-03-01T00:00:00Z&spr=https&sig=${sig}`;
    const xml = `<resources>\n    <string name="export_url" translatable="false">https://rawingest6.blob.core.windows.net/exports?${query.replaceAll('&', '&amp;')}</string>\n</resources>\n`;
    const found = detector.scan(xml, { path: 'res/values/strings.xml' });
    expect(found.length).toBeGreaterThan(0);
    expect(redact(xml)).not.toContain(sig.slice(0, 16));
    const key = g.chars(ALNUM, 40);
    const html = `<div id="app" data-config="{&quot;serviceApiKey&quot;:&quot;${key}&quot;,&quot;region&quot;:&quot;eu&quot;}"></div>\n`;
    expect(findings(html, 'index.html')).toEqual([`generic-secret-assignment:${key}`]);
  });

  it('reports a private key whose base64 spells a placeholder word in mixed case ("fIXmE" in a blind grading\'s key)', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const lines = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString().split('\n');
    lines[5] = `${lines[5]!.slice(0, 20)}fIXmE${lines[5]!.slice(25)}`;
    const pem = lines.join('\n');
    expect(detector.scan(JSON.stringify({ jwtPrivateKey: pem })).map((f) => f.ruleId)).toEqual(['private-key']);
    // A body that says what it is still is a placeholder.
    expect(detector.scan(`${lines[0]}\n${'EXAMPLEKEY'.repeat(8)}\n${lines.at(-2)}\n`).map((f) => f.ruleId)).toEqual([]);
  });

  it('reads an email body sent as base64, takes a Teams webhook\'s V2 signature, and leaves a Firebase web app\'s apiKey (an eighth blind grading)', () => {
    const secret = g.chars(ALNUM, 32);
    const body = btoa(`Hi all,\r\n\r\nTWILIO_API_KEY_ID: SK${g.chars(HEX, 32)}\r\nTWILIO_API_SECRET: ${secret}\r\nMAX_RETRIES: 3\r\n`).replace(/.{76}/g, '$&\r\n');
    const eml = `From: ops@acme.test\r\nSubject: access\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n`;
    expect(detector.scan(eml, { path: 'mail/handover.eml' }).length).toBeGreaterThan(0);
    expect(redact(eml)).not.toContain(body.slice(0, 40));
    const uuid = (): string => crypto.randomUUID();
    const teams = `https://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${g.chars(HEX, 32)}/${uuid()}/V2${g.chars(`${ALNUM}_-`, 43)}`;
    expect(findings(`TEAMS_WEBHOOK_URL=${teams}\n`, '.env')).toEqual([`microsoft-teams-incoming-webhook:${teams}`]);
    const key = `AIza${g.chars(`${ALNUM}_-`, 35)}`;
    const web = `const firebaseConfig = {\n  apiKey: "${key}",\n  authDomain: "stark-app.firebaseapp.com",\n  projectId: "stark-app",\n  messagingSenderId: "666762612666",\n};\n`;
    expect(findings(web, 'src/lib/firebase.ts')).toEqual([]);
    expect(findings(`const maps = new Client({ apiKey: "${key}" });\n`, 'src/maps.ts')).toEqual([`gcp-api-key:${key}`]);
  });

  it('finds fish\'s set -gx and Hiera\'s class-path keys (an eighth blind grading)', () => {
    const key = g.chars(ALNUM, 40);
    expect(findings(`set -gx AUTH0_CLIENT_SECRET ${key}\nset -gx EDITOR vim\n`, '.config/fish/conf.d/work.fish')).toEqual([`generic-secret-directive:${key}`]);
    expect(findings(`set --export --global SERVICE_API_KEY '${key}'\n`, 'config.fish')).toEqual([`generic-secret-directive:${key}`]);
    expect(findings(`---\nprofile::app::port: 8080\nprofile::app::railway_token: ${key}\n`, 'hieradata/common.yaml')).toEqual([`generic-secret-env:${key}`]);
    expect(findings('set -gx API_TOKEN $API_TOKEN\nset -l token (cat ~/.token)\n', 'config.fish')).toEqual([]);
  });

  it('leaves public verify keys, token digests, NIST test vectors and Supabase anon keys', () => {
    const b64url = (o: object): string => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const anon = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iss: 'supabase', ref: g.chars('abcdefghijklmnopqrstuvwxyz', 20), role: 'anon', iat: 1725349302, exp: 2040709302 })}.${g.chars(`${ALNUM}_-`, 43)}`;
    const serviceRole = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iss: 'supabase', ref: g.chars('abcdefghijklmnopqrstuvwxyz', 20), role: 'service_role', iat: 1725349302 })}.${g.chars(`${ALNUM}_-`, 43)}`;
    const nist = ['2b7e1516', '28aed2a6', 'abf71588', '09cf4f3c'].join('');
    const texts: [string, string][] = [
      ['signing.yaml', `signing:\n  verify_key: ${g.chars(HEX, 64)}\n  token_hash_sha256: ${g.chars(HEX, 64)}\n`],
      ['test/vectors/aes.json', `[{ "nist": "SP800-38A F.1.1", "aes128_key": "${nist}" }]\n`],
      ['apps/web/.env.production', `NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}\nSUPABASE_ANON_KEY=${anon}\n`],
      // Names, idempotency tokens and patterns where a value goes (920 MB of real sources: 154 such findings).
      ['test_cp.py', '    self.upload(contents, encryption_key=TEST_ENCRYPTION_KEY1)\n'],
      ['views.py', "_CSRF_KEY = 'google_oauth2_csrf_token'\n"],
      ['examples-1.json', `{ "ChangeToken": "${crypto.randomUUID()}", "clientRequestToken": "${crypto.randomUUID()}" }\n`],
      ['validations.py', 'passwd_pattern = (\n    r"^(?=^.{8,64}$)((?=.*\\d)(?=.*[A-Z])(?=.*[a-z])|(?=.*\\d)(?=.*[^A-Za-z0-9\\s]))"\n)\n'],
    ];
    for (const [path, text] of texts) expect(findings(text, path), text).toEqual([]);
    expect(findings(`SUPABASE_SERVICE_ROLE_KEY=${serviceRole}\n`, '.env').map((f) => f.split(':')[0])).toEqual(['jwt']);
  });
});

describe('rule gates', () => {
  // A gate (Rule.gate) is run once per keyword hit for a family of rules and skips a rule whose
  // bit is out, before its `near`: it must never turn down a hit the rule's own `near` accepts,
  // except, for the forms whose judge names the key by the run of key characters around the hit,
  // a run that no part of can name a secret (mayNameSecret), or only a weak name (a bare key)
  // with no run of 24 token characters after it, which the judge would turn down. A run that can
  // name no secret closes every form but a table's, whose cell may hold words (`| API Keys |`):
  // every other form's name is the run around one of its keyword hits (the blind gradings and the
  // catalog's tests hold to that).
  const gated = catalog.filter((r) => r.gate !== undefined && r.near !== undefined);
  const STRUCTURE = ['"', "'", '`', ':', '=', '>', '<', ' ', '\t', '\n', '\r', ',', '-', '|', ']', '[', '?', '.', '&', ';', '(', ')', '{', '}', '$', '/', '\\', 's', 'string', 'value', 'Value', '::', '</key>', '<key>', ' default ', '@', 'u0026', '\u00a0', '${', 'SetEnv ', 'set -gx ', 'name="', 'key=\'', '.Values.', ' | default ', ', "value": ', ' value="', '\n  value: ', ', ["', '", "'];
  const WORD = 'aZ_09.';

  it('the generic family shares one gate', () => {
    expect(gated.length).toBeGreaterThanOrEqual(13);
    expect(new Set(gated.map((r) => r.gate!.test)).size).toBe(1);
    expect(new Set(gated.map((r) => r.gate!.bit)).size).toBe(gated.length);
  });

  it('no gate turns down a hit its rule accepts, on text built around every keyword', () => {
    const gen = createSampleGen(2026);
    const keywords = [...new Set(gated.flatMap((r) => r.keywords))];
    const piece = (): string => (gen.int(0, 2) === 0 ? gen.chars(WORD, gen.int(1, 3)) : gen.pick(STRUCTURE));
    const around = (n: number): string => Array.from({ length: n }, piece).join('');
    const accepted = new Map<string, number>();
    const check = (text: string, at: number): void => {
      for (const rule of gated) {
        const near = rule.near!(text, at, {});
        const open = (rule.gate!.test(text, at, {}) & rule.gate!.bit) !== 0;
        if (near) accepted.set(rule.id, (accepted.get(rule.id) ?? 0) + 1);
        if (near && !open && !(NAME_BOUND.has(rule.id) && !nameMayHoldValue(text, at)) && !(rule.id !== 'generic-secret-table' && nameStrength(keyRun(text, at)) === 0)) expect.fail(`${rule.id}'s gate turns down ${JSON.stringify(text)} at ${at}, which its near accepts`);
      }
    };
    for (let i = 0; i < 12000; i++) {
      const keyword = gen.pick(keywords);
      const before = around(gen.int(0, 6));
      const text = `${before}${gen.int(0, 1) ? keyword.toUpperCase() : keyword}${around(gen.int(0, 10))}`;
      const at = before.length;
      check(text, at);
    }
    // A YAML list under a name is rare in random text: its shapes, given.
    for (const text of ['api_keys:\n  - x1', '"token": \n\t- x2', 'secret:\r\n- x3', 'password:\n  -x4', 'apikey:\n\n  - x5']) check(text, 0);
    // The texts reach the rules' accepting paths, not only their rejections.
    expect(accepted.size).toBe(gated.length);
  });

  // The forms whose gate also reads the name, and the run of key characters the gate reads.
  const NAME_BOUND = new Set(['quoted', 'env', 'inline', 'call', 'tuple', 'pair', 'spaced', 'directive', 'cell', 'block', 'template-default', 'flag', 'struct', 'list'].map((f) => (f === 'quoted' ? 'generic-secret-assignment' : `generic-secret-${f}`)));
  const isRunChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_$.-]/.test(c);
  const runEnd = (text: string, at: number): number => {
    let end = at;
    while (end < Math.min(text.length, at + 64) && isRunChar(text[end])) end++;
    return end;
  };
  // (Less a full stop or dashes after it.)
  const keyRun = (text: string, at: number): string => {
    let start = at;
    while (start > Math.max(0, at - 64) && isRunChar(text[start - 1])) start--;
    let end = runEnd(text, at);
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    return text.slice(start, end);
  };
  // Whether the run may name a secret whose value could follow: a weak name (a bare key) only
  // before a run of 24 token characters.
  const nameMayHoldValue = (text: string, at: number): boolean => {
    const strength = nameStrength(keyRun(text, at));
    return strength === 2 || (strength === 1 && tokenRunFollows(text, runEnd(text, at), 24));
  };

  it('names a name-bound form takes are all known to the gate', () => {
    for (const id of NAME_BOUND) expect(gated.some((r) => r.id === id), id).toBe(true);
  });

  it('mayNameSecret passes every run some part of which a judge takes for a secret name', () => {
    const words = ['api', 'key', 'Key', 'KEY', 'token', 'Token', 'secret', 'pass', 'PASS', 'password', 'passwd', 'pwd', 'auth', 'Auth', 'bearer', 'pat', 'PAT', 'Pat', 'ak', 'AK', 'sk', 'SK', 'Sk', 'sdk', 'dsn', 'cookie', 'credential', 'credentials', 'private', 'client', 'signing', 'access', 'master', 'x', 'http', 'header', 'value', '1', 'max', 'has', 'is', 'public', 'cache', 'name', 'id', 'tokens', 'hash', 'gitlab', 'github', 'devops', 'agora', 'certificate', 'honeycomb', 'team', 'functions', 'subscription', 'connection', 'string', 'Object', 'keys', 'keyword', 'this', 'D', 'n', 'e'];
    const seps = ['', '', '_', '.', '-', '$'];
    const gen = createSampleGen(77);
    let named = 0;
    for (let i = 0; i < 40000; i++) {
      let run = '';
      for (let w = gen.int(1, 5); w > 0; w--) run += gen.pick(seps) + gen.pick(words);
      const judged = (name: string): boolean => isSecretKeyName(name) || isPasswordKeyName(name) || isKeyLikeName(name) || /bearer/i.test(name);
      // Every start a pattern may give the name: any character of the run.
      const some = [...run].some((_, j) => judged(run.slice(j)));
      if (some) named++;
      if (some && !mayNameSecret(run)) expect.fail(`mayNameSecret turns down ${JSON.stringify(run)}, a part of which names a secret`);
    }
    // Both answers are reached.
    expect(named).toBeGreaterThan(4000);
    expect(named).toBeLessThan(36000);
    expect(mayNameSecret('Object.keys')).toBe(false);
    expect(mayNameSecret('keyword')).toBe(false);
  });

  it('a detector finds the same with and without the gates, over names and forms that do and do not name secrets', () => {
    const ungated = createDetector({ rules: catalog.map((r) => (r.gate === undefined ? r : { ...r, gate: undefined })) });
    const gatedDetector = createDetector();
    const gen = createSampleGen(4242);
    const names = ['key', 'keys', 'Object.keys', 'keyword', 'cacheKey', 'this.key', 'e.key', 'apiKey', 'config.apiKey', 'API_KEY', 'STRIPE_KEY', 'tokens', 'nextToken', 'token', 'auth_token', 'author', 'authorization', 'db_password', 'DB_PASS', 'passwordHint', 'client_secret', 'secretary', 'GITLAB_PAT', 'sdk_sk', 'bearer', 'bearerAuth', 'setApiKey', 'keyPath', 'keyof', 'maxTokens', 'credentials', 'x.y.secret', '-Dapi.key', 'n.token'];
    const forms = [
      (k: string, v: string) => `const ${k} = "${v}";
`,
      (k: string, v: string) => `${k}=${v}
`,
      (k: string, v: string) => `  ${k}: ${v}
`,
      (k: string, v: string) => `run --x ${k}=${v} now
`,
      (k: string, v: string) => `client.${k}("${v}")
`,
      (k: string, v: string) => `config :app, :${k}, "${v}"
`,
      (k: string, v: string) => `${k}    ${v}
`,
      (k: string, v: string) => `SetEnv ${k} ${v}
`,
      (k: string, v: string) => `INSERT INTO t VALUES (1,'${k}','${v}');
`,
      (k: string, v: string) => `${k} {
  default = "${v}"
}
`,
      (k: string, v: string) => `{{ .Values.${k} | default "${v}" }}
`,
      (k: string, v: string) => `{ "${k}": "${v}" }
`,
    ];
    const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let found = 0;
    for (const name of names) {
      for (const form of forms) {
        const text = form(name, `${gen.chars(B62, 20)}${gen.pick(['', '+/', '-_', '!%'])}${gen.chars(B62, 12)}`);
        const a = gatedDetector.scanRevealing(text, { path: 'a.txt' }).map((f) => `${f.ruleId}@${f.start}:${f.secret}`);
        const b = ungated.scanRevealing(text, { path: 'a.txt' }).map((f) => `${f.ruleId}@${f.start}:${f.secret}`);
        expect(a, text).toEqual(b);
        found += a.length;
      }
    }
    // The texts include reported secrets, not only rejections.
    expect(found).toBeGreaterThan(100);
  });
});

describe('a ninth blind grading: shapes it found missed or flagged', () => {
  const d = createDetector();
  const ids = (text: string, path = 'a.txt'): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const g = createSampleGen(909);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

  it('leaves user-secrets ids, analytics cookies and unsigned (alg none) JWTs', () => {
    const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ sub: `u-${g.chars(B62, 12)}`, role: 'test' })}.`;
    const guid = [8, 4, 4, 4, 12].map((n) => g.chars('0123456789abcdef', n)).join('-');
    const negatives: [string, string][] = [
      ['Api.csproj', `<PropertyGroup>\n  <UserSecretsId>${guid}</UserSecretsId>\n</PropertyGroup>\n`],
      ['items.xml', `GET / HTTP/1.1\nCookie: _ga=GA1.2.${g.chars('0123456789', 9)}.${g.chars('0123456789', 10)}\n`],
      ['a.spec.ts', `const TOKEN = '${unsigned}';\nexpect(verify(TOKEN)).toThrow();\n`],
    ];
    for (const [path, text] of negatives) expect(ids(text, path), text).toEqual([]);
    // A signed one under the same name still counts.
    const signed = `${unsigned.replace(b64url({ alg: 'none', typ: 'JWT' }), b64url({ alg: 'HS256', typ: 'JWT' }))}${g.chars(B62, 43)}`;
    expect(ids(`const TOKEN = '${signed}';\n`, 'a.ts')).not.toEqual([]);
  });

  const value = (): string => `${g.chars(B62, 14)}${g.chars('0123456789', 2)}${g.chars(B62, 16)}`;

  it('finds values under a secret name in assignment syntaxes of many languages', () => {
    const cases: [string, (v: string) => string][] = [
      ['client.cc', (v) => `inline const std::string kSessionSecret{"${v}"};\n`],
      ['config.h', (v) => `#define SERVICE_API_SECRET "${v}"\n`],
      ['config.zig', (v) => `pub const service_auth_token: []const u8 = "${v}";\n`],
      ['config.edn', (v) => `{:service-api-token "${v}"\n :timeout 30}\n`],
      ['sys.config', (v) => `[{app, [\n   {service_token_secret, "${v}"},\n   {port, 8080}]}].\n`],
      ['vite.config.ts', (v) => `export default defineConfig({\n  define: {\n    'process.env.SERVICE_API_TOKEN': JSON.stringify("${v}"),\n  },\n});\n`],
      ['api.http', (v) => `@serviceSecretKey = ${v}\n\nGET https://api.example.org/items\n`],
      ['README.adoc', (v) => `= Service\n:service-api-key: ${v}\n`],
      ['build.sh', (v) => `flutter build apk \\\n  --dart-define=SERVICE_API_TOKEN=${v} \\\n  --release\n`],
      ['deno.json', (v) => `{\n  "tasks": {\n    "start": "SERVICE_CLIENT_SECRET=${v} deno run -A main.ts"\n  }\n}\n`],
      ['fluent.conf', (v) => `<match app.**>\n  @type datadog\n  service_api_key ${v}\n</match>\n`],
      ['redis.conf', (v) => `bind 127.0.0.1\nrequirepass_token ${v}\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      expect(ids(make(v), path), make(v)).toContainEqual(expect.stringMatching(new RegExp(`^generic-secret-[a-z-]+:${v}$`)));
    }
  });

  it('finds a value beside its name in pairs, blocks and tables, and a value longer than 256 characters', () => {
    const cases: [string, (v: string) => string][] = [
      ['ssm.json', (v) => `{\n  "Parameters": [\n    {\n      "Name": "/prod/service_api_secret",\n      "Type": "SecureString",\n      "Value": "${v}",\n      "Version": 3\n    }\n  ]\n}\n`],
      ['events.jsonl', (v) => `{"ts":"2025-06-15T13:04:22Z","event":"config.loaded","key":"service_api_token","value":"${v}"}\n`],
      ['app.json', (v) => `{\n  "env": {\n    "SERVICE_API_SECRET": { "description": "integration", "value": "${v}" }\n  }\n}\n`],
      ['variables.pkr.hcl', (v) => `variable "service_app_password" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n`],
      ['template.yaml', (v) => `Parameters:\n  ServiceApiSecret:\n    Type: String\n    NoEcho: true\n    Default: ${v}\n`],
      ['SECRETS.md', (v) => `| Name | Value |\n| --- | --- |\n| SERVICE_API_KEY | \`${v}\` |\n`],
      ['vars.txt', (v) => `╔══════════════════╗\n║ SERVICE_API_TOKEN │ ${v}\n╚══════════════════╝\n`],
      ['mail.html', (v) => `<table><tr><td>SERVICE_WEBHOOK_SECRET</td><td><code>${v}</code></td></tr></table>\n`],
      ['export.xml', (v) => `<Row><Cell><Data ss:Type="String">SERVICE_API_SECRET</Data></Cell><Cell><Data ss:Type="String">${v}</Data></Cell></Row>\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      expect(ids(make(v), path), make(v)).toContainEqual(expect.stringMatching(new RegExp(`^generic-secret-[a-z-]+:${v}$`)));
    }
    // Past the rules' usual window (360 characters after the keyword), which grows for it.
    for (const parts of [10, 28]) {
      const long = `0.${Array.from({ length: parts }, () => value()).join('-')}`;
      expect(long.length).toBeGreaterThan(parts * 32);
      expect(ids(`SERVICE_REFRESH_TOKEN=${long}\n`, '.env')).toEqual([`generic-secret-env:${long}`]);
      expect(ids(`{\n  "refresh_token": "${long}",\n  "scope": "openid"\n}\n`, 'cache.json')).toEqual([`generic-secret-assignment:${long}`]);
    }
  });

  it('finds names and places the earlier judges missed (PagerDuty routing keys, Agora certificates, Redis options, log query fields)', () => {
    const hex = (): string => g.chars('0123456789abcdef', 32);
    const cases: [string, (v: string) => string, () => string][] = [
      ['.env', (v) => `PAGERDUTY_ROUTING_KEY=${v}\n`, hex],
      ['.Renviron', (v) => `AGORA_APP_CERTIFICATE=${v}\n`, hex],
      ['Client.jl', (v) => `const REDIS = "cache-1.redis.cache.windows.net:6380,password=${v},ssl=True,abortConnect=False"\n`, value],
      ['cf.log', (v) => `2025-03-01\t10:53:03\tFRA56-P3\tGET\t/api/tiles\t200\taccess_token=${v}&z=12\tV36HUY4QsKZ\n`, value],
    ];
    for (const [path, make, gen] of cases) {
      const v = gen();
      expect(ids(make(v), path), make(v)).toContainEqual(expect.stringMatching(new RegExp(`:${v}$`)));
    }
    // A message broker's routing key is a name, not a secret.
    expect(ids(`RABBITMQ_ROUTING_KEY=${hex()}\n`, '.env')).toEqual([]);
    // Names for redactValue and the logger: Grafana keeps custom header values in secureJsonData.
    expect([isSecretKeyName('httpHeaderValue1'), isSecretKeyName('agoraAppCertificate'), isKeyLikeName('pagerdutyRoutingKey'), isKeyLikeName('routingKey')]).toEqual([true, true, true, false]);
  });

  it("reads an Authorization header's credential under a vendor's own scheme, not under one-time proofs", () => {
    for (const scheme of ['GenieKey', 'Klaviyo-API-Key', 'Api-Token', 'SSWS']) {
      const v = value();
      expect(ids(`curl -H "Authorization: ${scheme} ${v}" https://api.example.org/v2/alerts\n`, 'run.sh'), scheme).toContainEqual(`authorization-token:${v}`);
    }
    for (const scheme of ['Negotiate', 'NTLM', 'Digest', 'AWS4-HMAC-SHA256']) {
      const text = `Authorization: ${scheme} ${g.chars(B62, 60)}\n`;
      expect(ids(text, 'req.txt').filter((f) => f.startsWith('authorization-token:')), scheme).toEqual([]);
    }
  });

  it('leaves the same shapes holding no secret', () => {
    const negatives: [string, string][] = [
      ['a.go', 'key := datastore.Key{"kind"}\n'],
      ['a.ts', 'const labels = { tokenLabel: t("auth.token.label"), secretHint: String("see the vault") };\n'],
      ['SECRETS.md', '| Name | Value |\n| --- | --- |\n| API_KEY | your-api-key-here |\n| TOKEN_TTL | 3600 |\n'],
      ['variables.tf', 'variable "api_token" {\n  type        = string\n  description = "The API token"\n  default     = ""\n}\n'],
      ['ssm.json', '{"Name": "/prod/api_secret", "Type": "SecureString", "Value": "${API_SECRET}"}\n'],
      ['edn', '{:api-token "replace-me"}\n'],
      ['auth.py', '    Args:\n        credentials (google.auth.credentials.Credentials): The credentials.\n'],
      ['notes.md', 'Rotate the token\napi_token TODO\n'],
      ['keys.txt', 'pkcs12-private-key certs/client.p12\nservice_api_key config/keys/dev_01.pem\n'],
    ];
    for (const [path, text] of negatives) expect(ids(text, path), text).toEqual([]);
  });
});

describe('a tenth blind grading: shapes it found missed or leaked', () => {
  const d = createDetector();
  const ids = (text: string, path = 'a.txt'): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const g = createSampleGen(1010);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${B62}+/`;
  const value = (): string => `${g.chars(B62, 14)}${g.chars('0123456789', 2)}${g.chars(B62, 16)}`;

  it('finds values in a diff line, a 1Password item, a table row with a spaced name and a Nim export', () => {
    const cases: [string, (v: string) => string][] = [
      ['change.patch', (v) => `@@ -3,0 +4 @@\n+SERVICE_APPLICATION_SECRET=${v}\n`],
      ['item.json', (v) => `{ "id": "service_api_key", "type": "CONCEALED", "label": "Service Api Key", "value": "${v}" }\n`],
      ['page.html', (v) => `<table><tr><td>Service Client Secret</td><td><code>${v}</code></td></tr></table>\n`],
      ['config.nim', (v) => `const serviceSecretKey* = "${v}"\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      expect(ids(make(v), path), make(v)).toContainEqual(expect.stringMatching(new RegExp(`:${v}$`)));
    }
  });

  it('finds passwords that device and daemon configs set by a keyword of their own', () => {
    const pw = (): string => `${g.chars(B62, 9)}!${g.chars(B62, 6)}`;
    const cases: [string, (v: string) => string, string][] = [
      ['router.cfg', (v) => `hostname edge-01\nusername netops privilege 15 password 0 ${v}\n!\n`, 'cisco-ios-password'],
      ['router.cfg', (v) => `tacacs-server host 10.0.0.5\ntacacs-server key 0 ${v}\n`, 'cisco-ios-password'],
      ['wpa_supplicant.conf', (v) => `network={\n    ssid="acme-office"\n    psk="${v}"\n}\n`, 'wifi-pre-shared-key'],
      ['wifi.rsc', (v) => `/interface wireless security-profiles\nset [ find default=yes ] mode=dynamic-keys wpa2-pre-shared-key="${v}"\n`, 'wifi-pre-shared-key'],
      ['slapd.conf', (v) => `database mdb\nsuffix "dc=acme,dc=io"\nrootpw ${v}\n`, 'openldap-rootpw'],
    ];
    for (const [path, make, rule] of cases) {
      const v = pw();
      expect(ids(make(v), path), make(v)).toContain(`${rule}:${v}`);
    }
    expect(ids('rootpw {SSHA}0123abcdWXYZ9876mnopQRST\n', 'slapd.conf')).toEqual([]);
  });

  it('masks a comma-joined Fly.io token whole and finds STS session tokens whose binary holds zero bytes', () => {
    const fly = `FlyV1 fm2_${g.chars(B64, 40)}AAAAAAAA${g.chars(B64, 500)},fm2_${g.chars(B64, 180)}`;
    const text = `FLY_API_TOKEN: '${fly}'\n`;
    expect(ids(text, 'ci.yaml')).toEqual([`flyio-token:${fly.slice('FlyV1 '.length)}`]);
    expect(redact(text)).not.toContain(fly.slice(20, 60));
    const sts = `IQoJb3JpZ2luX2Vj${g.chars(B64, 60)}AAAAAAAAAA${g.chars(B64, 300)}`;
    expect(ids(`AWS_SESSION_TOKEN = "${sts}"\n`, 'creds.tf').some((f) => f.endsWith(sts))).toBe(true);
  });
});

describe('a tenth blind grading, second pass: quote layers, SQL declarations, pairs after an id, AK/SK names, sessions and device lines', () => {
  const d = createDetector();
  const ids = (text: string, path = 'a.txt'): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const g = createSampleGen(1011);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const value = (): string => `${g.chars(B62, 14)}${g.chars('0123456789', 2)}${g.chars(B62, 16)}`;
  const found = (text: string, path: string, v: string): void => {
    expect(ids(text, path), text).toContainEqual(expect.stringMatching(new RegExp(`:${v}$`)));
  };

  it('finds values in a second layer of quotes: Python triple quotes, a bundler define, an escaped inner quote', () => {
    const cases: [string, (v: string) => string][] = [
      ['settings.py', (v) => `SERVICE_API_KEY = """${v}"""\n`],
      ['build.mjs', (v) => `await build({ define: {\n    'process.env.SERVICE_API_SECRET': '"${v}"',\n} });\n`],
      ['vite.config.ts', (v) => `define: { "process.env.SERVICE_TOKEN": "'${v}'" }\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      found(make(v), path, v);
    }
    // An empty string in minified code opens no second layer: what follows is code, not a value.
    expect(ids('for(t=Wr(t),e||(s.scheme="",s.username="",s.password="",s.host=null,s.port=null,s.path=[],s.query=null,s.fragment=n);', 'polyfill.js')).toEqual([]);
  });

  it('finds values declared with an SQL string type (T-SQL, PL/SQL)', () => {
    const cases: [string, (v: string) => string][] = [
      ['proc.sql', (v) => `DECLARE @ServiceApiKey NVARCHAR(MAX) = N'${v}';\n`],
      ['pkg.sql', (v) => `CREATE OR REPLACE PACKAGE cfg AS\n  c_service_api_key CONSTANT VARCHAR2(4000) := '${v}';\nEND cfg;\n`],
      ['proc.sql', (v) => `declare @service_token varchar(200) = '${v}';\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      found(make(v), path, v);
    }
  });

  it('finds values declared with VB.NET\'s As String', () => {
    for (const make of [(v: string) => `Dim apiKey As String = "${v}"\n`, (v: string) => `    Private Const ServiceSecret as String = "${v}"\n`]) {
      const v = value();
      found(make(v), 'Module1.vb', v);
    }
    expect(ids('Dim apiKey As String = GetSetting("App", "Keys", "ApiKey")\n', 'Module1.vb')).toEqual([]);
  });

  it('pairs a value with its secret name when an id field comes first (a match turned down does not hide the retry)', () => {
    const v = value();
    found(`[\n  { "Id": "b488a716-e6b3-4678-9b31-688afdf8030d", "Name": "ServiceApiToken", "Value": "${v}", "Type": "String" }\n]\n`, 'variables.json', v);
  });

  it('finds values under access-key-pair short names and ARM defaultValue blocks', () => {
    const ak = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20);
    const sk = g.chars(B62, 40);
    found(`#define HUAWEICLOUD_SDK_AK "${ak}"\n`, 'station.ino', ak);
    found(`param huaweicloudSdkSk string = '${sk}'\n`, 'main.bicep', sk);
    found(`huaweicloud_sdk_sk = "${sk}"\n`, 'config.toml', sk);
    const v = value();
    found(`{\n  "parameters": {\n    "serviceApiSecret": { "type": "securestring", "defaultValue": "${v}" }\n  }\n}\n`, 'azuredeploy.json', v);
    // Joined words that end in "sk"/"ak" are no such names.
    expect(ids(`const desk = "${sk}";\nconst peak = "${sk}";\n`, 'a.js')).toEqual([]);
  });

  it('finds a redis-cli AUTH, a fetchmail password, an SNMP community and an Unleash token', () => {
    const pw = (): string => `${g.chars(B62, 9)}!${g.chars(B62, 6)}`;
    const cases: [string, (v: string) => string, string][] = [
      ['runbook.md', (v) => `$ redis-cli -h cache.prod.internal -p 6380\ncache.prod.internal:6380> AUTH ${v}\nOK\n`, 'redis-cli-auth'],
      // The ACL user as its own expression: a template's text ending in `AUTH app-user ` reads as a password.
      ['runbook.md', (v) => `127.0.0.1:6379[2]> AUTH ${'app-user'} ${v}\n`, 'redis-cli-auth'],
      ['.fetchmailrc', (v) => `poll imap.acme.io protocol IMAP user "svc-ci" password "${v}" ssl\n`, 'fetchmail-password'],
      ['core-sw-01.cfg', (v) => `snmp-server community ${v} RW\n`, 'snmp-community-string'],
    ];
    for (const [path, make, rule] of cases) {
      const v = pw();
      expect(ids(make(v), path), make(v)).toContain(`${rule}:${v}`);
    }
    expect(ids('snmp-server community public RO\n', 'core.cfg')).toEqual([]);
    const unleash = `*:production.${g.chars('0123456789abcdef', 64)}`;
    expect(ids(`unleash.api.token=${unleash}\n`, 'application.properties')).toContain(`unleash-api-token:${unleash}`);
  });
});

describe('an eleventh blind grading: password files, CloudFormation pairs, Ruby symbols, build flags, hashes that are no password', () => {
  const d = createDetector();
  const ids = (text: string, path = 'a.txt'): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const g = createSampleGen(1111);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const value = (): string => `${g.chars(B62, 14)}${g.chars('0123456789', 2)}${g.chars(B62, 12)}`;
  const pw = (): string => `${g.chars(B62, 9)}!${g.chars(B62, 6)}`;

  it('finds passwords in daemon, installer and client files by their own keywords, both of an SNMPv3 user', () => {
    const cases: [string, (v: string) => string, string][] = [
      ['ipsec.secrets', (v) => `10.30.12.229 %any : PSK "${v}"\n`, 'ipsec-pre-shared-key'],
      ['preseed.cfg', (v) => `d-i passwd/root-password password ${v}\nd-i passwd/root-password-again password ${v}\n`, 'installer-plaintext-password'],
      ['ks.cfg', (v) => `rootpw --plaintext ${v}\n`, 'installer-plaintext-password'],
      ['autounattend.xml', (v) => `<AdministratorPassword>\n  <Value>${v}</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>\n`, 'installer-plaintext-password'],
      ['sasl_passwd', (v) => `[smtp.mailgun.org]:587 postmaster@mg.acme.io:${v}\n`, 'postfix-sasl-password'],
      ['.curlrc', (v) => `silent\nuser = "svc-ci:${v}"\n`, 'curlrc-user-password'],
      ['snmpd.conf', (v) => `rocommunity ${v} 10.0.0.0/8\n`, 'snmp-community-string'],
      ['psql_history', (v) => `ALTER ROLE orders_rw WITH LOGIN PASSWORD '${v}';\n`, 'sql-user-password'],
      ['monitor.log', (v) => `1767860281.536115 [0 10.12.81.41:47863] "SET" "cfg:smtp_password" "${v}"\n`, 'redis-set-secret'],
      ['.mysql_history', (v) => `CREATE\\040USER\\040'app'@'%'\\040IDENTIFIED\\040BY\\040'${v}';\n`, 'sql-user-password'],
    ];
    for (const [path, make, rule] of cases) {
      const v = pw();
      expect(ids(make(v), path), make(v)).toContain(`${rule}:${v}`);
    }
    const [auth, priv] = [pw(), pw()];
    expect(ids(`createUser librenms SHA "${auth}" AES "${priv}"\n`, 'snmpd.conf')).toEqual([`snmpv3-user-passphrase:${auth}`, `snmpv3-user-passphrase:${priv}`]);
  });

  it('finds values in CloudFormation parameter and output pairs, a Ruby symbol and comma, a build flag, a token-only Bundler credential', () => {
    const cases: [string, (v: string) => string][] = [
      ['params.json', (v) => `[\n  { "ParameterKey": "ServiceApiKey", "ParameterValue": "${v}" }\n]\n`],
      ['stack.json', (v) => `{ "Outputs": [ {\n  "OutputKey": "ServiceApiToken",\n  "OutputValue": "${v}"\n} ] }\n`],
      ['deploy.rb', (v) => `set :service_api_key, "${v}"\n`],
      ['.bazelrc', (v) => `build:ci --action_env=SERVICE_API_TOKEN=${v}\n`],
      ['.bundle/config', (v) => `---\nBUNDLE_GEM__FURY__IO: "${v}"\n`],
      ['Gemfile', (v) => `source "https://${v}@gem.fury.io/acme/" do\n  gem "acme-core"\nend\n`],
      ['notes.rtf', (v) => `{\\rtf1\\ansi\nSERVICE_API_KEY: ${v}\\par\n}\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      expect(ids(make(v), path), make(v)).toContainEqual(expect.stringMatching(new RegExp(`:${v}$`)));
    }
  });

  it('finds Gradle typed pairs, escaped inner quotes without the escape, CI log lines after a timestamp, AWS CLI secret values', () => {
    const cases: [string, (v: string) => string][] = [
      ['app/build.gradle.kts', (v) => `android {\n  defaultConfig {\n    buildConfigField("String", "SERVICE_API_KEY", "\\"${v}\\"")\n  }\n}\n`],
      ['app/build.gradle', (v) => `    buildConfigField 'String', 'SERVICE_SECRET', '"${v}"'\n`],
      ['app/build.gradle', (v) => `    resValue "string", "service_api_key", "${v}"\n`],
      ['vite.config.ts', (v) => `define: { 'process.env.SERVICE_API_KEY': "\\"${v}\\"" }\n`],
      ['job.log', (v) => `2024-05-01T12:00:00.1234567Z env:\n2024-05-01T12:00:00.1234567Z   SERVICE_API_TOKEN: ${v}\n`],
      ['setup.sh', (v) => `aws ssm put-parameter --name /prod/service/db_password --value '${v}' --type SecureString --overwrite\n`],
      ['setup.sh', (v) => `aws secretsmanager create-secret --name prod/service --secret-string ${v}\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      // The value exactly: the escape before the closing quote is not part of it.
      expect(ids(make(v), path), make(v)).toContainEqual(expect.stringMatching(new RegExp(`:${v}$`)));
    }
    // Not secrets: a URL in a typed pair, a plain String parameter, a variable.
    expect(ids(`buildConfigField("String", "API_URL", "\\"https://api.acme.io/v2\\"")\n`, 'build.gradle.kts')).toEqual([]);
    expect(ids(`aws ssm put-parameter --name /prod/db/host --type String --value db-7.internal.acme.io\n`, 'setup.sh')).toEqual([]);
    expect(ids(`aws ssm put-parameter --name /prod/db/password --type SecureString --value "$DB_PASSWORD"\n`, 'setup.sh')).toEqual([]);
  });

  it('finds a strictly random value after a label in prose, a message or Markdown, and leaves words, code and other keys alone', () => {
    const cases: [string, (v: string) => string][] = [
      ['mail.eml', (v) => `Hi,\n\nYour API key is: ${v}\nKeep it safe.\n`],
      ['chat.json', (v) => `{"text": "here is the api key for staging: ${v} - rotate after the demo"}`],
      ['ticket.txt', (v) => `Service API Key: ${v}\n`],
      ['README.md', (v) => `- **Admin password**: \`${v}\`\n`],
      ['notes.txt', (v) => `Access token - ${v}\n`],
      ['notes.txt', (v) => `The bot token is ${v}.\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      expect(ids(make(v), path), make(v)).toContain(`generic-secret-label:${v}`);
    }
    const v = value();
    for (const text of [`Cache key: users-v2-${v}\n`, 'The access token is generated by the identity service.\n', 'API Key: YOUR_API_KEY_HERE\n', `Next page token: ${v}\n`, `sort key = ${v}\n`]) expect(ids(text, 'notes.txt'), text).toEqual([]);
  });

  it('finds values passed to calls named for a secret, printed in brackets, in meta tags, quoted replies, csh/aws configure lines, LaTeX comments, CSV rows with a scope cell, OpenAPI examples and Composer auth (grading 12)', () => {
    const cases: [string, (v: string) => string][] = [
      ['Client.java', (v) => `var c = Client.builder().endpoint("https://api.acme.io").apiKey("${v}").build();\n`],
      ['main.rs', (v) => `let r = client.get(url)\n    .bearer_auth("${v}")\n    .send()?;\n`],
      ['Api.scala', (v) => `basicRequest.auth.bearer("${v}").get(uri)\n`],
      ['api.ex', (v) => `Req.get!(url, auth: {:bearer, "${v}"})\n`],
      ['app.log', (v) => `BeanCreationException: Invalid credentials [apiKey=${v}]\n`],
      ['app.log', (v) => `Loaded Config{endpoint=https://api.acme.io, apiKey=${v}, timeout=30}\n`],
      ['index.html', (v) => `<meta name="service-access-token" content="${v}">\n`],
      ['reply.eml', (v) => `On Tue, Dev wrote:\n> our service api key is\n> ${v}\n>\n`],
      ['.cshrc', (v) => `setenv SERVICE_API_KEY "${v}"\n`],
      ['setup.sh', (v) => `aws configure set service_api_token ${v} --profile ci\n`],
      ['paper.tex', (v) => `% SERVICE_CLIENT_SECRET: ${v}\n\\begin{document}\n`],
      ['export.csv', (v) => `name,env,value\nservice_access_token,prod,"${v}"\n`],
      ['openapi.yaml', (v) => `properties:\n  service_api_key:\n    type: string\n    example: "${v}"\n`],
      ['auth.json', (v) => `{\n  "gitlab-token": { "repo.acme.io": "${v}" }\n}\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      expect(ids(make(v), path), make(v)).toContainEqual(expect.stringMatching(new RegExp(`:${v}$`)));
    }
    const v = value();
    for (const text of [`client.getToken("${v}")`, `self.assertEqual(splitpasswd('user+1:a+b'), ('user+1', 'a+b'))`, 'https://discourse.conda.org/t/how-to-configure-channel-alias-properly/1234', `f(api_key, "${v}")`, 'example: "your-api-key-here"']) expect(ids(text, 'a.txt'), text).toEqual([]);
  });

  it('finds labels in commit messages and chat (snake-case names, a blank before the value, <code>, a UUID key), HCL heredoc values; leaves secret-manager names, encrypted URL passwords, template slots and type annotations (grading 12)', () => {
    const cases: [string, (v: string) => string][] = [
      ['log.txt', (v) => `commit 0f3a\n\n    temp: hardcode service_oauth_token ${v} until vault is fixed\n`],
      ['chat.txt', (v) => `hey can you use this token ${v} for the deploy?\n`],
      ['teams.html', (v) => `<div class="message"><p>SERVICE_CLIENT_SECRET: <code>${v}</code></p></div>\n`],
      ['main.tf', (v) => `resource "aws_ssm_parameter" "svc" {\n  name  = "/prod/service-api-token"\n  type  = "SecureString"\n  value = <<-EOT\n    ${v}\n  EOT\n}\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      expect(ids(make(v), path), make(v)).toContainEqual(expect.stringMatching(new RegExp(`:${v}$`)));
    }
    const uuid = [g.chars('0123456789abcdef', 8), g.chars('0123456789abcdef', 4), `4${g.chars('0123456789abcdef', 3)}`, `9${g.chars('0123456789abcdef', 3)}`, g.chars('0123456789abcdef', 12)].join('-');
    expect(ids(`> I still get 401 with the api key: \`${uuid}\n`, 'issue.md')).toContain(`generic-secret-label:${uuid}`);
    const id = g.chars('abcdefghijklmnopqrstuvwxyz', 8);
    for (const text of [
      `OPENAI_API_KEY=projects/${id}-018223/secrets/api-key/versions/latest\n`,
      `extra-index-url = https://__token__:ENC(${value()}%2F${value()})@pypi.acme.io/simple/\n`,
      `<add key="ClearTextPassword" value="#{AUTH_TOKEN}" />\n<add key="ClearTextPassword" value="&lt;client-secret&gt;" />\n`,
      'requirepass op://Production/Service/credential\n',
      '    def __init__(self, mlkem_key: mlkem.MLKEM768PrivateKey, x25519_key: x25519.X25519PrivateKey) -> None: ...\n',
      'the key to success is 12 steps\n',
    ]) expect(ids(text, 'a.txt'), text).toEqual([]);
  });

  it('finds header directives (fluent-bit, Caddy, HAProxy), Stata locals, setx and batch set, R\'s <-, curl -v header dumps, dotted leaders, Gradle\'s credentials block; leaves PubNub client keys, GPG key ids, secret-manager references, Android Firebase keys, regex classes (grading 13)', () => {
    const cases: [string, (v: string) => string][] = [
      ['fluent-bit.conf', (v) => `[OUTPUT]\n    Name  http\n    Header ServiceClientSecret ${v}\n`],
      ['Caddyfile', (v) => `reverse_proxy upstream {\n    header_up X-ServiceApiKey "${v}"\n}\n`],
      ['haproxy.cfg', (v) => `backend api\n  http-request set-header X-ServiceApiKey ${v}\n`],
      ['analysis.do', (v) => `local service_api_token "${v}"\n`],
      ['setup.bat', (v) => `setx SERVICE_API_KEY "${v}" /M\nset SERVICE_ACCESS_TOKEN=${v}\n`],
      ['fetch.R', (v) => `service_api_key <- "${v}"\n`],
      ['curl.txt', (v) => `> GET /v1 HTTP/1.1\n> X-Service-Api-Key: ${v}\n> Accept: */*\n`],
      ['export.txt', (v) => `   SERVICE API KEY  ........  ${v}\n`],
      ['init.gradle', (v) => `maven {\n  credentials { username "ci"; password "${v}" }\n}\n`],
    ];
    for (const [path, make] of cases) {
      const v = value();
      expect(ids(make(v), path), make(v)).toContainEqual(expect.stringMatching(new RegExp(`:${v}$`)));
    }
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const uuid = `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
    for (const text of [
      `PUBNUB_SUBSCRIBE_KEY=sub-c-${uuid}\nval pubnubPublishKey = "pub-c-${uuid}"\n`,
      `[user]\n  signingkey = ${hex(40).toUpperCase()}\nsigningkey=${hex(40).toUpperCase()} duration=1ms\n`,
      '<add key="ClearTextPassword" value="op://Prod/feed/password" />\n| apikey | @Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x/) |\n',
      `{ "client": [ { "api_key": [ { "current_key": "AIza${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 35)}" } ] } ] }\n`,
      'PASSWORD_REGEX: "[a-f0-9]{40}"\n',
      `  --client-request-token "${uuid}"\n`,
      `    and password '4x5iAf8KZq2', the htdigest line would be::\n`,
    ]) expect(ids(text, 'a.txt'), text).toEqual([]);
  });

  it('finds private keys as bare base64 DER, Consul keys under Consul names, URL-safe Fly tokens, Dropbox long-lived tokens, WordPress application passwords, Bitwarden-style id:secret pairs (grading 13)', () => {
    for (const [type, options] of [['rsa', { modulusLength: 2048 }], ['ec', { namedCurve: 'P-256' }], ['ed25519', {}]] as const) {
      const { privateKey } = generateKeyPairSync(type as 'rsa', options as { modulusLength: number });
      for (const format of type === 'rsa' ? (['pkcs8', 'pkcs1'] as const) : (['pkcs8'] as const)) {
        const b64 = privateKey.export({ format: 'der', type: format }).toString('base64');
        expect(ids(`alipay_private_key = "${b64}"\n`, 'terraform.tfvars'), `${type} ${format}`).toContain(`private-key-der-base64:${b64}`);
      }
    }
    const b64 = (n: number): string => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', n);
    const gossip = `${b64(43)}=`;
    for (const text of [`"consul_encrypt": "${gossip}",\n`, `consul_encrypt => '${gossip}',\n`, `X-Consul-Encrypt: ${gossip}\r\n`]) expect(ids(text, 'a.txt'), text).toContain(`consul-gossip-encryption-key:${gossip}`);
    const urlSafe = `fm2_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 180)}`;
    expect(ids(`{ "FLY_API_TOKEN": "FlyV1 ${urlSafe}" }\n`, 'vercel.json')).toContain(`flyio-token:${urlSafe}`);
    const word = (n: number): string => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', n);
    const dropbox = `${word(11)}AAAAAAAAAA${word(43)}`;
    expect(ids(`wget --header="Authorization: Bearer ${dropbox}" https://api.acme.io/x\n`, 'fetch.sh')).toContain(`dropbox-long-lived-token:${dropbox}`);
    const wp = [0, 1, 2, 3, 4, 5].map(() => word(4)).join(' ');
    expect(ids(`export WP_APPLICATION_PASSWORD="${wp}"\n`, 'pipeline.yml')).toContain(`wordpress-application-password:${wp}`);
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const bws = `0.${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}.${word(30)}:${b64(22)}==`;
    expect(ids(`BWS_ACCESS_TOKEN=${bws}\n`, '.env')).toEqual([`bitwarden-sm-access-token:${bws}`]);
    // Not a key: a documentation example cut short, a public key's DER.
    expect(ids(`"PrivateKeyPlaintext": "MIIG${'QIBADANBgkqhkiG9w0BAQEFAASC'}${b64(80)}..."\n`, 'example.rst')).toEqual([]);
  });

  it('finds wallet recovery phrases and Solana key-pair arrays under their names, not placeholders (gradings 12 and 13)', () => {
    const phrase = Array.from({ length: 12 }, () => g.chars('abcdefghijklmnopqrstuvwxyz', 3 + g.int(0, 5))).join(' ');
    for (const text of [`mnemonic=${phrase}\n`, `const WALLET_MNEMONIC = process.env.WALLET_MNEMONIC || '${phrase}';\n`, `{ "WalletMnemonic": "${phrase}" }\n`]) expect(ids(text, 'a.txt'), text).toContain(`crypto-wallet-mnemonic:${phrase}`);
    const pair = `[${Array.from({ length: 64 }, () => g.int(0, 255)).join(',')}]`;
    for (const text of [`  solanaKeypair: |\n    ${pair}\n`, `{"msg":"loaded config","solanaKeypair":"${pair}"}\n`]) expect(ids(text, 'a.txt'), text).toContain(`solana-keypair-array:${pair}`);
    expect(ids('MNEMONIC="test test test test test test test test test test test junk"\n', '.env')).toEqual([]);
    expect(ids(`mnemonic: "${phrase.split(' ').slice(0, 7).join(' ')}"\n`, 'a.yaml')).toEqual([]);
  });

  it('leaves references to where a secret is kept in any slot, percent-encoded query values that decode to one, inner parts of a kebab-case name, and Google Chat webhooks\' shared key (grading 14)', () => {
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    for (const text of [
      '<add key="ClearTextPassword" value="$GITHUB_TOKEN" />\n<add key="ClearTextPassword" value="/etc/ssl/private/server.key" />\n<add key="ClearTextPassword" value="env::var(TOKEN_VAR)" />\n',
      '//registry.npmjs.org/:_authToken=secret/data/prod/npm\n',
      "headers = {'Authorization': 'Bearer secret/data/prod/api'}\n",
      'requirepass #{API_TOKEN}\n',
      "CREATE USER svc WITH PASSWORD 'vault://kv/prod/db';\n",
      '"ParameterValue": "secretKeyRef:app-credentials/password"\n<privateKey>secretKeyRef:app-credentials/password</privateKey>\n',
      'GET /v1/export?format=csv&stripe_secret_key=secret%2Fdata%2Fprod%2Fstripe HTTP/1.1\n',
      `GET /v1/export?password_hash=%242b%2412%24${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./', 53)} HTTP/1.1\n`,
      'https://app.acme.io/callback?next=%2Fhome&password=.%2Fsecrets%2Fapi-key.txt&lang=en\n',
      "url = https://oauth2:os.environ['DB_PASSWORD']@gitlab.acme.io/grp/app.git\n",
      `{ "algolia-search-only-key": "${hex(32)}" }\n`,
      `webhook: https://chat.googleapis.com/v1/spaces/AAQA${hex(7)}/messages?key=AIza${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35)}\n`,
    ]) expect(ids(text, 'a.txt'), text).toEqual([]);
    // A real value in the same slots is still reported.
    const v = value();
    expect(ids(`GET /v1/export?stripe_secret_key=${v} HTTP/1.1\n`, 'access.log')).toContainEqual(expect.stringMatching(new RegExp(`:${v}$`)));
  });

  it('finds Django startproject keys, DeepL Free keys and GCS HMAC access ids wherever they stand (grading 14)', () => {
    const django = `django-insecure-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50)}`;
    expect(ids(`*/15 * * * * DJANGO_SECRET_KEY='${django}' /opt/app/bin/sync\n`, 'crontab')).toContainEqual(expect.stringMatching(/^django-(?:insecure-)?secret-key:django-insecure-/));
    expect(ids(`RUN ${django.slice(0, 56)} ./sync.sh\n`, 'Dockerfile')).toContain(`django-insecure-secret-key:${django.slice(0, 56)}`);
    const hex = (n: number): string => g.chars('0123456789abcdef', n);
    const deepl = `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}:fx`;
    expect(ids(`DEEPL_AUTH_KEY = ${deepl}   # rotated\n`, '.env')).toContain(`deepl-free-api-key:${deepl}`);
    const goog = `GOOG1E${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 55)}`;
    expect(ids(`gcs_hmac_access_id: "${goog}"\n`, 'profiles.yml')).toContain(`gcs-hmac-access-id:${goog}`);
  });

  it('leaves crypt hashes and Maven-encrypted server passwords alone, and reads a base64 key starting with "/" as a key', () => {
    expect(ids(`user --name=ops --groups=wheel --iscrypted --password=$6$${g.chars(B62, 16)}$${g.chars(B62, 86)}\n`, 'ks.cfg')).toEqual([]);
    const encrypted = `{${g.chars(B62, 44)}+/${g.chars(B62, 18)}=}`;
    expect(ids(`<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>deploy</username>\n      <password>${encrypted}</password>\n    </server>\n  </servers>\n</settings>\n`, 'settings.xml')).toEqual([]);
    // A Sentry DSN's key is public; a user that is a word is no token.
    expect(ids(`Sentry.init({ dsn: "https://${g.chars('0123456789abcdef', 32)}@o270269.ingest.us.sentry.io/2599778" });\ngit clone https://deploy@github.com/acme/app.git\n`, 'a.js')).toEqual([]);
    // Outside a Maven server entry, braces are a password's own characters.
    expect(ids(`<config>\n  <password>${encrypted}</password>\n</config>\n`, 'app.xml')).toEqual([`generic-secret-xml:${encrypted}`]);
    const key = `/${g.chars(B62, 30)}+${g.chars(B62, 8)}`;
    expect(ids(`[default]\nsecret_key = ${key}\n`, '.s3cfg')).toContainEqual(expect.stringMatching(new RegExp(`:${key.replace(/[+/]/g, '\\$&')}$`)));
  });
});

describe('Django keys in a JavaScript fallback (the core bench\'s labelled corpus missed 2 of 2 there)', () => {
  it('finds SECRET_KEY after || and ??', () => {
    const d = createDetector();
    const rule = catalog.find((r) => r.id === 'django-secret-key')!;
    const g = createSampleGen(1112);
    for (let i = 0; i < 40; i++) {
      const key = rule.sample(g);
      for (const text of [`const secretKey = process.env.DJANGO_SECRET_KEY || '${key}';\n`, `const secretKey = process.env.SECRET_KEY ?? "${key}";\n`]) {
        expect(d.scanRevealing(text, { path: 'settings.js' }).map((f) => `${f.ruleId}:${f.secret}`), text).toContain(`django-secret-key:${key}`);
      }
    }
  });
});

describe('names of no stated kind (key, KEY2, auth, basicAuth, creds, DB_PW, passcode), as peers\' generic rules read them (grading 22)', () => {
  const d = createDetector();
  const g = createSampleGen(2201);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string): string[] => d.scanRevealing(text, { path: 'settings.txt' }).map((f) => f.secret);

  it('finds a strictly random value under them, in env, YAML, JSON and code', () => {
    for (const name of ['key', 'KEY2', 'auth', 'AUTH', 'basicAuth', 'npm_auth', 'oauth', 'creds', 'dbCreds', 'cred']) {
      const value = `${g.chars(B62, 18)}${g.chars('0123456789', 2)}${g.chars(B62, 18)}`;
      for (const text of [`${name}=${value}\n`, `${name}: ${value}\n`, `{"${name}": "${value}"}\n`, `const ${name} = "${value}";\n`]) expect(found(text), text).toContain(value);
    }
    for (const name of ['pw', 'DB_PW', 'smtp.pw', 'passcode', 'ADMIN_PASSCODE']) {
      const value = `${g.chars(B62, 8)}!${g.chars('0123456789', 2)}${g.chars(B62, 4)}`;
      expect(found(`${name}=${value}\n`), name).toContain(value);
    }
  });

  it('leaves digests, files, qualified names, words and flags under them, and names that are switches', () => {
    const hex = g.chars('0123456789abcdef', 64);
    const random = `${g.chars(B62, 18)}${g.chars('0123456789', 2)}${g.chars(B62, 18)}`;
    for (const text of [
      `$ gcloud compute os-login ssh-keys describe --key='${hex}'\n`,
      `cache:\n  key: ${hex}\n`,
      `openssl req -new -x509 -key es256_privatekey.pem -out cert.pem\n`,
      `    peer = BgpPeer(name=md5_authentication_key_name, key=args.md5_authentication_key)\n`,
      `def load(oauth2_creds: 'oauth2client_4_0.client.OAuth2Credentials') -> None:\n`,
      `auth: basic\nkey: user-profile-settings\n`,
      `requireAuth = "${random}"\nuseAuth: ${random}\n`,
      // React's list key, a plist key, generated ids (nanoid's 21 characters, cuid's lower case), UUIDs.
      `items.map((x) => <Row key="${random}" />);\n`,
      `<dict>\n  <key>${random}</key>\n  <string>x</string>\n</dict>\n`,
      `rows.push({ key: '${g.chars(B62, 21)}', label: 'a' });\n`,
      `{"key": "c${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}"}\n`,
      `key: ${g.chars('0123456789abcdef', 8)}-${g.chars('0123456789abcdef', 4)}-4${g.chars('0123456789abcdef', 3)}-a${g.chars('0123456789abcdef', 3)}-${g.chars('0123456789abcdef', 12)}\n`,
    ]) expect(found(text), text).toEqual([]);
  });
});

describe('Discord bot tokens by their shape alone (issue family 2: no keyword nearby)', () => {
  const d = createDetector();
  const g = createSampleGen(2202);
  const URL64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const unpadded = (s: string): string => Buffer.from(s).toString('base64url');
  const tokenFor = (id: string): string => `${unpadded(id)}.G${g.chars(URL64, 5)}.${g.chars(URL64, 38)}`;

  it('finds a token whose first part encodes a 19-digit user ID, in code, a log and a chat line', () => {
    for (let i = 0; i < 30; i++) {
      const token = tokenFor(`1${g.chars('0123456789', 18)}`);
      for (const text of [`client.login('${token}');\n`, `bot.run("${token}")\n`, `2026-01-02T03:04:05Z starting with ${token}\n`, `{"text":"here you go: ${token}"}\n`]) {
        expect(d.scanRevealing(text, { path: 'bot.js' }).map((f) => f.secret), text).toContain(token);
      }
    }
  });

  it('leaves the same shape when its first part does not decode to a user ID', () => {
    // ":" and ";" have the digits' first bits: MDo6… and O;… shapes pass the classes, not the decode.
    const colon = tokenFor(`1${g.chars('0123456789', 5)}:${g.chars('0123456789', 12)}`);
    const short = tokenFor(`1${g.chars('0123456789', 14)}`);
    for (const token of [colon, short]) expect(d.scanRevealing(`client.login('${token}');\n`, { path: 'bot.js' }).filter((f) => f.ruleId.startsWith('discord')), token).toEqual([]);
  });
});

describe('a twenty-second blind grading: whole config files and artifacts', () => {
  const d = createDetector();
  const g = createSampleGen(2203);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEXD = '0123456789abcdef';
  const found = (text: string, path = 'settings.txt'): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);

  it('finds a hex key under "creds" in a printed config, an Asana token as a Bearer credential, and an nginx variable set to a key', () => {
    const hex = g.chars(HEXD, 32);
    expect(found(`Traceback: config={'url': 'https://api.example.test', 'creds': '${hex}'}\n`)).toContain(`generic-secret-assignment:${hex}`);
    const asana = `2/${g.chars('0123456789', 16)}/${g.chars('0123456789', 16)}:${g.chars(HEXD, 32)}`;
    expect(found(`2024-05-02T10:00:11Z + curl -sS -H 'Authorization: Bearer ${asana}' https://api.example.test/v1/health\n`, 'ci.log')).toContain(`asana-personal-access-token:${asana}`);
    const key = `${g.chars(B62, 20)}${g.chars('0123456789', 2)}${g.chars(B62, 18)}`;
    for (const text of [`  location /geo/ {\n    set $api_key "${key}";\n    proxy_pass https://maps.example.test;\n  }\n`, `set $auth_token ${key};\n`]) {
      expect(found(text, 'nginx.conf'), text).toContain(`generic-secret-directive:${key}`);
    }
  });

  it('finds a default of an environment lookup under the setting\'s name when the variable\'s name says nothing (Laravel config, Python, Ruby)', () => {
    const key = `${g.chars(B62, 20)}${g.chars('0123456789', 2)}${g.chars(B62, 18)}`;
    for (const text of [`return [\n    'cohere_api_key' => env('PARTNER_FALLBACK', '${key}'),\n];\n`, `api_key = os.getenv("FALLBACK", "${key}")\n`, `API_TOKEN = ENV.fetch("FALLBACK", "${key}")\n`]) {
      expect(found(text, 'config/services.php'), text).toContain(`generic-secret-assignment:${key}`);
    }
    for (const text of [`'cohere_api_key' => env('COHERE_API_KEY'),\n`, `'cohere_api_key' => env('PARTNER_FALLBACK', 'your-api-key-here'),\n`, `'region' => env('PARTNER_FALLBACK', '${key}'),\n`]) {
      expect(found(text, 'config/services.php'), text).toEqual([]);
    }
  });

  it('finds a Solana key pair array as an environment fallback and in an os.environ index (the core bench\'s labelled corpus, 2 of 16)', () => {
    const pair = `[${Array.from({ length: 64 }, () => g.int(0, 255)).join(',')}]`;
    for (const text of [`const solanaKeypair = process.env.SOLANA_KEYPAIR || '${pair}';\n`, `os.environ["SOLANA_KEYPAIR"] = "${pair}"\n`]) {
      expect(found(text, 'wallet.js'), text).toContain(`solana-keypair-array:${pair}`);
    }
  });

  it('finds a label and its value in a quoted message ("Using token …" echoed in a CI log, a JSON log\'s msg)', () => {
    const token = `${g.chars(B62, 20)}${g.chars('0123456789', 2)}${g.chars(B62, 12)}`;
    for (const text of [`2024-05-02T10:00:11.531Z + echo 'Using token ${token}'\n`, `{"level":"info","msg":"Using token ${token}"}\n`]) expect(found(text, 'ci.log'), text).toContain(`generic-secret-label:${token}`);
    // A quoted label in code is a key, not a message: lower case after the quote.
    expect(found(`t('api key') + '${token}';\n`, 'a.js')).toEqual([]);
  });

  it('leaves nginx variables set from other variables, "creds" flags and loaders', () => {
    const random = `${g.chars(B62, 20)}${g.chars('0123456789', 2)}${g.chars(B62, 18)}`;
    for (const text of ['set $api_key $http_x_api_key;\n', 'set $api_key "";\n', `hasCreds = "${random}"\nloadCreds: ${random}\n`]) expect(found(text, 'nginx.conf'), text).toEqual([]);
  });
});

describe('shell lines that hand a secret to one command (shell history, READMEs, CI scripts)', () => {
  const d = createDetector();
  const g = createSampleGen(2204);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string): string[] => d.scanRevealing(text, { path: '.bash_history' }).map((f) => `${f.ruleId}:${f.secret}`);
  const token = (): string => `${g.chars(B62, 20)}${g.chars('0123456789', 2)}${g.chars(B62, 14)}`;

  it('finds a variable set for one command, a printf piped to gh auth login, and CLI logins with -p', () => {
    const v = token();
    for (const text of [`API_KEY=${v} npm start\n`, `SERVICE_TOKEN=${v} ./deploy.sh --prod\n`, `API_KEY=${v} REGION=eu node app.js\n`]) expect(found(text), text).toContain(`generic-secret-env:${v}`);
    expect(found(`printf '%s' '${v}' | gh auth login --with-token\n`)).toContain(`piped-secret-value:${v}`);
    const pw = `${g.chars(B62, 10)}#${g.chars(B62, 4)}`;
    for (const text of [`az login --service-principal -u http://ci-deployer -p '${pw}' --tenant contoso.onmicrosoft.com\n`, `oc login -u admin -p ${pw} https://api.cluster.test:6443\n`]) expect(found(text), text).toContain(`cli-login-password:${pw}`);
  });

  it('leaves variables set from commands or to words, and a certificate path after az login -p', () => {
    for (const text of ['TOKEN=$(cat ~/.token) npm start\n', 'NODE_ENV=production npm start\n', 'API_KEY=changeme npm start\n', 'az login --service-principal -u http://app -p ~/certs/app.pem --tenant t\n', 'az login --service-principal -u $APP_ID -p $SECRET --tenant $TENANT\n']) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('a twenty-third blind grading: tokens cut into string pieces joined in other languages', () => {
  const d = createDetector();
  const g = createSampleGen(2301);
  const sample = (id: string): string => rule(id).sample(g);
  const found = (text: string): string[] => d.scan(text).map((f) => f.ruleId);

  it('reads pieces joined by "+" on one line, PHP\'s ".", Lua\'s ".." and Python\'s literals inside parentheses as one', () => {
    for (let i = 0; i < 10; i++) {
      const gitlab = sample('gitlab-pat');
      const hf = sample('huggingface-access-token');
      const google = sample('gcp-api-key');
      const cut = (s: string, n: number): [string, string] => [s.slice(0, n), s.slice(n)];
      const [g1, g2] = cut(gitlab, 8);
      const [h1, h2] = cut(hf, 7);
      const [k1, k2] = cut(google, 10);
      expect(found(`define('AUTH', '${g1}' . '${g2}');\n`)).toContain('gitlab-pat');
      expect(found(`static final String GITLAB_TOKEN = "${g1}" + "${g2}";\n`)).toContain('gitlab-pat');
      expect(found(`local key = "${h1}" .. "${h2}"\n`)).toContain('huggingface-access-token');
      expect(found(`MAPS_KEY = ("${k1}"\n            "${k2}")\n`)).toContain('gcp-api-key');
      expect(found(`$k = '${k1}' .\n     '${k2}';\n`)).toContain('gcp-api-key');
    }
  });

  it("reads a URL parameter's name and its value given as the next argument (R's paste0, SQL's CONCAT) as one", () => {
    for (let i = 0; i < 10; i++) {
      const token = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 60);
      const text = `url <- paste0("https://zenodo.org/api/deposit/depositions?access_token=", "${token}")\n`;
      const f = d.scan(text);
      expect(f.map((x) => text.slice(x.start, x.end))).toContain(token);
    }
    // Other arguments are not one string.
    expect(found(`paste0("https://example.test/items?page=", "2")\n`)).toEqual([]);
    expect(found(`write.csv(df, "out.csv", "row.names=", "FALSE")\n`)).toEqual([]);
    expect(found(`execve("/usr/bin/git", ["git"], ["JWT_SECRET=", "CHECKSUM=${g.chars('0123456789abcdef', 64)}"])\n`)).toEqual([]);
    expect(found(`pick(['jdbc:postgresql://db.internal:5432/app?sslmode=require&password=', 'Server=db.internal;Database=app;User Id=svc;Password='])\n`)).toEqual([]);
  });

  it('takes a dashed secret whose random part is 20 to 24 characters (Cloudinary API secrets: 27 characters with a "-")', () => {
    const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let hits = 0;
    for (let i = 0; i < 50; i++) {
      const secret = `${g.chars(alnum, 22)}-${g.chars(alnum, 4)}`;
      if (d.scan(`  api_secret: '${secret}'\n`).some((f) => f.end - f.start === secret.length)) hits++;
    }
    expect(hits).toBeGreaterThanOrEqual(48);
    // Words and a version joined by dashes stay names.
    expect(found(`  api_secret: 'cloudinary-api-secret-v2-prod'\n`)).toEqual([]);
  });

  it('leaves pieces that join into no token', () => {
    for (const text of [`const url = "https://api.example.test" + "/v1/items";\n`, `$path = '/var/www' . '/uploads';\n`, `local name = "ghp" .. "_docs"\n`, `MSG = ("first line of a message"\n       "second line")\n`]) expect(found(text), text).toEqual([]);
  });
});

describe('a Go struct printed with %+v in a log line (grading 23: a config printed as {AccessID:… Key:…})', () => {
  const d = createDetector();
  const g = createSampleGen(2302);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string): string[] => d.scanRevealing(text, { path: 'service.log' }).map((f) => `${f.ruleId}:${f.secret}`);

  it('finds secret-named fields, a password and a bare key, first or later in the struct', () => {
    const key = `${g.chars(B62, 20)}${g.chars('0123456789', 2)}${g.chars(B62, 14)}`;
    const pw = `${g.chars(B62, 9)}${g.chars('0123456789', 3)}`;
    const line = `2026/01/02 15:04:05 loaded config: {Host:db.internal Port:5432 User:app Password:${pw} APIKey:${key} Timeout:30s}\n`;
    expect(found(line)).toEqual([`generic-secret-struct:${pw}`, `generic-secret-struct:${key}`]);
    expect(found(`panic: bad client &{Token:${key} Region:eu-west-1}\n`)).toContain(`generic-secret-struct:${key}`);
    expect(found(`cfg=&{AccessID:su0123 Key:${key}${key} Timeout:30s}\n`)).toContain(`generic-secret-struct:${key}${key}`);
    // A value before it may hold ":" (a listen address).
    expect(found(`DEBUG loaded config: &{Addr::8080 Region:us-east-1 Key:${key}${key} Timeout:30s Debug:true}\n`)).toContain(`generic-secret-struct:${key}${key}`);
  });

  it('leaves object literals in code, empty and nil fields, placeholders and fields after prose', () => {
    const key = `${g.chars(B62, 20)}${g.chars('0123456789', 2)}${g.chars(B62, 14)}`;
    for (const text of ['x={apiKey:e.apiKey,token:t.token};\n', 'config: {Host:db APIKey: Timeout:30s}\n', 'config: {Host:db APIKey:<nil> Timeout:30s}\n', 'cfg: {Token:${API_TOKEN} Region:eu}\n', `{ see the docs, then set Token:${key} }\n`]) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('a twenty-fifth blind grading: logins with "@", systemd and notebook lines, vendor keys in calls, XML and CSV rows', () => {
  const d = createDetector();
  const g = createSampleGen(2501);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX16 = '0123456789abcdef';
  const random = (n: number): string => `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${g.chars('abcdefghijklmnopqrstuvwxyz', 1)}${g.chars('0123456789', 1)}${g.chars(B62, n - 3)}`;
  const found = (text: string, path = 'config.txt'): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);

  it('reads a URL login that holds one raw "@" (Azure Database\'s app@server, an SMTP login)', () => {
    const pw = random(18);
    expect(found(`EMAIL_URL=smtp://postmaster@mg.acme.io:${pw}@email-smtp.us-east-1.amazonaws.com:587\n`)).toEqual([`url-credentials:${pw}`]);
    expect(found(`DATABASE_URL=postgresql://app@myserver:${pw}@myserver.postgres.database.azure.com:5432/db\n`)).toEqual([`url-credentials:${pw}`]);
    for (const text of ['see https://user@host.example.org:8080/path for details\n', 'git clone https://user@github.com/org/repo.git\n', 'mail a@b.example.org:25@x\n']) expect(found(text), text).toEqual([]);
  });

  it('reads a systemd unit\'s unquoted Environment= line and a notebook\'s %env line inside its JSON', () => {
    const key = random(32);
    expect(found(`[Service]\nEnvironment=ALCHEMY_API_KEY=${key}\nEnvironment="PORT=8080"\n`, 'deploy/api.service')).toEqual([`generic-secret-env:${key}`]);
    expect(found(`{"cells": [{"source": [\n    "%env PLIVO_AUTH_TOKEN=${key}\\n",\n    "import plivo\\n"\n]}]}\n`, 'analysis/eval.ipynb')).toEqual([`generic-secret-env:${key}`]);
  });

  it('reads a vendor key named in a call\'s first argument or an XML name attribute', () => {
    const cert = g.chars(HEX16, 32);
    expect(found(`define( 'AGORA_APP_CERTIFICATE', '${cert}' );\n`, 'wp-config.php')).toEqual([`agora-app-certificate:${cert}`]);
    expect(found(`<resources>\n  <string name="agora_app_certificate" translatable="false">${cert}</string>\n</resources>\n`, 'res/values/strings.xml')).toEqual([`agora-app-certificate:${cert}`]);
  });

  it('reads a live key in a CSV or SQL row where a column names the vendor, and not without it', () => {
    const mollie = `live_${random(30)}`;
    const gocardless = `live_${random(40)}`;
    expect(found(`id,provider,env,key,owner\n1,mollie,production,${mollie},jdoe\n`, 'exports/integrations.csv')).toEqual([`mollie-api-key:${mollie}`]);
    expect(found(`COPY public.integrations (id, provider, token) FROM stdin;\n3\tgocardless\t${gocardless}\n\\.\n`, 'pg_dump.sql')).toEqual([`gocardless-live-access-token:${gocardless}`]);
    expect(found(`1,acme,production,${mollie},jdoe\n`, 'exports/integrations.csv')).toEqual([]);
  });

  it('finds an Airtable token a line below its name (a Terraform state output)', () => {
    const pat = `pat${g.chars(B62, 14)}.${g.chars(HEX16, 64)}`;
    expect(found(`{\n  "outputs": {\n    "airtable_pat": {\n      "value": "${pat}",\n      "type": "string",\n      "sensitive": true\n    }\n  }\n}\n`, 'terraform.tfstate')).toEqual([`airtable-pat:${pat}`]);
  });

  it('reads formats from gitleaks\' rule tests: Facebook app tokens (also percent-encoded), Slack file links, Sourcegraph\'s older tokens, Sidekiq\'s gem server', () => {
    const appToken = `${g.chars('123456789', 1)}${g.chars('0123456789', 14)}|${g.chars(B62, 27)}`;
    expect(found(`facebook ${appToken}\n`)).toEqual([`facebook-app-access-token:${appToken}`]);
    const encoded = appToken.replace('|', '%7C');
    expect(found(`curl "https://graph.facebook.com/v19.0/me?access_token=${encoded}"\n`)).toEqual([`facebook-app-access-token:${encoded}`]);
    const file = `xoxe-${g.chars('0123456789', 13)}-${g.chars('0123456789', 13)}-${g.chars('0123456789', 13)}-${g.chars(HEX16, 32)}`;
    expect(found(`"url_private": "https:\\/\\/files.slack.com\\/files-pri\\/T1-F2\\/image.png?t=${file}"\n`, 'export.json')).toEqual([`slack-user-token:${file}`]);
    const sgp = `sgp_${g.chars(HEX16, 40)}`;
    expect(found(`SRC_ACCESS_TOKEN=${sgp}\n`, '.env')).toEqual([`sourcegraph-access-token:${sgp}`]);
    const login = `${g.chars(HEX16, 8)}:${g.chars(HEX16, 8)}`;
    expect(found(`source "https://${login}@gems.contribsys.com/" do\n`, 'Gemfile')).toEqual([`sidekiq-gem-server-url:${login}`]);
    expect(found(`sourcegraph_commit: ${g.chars(HEX16, 40)}\n`, 'values.yaml')).toEqual([]);
  });

  it('takes a UUID under a credential header (gitleaks\' curl cases), not under a request id or a cache key', () => {
    const hex = (n: number): string => g.chars(HEX16, n);
    const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
    expect(found(`curl -X GET -H "apikey: ${uuid}" https://api.service.test/v1/items\n`, 'run.sh')).toEqual([`generic-secret-header:${uuid}`]);
    expect(found(`curl --header 'Authorization:  ${uuid}' https://api.service.test/v1/items\n`, 'run.sh')).toEqual([`generic-secret-header:${uuid}`]);
    for (const text of [`cache.get('token:${uuid}')\n`, `curl -H 'X-Request-Id: ${uuid}' https://api.service.test\n`]) expect(found(text, 'a.js'), text).toEqual([]);
  });

  it('takes TOKEN_ID for an identifier, as KEY_ID is', () => {
    expect(isSecretKeyName('TOKEN_ID')).toBe(false);
    expect(isSecretKeyName('apiTokenIds')).toBe(false);
    expect(found(`TOKEN_ID=${random(32)}\n`, '.env')).toEqual([]);
    expect(isSecretKeyName('TOKEN')).toBe(true);
  });
});

describe('a twenty-sixth blind grading: source code idioms (C# environment fallbacks, C arrays, functions returning a literal, detect-secrets baselines)', () => {
  const d = createDetector();
  const g = createSampleGen(2601);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const random = (n: number): string => `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${g.chars('abcdefghijklmnopqrstuvwxyz', 1)}${g.chars('0123456789', 1)}${g.chars(B62, n - 3)}`;
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);

  it("reads C#'s Environment.GetEnvironmentVariable(\"X\") ?? \"…\" under the variable's name", () => {
    const key = random(40);
    expect(found(`public static class Settings\n{\n    public static string ApiKey => Environment.GetEnvironmentVariable("ACME_API_KEY") ?? "${key}";\n}\n`, 'Settings.cs')).toEqual([`generic-secret-assignment:${key}`]);
    expect(found(`var endpoint = Environment.GetEnvironmentVariable("ACME_ENDPOINT") ?? "${random(40)}";\n`, 'Program.cs')).toEqual([]);
  });

  it('reads a C or C++ array of char under a secret\'s name', () => {
    const key = random(40);
    expect(found(`namespace {\nconstexpr char kAcmeApiKey[] = "${key}";\n}  // namespace\n`, 'client.cc')).toEqual([`generic-secret-assignment:${key}`]);
    expect(found(`static const char kDefaultLocale[] = "${random(40)}";\n`, 'client.cc')).toEqual([]);
  });

  it("leaves a detect-secrets baseline's hashed_secret (a SHA-1 of the secret)", () => {
    const sha1 = g.chars('0123456789abcdef', 40);
    expect(found(`{\n  "results": {\n    "config/settings.py": [\n      {\n        "type": "Secret Keyword",\n        "filename": "config/settings.py",\n        "hashed_secret": "${sha1}",\n        "is_verified": false,\n        "line_number": 12\n      }\n    ]\n  }\n}\n`, '.secrets.baseline')).toEqual([]);
    expect(isSecretKeyName('hashed_secret')).toBe(false);
    expect(isSecretKeyName('client_secret')).toBe(true);
  });

  it('reads a pytest fixture, a method and a getter that take nothing and return a literal', () => {
    const key = random(32);
    expect(found(`import pytest\n\n@pytest.fixture\ndef acme_api_key():\n    return "${key}"\n`, 'tests/conftest.py')).toEqual([`generic-secret-assignment:${key}`]);
    expect(found(`class Settings:\n    def api_token(self) -> str:\n        return "${key}"\n`, 'settings.py')).toEqual([`generic-secret-assignment:${key}`]);
    expect(found(`export class Config {\n  get apiToken(): string { return '${key}'; }\n}\n`, 'config.ts')).toEqual([`generic-secret-assignment:${key}`]);
  });

  it('leaves a function with parameters, one returning a header name, and a Rust fallback still reads', () => {
    const key = random(32);
    for (const text of [`def api_key(name):\n    return "${key}"\n`, 'def api_key_header():\n    return "X-Api-Key"\n', `def api_key():\n    return os.environ["ACME_API_KEY"]\n`]) expect(found(text, 'a.py'), text).toEqual([]);
    expect(found(`let key = env::var("ACME_API_KEY").unwrap_or_else(|_| "${key}".to_string());\n`, 'main.rs')).toEqual([`generic-secret-assignment:${key}`]);
  });
});

describe('a twenty-seventh blind grading: files as teams commit them (CSV exports, punctuated secrets, KEY constants, ciphertext in password fields)', () => {
  const d = createDetector();
  const g = createSampleGen(2701);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  // A person's password: letters of both cases, digits and punctuation.
  const password = (): string => `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}%${g.chars('0123456789', 2)}${g.chars(B62, 5)}!`;

  it("reads a CSV export's column whose header is a single secret word", () => {
    const pw = password();
    expect(found(`service,owner,secret,rotated_at\npostgres,team-platform,${pw},2024-09-14\n`, 'secrets-export.csv')).toEqual([`generic-secret-assignment:${pw}`]);
    // A Django key's punctuation (`&`, `)`) in a cell is a string's, not a shell's.
    const django = `w2)${g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 44)}&k_9`;
    expect(found(`service,owner,secret,rotated_at\ndjango-secret-key,team-platform,${django},2024-09-14\n`, 'secrets-export.csv')).toEqual([`generic-secret-assignment:${django}`]);
    // A CSV of documentation (a column's description) and a column of ids stay quiet.
    expect(found('name,type,description\ntoken,string,The access token for the API\npassword,string,The user password\n', 'fields.csv')).toEqual([]);
    expect(found(`id,token,created\n1,${'x'.repeat(24)},2024-01-01\n`, 'rows.csv')).toEqual([]);
  });

  it("reads machine-made secrets with punctuation under a secret's name", () => {
    // A Django key's alphabet, 50 characters, under a token's name; an OCI auth token's 20 under a secret's.
    const django = g.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50).replace(/^/, 'q6%').slice(0, 50);
    const oci = `${g.chars(B62, 4)}:${g.chars(B62, 5)}(${g.chars(B62, 5)};${g.chars('0123456789', 2)}${g.chars(B62, 2)}`;
    expect(found(`[integrations]\ntoken = "${django}"\n`, 'settings.toml')).toEqual([`generic-secret-assignment:${django}`]);
    expect(found(`const secret = '${oci}';\n`, 'oci.js')).toEqual([`generic-secret-assignment:${oci}`]);
  });

  it('leaves format strings, expressions and prose with punctuation under those names', () => {
    for (const text of ["token = '%(asctime)s:%(levelname)s:%(message)s'\n", "  secret: 'as-[A-Za-z0-9]{22}',\n", "const clientSecret = '[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{44}';\n", 'const secret = "Please-enter-your-secret-here!";\n', "secret: '${{ secrets.DEPLOY_SECRET }}'\n", 'token = "Bearer ${access_token}:refresh"\n', "const secret = '(?<user>[a-z]+):(?<pass>[^@]+)@';\n", `headers: {\n  'Lock-Token': 'urn:uuid:${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}'\n}\n`, `TEST_ENCRYPTION_KEY_S3 = b'${Buffer.from('12345678901234567890123456789012').toString('base64')}'\n`, 'fetch(status=200,\n    imdsv2_session_token_data=self.AWS_IMDSV2_SESSION_TOKEN,\n)\n']) expect(found(text, 'settings.py'), text).toEqual([]);
    // A query string under a secret's name is settings, not one value (from the labelled corpus).
    for (const text of ['GENERIC_SECRET_QUERY_PARAM=?sort=updated&tokenizer=standard-analyzer-v2\n', 'SERVICE_SECRET=?key=cache-control-max-age&v=2\n']) expect(found(text, '.env'), text).toEqual([]);
    // A CSV cell cut at a connection string's comma: a setting and a host, not a secret.
    expect(found('id,service,token,owner\n1,sql_server,Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=Orders,ops@acme.test\n', 'integrations.csv')).toEqual([]);
  });

  it('reads 32 or more hex under a setting named KEY in capitals, not under a lower-case key or a constant in code', () => {
    const hex = g.chars(HEX, 40);
    expect(found(`export KEY=${hex}\n`, '.bash_history')).toEqual([`generic-secret-env:${hex}`]);
    expect(found(`jobs:\n  deploy:\n    env:\n      KEY: ${hex}\n`, '.github/workflows/deploy.yml')).toEqual([`generic-secret-env:${hex}`]);
    // An HMAC test's known-answer vector.
    expect(found(`private static final String KEY = "${hex}";\nprivate static final String DATA = "Hi There";\n`, 'HmacTest.java')).toEqual([]);
    expect(found(`key=${hex}\n`, 'gradle.properties')).toEqual([]);
    expect(found(`{"key": "${hex}", "size": 1024}\n`, 'cache.json')).toEqual([]);
  });

  it('leaves a Jasypt or SOPS ciphertext and a bcrypt hash where a .netrc or NuGet.Config password goes', () => {
    expect(found(`machine repo.acme.test\n  login ci\n  password ENC(${g.chars(`${B62}+/`, 44)})\n`, '.netrc')).toEqual([]);
    expect(found(`<packageSourceCredentials><Feed><add key="Username" value="ci" /><add key="ClearTextPassword" value="ENC[AES256_GCM,data:${g.chars(`${B62}+/`, 24)},iv:${g.chars(`${B62}+/`, 43)}=,tag:${g.chars(`${B62}+/`, 22)}==,type:str]" /></Feed></packageSourceCredentials>\n`, 'NuGet.Config')).toEqual([]);
    expect(found(`<add key="Password" value="$2a$10$${g.chars(`${B62}./`, 53)}" />\n`, 'Web.config')).toEqual([]);
    // A password in the clear is still reported.
    const pw = password();
    expect(found(`machine repo.acme.test\n  login ci\n  password ${pw}\n`, '.netrc')).toEqual([`netrc-password:${pw}`]);
  });

  it('reads a key-shaped .netrc login (the key as the Basic user), not a user name or an e-mail address', () => {
    const uuid = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-8${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    expect(found(`machine api.company-information.service.gov.uk\n  login ${uuid}\n  password ""\n`, '.netrc')).toEqual([`netrc-login-key:${uuid}`]);
    const hex = g.chars(HEX, 32);
    expect(found(`machine api.acme.test login ${hex}\n`, '.netrc')).toEqual([`netrc-login-key:${hex}`]);
    expect(found('machine api.heroku.com\n  login deploy-bot-production-eu@acme.test\n  password $HEROKU_API_KEY\n', '.netrc')).toEqual([]);
    expect(found('machine git.acme.test login continuous-integration-runner password $NETRC_PASSWORD\n', '.netrc')).toEqual([]);
  });

  it("reads a Vonage API secret of letters only under Vonage's and Nexmo's names", () => {
    const secret = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16);
    expect(found(`VONAGE_API_KEY=${g.chars(HEX, 8)}\nVONAGE_API_SECRET=${secret}\n`, '.env')).toEqual([`vonage-api-secret:${secret}`]);
    expect(found(`const nexmoApiSecret: string = '${secret}';\n`, 'sms.ts')).toEqual([`vonage-api-secret:${secret}`]);
  });
});

describe('a twenty-eighth blind grading: secrets in operational artefacts (logs with colours, journald, terraform show, Sentry events, Java header dumps)', () => {
  const d = createDetector();
  const g = createSampleGen(2801);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  const ESC = '\u001b';

  it('reads a setting named in a log line with where it was read from, in colour or not', () => {
    const value = g.chars(B62, 40);
    expect(found(`2024-05-16T09:27:58.713Z WARN [auth] AWS_SECRET_ACCESS_KEY taken from .env.local: ${value}\n`, 'logs/dev.log')).toEqual([`generic-secret-label:${value}`]);
    const coloured = `${ESC}[2m2024-05-16T09:27:58.713Z${ESC}[0m ${ESC}[33mWARN${ESC}[0m ${ESC}[35m[auth]${ESC}[0m SHODAN_API_KEY taken from .env.local: ${ESC}[1m${value}${ESC}[22m\n`;
    expect(found(coloured, 'logs/dev-server.log')).toEqual([`generic-secret-label:${value}`]);
    // A personal access token's name in capitals (`_PAT`) is a label too.
    const pat = g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 52);
    expect(found(`AZURE_DEVOPS_EXT_PAT loaded from vault: ${pat}\n`, 'logs/ci.log')).toEqual([`generic-secret-label:${pat}`]);
    expect(found('CACHE_KEY taken from .env.local: users-by-email-and-tenant\n', 'logs/dev.log')).toEqual([]);
  });

  it("reads a kebab-case setting's quoted value in a service's journal line", () => {
    const hex = g.chars(HEX, 37);
    expect(found(`May  1 09:18:45 web-03 acme-api[11802]: 2024/05/01 10:11:12 using cloudflare-api-key "${hex}"\n`, 'journal.txt')).toEqual([`generic-secret-label:${hex}`]);
    const pw = `${g.chars(B62, 8)}!${g.chars(B62, 8)}`;
    expect(found(`"text": "try this one for DB_PASSWORD \`${pw}\` (will rotate after)",\n`, 'slack-export/oncall.json')).toEqual([`generic-secret-label:${pw}`]);
    // A statement's keyword with its quoted argument (SQL's PASSWORD '…') stays the other rules' to read.
    expect(found(`using api-key "your-api-key-here"\nusing session-token "${'x'.repeat(32)}"\n`, 'journal.txt')).toEqual([]);
  });

  it("judges terraform show's plaintext_value under the secret's own name", () => {
    const block = (name: string, value: string): string => `# github_actions_secret.${name.toLowerCase()}:\nresource "github_actions_secret" "${name.toLowerCase()}" {\n    created_at      = "2024-10-23T01:18:32.172Z"\n    id              = "api:${name}"\n    plaintext_value = "${value}"\n    repository      = "api"\n    secret_name     = "${name}"\n}\n`;
    const token = uuid();
    expect(found(block('CODECOV_TOKEN', token), 'terraform-show.txt')).toEqual([`generic-secret-assignment:${token}`]);
    const random = g.chars(B62, 48);
    expect(found(block('HASURA_GRAPHQL_ADMIN_SECRET', random), 'terraform-show.txt')).toEqual([`generic-secret-assignment:${random}`]);
    // A pod's UID, a commit, an image digest kept as Actions secrets are named for what they are.
    expect(found(block('POD_UID', uuid()), 'terraform-show.txt')).toEqual([]);
    expect(found(block('RELEASE_SHA', g.chars(HEX, 40)), 'terraform-show.txt')).toEqual([]);
    // With no name beside it, plaintext_value is a secret's value itself.
    expect(found(`plaintext_value = "${random}"\n`, 'main.tf')).toEqual([`generic-secret-assignment:${random}`]);
  });

  it('reads a quoted name and value paired in brackets (Sentry headers, Python tuples) and a Spring header dump', () => {
    const value = g.chars(B62, 40);
    expect(found(`{"request":{"method":"POST","headers":[["Content-Type","application/json"],["X-API-Key","${value}"]]}}\n`, 'sentry/event.json')).toEqual([`generic-secret-pair:${value}`]);
    // (A call's first and second argument read as a pair too: either rule may report it.)
    expect(found(`headers = [("Accept", "application/json"), ("X-Api-Key", "${value}")]\n`, 'client.py')).toEqual([expect.stringMatching(new RegExp(`^generic-secret-(?:pair|assignment):${value}$`))]);
    const hex = g.chars(HEX, 32);
    expect(found(`\trequest headers: {Accept=[application/json], X-Rollbar-Access-Token=[${hex}]}\n`, 'logs/catalina.out')).toEqual([`generic-secret-inline:${hex}`]);
    for (const text of ["const names = ['api_key', 'access_token'];\n", '("X-Api-Key", "${API_KEY}")\n', "['token', 'refresh_token', 'id_token']\n", '["Authorization", "your-token-here"]\n']) expect(found(text, 'client.py'), text).toEqual([]);
  });

  it('reads Apple app-specific passwords, Cypress record keys, Riot API keys and an Azure storage key under a Spring name', () => {
    const asp = `${g.chars(LOWER, 4)}-${g.chars(LOWER, 4)}-${g.chars(LOWER, 4)}-${g.chars(LOWER, 4)}`;
    expect(found(`export FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=${asp}\n`, '.bash_history')).toEqual([`apple-app-specific-password:${asp}`]);
    expect(found(`  fastlaneAppleApplicationSpecificPassword: '${asp}',\n`, 'logs/pm2-error.log')).toEqual([`apple-app-specific-password:${asp}`]);
    const record = uuid();
    expect(found(`            "Env": [\n                "CYPRESS_RECORD_KEY=${record}",\n`, 'docker-inspect.json')).toEqual([`cypress-record-key:${record}`]);
    const riot = `RGAPI-${uuid()}`;
    expect(found(`const riot = new RiotApi({ key: process.env.RIOT ?? "${riot}" });\n`, 'lol.ts')).toEqual([`riot-games-api-key:${riot}`]);
    const azure = `${g.chars(`${B62}+/`, 86)}==`;
    expect(found(`BeanCreationException: credential rejected (azure.storage.key=${azure})\n`, 'logs/catalina.out')).toEqual([`azure-storage-account-key:${azure}`]);
  });

  it('leaves masked values in Basic headers and base64 data, publishable keys as bearer tokens, cache keys and instrumentation keys', () => {
    for (const text of [
      `DEBUG http.wire >> "Authorization: Basic ${b64('deploy-bot:[MASKED]')}[\\r][\\n]"\n`,
      `DEBUG http.wire >> "Authorization: Basic ${b64(`deploy-bot:${g.chars(B62, 4)}\u2026${g.chars(B62, 4)}`)}[\\r][\\n]"\n`,
      `data:\n  gh-token: ${b64(`ghp_\u2026${g.chars(B62, 4)}`)}\n`,
      `> authorization: Bearer pk_live_${g.chars(B62, 99)}\n`,
      `"GET /v1/users/me?page=1&key=node-cache-Linux-x64-npm-${g.chars(HEX, 64)} HTTP/1.1" 401\n`,
      `APPLICATIONINSIGHTS_CONNECTION_STRING:  InstrumentationKey=${uuid()};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/\n`,
    ]) expect(found(text, 'logs/app.log'), text).toEqual([]);
    // A password in the clear in the same header is reported.
    const login = b64(`deploy-bot:${g.chars(B62, 20)}`);
    expect(found(`Authorization: Basic ${login}\n`, 'logs/app.log')).toEqual([`authorization-basic:${login}`]);
  });
});

describe('a twenty-ninth blind grading: mobile apps and frontend build output (public client keys, dart-define, framework public prefixes)', () => {
  const d = createDetector();
  const g = createSampleGen(2901);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const aiza = (): string => `AIza${g.chars(`${B62}_-`, 35)}`;

  it("leaves Google keys an app ships by design: GoogleService-Info.plist, a Maps key in the manifest, a Firebase-named setting", () => {
    expect(found(`<plist version="1.0">\n<dict>\n\t<key>API_KEY</key>\n\t<string>${aiza()}</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>${g.chars('0123456789', 12)}</string>\n\t<key>GOOGLE_APP_ID</key>\n\t<string>1:${g.chars('0123456789', 12)}:ios:${g.chars(HEX, 16)}</string>\n</dict>\n</plist>\n`, 'ios/Runner/GoogleService-Info.plist')).toEqual([]);
    expect(found(`<application>\n    <meta-data android:name="com.google.android.geo.API_KEY" android:value="${aiza()}" />\n</application>\n`, 'app/src/main/AndroidManifest.xml')).toEqual([]);
    expect(found(`NSString * const kFirebaseApiKey = @"${aiza()}";\n`, 'ios/App/Constants.m')).toEqual([]);
    expect(found(`EXPO_PUBLIC_FIREBASE_API_KEY=${aiza()}\n`, '.env')).toEqual([]);
    // A Google key under a name of no such kind is still reported, as is one in a plist without Firebase's keys.
    const key = aiza();
    expect(found(`GOOGLE_TRANSLATE_API_KEY=${key}\n`, '.env')).toEqual([`gcp-api-key:${key}`]);
    expect(found(`<dict>\n\t<key>API_KEY</key>\n\t<string>${key}</string>\n</dict>\n`, 'ios/App/Info.plist')).toEqual([`gcp-api-key:${key}`]);
  });

  it("leaves mobile SDKs' public keys and public halves of vendor pairs", () => {
    for (const text of [
      `export const rcAppleKey = "appl_${g.chars(B62, 27)}";\n`,
      `BRANCH_KEY = key_live_${g.chars(B62, 32)}\n`,
      `static let ldMobileKey = "mob-${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}"\n`,
      `  intercomIosApiKey: "ios_sdk-${g.chars(HEX, 40)}",\n`,
      `  newRelicAppToken: 'AA${g.chars(HEX, 38)}-NRMA',\n`,
      `static const String storefrontToken = '${g.chars(HEX, 32)}';\n`,
      `const FACEBOOK_CLIENT_TOKEN = "${g.chars(HEX, 32)}";\n`,
      `NSString * const kMixpanelToken = @"${g.chars(HEX, 32)}";\n`,
      `const MIXPANEL_PROJECT_TOKEN = "${g.chars(HEX, 32)}";\n`,
      `export const AMPLITUDE_API_KEY = '${g.chars(HEX, 32)}';\n`,
      `export const pusherKey = "${g.chars(HEX, 20)}";\n`,
      `{"appsflyerDevKey":"${g.chars(B62, 22)}"}\n`,
    ]) expect(found(text, 'src/config.ts'), text).toEqual([]);
    // Their secret halves are reported.
    const amplitude = g.chars(HEX, 32);
    expect(found(`AMPLITUDE_SECRET_KEY=${amplitude}\n`, '.env')).toEqual([`amplitude-secret-key:${amplitude}`]);
    const fb = g.chars(HEX, 32);
    expect(found(`FACEBOOK_APP_SECRET=${fb}\n`, '.env')).toEqual([`facebook-app-secret:${fb}`]);
    const upload = g.chars(HEX, 20);
    expect(found(`    const val UPLOADCARE_SECRET_KEY = "${upload}"\n`, 'Keys.kt')).toEqual([`uploadcare-secret-key:${upload}`]);
  });

  it('reads a secret under a framework public prefix, dart-define arguments in a launch.json, and page tokens by their name', () => {
    const secret = g.chars(B62, 32);
    expect(found(`EXPO_PUBLIC_ZOOM_CLIENT_SECRET=${secret}\n`, '.env.local')).toEqual([`generic-secret-env:${secret}`]);
    const signing = g.chars(HEX, 32);
    expect(found(`      "args": ["--dart-define=SLACK_SIGNING_SECRET=${signing}", "--flavor", "prod"]\n`, '.vscode/launch.json')).toEqual([`generic-secret-inline:${signing}`]);
    const page = `EAA${g.chars(B62, 160)}`;
    expect(found(`  fbPageToken: ${page}\n`, 'Assets/Resources/ServiceSettings.asset')).toEqual([`facebook-access-token:${page}`]);
  });
});

describe('a thirtieth blind grading: documentation and communication (emails, wikis, chat, pasted text)', () => {
  const d = createDetector();
  const g = createSampleGen(3001);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const ghp = (): string => catalog.find((r) => r.id === 'github-pat-classic')!.sample(g);

  it("decodes a quoted-printable email's whole body, where a soft line break cuts a token with no =3D near it", () => {
    const value = g.chars(B62, 40);
    const line = `Salut, voici la cl=C3=A9 pour la prod ci-dessous: SERVICE_API_SECRET: ${value}`;
    const wrapped = `${line.slice(0, 70)}=\r\n${line.slice(70)}`;
    const eml = `From: ops@example.test\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nBonjour,\r\n\r\n${wrapped}\r\n\r\nMerci\r\n`;
    expect(found(eml, 'mail.eml').map((f) => f.split(':').slice(1).join(':'))).toEqual([value]);
  });

  it('reads through zero-width spaces and word joiners a paste left inside a token or beside it', () => {
    const token = ghp();
    expect(found(`the GitHub token is ${token.slice(0, 12)}\u200b${token.slice(12)} (rotate tomorrow)\n`, 'notes.md').map((f) => f.split(':')[0])).toEqual(['github-pat-classic']);
    const hex = g.chars(HEX, 32);
    expect(found(`ROLLBAR_ACCESS_TOKEN=\u200b${hex}\u2060\n`, 'notes.md').map((f) => f.split(':')[0])).toEqual([expect.stringMatching(/^(?:rollbar|generic)/)]);
    // A byte order mark that starts a file is no paste's, and a zero-width space in prose is nothing.
    expect(found('\ufeffHello\u200bworld, nothing to see here.\n', 'notes.md')).toEqual([]);
  });

  it('reads a label\'s value after a no-break space, in typographic quotes, or in a styled <code>', () => {
    const value = g.chars(B62, 40);
    expect(found(`Hetzner Cloud token:\u00a0${value} (prod)\n`, 'notes.txt')).toEqual([`generic-secret-label:${value}`]);
    expect(found(`Set COINBASE_API_SECRET to \u201c${value}\u201d and restart the worker.\n`, 'runbook.md')).toEqual([`generic-secret-label:${value}`]);
    expect(found(`<p>Service API secret: <code style="font-family:monospace">${value}</code></p>\n`, 'mail.html')).toEqual([`generic-secret-label:${value}`]);
  });

  it("reads a MediaWiki table's row, whose cells are split by ||", () => {
    const value = g.chars(B62, 40);
    expect(found(`{| class="wikitable"\n|-\n| Service API key || <code>${value}</code> || see [[OPS-411]]\n|}\n`, 'Ops.wiki')).toEqual([`generic-secret-table:${value}`]);
    expect(found('{| class="wikitable"\n|-\n| API key || string || The key used by the client\n|}\n', 'Ops.wiki')).toEqual([]);
  });

  it('joins a line cut by hyphenation inside a token, with or without the hyphen it kept', () => {
    const token = ghp();
    const cut = 20;
    expect(found(`rotated today, use the GitHub token ${token.slice(0, cut)}-\n${token.slice(cut)} for now\n`, 'notes.txt').map((f) => f.split(':')[0])).toEqual(['github-pat-classic']);
    // A token whose own hyphen ends the line (Slack's) reads whole without a second one.
    const slack = catalog.find((r) => r.id === 'slack-bot-token')!.sample(g);
    const dash = slack.indexOf('-', 6);
    expect(found(`bot token: ${slack.slice(0, dash + 1)}\n${slack.slice(dash + 1)}\n`, 'notes.txt').map((f) => f.split(':')[0])).toEqual(['slack-bot-token']);
    // Prose hyphenation stays quiet.
    expect(found('This is a well-\nknown limitation of the non-\nblocking client.\n', 'notes.txt')).toEqual([]);
  });

  it("reads an inventory table's value a cell or two after its name, and a chat message's label whose value ends the sentence", () => {
    const value = g.chars(B62, 32);
    expect(found(`| secret | env | value | owner |\n| --- | --- | --- | --- |\n| Service API token | prod | \`${value}\` | @bob |\n`, 'docs/inventory.md')).toEqual([`generic-secret-table:${value}`]);
    // A documentation table's type column and example stay quiet.
    expect(found('| option | type | example |\n| --- | --- | --- |\n| apiToken | string | `your-api-token` |\n| timeout | number | `30` |\n', 'docs/options.md')).toEqual([]);
    expect(found(`{"text": "the service API token is ${value}.", "user": "U123"}\n`, 'slack.json')).toEqual([`generic-secret-label:${value}`]);
    expect(found(`{"content": "<p>the service API token is ${value}.</p>"}\n`, 'teams.json')).toEqual([`generic-secret-label:${value}`]);
  });

  it("reads a label whose name's last word is joined to another (NGROK_AUTHTOKEN) or is an upper-case PAT, and an ApiKey header's base64 before a full stop", () => {
    const value = g.chars(B62, 40);
    expect(found(`Set NGROK_AUTHTOKEN to \u201c${value}\u201d and restart the worker.\n`, 'runbook.md')).toEqual([`generic-secret-label:${value}`]);
    expect(found(`the OPENAI_APIKEY is ${value}.\n`, 'notes.md')).toEqual([`generic-secret-label:${value}`]);
    const pat = g.chars('abcdefghijklmnopqrstuvwxyz234567', 52);
    // (Its own rule reports it: the 52-character format near Azure DevOps's name.)
    expect(found(`<p>Azure DevOps PAT: <code style="font-family:monospace">${pat}</code></p>\n`, 'mail.html')).toEqual([`azure-devops-pat-legacy:${pat}`]);
    const encoded = btoa(`${g.chars(B62, 20)}:${g.chars(B62, 22)}`);
    expect(encoded.endsWith('=')).toBe(true);
    expect(found(`the Elasticsearch API key is Authorization: ApiKey ${encoded}.\n`, 'issue.md')).toEqual([`elasticsearch-api-key-header:${encoded}`]);
    // A name that only ends in such letters stays a word of prose, and so does a PAT that is one.
    expect(found(`Set the PAT: ${g.chars('abcdefghijklmnopqrstuvwxyz', 20)}\n`, 'notes.md')).toEqual([]);
  });

  it("reads rclone's `pass =` and a bare password that ends in a \"$\" starting no expansion", () => {
    const obscured = g.chars(B62, 28);
    expect(found(`[nas]\ntype = sftp\nhost = nas.home.lan\nuser = lena.f\npass = ${obscured}\n`, '.config/rclone/rclone.conf')).toEqual([`generic-secret-env:${obscured}`]);
    const password = `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}${g.chars('0123456789', 4)}$`;
    expect(found(`APP_ENV=local\r\nDB_PASSWORD=${password}\r\nMAIL_PORT=587\r\n`, '.env')).toEqual([`generic-secret-env:${password}`]);
    expect(found(`export DB_PASSWORD=${password}\n`, '.bash_history')).toEqual([`generic-secret-env:${password}`]);
    // Expansions and references stay quiet: a variable, a positional parameter, braces, a command, compose's "$$".
    for (const value of ['$DB_PASS', 'Qwerty$1', '${DB_PASSWORD}', '$(cat /run/secrets/db)', 'abc$$DB_PASS', `${password.slice(0, 8)}$HOME`]) expect(found(`DB_PASSWORD=${value}\n`, '.env'), value).toEqual([]);
    expect(found('[defaults]\nbypass = true\ncompass = north-north-west\n', 'app.ini')).toEqual([]);
  });
});

describe('a thirty-second blind grading: international teams (labels and names in other languages than English)', () => {
  const d = createDetector();
  const g = createSampleGen(3201);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const password = (): string => `${g.chars(B62, 5)}7!${g.chars(B62, 7)}`;

  it('reads a password under a label in another language, or a transliterated one, capitals too', () => {
    // (By the label rule, or by a generic one where the name is a password's in that language.)
    const secretOf = (text: string, path: string): string[] => found(text, path).map((f) => f.slice(f.indexOf(':') + 1));
    for (const label of ['Passwort: ', 'mot de passe : ', 'contraseña: ', 'CONTRASEÑA: ', '- **senha**: ', 'SIFRE: ', 'kata sandi: ', 'jelszó: ']) {
      const value = password();
      expect(secretOf(`${label}${value}\n`, 'notes.md'), label).toEqual([value]);
    }
    const value = password();
    expect(found(`"BIMILBEONHO" = "${value}";\n`, 'ko.lproj/Localizable.strings')).toEqual([`generic-secret-label-intl:${value}`]);
    expect(secretOf(`mot_de_passe = "${value}"\n`, 'settings.py')).toEqual([value]);
    expect(secretOf(`    <string name="parol" translatable="false">${value}</string>\n`, 'res/values-ru/strings.xml')).toEqual([value]);
  });

  it("reads a secret's, a token's or an API key's random value, joined into identifiers, in a gettext entry", () => {
    const cases: [string, string][] = [
      ['API-sleutel: ', 'notes.md'],
      ['[10:54] Mathieu: cle_api (Weixin) : ', 'chat.log'],
      ['QINIU_GEHEIMNIS = ', 'config.ini'],
      ['kakao_api_kunji = ', 'config.ini'],
      ['huaweiyunGeheimeSleutel: ', 'config.yml'],
      ["jeton d'accès : ", 'mail.txt'],
      ['IYZICO_KHOA_BI_MAT = ', 'config.env'],
      ['\tiyzicoMiYao = ', 'main.go'],
      ['- **token akses**: ', 'notes.md'],
      ["define('TWILIO_SEKRETNYI_KLYUCH', ", 'config.php'],
    ];
    for (const [label, path] of cases) {
      const value = g.chars(B62, 40);
      expect(found(`${label}${value}\n`, path), label).toEqual([`generic-secret-label-intl:${value}`]);
    }
    const value = g.chars(B62, 40);
    expect(found(`msgid "Geheimer Schluessel"\nmsgstr "${value}"\n`, 'locale/de.po')).toEqual([`generic-secret-label-intl:${value}`]);
  });

  it('stays quiet on translated placeholders, references, prose and a map key that is only a key', () => {
    for (const text of ['Passwort: <Ihr Passwort>', 'mot de passe : votre_mot_de_passe', 'senha: ${DB_PASSWORD}', 'contraseña: contacte al administrador', 'clave API: tu-clave-api-aqui', 'La parole est à la défense: merci beaucoup', 'jeton: 12345678', 'const keyMap = { clave: "nombre_de_usuario_largo" };', `const cache = { chave: "${g.chars(B62, 32)}" };`, 'msgid "Passwort"\nmsgstr "Kennwort"\n']) {
      expect(found(`${text}\n`, 'notes.md'), text).toEqual([]);
    }
  });

  it('reads labels in their own scripts, capitals and words run together too, and names with diacritics', () => {
    const passwords: [string, string][] = [
      ['Пароль: ', 'notes.md'],
      ['ПАРОЛЬ БАЗЫ ДАННЫХ: ', 'notes.md'],
      ['数据库密码：', 'README.zh.md'],
      ['パスワード：', 'README.ja.md'],
      ['관리자 비밀번호: ', 'notes.md'],
      ['סיסמה: ', 'notes.md'],
      ['كلمة المرور: ', 'notes.md'],
      ['पासवर्ड: ', 'notes.md'],
      ['ΚΩΔΙΚΌΣ: ', 'notes.md'],
      ['รหัสผ่าน: ', 'notes.md'],
      ['const hasło = "', 'db.js'],
      ["şifre = '", 'db.py'],
      ['  mậtKhẩu_smtp: "', 'config.ts'],
    ];
    for (const [label, path] of passwords) {
      const value = password();
      const close = label.endsWith('"') ? '";' : label.endsWith("'") ? "'" : '';
      expect(found(`${label}${value}${close}\n`, path), label).toEqual([`generic-secret-label-intl:${value}`]);
    }
    const secrets: [string, string][] = [
      ['阿里云密钥：', 'notes.md'],
      ['API キー: ', 'notes.md'],
      ['시크릿: ', 'notes.md'],
      ['Токен доступа: ', 'notes.md'],
      ['mi.yao=', 'app.properties'],
      ["clé secrète (Weixin) : ", 'chat.log'],
      ['token dostępu (Pagseguro): ', 'mail.txt'],
    ];
    for (const [label, path] of secrets) {
      const value = g.chars(B62, 40);
      expect(found(`${label}${value}\n`, path), label).toEqual([`generic-secret-label-intl:${value}`]);
    }
  });

  it("reads a table's value beside its label (MediaWiki's ||, Markdown's |, a name cell between) and a quoted value with parentheses", () => {
    const value = g.chars(B62, 40);
    expect(found(`{| class="wikitable"\n| Line Geheimer Schlüssel || LINE_GEHEIMNIS || ${value}\n|}\n`, 'wiki.txt')).toEqual([`generic-secret-label-intl:${value}`]);
    expect(found(`| 存取權杖 | ${value} |\n`, 'README.md')).toEqual([`generic-secret-label-intl:${value}`]);
    const django = `${g.chars(B62, 20)}(${g.chars(B62, 9)})*^${g.chars(B62, 18)}`;
    expect(found(`DJANGO_CHIAVE_SEGRETA = "${django}"\n`, 'settings.py')).toEqual([`generic-secret-label-intl:${django}`]);
  });

  it('stays quiet on placeholders and prose in other scripts, on table headers, and on letters that only look like a word', () => {
    // English names that start with a word's letters (secretA…, secretE…, hasLo…) and code after them.
    for (const text of ['  secretEnv = _messages.StringField(12)', '  secretAccessKey = _messages.StringField(2)', '  const { logger, hasLogger } = createPinoLogger(options)', `  secretArn = "${g.chars(B62, 32)}"`]) {
      expect(found(`${text}\n`, 'messages.py').filter((f) => f.startsWith('generic-secret-label-intl')), text).toEqual([]);
    }
    for (const text of ['Пароль: <ваш пароль>', '密码：请联系管理员获取', 'パスワード：********', '| Passwort | Das Passwort des Benutzers |', '| 비밀번호 | 설명 |', `Пороль: ${password()}`, `秘码：${password()}`, 'ключ: значение_по_умолчанию']) {
      expect(found(`${text}\n`, 'notes.md'), text).toEqual([]);
    }
  });
});

describe('a thirty-third blind grading: AI and LLM tooling (MCP server configs, aider, SDK calls, httpx logs, flow exports)', () => {
  const d = createDetector();
  const g = createSampleGen(3301);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const key = (): string => `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${g.chars('abcdefghijklmnopqrstuvwxyz', 1)}7${g.chars(B62, 29)}`;
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;

  it("reads a secret option's value as the next argument of a list: an MCP server's args, one per line, a YAML list", () => {
    const value = key();
    expect(found(`{"mcpServers":{"mistral":{"command":"npx","args":["-y","@acme/mistral-mcp","--api-key","${value}"]}}}\n`, 'claude_desktop_config.json')).toEqual([`generic-secret-flag:${value}`]);
    expect(found(`{\n  "args": [\n    "--api-key",\n    "${value}"\n  ]\n}\n`, '.cursor/mcp.json')).toEqual([`generic-secret-flag:${value}`]);
    expect(found(`args = ["--token", "${value}"]\n`, 'config.toml')).toEqual([`generic-secret-flag:${value}`]);
    expect(found(`        args:\n          - --api-key\n          - ${value}\n`, 'deploy.yaml')).toEqual([`generic-secret-flag:${value}`]);
    expect(found(`aider --api-key mistral=${value}\n`, 'notes.sh')).toEqual([`generic-secret-flag:${value}`]);
  });

  it("reads each item of a YAML list under a secret's name, aider's provider=key items too", () => {
    const [a, b] = [key(), key()];
    expect(found(`model: sonnet\napi-key:\n  - mistral=${a}\n  - deepseek=${b}\n`, '.aider.conf.yml')).toEqual([`generic-secret-list:${a}`, `generic-secret-list:${b}`]);
    expect(found(`api_keys:\n  - "${a}"\n`, 'config.yml')).toEqual([`generic-secret-list:${a}`]);
    expect(found(`"api_keys":\n  - "${b}"\n`, 'config.yml')).toEqual([`generic-secret-list:${b}`]);
  });

  it("reads a header pair written as Python bytes (an httpx debug log) and an Authorization scheme's id:secret key", () => {
    const value = g.chars(HEX, 32);
    expect(found(`DEBUG send_request_headers.started request=<Request [b'POST']> headers=[(b'api-key', b'${value}'), (b'user-agent', b'python-httpx/0.28.1')]\n`, 'agent.log')).toEqual([`generic-secret-pair:${value}`]);
    const token = g.chars(HEX, 40);
    expect(found(`headers=[(b'authorization', b'Token ${token}')]\n`, 'agent.log')).toEqual([`authorization-token:${token}`]);
    const fal = `${uuid()}:${g.chars(HEX, 32)}`;
    expect(found(`curl -H "Authorization: Key ${fal}" https://queue.example.test/v1\n`, 'README.md')).toEqual([`authorization-token:${fal}`]);
  });

  it("reads a call's keyword argument named key (a client's constructor), not a JSX element's key", () => {
    const value = `sk-${key()}${g.chars(B62, 16)}`;
    expect(found(`client = StabilityClient(\n    key="${value}",\n)\n`, 'gen.py')).toEqual([`openai-compatible-api-key:${value}`]);
    const other = `${key()}${g.chars(B62, 8)}`;
    expect(found(`client = Acme.Client(endpoint, key="${other}")\n`, 'gen.py')).toEqual([`generic-secret-assignment:${other}`]);
    expect(found(`return <Row key="${other}" />;\n`, 'List.tsx')).toEqual([]);
  });

  it("finds fal's id:secret key near fal's name, and the prefixes of Browserbase, Voyage AI, Fireworks AI, Modal, VK, Toss Payments", () => {
    const fal = `${uuid()}:${g.chars(HEX, 32)}`;
    expect(found(`import fal_client\nclient = fal_client.SyncClient(\n    key="${fal}",\n)\n`, 'tools.py')).toEqual([`fal-ai-api-key:${fal}`]);
    expect(found(`# dev key: fal_key=${fal}\n`, 'values.yaml')).toEqual([`fal-ai-api-key:${fal}`]);
    const cases: [string, string][] = [
      [`bb_live_${key().slice(0, 27)}`, 'browserbase-api-key'],
      [`pa-${key()}${g.chars(B62, 11)}`, 'voyage-ai-api-key'],
      [`fw_${key().slice(0, 24)}`, 'fireworks-ai-api-key'],
      [`as-${key().slice(0, 22)}`, 'modal-token-secret-bare'],
      [`vk1.a.${g.chars(B62 + '-_', 212)}`, 'vk-access-token'],
      [`live_sk_${g.chars(B62, 28)}`, 'toss-payments-secret-key'],
    ];
    for (const [value, rule] of cases) expect(found(`settings = { "x": "${value}" }\n`, 'settings.py'), rule).toEqual([`${rule}:${value}`]);
    // A Modal secret of letters alone, in a section that names Modal.
    const letters = `as-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 22)}`;
    expect(found(`[modal]\npublic_key = "ak-${g.chars(B62, 22)}"\napi_key = "${letters}"\n`, '.streamlit/secrets.toml')).toEqual([`modal-token-secret-bare:${letters}`]);
  });

  it("stays quiet on a flow export's credential reference, references in argument lists and list items that are names", () => {
    for (const text of [`{"inputs":{"modelName":"gpt-4o","temperature":0.7},"credential":"${uuid()}"}`, '"args": ["--api-key", "${MISTRAL_API_KEY}"]', '"args": ["--api-key", "--verbose"]', 'secrets:\n  - DB_PASSWORD\n  - STRIPE_SECRET_KEY\n', 'api-key:\n  - gemini=<your-key>\n', `fal_client.subscribe("fal-ai/flux/dev", arguments={"seed": 42, "id": "${uuid()}"})`]) {
      expect(found(`${text}\n`, 'config.json'), text).toEqual([]);
    }
  });
});

describe('a thirty-fourth blind grading: version-control and code-review artefacts (diffs, blame, grep, review mails, askpass helpers)', () => {
  const d = createDetector();
  const g = createSampleGen(3401);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const pem = (generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string).trim();
  const prefixed = (f: (line: string, i: number) => string): string => pem.split('\n').map(f).join('\n');

  it("finds a value on a diff's removed line and on a merge's combined diff line, as on an added one", () => {
    const value = `${g.chars(B62, 12)}7${g.chars(B62, 19)}`;
    for (const line of [`-GITHUB_WEBHOOK_SECRET = "${value}"`, `+-GITHUB_WEBHOOK_SECRET = "${value}"`, `-webhook_secret: "${value}"`, `+GITHUB_WEBHOOK_SECRET = "${value}"`]) {
      expect(found(`@@ -1,3 +1,3 @@\n${line}\n`, 'config.rej'), line).toEqual([`generic-secret-assignment:${value}`]);
    }
  });

  it('finds a private key whose every line carries a prefix: a removed diff line, a quoted review mail, git blame, a CI log, a side-by-side diff, an HTML diff row', () => {
    const cases: [string, string][] = [
      ['-', prefixed((l) => `-${l}`)],
      ['> -', prefixed((l) => `> -    ${l}`)],
      ['blame', prefixed((l, i) => `99b6221d (Jane Doe         2024-02-15 19:26:34 +0100 ${String(i + 6).padStart(3)})     ${l}`)],
      ['ci', prefixed((l, i) => `2024-03-03T10:19:${String(i).padStart(2, '0')}.6316693Z -${l}`)],
      ['diff -y', prefixed((l) => `${''.padEnd(60)}  > ${l}`)],
      ['diff -c', prefixed((l) => `! ${l}`)],
      ['html', prefixed((l, i) => `<tr><td class="blob-num">${i + 234}</td><td class="blob-code"><span class="del">-<del>${l}</del></span></td></tr>`)],
    ];
    for (const [name, text] of cases) {
      const findings = d.scan(text, { path: 'review.txt' });
      expect(findings.map((f) => f.ruleId), name).toEqual(['private-key-prefixed-lines']);
      // The whole block is reported, from its BEGIN line to its END line.
      expect(text.slice(findings[0]!.start, findings[0]!.end), name).toMatch(/^-----BEGIN RSA PRIVATE KEY-----[^]*-----END RSA PRIVATE KEY-----$/);
    }
    // Lines of code between a header and a footer constant are no key.
    expect(rules(`-const BEGIN = '-----BEGIN PRIVATE KEY-----';\n-const body = lines.map((line) => line.trim()).filter(Boolean).join('');\n-const der = Buffer.from(body, 'base64');\n-const END = '-----END PRIVATE KEY-----';\n`, 'pem.ts')).toEqual([]);
  });

  it("finds a value in git grep's and ripgrep's output, after a revision, a path and a line number", () => {
    const value = g.chars(HEX, 40);
    for (const prefix of ['HEAD:config/app.properties:4:', 'config/app.properties:4:', '.env.production:']) {
      expect(found(`${prefix}webhook.secret=${value}\n`, 'grep.txt'), prefix).toEqual([`generic-secret-env:${value}`]);
    }
  });

  it("finds the password an askpass helper prints, and a 52-character Azure DevOps token near Azure DevOps's name", () => {
    const password = `${g.chars(B62, 10)}#${g.chars(B62, 8)}`;
    expect(found(`#!/bin/sh\ncase "$1" in\n  Username*) echo "ci-bot" ;;\n  Password*) echo "${password}" ;;\nesac\n`, 'askpass.sh')).toEqual([`askpass-password:${password}`]);
    const pat = `${g.chars('abcdefghijklmnopqrstuvwxyz', 4)}7${g.chars('abcdefghijklmnopqrstuvwxyz234567', 43)}2${g.chars('234567', 3)}`;
    expect(found(`-  azure_devops_ext_pat = "${pat}"\n`, 'main.tf.orig')).toEqual([`azure-devops-pat-legacy:${pat}`]);
    expect(found(`git clone https://build:${pat}@dev.azure.com/acme/web/_git/web\n`, 'ci.log')).toEqual([expect.stringMatching(new RegExp(`:${pat}$`))]);
  });

  it("stays quiet on gpg's key fingerprint in git log --show-signature, an askpass that reads the environment and a long lower-case slug", () => {
    expect(rules(`commit 1a2b3c\ngpg: Signature made Mon 01 Jan 2024 10:00:00 UTC\ngpg:                using RSA key ${g.chars('0123456789ABCDEF', 40)}\ngpg: Good signature from "Jane Doe <jane@example.com>"\n`, 'log.txt')).toEqual([]);
    expect(rules('case "$1" in\n  Password*) echo "$GIT_TOKEN" ;;\nesac\n', 'askpass.sh')).toEqual([]);
    expect(rules('remote: https://dev.azure.com/acme/project/_git/repositorynamewithaverylonglowercaseslugofnoval\n', 'config')).toEqual([]);
  });
});

describe('a thirty-fifth blind grading: data engineering and analytics (Hadoop and Spark configs, Oracle tools, mongo shell, MATLAB, Airflow exports)', () => {
  const d = createDetector();
  const g = createSampleGen(3501);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${B62}+/`;
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const password = (): string => `${g.chars(B62, 9)}#${g.chars(B62, 8)}`;

  it("finds an Azure storage key under Hadoop's fs.azure.account.key property: core-site.xml, spark-defaults.conf, a notebook's spark.conf.set", () => {
    const key = `${g.chars(B64, 86)}==`;
    expect(found(`<property>\n  <name>fs.azure.account.key.acmelake.dfs.core.windows.net</name>\n  <value>${key}</value>\n</property>\n`, 'core-site.xml')).toEqual([`azure-storage-account-key:${key}`]);
    expect(found(`spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net ${key}\n`, 'spark-defaults.conf')).toEqual([`azure-storage-account-key:${key}`]);
    expect(found(`spark.conf.set(\n    "fs.azure.account.key.acmelake.dfs.core.windows.net",\n    "${key}")\n`, 'notebook.py')).toEqual([`azure-storage-account-key:${key}`]);
  });

  it("finds passwords Oracle's tools, an Oracle wallet, the mongo shell and MATLAB take by position", () => {
    const cases: [(p: string) => string, string][] = [
      [(p) => `sqlplus -s etl_svc/${p}@ORCLPDB1 @/opt/etl/merge.sql`, 'oracle-connect-password'],
      [(p) => `expdp userid=etl_svc/${p}@pdb1 schemas=SALES directory=DUMP`, 'oracle-connect-password'],
      [(p) => `mkstore -wrl /u01/app/oracle/wallet -createCredential ORCLPDB1 etl_svc '${p}'`, 'oracle-mkstore-credential'],
      [(p) => `db = connect("mongodb://10.20.4.17:27017/admin");\ndb.auth("etl_svc", "${p}");`, 'positional-password-call'],
      [(p) => `conn = database('warehouse', 'etl_svc', '${p}', 'Vendor', 'PostgreSQL', 'Server', 'db.internal');`, 'positional-password-call'],
    ];
    for (const [text, rule] of cases) {
      const p = password();
      expect(found(`${text(p)}\n`, 'run.sh'), rule).toEqual([`${rule}:${p}`]);
    }
  });

  it("finds a person's password of a word, a year and punctuation under a password's name", () => {
    for (const value of ['Coffee!2022?', 'Velvet#2020', 'Willow.2022.']) expect(found(`  password: "${value}"\n`, 'profiles.yml'), value).toEqual([`generic-secret-assignment:${value}`]);
  });

  it("stays quiet on Airflow's Fernet-encrypted password, ClickHouse's password hash, references and defaults in the same places", () => {
    const fernet = `gAAAAA${g.chars(`${B62}-_`, 94)}==`;
    expect(rules(`conn_id: warehouse\nlogin: analytics\npassword: ${fernet}\nis_encrypted: true\n`, 'connections.yaml')).toEqual([]);
    expect(rules(`<users><etl><password_sha256_hex>${g.chars('0123456789abcdef', 64)}</password_sha256_hex></etl></users>\n`, 'users.xml')).toEqual([]);
    for (const text of ['sqlplus -s "$ORA_USER/$ORA_PASS@ORCLPDB1"', 'sqlplus / as sysdba', 'db.auth("etl", process.env.MONGO_PW);', "conn = database('warehouse', 'reader', getenv('PGPASSWORD'), 'Vendor', 'PostgreSQL');", '  password: "{{ env_var(\'DBT_PASSWORD\') }}"', '  password: "Coffee"']) {
      expect(rules(`${text}\n`, 'run.sh'), text).toEqual([]);
    }
  });
});

describe('a thirty-sixth blind grading: Windows, enterprise IT and sysadmin artefacts (batch files, PowerShell, VBScript, registry exports, Group Policy, keytabs)', () => {
  const d = createDetector();
  const g = createSampleGen(3601);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${B62}+/`;
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const password = (): string => `${g.chars(B62, 8)}!${g.chars(B62, 7)}`;

  it("finds a password given to Windows' and admins' tools on their command line", () => {
    const cases: [(p: string) => string, string][] = [
      [(p) => `net use H: \\\\fs01\\Logs$ /user:CORP\\adm_helpdesk ${p} /persistent:no`, 'windows-command-password'],
      [(p) => `net user svc_backup ${p} /add`, 'windows-command-password'],
      [(p) => `schtasks /Create /TN nightly /TR C:\\jobs\\x.bat /RU EMEA\\scan7 /RP ${p} /RL HIGHEST /F`, 'windows-command-password'],
      [(p) => `sqlcmd -S db01\\MSSQLSERVER -U sa -P ${p} -d master`, 'admin-tool-password'],
      [(p) => `psexec \\\\%%h -u CORP\\svc_iis -p ${p} -h -accepteula cmd`, 'admin-tool-password'],
      [(p) => `ldapsearch -H ldaps://dc1 -D "CN=svc,OU=Svc,DC=corp" -w '${p}' -b "DC=corp" "(objectClass=user)"`, 'admin-tool-password'],
      [(p) => `choco source add -n=internal -s="https://choco.corp.test/chocolatey" -u="ci" -p="${p}" --priority=1`, 'package-source-password'],
      [(p) => `objNet.MapNetworkDrive "H:", "\\\\fs01\\share", False, "CORP\\adm_sql", "${p}"`, 'positional-password-call'],
    ];
    for (const [text, rule] of cases) {
      const p = password();
      expect(found(`${text(p)}\n`, 'deploy.bat'), rule).toEqual([`${rule}:${p}`]);
    }
  });

  it("reads passwords under a sigil's or a Hungarian name ($pass, $sPass), sssd's authtok, PowerShell's -Secret and a comment's creds label", () => {
    for (const [text, rule] of [[(p: string) => `$pass = "${p}"`, 'generic-secret-assignment'], [(p: string) => `Local $sPass = "${p}"`, 'generic-secret-assignment'], [(p: string) => `ldap_default_authtok = ${p}`, 'generic-secret-env'], [(p: string) => `Set-Secret -Name "SqlSaPassword" -Secret "${p}" -Vault LocalStore`, 'generic-secret-flag'], [(p: string) => `REM fallback creds for helpdesk: ${p}`, 'generic-secret-label']] as const) {
      const p = password();
      expect(found(`${text(p)}\n`, 'setup.ps1'), rule).toEqual([`${rule}:${p}`]);
    }
  });

  it('finds a Group Policy cpassword, a WireGuard private key and a base64 keytab, a leading "/" too, a BitLocker recovery password and an SNMP community in a registry export', () => {
    const cpassword = `/${g.chars(B64, 42)}`;
    expect(found(`<Properties action="U" cpassword="${cpassword}" userName="Administrator (built-in)"/>\n`, 'Groups.xml')).toEqual([`group-policy-cpassword:${cpassword}`]);
    const wg = `/${g.chars(B64, 41)}A=`;
    expect(found(`[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${wg}\n`, 'wg0.conf')).toEqual([`wireguard-private-key:${wg}`]);
    const keytab = `BQIAAA${g.chars(B64, 106)}`;
    expect(found(`data:\n  krb5.keytab: ${keytab}\n`, 'secret.yaml')).toEqual([`kerberos-keytab-base64:${keytab}`]);
    const recovery = Array.from({ length: 8 }, () => String(g.int(0, 65535) * 11).padStart(6, '0')).join('-');
    expect(found(`ComputerName,KeyProtectorId,RecoveryPassword\nFS1,{86CC8A69-2007-4D65-9E10-FA50A7017BED},${recovery}\n`, 'BitLocker.csv')).toEqual([`bitlocker-recovery-password:${recovery}`]);
    const community = `meadowlark${g.chars('0123456789', 3)}`;
    expect(found(`[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SNMP\\Parameters\\ValidCommunities]\n"${community}"=dword:00000004\n`, 'snmp.reg')).toEqual([`snmp-community-registry:${community}`]);
  });

  it('stays quiet on prompts, references, empty cpasswords, TeamCity secure references, documentation placeholders and a digit run that is no recovery password', () => {
    for (const text of ['net use H: \\\\fs01\\share /user:CORP\\svc * /persistent:no', 'net use H: \\\\fs01\\share /user:CORP\\svc %SVC_PW% /persistent:no', 'sqlcmd -S db01 -U sa -P $env:SA_PASSWORD -d master', 'ldapsearch -x -D "cn=admin" -W -b dc=corp', '<Properties action="U" cpassword="" userName="Administrator"/>', 'env.DEPLOY_TOKEN=credentialsJSON:0a1b2c3d-1111-2222-3333-444455556666', '<AdministratorPassword><Value>YourStrongPassword</Value><PlainText>true</PlainText></AdministratorPassword>', 'RecoveryPassword: 123456-123456-123456-123456-123456-123456-123456-123456', '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SNMP\\Parameters\\ValidCommunities]\n"public"=dword:00000004', '  InetNtopW = ctypes.windll.ws2_32.InetNtopW']) {
      expect(rules(`${text}\n`, 'setup.bat'), text).toEqual([]);
    }
  });
});

describe('a thirty-seventh blind grading: IoT, embedded and home automation (sketches, router and firmware configs, device commands)', () => {
  const d = createDetector();
  const g = createSampleGen(3701);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const password = (): string => `${g.chars(B62, 8)}!${g.chars(B62, 7)}`;
  const passphrase = (): string => `${g.pick(['attic', 'tiger', 'hazel', 'maple'])}-${g.pick(['drift', 'orbit', 'cedar', 'river'])}-${g.pick(['lamp', 'stone', 'cloud'])}${g.chars('0123456789', 2)}`;

  it("finds passwords an Arduino sketch, MicroPython and an MQTT client pass by position", () => {
    for (const [text, path] of [[(p: string) => `WiFi.begin("BT-WX7ZPA", "${p}");`, 'main.ino'], [(p: string) => `WiFi.softAP("Setup-AP", "${p}");`, 'main.ino'], [(p: string) => `wlan.connect('ASUS_58_2G', '${p}')`, 'main.py'], [(p: string) => `client.connect("ESP8266Client-8d14", "sensor", "${p}")`, 'main.ino']] as const) {
      const p = password();
      expect(found(`${text(p)}\n`, path), path).toEqual([`positional-password-call:${p}`]);
    }
  });

  it("reads a memorable passphrase (words joined by '-', digits) under a password's name, a PSK's name and hex PSK", () => {
    const p = passphrase();
    expect(found(`CONFIG_ESP_WIFI_PASSWORD="${p}"\n`, 'sdkconfig')).toEqual([`generic-secret-assignment:${p}`]);
    const q = passphrase();
    expect(found(`wl0_ssid=HomeNet\nwl0_wpa_psk=${q}\n`, 'nvram.txt')).toEqual([`generic-secret-env:${q}`]);
    const hex = g.chars('0123456789abcdef', 64);
    expect(found(`network={\n\tssid="HomeNet"\n\tpsk=${hex}\n}\n`, 'wpa_supplicant.conf')).toEqual([`generic-secret-env:${hex}`]);
  });

  it("finds OpenWrt's wireless key, Tasmota's password commands and defines, and an IFTTT key in a path a sketch builds", () => {
    const p = password();
    expect(found(`config wifi-iface 'default_radio0'\n\toption ssid 'HomeNet'\n\toption encryption 'psk2'\n\toption key '${p}'\n`, 'etc/config/wireless')).toEqual([`openwrt-uci-password:${p}`]);
    const t = password();
    expect(found(`Backlog SSID1 Workshop; Password1 ${t}; MqttHost 192.168.8.94; MqttUser pi\n`, 'backup.txt')).toEqual([`tasmota-password-command:${t}`]);
    const s = passphrase();
    expect(found(`#define STA_PASS1 "${s}"\n`, 'user_config_override.h')).toEqual([`tasmota-password-command:${s}`]);
    const key = g.chars(`${B62}-_`, 22);
    expect(found(`String url = "/trigger/low_battery/with/key/${key}";\n`, 'notify.ino')).toEqual([`ifttt-webhooks-key:${key}`]);
  });

  it("reads a bare YAML `key:` as its parent mapping's key where the parent names one (OctoPrint's api: ⏎ key:), and not under another parent", () => {
    const key = g.chars('0123456789ABCDEF', 32);
    expect(found(`accessControl:\n  enabled: true\napi:\n  allowCrossOrigin: false\n  key: ${key}\nserial:\n  port: /dev/ttyACM0\n`, 'octoprint/config.yaml')).toEqual([`generic-secret-env:${key}`]);
    for (const parent of ['cache', 'sort', 'partition']) expect(rules(`${parent}:\n  key: ${g.chars('0123456789ABCDEF', 32)}\n`, 'config.yaml'), parent).toEqual([]);
  });

  it('judges short generated passwords by what their length can measure: 12 random letters, 10 characters with a repeat, a passphrase of three words and one digit, under any password name', () => {
    // Mixed case in short runs, as a generator gives it: "hHYhigUlCRMQ"-like, never camelCase words.
    const letters = Array.from({ length: 6 }, () => `${g.chars('abcdefghijkmnpqrstuvwxyz', 1)}${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}`).join('');
    expect(found(`wifi:\n  ssid: "Garage_AP"\n  password: "${letters}"\n`, 'esphome.yaml')).toEqual([`generic-secret-assignment:${letters}`]);
    // Nine distinct letters and digits, then the first again: one repeat (3.12 bits a character).
    const distinct = new Set<string>();
    while (distinct.size < 9) distinct.add(g.chars(distinct.size % 3 === 2 ? '23456789' : 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz', 1));
    const repeated = `${[...distinct].join('')}${[...distinct][0]}`;
    expect(found(`camera_password: "${repeated}"\n`, 'secrets.yaml')).toEqual([`generic-secret-assignment:${repeated}`]);
    const words = `${g.pick(['tiger', 'copper', 'saffron'])}-${g.pick(['breeze', 'rainbow', 'willow'])}-${g.pick(['sparrow', 'maple', 'barn'])}${g.chars('0123456789', 1)}`;
    expect(found(`#define WIFI_PASSWORD "${words}"\n`, 'secrets.h')).toEqual([`generic-secret-directive:${words}`]);
    expect(found(`<wpa>\n\t<passphrase>${words}</passphrase>\n</wpa>\n`, 'config.xml')).toEqual([`generic-secret-xml:${words}`]);
    const p = password();
    expect(found(`passphrase = ${p}\n`, 'app.ini')).toEqual([`generic-secret-env:${p}`]);
  });

  it("reads a JSON section's bare `key` field and a C string inside JSON under a secret's section name, and Tuya's local keys", () => {
    const appKey = g.chars('0123456789ABCDEF', 32);
    expect(found(`{\n  "ids": { "device_id": "node-1" },\n  "root_keys": { "app_key": { "key": "${appKey}" } }\n}\n`, 'device.json')).toEqual([`generic-secret-block:${appKey}`]);
    const p = password();
    expect(found(`{ "config": {\n    "wifi-password": { "help": "WiFi Password", "value": "\\"${p}\\"" }\n  }\n}\n`, 'mbed_app.json')).toEqual([`generic-secret-block:${p}`]);
    const local = `${g.chars(B62, 6)}~&${g.chars(B62, 8)}`;
    expect(found(`d = tinytuya.OutletDevice(dev_id='bf12ab34cd56ef78gh90', address='192.168.9.174', local_key='${local}', version=3.3)\n`, 'lamp.py')).toEqual([`tuya-local-key:${local}`]);
    for (const text of ['{"cache": {"key": "E8471F0A9B3C4D5E6F708192A3B4C5D6"}}', "local_key: !secret tuya_lamp_key", "local_key='0123456789abcdef'"]) expect(rules(`${text}\n`, 'config.json'), text).toEqual([]);
  });

  it('stays quiet on camelCase names, words and short ids under the same names', () => {
    for (const text of ['password: "XMLHttpRequest"', 'password: "getPasswordHash"', 'token: "AccessDenied"', 'passphrase: "SshKeyPassphrase"', 'password: "node-red-contrib"', 'secret: "build-cache-v2"']) {
      expect(rules(`${text}\n`, 'config.yaml'), text).toEqual([]);
    }
  });

  it('stays quiet on SSIDs under credentials names, key file names, names joined by hyphens and placeholders', () => {
    for (const text of ['CONFIG_WIFI_CREDENTIALS_STATIC_SSID="TP-Link_8F2A"', '#define AWS_IOT_PRIVATE_KEY_FILENAME "f049451a2b3c4d5e6f-private.pem.key"', 'password: "db-password-v2"', 'WiFi.begin("HomeNet", "YOUR_WIFI_PASSWORD");', "\toption key 'YOUR_WIFI_KEY'", 'Backlog SSID1 Workshop; Password1 ****; MqttHost 10.0.0.5', 'wl0_wpa_psk=${WIFI_PSK}']) {
      expect(rules(`${text}\n`, 'config.h'), text).toEqual([]);
    }
  });
});

describe('a thirty-eighth blind grading: PHP, CMS and e-commerce stacks (serialized settings, CMS configs, PHP SDK calls, dumps)', () => {
  const d = createDetector();
  const g = createSampleGen(3801);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const password = (): string => `${g.chars(B62, 8)}!${g.chars(B62, 7)}`;
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;

  it("reads a setting's name and value in PHP's serialize() format, escaped in a SQL dump or not, nested, and for provider rules' names too", () => {
    const secret = g.chars(B62, 16);
    expect(found(`INSERT INTO \`wp_options\` VALUES (64165,'woocommerce_klarna_settings','a:3:{s:7:\\"enabled\\";s:3:\\"yes\\";s:16:\\"shared_secret_eu\\";s:16:\\"${secret}\\";s:7:\\"logging\\";s:2:\\"no\\";}','yes');\n`, 'dump.sql')).toEqual([`php-serialized-secret:${secret}`]);
    const key = g.chars(HEX, 32);
    expect(found(`a:2:{s:11:"private_key";s:32:"${key}";s:10:"card_types";a:0:{}}\n`, 'options.txt')).toEqual([`php-serialized-secret:${key}`]);
    const p = password();
    expect(found(`s:4:\\"smtp\\";a:2:{s:4:\\"host\\";s:14:\\"smtp.gmail.com\\";s:4:\\"pass\\";s:16:\\"${p}\\";}\n`, 'dump.sql')).toEqual([`php-serialized-secret:${p}`]);
    const transaction = g.chars(B62, 16);
    expect(found(`s:12:\\"api_login_id\\";s:10:\\"wFJHhJIn8p\\";s:19:\\"api_transaction_key\\";s:16:\\"${transaction}\\";s:16:\\"transaction_type\\";\n`, 'dump.sql')).toEqual([`authorize-net-transaction-key:${transaction}`]);
  });

  it('finds secrets in var_dump and Xdebug output, and the password given to cURL', () => {
    const p = password();
    expect(found(`array(2) {\n  'host' =>\n  string(9) "127.0.0.1"\n  'password' =>\n  string(16) "${p}"\n}\n`, 'dump.txt')).toEqual([`php-dumped-secret:${p}`]);
    const q = password();
    expect(found(`array(1) {\n  ["db_password"]=>\n  string(16) "${q}"\n}\n`, 'dump.txt')).toEqual([`php-dumped-secret:${q}`]);
    const r = password();
    expect(found(`curl_setopt($ch, CURLOPT_USERPWD, "api_user:${r}");\n`, 'client.php')).toEqual([`php-curl-userpwd:${r}`]);
  });

  it("finds CMS keys by their file's names: Magento's crypt key, Drupal's hash salt, WHMCS's encryption hash, phpMyAdmin's hex secret, Symfony's vault key", () => {
    const crypt = g.chars(HEX, 32);
    expect(found(`<?php\nreturn [\n    'crypt' => [\n        'key' => '${crypt}'\n    ],\n];\n`, 'app/etc/env.php')).toEqual([`magento-crypt-key:${crypt}`]);
    const salt = g.chars(`${B62}-_`, 74);
    expect(found(`$settings['hash_salt'] = '${salt}';\n`, 'sites/default/settings.php')).toEqual([`drupal-hash-salt:${salt}`]);
    const hash = g.chars(B62, 64);
    expect(found(`$db_name = 'whmcs';\n$cc_encryption_hash = '${hash}';\n`, 'configuration.php')).toEqual([`whmcs-cc-encryption-hash:${hash}`]);
    const blowfish = g.chars(HEX, 64);
    expect(found(`$cfg['blowfish_secret'] = sodium_hex2bin('${blowfish}');\n`, 'config.inc.php')).toEqual([`phpmyadmin-blowfish-secret:${blowfish}`]);
    const bytes = Array.from({ length: 32 }, () => `\\x${g.chars('0123456789ABCDEF', 2)}`).join('');
    expect(found(`<?php // prod.decrypt.private on 2024-05-02T10:22:31+00:00\n\nreturn "${bytes}";\n`, 'config/secrets/prod/prod.decrypt.private.php')).toEqual([`symfony-secrets-decrypt-key:${bytes}`]);
  });

  it("finds provider credentials as PHP stacks hold them: New Relic's php.ini license, PayPal's API signature, Authorize.Net's and Postmark's SDK calls, Composer's bearer section", () => {
    const license = g.chars(HEX, 40);
    expect(found(`newrelic.appname = "shop"\nnewrelic.license = "${license}"\n`, '.user.ini')).toEqual([`new-relic-license-key-named:${license}`]);
    expect(found(`export const config = { newrelicLicense: "${license}" };\n`, 'config.ts')).toEqual([`new-relic-license-key-named:${license}`]);
    const signature = `A${g.chars(B62, 20)}-${g.chars(B62, 34)}`;
    expect(found(`    'api_signature' => '${signature}',\n`, 'config/paypal.php')).toEqual([`paypal-classic-api-signature:${signature}`]);
    const transaction = g.chars(B62, 16);
    expect(found(`$merchantAuthentication->setTransactionKey("${transaction}");\n`, 'charge.php')).toEqual([`authorize-net-transaction-key-call:${transaction}`]);
    const server = uuid();
    expect(found(`$client = new PostmarkClient("${server}");\n`, 'mail.php')).toEqual([`postmark-client-token:${server}`]);
    const bearer = g.chars(B62, 40);
    expect(found(`{\n    "bearer": {\n        "packages.example.com": "${bearer}"\n    }\n}\n`, 'auth.json')).toEqual([`generic-secret-block:${bearer}`]);
  });

  it("reads PHP applications' joined password names and passwords of eight or nine characters with every kind of character", () => {
    for (const [text, rule] of [[(p: string) => `\tpublic $smtppass = '${p}';`, 'generic-secret-assignment'], [(p: string) => `$CFG->dbpass    = '${p}';`, 'generic-secret-assignment'], [(p: string) => `wp config create --dbname=wp --dbuser=wp --dbpass=${p} --dbhost=db`, 'generic-secret-flag']] as const) {
      const p = password();
      expect(found(`${text(p)}\n`, 'config.php'), rule).toEqual([`${rule}:${p}`]);
    }
    const short = `${g.pick(['Walrus', 'Harbor', 'Quartz'])}${g.chars('23456789', 2)}${g.pick(['*', '%', '_'])}`;
    expect(found(`define( 'DB_PASSWORD', '${short}' );\n`, 'wp-config.php')).toEqual([`generic-secret-assignment:${short}`]);
  });

  it("stays quiet on public client ids, password hashes, encoded placeholders and weak defaults in the same files", () => {
    const cases: [string, string][] = [
      [`SHOPIFY_API_KEY=${g.chars(HEX, 32)}\nSHOPIFY_API_SECRET=\n`, '.env'],
      [`RAZORPAY_KEY=rzp_live_${g.chars(B62, 14)}\nRAZORPAY_SECRET=changeme\n`, '.env'],
      [`    'client_key_live' => 'live_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32)}',\n`, 'config/adyen.php'],
      [`INSERT INTO wp_users VALUES (1,'admin','$P$B${g.chars(`${B62}./`, 30)}','admin','admin@example.com');\n`, 'dump.sql'],
      ['DATABASE_URL="mysql://app:%3CDB_PASSWORD%3E@db.example.com:3306/app"\n', '.env'],
      ["define( 'DB_PASSWORD', 'P@ssw0rd' );\n", 'wp-config.php'],
      ['a:2:{s:13:"client_secret";s:0:"";s:7:"enabled";s:3:"yes";}\n', 'options.txt'],
      ["$cc_encryption_hash = '';\n", 'configuration.php'],
    ];
    for (const [text, path] of cases) expect(rules(text, path), text).toEqual([]);
  });
});

describe('a thirty-ninth blind grading: payments, fintech and crypto (gateways worldwide, SDK calls, curl, configs)', () => {
  const d = createDetector();
  const g = createSampleGen(3901);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64URL = `${B62}-_`;
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;

  it("finds gateways' keys by their shapes and names: Circle, Paddle Classic, PayU, Paytm, PhonePe, Authorize.Net in JSON", () => {
    const circle = `LIVE_API_KEY:${g.chars(HEX, 32)}:${g.chars(HEX, 32)}`;
    expect(found(`headers = {'Authorization': 'Bearer ${circle}'}\n`, 'payouts.py')).toEqual([`circle-api-key:${circle}`]);
    const paddle = g.chars(HEX, 50);
    expect(found(`PADDLE_VENDOR_ID=856557\nPADDLE_VENDOR_AUTH_CODE='${paddle}'\n`, '.env')).toEqual([`paddle-classic-vendor-auth-code:${paddle}`]);
    const salt = g.chars(B62, 32);
    expect(found(`PAYU_MERCHANT_KEY=z8e8Tu\nPAYU_SALT="${salt}"\n`, '.env')).toEqual([`payu-merchant-salt:${salt}`]);
    const paytm = `${g.chars(B62, 6)}@${g.chars(B62, 4)}#${g.chars(B62, 4)}`;
    expect(found(`PAYTM_MID=AcmeShop96742595\nPAYTM_MERCHANT_KEY=${paytm}\n`, '.env')).toEqual([`paytm-merchant-key:${paytm}`]);
    const phonepe = uuid();
    expect(found(`production:\n  phonepe_salt_key: "${phonepe}"\n`, 'config/payments.yml')).toEqual([`phonepe-salt-key:${phonepe}`]);
    const transaction = g.chars(B62, 16);
    expect(found(`curl -d '{"authnetTransactionKey": "${transaction}", "amount": 465}' https://pay.example.com/charge\n`, 'README.md')).toEqual([`authorize-net-transaction-key:${transaction}`]);
  });

  it("finds PayPal's classic signature under PAYPAL_SIGNATURE and a REST secret beside its client id (SDK environment, curl -u)", () => {
    const signature = `A${g.chars(B62, 20)}.${g.chars(B62, 35)}`;
    expect(found(`paypalApiUsername = "merchant_api1.example.com"\npaypalSignature = \`${signature}\`\n`, 'config.go')).toEqual([`paypal-classic-api-signature:${signature}`]);
    const secret = `E${g.chars(B64URL, 79)}`;
    expect(found(`const env = new paypal.core.LiveEnvironment(\n  'A${g.chars(B64URL, 79)}',\n  '${secret}'\n);\n`, 'paypal.js')).toEqual([`paypal-rest-client-secret:${secret}`]);
    const other = `E${g.chars(B64URL, 79)}`;
    expect(found(`curl -X POST https://api-m.paypal.com/v1/oauth2/token -u "A${g.chars(B64URL, 79)}:${other}" -d "grant_type=client_credentials"\n`, 'runbook.md')).toEqual([`paypal-rest-client-secret:${other}`]);
  });

  it("finds Omise's secret key in curl's -u and an Adyen key whose tail is shorter than the docs' 16 characters, as an SDK's argument", () => {
    const omise = `skey_${g.chars('abcdefghijklmnopqrstuvwxyz', 2)}${g.chars('0123456789', 2)}${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 15)}`;
    expect(found(`curl https://api.omise.co/charges \\\n  -u ${omise}: \\\n  -d "amount=100000"\n`, 'README.md')).toEqual([`omise-secret-key:${omise}`]);
    const adyen = `AQE${g.chars(`${B62}+/`, 77)}=-${g.chars(`${B62}+/`, 43)}=-${g.chars(`${B62}+=-;:%!`, 12)}`;
    expect(found(`Client client = new Client("${adyen}", Environment.LIVE, "27b86a-AcmeShop");\n`, 'Payments.java')).toEqual([`adyen-api-key:${adyen}`]);
  });

  it('stays quiet on the keys gateways publish for the browser and on card tokens', () => {
    for (const text of [`TOSS_CLIENT_KEY=live_ck_${g.chars(B62, 24)}`, `midtrans_client_key = "Mid-client-${g.chars(B64URL, 16)}"`, `worldpay_client_key: "L_C_${uuid()}"`, `PAGARME_ENCRYPTION_KEY=ek_live_${g.chars(B62, 30)}`, `CARD_TOKEN = os.environ.get("CARD_TOKEN", "tok_${g.chars(B62, 24)}")`]) {
      expect(rules(`${text}\n`, 'config.yaml'), text).toEqual([]);
    }
  });
});

describe('a fortieth blind grading: infrastructure as code and secret managers (CDK, Vault, Consul, Nomad, cloud-init, CLI output)', () => {
  const d = createDetector();
  const g = createSampleGen(4001);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${B62}+/`;
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const password = (): string => `${g.chars(B62, 8)}!${g.chars(B62, 7)}`;
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;

  it('finds a literal given to the CDK as a secret, piped into docker secret create, and in cloud-init\'s chpasswd list', () => {
    const p = password();
    expect(found(`credentials: rds.Credentials.fromPassword('orders_admin', SecretValue.unsafePlainText('${p}')),\n`, 'lib/db-stack.ts')).toEqual([`aws-cdk-plaintext-secret:${p}`]);
    const q = password();
    expect(found(`master_user_password=SecretValue.unsafe_plain_text("${q}"),\n`, 'app.py')).toEqual([`aws-cdk-plaintext-secret:${q}`]);
    const r = password();
    expect(found(`$ printf '%s' '${r}' | docker secret create search_db_password -\n`, 'runbook.md')).toEqual([`piped-secret-value:${r}`]);
    const s = password();
    expect(found(`#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    root:${s}\n    ubuntu:RANDOM\nssh_pwauth: true\n`, 'user-data')).toEqual([`cloud-init-chpasswd-list:${s}`]);
  });

  it("finds Vault's unseal keys and AppRole secret_id, Consul's and Nomad's ACL secrets, and reads accessors as no secret", () => {
    const share = `${g.chars(B64, 43)}=`;
    expect(found(`$ vault operator init\nUnseal Key 1: ${share}\nUnseal Key 2: <redacted>\n`, 'init.log')).toEqual([`vault-unseal-key:${share}`]);
    const secretId = uuid();
    expect(found(`Key                   Value\n---                   -----\nsecret_id             ${secretId}\nsecret_id_accessor    ${uuid()}\nsecret_id_num_uses    0\n`, 'approle.txt')).toEqual([`vault-approle-secret-id:${secretId}`]);
    const consul = uuid();
    expect(found(`AccessorID:       ${uuid()}\nSecretID:         ${consul}\nDescription:      Bootstrap Token (Global Management)\n`, 'bootstrap.txt')).toEqual([`consul-nomad-acl-secret-id:${consul}`]);
    const nomad = uuid();
    expect(found(`Accessor ID  = ${uuid()}\nSecret ID    = ${nomad}\nName         = Bootstrap Token\n`, 'nomad.txt')).toEqual([`consul-nomad-acl-secret-id:${nomad}`]);
    const agent = uuid();
    expect(found(`acl {\n  enabled = true\n  tokens {\n    agent = "${agent}"\n  }\n}\n`, 'consul.hcl')).toEqual([`consul-acl-config-token:${agent}`]);
    expect(rules(`token_accessor       ${g.chars(B62, 24)}\ntoken_duration       768h\nsecret_id_accessor    ${uuid()}\n`, 'token.txt')).toEqual([]);
  });

  it("finds secret managers' CLI output: az keyvault's value after an empty tags, Doppler's computed, Secret Manager's payload", () => {
    const az = password();
    expect(found(`{\n  "contentType": null,\n  "id": "https://kv1.vault.azure.net/secrets/smtp-password/0a1b",\n  "name": "smtp-password",\n  "tags": {},\n  "value": "${az}"\n}\n`, 'secret.json')).toEqual([`generic-secret-attribute:${az}`]);
    const doppler = g.chars(B62, 44);
    expect(found(`{\n  "SIGNING_KEY": {\n    "computed": "${doppler}",\n    "note": ""\n  }\n}\n`, 'doppler.json')).toEqual([`generic-secret-block:${doppler}`]);
    const payload = g.chars(B64, 32);
    expect(found(`{\n  "name": "projects/1/secrets/db/versions/3",\n  "payload": {\n    "data": "${payload}",\n    "dataCrc32c": "2401765382"\n  }\n}\n`, 'version.json')).toEqual([`gcp-secret-manager-payload:${payload}`]);
  });

  it("reads '%s' inside a random password as two characters, and still as a format where it ends a word", () => {
    const p = `${g.chars(B62, 4)}=*%s${g.chars(B62, 12)}`;
    expect(found(`db_password: "${p}"\n`, 'group_vars/all.yml')).toEqual([`generic-secret-assignment:${p}`]);
    expect(rules('db_password: "%s"\nurl = "postgres://app:%s@db:5432/app"\n', 'settings.py')).toEqual([]);
  });
});

describe('a forty-first blind grading: messaging, communications and notification services', () => {
  const d = createDetector();
  const g = createSampleGen(4101);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;
  // Sixteen distinct lower-case letters, as Google shows an app password: four groups of four.
  const appPassword = (): string => {
    const picked = new Set<string>();
    while (picked.size < 16) picked.add(g.chars('abcdefghijklmnopqrstuvwxyz', 1));
    const letters = [...picked].join('');
    return [0, 4, 8, 12].map((i) => letters.slice(i, i + 4)).join(' ');
  };

  it("finds a Google app password near Gmail, PagerDuty's routing key near PagerDuty, Opsgenie's key under GENIE_KEY, and a Twilio API key's secret joined to its id", () => {
    const app = appPassword();
    expect(found(`smtp_smarthost: smtp.gmail.com:587\n  smtp_auth_username: alerts.example@gmail.com\n  smtp_auth_password: ${app}\n`, 'alertmanager.yml')).toEqual([`google-app-password:${app}`]);
    const joined = app.replace(/ /g, '');
    expect(found(`EMAIL_HOST=smtp.gmail.com\nEMAIL_HOST_PASSWORD="${joined}"\n`, '.env')).toEqual([`google-app-password:${joined}`]);
    const routing = g.chars(HEX, 32);
    expect(found(`requests.post("https://events.pagerduty.com/v2/enqueue", json={"routing_key": "${routing}", "event_action": "trigger"})\n`, 'alert.py')).toEqual([`pagerduty-routing-key:${routing}`]);
    const genie = uuid();
    expect(found(`const genieKey = process.env.GENIE_KEY || "${genie}";\n`, 'notify.ts')).toEqual([`opsgenie-api-key:${genie}`]);
    const secret = g.chars(B62, 32);
    expect(found(`curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC${g.chars(HEX, 32)}/Calls.json -u 'SK${g.chars(HEX, 32)}:${secret}'\n`, 'README.md')).toContain(`twilio-api-key-secret:${secret}`);
  });

  it("stays quiet on an Opsgenie request id, a PagerDuty dedup key, a VAPID public key and an AMQP routing key", () => {
    for (const text of [`route=/api/notify status=202 dedup_key=${g.chars(HEX, 32)} opsgenie_request=${uuid()}`, `const vapidKey = "B${g.chars(`${B62}-_`, 86)}";`, 'channel.publish(exchange, { routing_key: "orders.created" })']) {
      expect(rules(`${text}\n`, 'app.ts'), text).toEqual([]);
    }
  });
});

describe('a forty-second blind grading: Java, JVM and .NET enterprise configuration', () => {
  const d = createDetector();
  const g = createSampleGen(4201);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const password = (): string => `${g.chars(B62, 8)}!${g.chars(B62, 7)}`;

  it("reads a '$' that starts no variable's name inside a bare password, keytool's -storepass, XML entities, a Quarkus profile's prefix", () => {
    const dollar = `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${g.chars('abcdefghijkmnpqrstuvwxyz', 3)}517$oe${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}d`;
    expect(found(`spring.rabbitmq.username=appsvc\nspring.rabbitmq.password=${dollar}\n`, 'application.properties')).toEqual([`generic-secret-env:${dollar}`]);
    const store = password();
    const key = password();
    expect(found(`keytool -genkeypair -keystore app.p12 -storetype PKCS12 -storepass ${store} -keypass ${key} -dname "CN=app"\n`, 'mkcert.sh')).toEqual([`java-keystore-password-argument:${store}`, `generic-secret-flag:${key}`]);
    const entity = `${g.chars(B62, 5)}&amp;${g.chars(B62, 6)}!${g.chars(B62, 3)}`;
    expect(found(`<appender name="EMAIL" class="ch.qos.logback.classic.net.SMTPAppender">\n    <password>${entity}</password>\n</appender>\n`, 'logback.xml')).toEqual([`generic-secret-xml:${entity}`]);
    const quarkus = password();
    expect(found(`%prod.quarkus.datasource.username=app\n%prod.quarkus.datasource.password=${quarkus}\n`, 'application.properties')).toEqual([`generic-secret-env:${quarkus}`]);
    for (const text of ['DB_PASSWORD=abc$HOME', 'PASSWORD=$DB_PASSWORD', 'password=${DB_PASSWORD}']) expect(rules(`${text}\n`, '.env'), text).toEqual([]);
  });

  it("finds passwords passed by position (Groovy's Sql.newInstance, WLST's connect) and WildFly's clear-text credential reference", () => {
    const p = password();
    expect(found(`def sql = Sql.newInstance("jdbc:postgresql://db.internal/payments", "app", "${p}", "org.postgresql.Driver")\n`, 'report.groovy')).toEqual([`positional-password-call:${p}`]);
    const q = password();
    expect(found(`# WLST deployment\nconnect('weblogic', '${q}', 't3://wls-admin.internal:7001')\n`, 'deploy.py')).toEqual([`positional-password-call:${q}`]);
    const r = password();
    expect(found(`<key-store name="httpsKS">\n    <credential-reference clear-text="${r}"/>\n</key-store>\n`, 'standalone.xml')).toEqual([`wildfly-clear-text-credential:${r}`]);
  });

  it("stays quiet on NuGet's DPAPI-encrypted password and Tomcat's salted digests", () => {
    const B64 = `${B62}+/`;
    expect(rules(`<packageSourceCredentials>\n  <feed>\n    <add key="Username" value="build" />\n    <add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${g.chars(B64, 200)}" />\n  </feed>\n</packageSourceCredentials>\n`, 'NuGet.config')).toEqual([]);
    expect(rules(`<user username="admin" password="${g.chars('0123456789abcdef', 64)}$1$${g.chars('0123456789abcdef', 32)}" roles="manager-gui"/>\n`, 'tomcat-users.xml')).toEqual([]);
  });
});

describe('forty-third and forty-fourth blind gradings: observability pipelines, mobile backends and game development', () => {
  const d = createDetector();
  const g = createSampleGen(4301);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;
  const password = (): string => `${g.chars(B62, 8)}!${g.chars(B62, 7)}`;

  it("finds Sumo Logic's HTTP source URLs, Loggly's input URLs and Elastic's cloud.auth, and reads no password in a templated URL user", () => {
    const sumo = `${g.chars(`${B62}-_`, 94)}==`;
    expect(found(`<match app.**>\n  @type sumologic\n  endpoint https://endpoint2.collection.eu.sumologic.com/receiver/v1/http/${sumo}\n</match>\n`, 'fluent.conf')).toEqual([`sumo-logic-http-source-url:${sumo}`]);
    const loggly = uuid();
    expect(found(`uri = "https://logs-01.loggly.com/inputs/${loggly}/tag/notifier/"\n`, 'vector.toml')).toEqual([`loggly-customer-token:${loggly}`]);
    const elastic = password();
    expect(found(`cloud.id: "prod:${g.chars(B62, 40)}"\ncloud.auth: "elastic:${elastic}"\n`, 'filebeat.yml')).toEqual([`elastic-cloud-auth:${elastic}`]);
    expect(rules('Dsn = "https://${env:UPTRACE_DSN}@uptrace.billing.internal/6",\n', 'Startup.cs')).toEqual([]);
  });

  it('finds PocketBase\'s superuser password, an app-specific password under FASTLANE_PASSWORD, Agora\'s appCertificate and a Unity serial', () => {
    const pb = password();
    expect(found(`RUN /pb/pocketbase superuser upsert admin@example.org ${pb}\n`, 'Dockerfile')).toEqual([`pocketbase-superuser-password:${pb}`]);
    const apple = [0, 1, 2, 3].map(() => g.chars('abcdefghijklmnopqrstuvwxyz', 4)).join('-');
    expect(found(`FASTLANE_USER=dev@example.org\nFASTLANE_PASSWORD="${apple}"\n`, 'fastlane/.env')).toEqual([`apple-app-specific-password:${apple}`]);
    const cert = g.chars(HEX, 32);
    expect(found(`const { RtcTokenBuilder } = require('agora-token');\nconst appId = '${g.chars(HEX, 32)}';\nconst appCertificate = '${cert}';\n`, 'token-server.js')).toContain(`agora-app-certificate-code:${cert}`);
    const serial = ['2', '4', '4', '4', '4', '4'].map((n) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', Number(n))).join('-');
    expect(found(`unitySerial=${serial}\n`, 'gradle.properties')).toEqual([`unity-license-serial:${serial}`]);
  });

  it("stays quiet on FlutterFire's Firebase options, a Twitch client id, GameAnalytics' game key and Qonversion's project key", () => {
    const cases: [string, string][] = [
      [`static const FirebaseOptions android = FirebaseOptions(\n    apiKey: 'AIza${g.chars(`${B62}-_`, 35)}',\n    appId: '1:341649281539:android:4b${g.chars(HEX, 14)}',\n    messagingSenderId: '341649281539',\n);\n`, 'lib/firebase_options.dart'],
      [`TWITCH_CLIENT_ID = ${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30)}\n`, 'Config.xcconfig'],
      [`const val GA_GAME_KEY = "${g.chars(HEX, 32)}"\n`, 'Analytics.kt'],
      [`QONVERSION_PROJECT_KEY: "${g.chars(B62, 32)}"\n`, 'codemagic.yaml'],
      [`channel.publish(exchange, { routing_key: "${g.chars(HEX, 32)}" });\n`, 'publisher.ts'],
    ];
    for (const [text, path] of cases) expect(rules(text, path), path).toEqual([]);
  });
});

describe('forty-fifth to forty-seventh blind gradings: cloud providers in depth, identity and sessions, databases and queues', () => {
  const d = createDetector();
  const g = createSampleGen(4501);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${B62}+/`;
  const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const secrets = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;
  const password = (): string => `${g.chars(B62, 8)}!${g.chars(B62, 7)}`;

  it('reads a password with an escaped quote inside its string, and .properties escapes in a bare value', () => {
    const head = g.chars(B62, 6);
    const tail = `${g.chars(B62, 6)}#${g.chars(B62, 3)}`;
    expect(secrets(`define('DB_PASSWORD', '${head}\\'${tail}');\n`, 'wp-config.php')).toEqual([`${head}\\'${tail}`]);
    expect(secrets(`{"password": "${head}\\"${tail}"}\n`, 'config.json')).toEqual([`${head}\\"${tail}`]);
    // A string that holds a string literal still ends before its escaped closing quote.
    const inner = password();
    expect(secrets(`const password = "\\"${inner}\\"";\n`, 'a.js')).toEqual([inner]);
    expect(secrets(`db.password=${head}\\:${tail}\n`, 'application.properties')).toEqual([`${head}\\:${tail}`]);
  });

  it('judges generated passwords with no digit or only "_" as their sign under password names, and OCI\'s pass_phrase', () => {
    const noDigit = `${g.chars(UPPER, 2)}${g.chars('abcdefghijklmnopqrstuvwxyz', 1)}${g.chars(UPPER, 2)}m_d${g.chars(UPPER, 1)}x${g.chars(UPPER, 2)}xq`;
    expect(secrets(`"adminPassword": { "value": "${noDigit}" }\n`, 'azuredeploy.parameters.json')).toEqual([noDigit]);
    const phrase = `${g.chars(B62, 10)}%${g.chars(B62, 6)}`;
    expect(secrets(`[DEFAULT]\nkey_file=~/.oci/oci_api_key.pem\npass_phrase=${phrase}\n`, '.oci/config')).toEqual([phrase]);
    // Names are not passwords, whatever their case.
    for (const name of ['auth-password-label', 'spring.datasource.password', 'CLOUDSDK_PROXY_PASSWORD_value']) expect(rules(`password: "${name}"\n`, 'a.yaml'), name).toEqual([]);
  });

  it('finds Azure storage keys in `az storage account keys list` output, B2 application keys and Huawei sk pairs', () => {
    const key = `${g.chars(B64, 86)}==`;
    expect(found(`[\n  {\n    "creationTime": "2026-03-02T10:14:55+00:00",\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "${key}"\n  }\n]\n`, 'keys.json')).toEqual([`azure-storage-keys-list:${key}`]);
    const b2 = `K00${g.chars('12345', 1)}${g.chars(B64, 27)}`;
    expect(found(`b2_api.authorize_account("production", "00${g.chars(HEX, 23)}", "${b2}")\n`, 'sync.py')).toContain(`backblaze-b2-application-key:${b2}`);
    const sk = g.chars(B62, 40);
    expect(found(`obs:\n  ak: ${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}\n  sk: ${sk}\n  bucket: etl\n`, 'config.yaml')).toEqual([`huawei-cloud-sk-pair:${sk}`]);
  });

  it('stays quiet on ids and descriptions under credential names, and on a preposition\'s key in a sentence', () => {
    expect(rules(`spring.cloud.azure.active-directory.credential.client-id=${uuid()}\n`, 'application.properties')).toEqual([]);
    expect(rules(`{\n  "iam_apikey_description": "Auto-generated for key ${uuid()}",\n  "iam_apikey_name": "svc"\n}\n`, 'cos-credentials.json')).toEqual([]);
    expect(rules(`{ "name": "svc", "password_hash": "${g.chars(B64, 48)}", "hashing_algorithm": "rabbit_password_hashing_sha256" }\n`, 'definitions.json')).toEqual([]);
    expect(rules(`SOCIAL_AUTH_GOOGLE_OAUTH2_KEY = "${g.chars('0123456789', 12)}-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com"\n`, 'settings.py')).toEqual([]);
    expect(rules(`jdbc:postgresql://db.internal:5432/orders?user=app&password=%3Cpassword%3E&ssl=true\n`, 'Db.java')).toEqual([]);
    expect(rules(`  toPropertyKey: ["body.0.body.body.1.argument.callee"]\n`, 'helpers.js')).toEqual([]);
  });

  it('finds database and queue credentials in their own formats: Erlang cookies, CouchDB admins, Redis ACLs, NEO4J_AUTH, Helm lists', () => {
    const cookie = g.chars(UPPER, 20);
    expect(found(`      RABBITMQ_ERLANG_COOKIE: ${cookie}\n`, 'docker-compose.yml')).toEqual([`erlang-cookie:${cookie}`]);
    const admin = password();
    expect(found(`[admins]\nadmin = ${admin}\nops = -pbkdf2-${g.chars(HEX, 40)},${g.chars(HEX, 32)},10\n`, 'local.ini')).toEqual([`couchdb-admin-password:${admin}`]);
    expect(rules(`[couchdb]\nadmin = ${password()}\n`, 'local.ini')).not.toContain('couchdb-admin-password');
    const acl = password();
    expect(found(`user default off\nuser billing on >${acl} ~cache:* +@read\n`, 'users.acl')).toEqual([`redis-acl-password:${acl}`]);
    const neo = `${g.chars(B62, 6)}#${g.chars(B62, 5)}=&${g.chars(B62, 3)}`;
    expect(found(`NEO4J_AUTH=neo4j/${neo}\n`, '.env')).toEqual([`neo4j-auth-password:${neo}`]);
    const listed = g.chars(B62, 16);
    expect(secrets(`auth:\n  usernames: ["etl"]\n  passwords: ["${listed}"]\n`, 'values.yaml')).toEqual([listed]);
    const es = password();
    expect(secrets(`es = Elasticsearch(url, basic_auth=("elastic", "${es}"))\n`, 'client.py')).toEqual([es]);
  });

  it('reads "$" that starts no variable, "$$" and "&" inside bare and flag passwords', () => {
    for (const value of [`${g.chars(B62, 8)}%Q@${g.chars(B62, 3)}+x$MP`, `56%sai6Vc&o3#=$$*-Q=%`.replace('sai6', g.chars(B62, 4)), `u#Lc+c+^$d.wP${g.chars(B62, 3)}`]) {
      expect(secrets(`MYSQL_PASSWORD=${value}\n`, '.env'), value).toEqual([value]);
    }
    const flag = `${g.chars(B62, 7)}%c!+sJv$@+e${g.chars('0123456789', 2)}`;
    expect(secrets(`mysql -h db -u root --password='${flag}' -e 'SHOW DATABASES'\n`, 'dump.sh')).toEqual([flag]);
    // References stay references.
    expect(rules('MYSQL_PASSWORD=$MYSQL_ROOT_PASSWORD\nDB_PASSWORD=${DB_PASSWORD}\n', '.env')).toEqual([]);
  });

  it('finds signing secrets in the calls that use them, OTP seeds, Discord tokens at login, LDAP binds and RADIUS keys', () => {
    const jwtSecret = g.chars(B62, 32);
    expect(found(`const token = jwt.sign({ sub: user.id }, '${jwtSecret}', { algorithm: 'HS256' });\n`, 'auth.js')).toEqual([`signing-secret-call:${jwtSecret}`]);
    const cookieSecret = g.chars(B62, 30);
    expect(found(`app.use(cookieParser('${cookieSecret}'));\n`, 'app.ts')).toEqual([`signing-secret-call:${cookieSecret}`]);
    const hmac = g.chars(B62, 32);
    expect(secrets(`var hmacSecret = []byte("${hmac}")\n`, 'jwt.go')).toEqual([hmac]);
    const seed = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
    expect(found(`totp = pyotp.TOTP("${seed}")\n`, 'mfa.py')).toEqual([`otp-seed-call:${seed}`]);
    expect(secrets(`export MFA_SEED='${seed}'\n`, 'get-token.sh')).toEqual([seed]);
    // A token of an account made before 2022: an 18-digit ID, 24 characters of base64.
    const discord = `${Buffer.from(`2${g.chars('0123456789', 17)}`).toString('base64url')}.${g.chars(`${B62}-_`, 6)}.${g.chars(`${B62}-_`, 38)}`;
    expect(found(`client.login('${discord}');\n`, 'index.js')).toEqual([`discord-bot-token:${discord}`]);
    const bind = `${g.chars(B62, 6)}:${g.chars(B62, 9)}`;
    expect(secrets(`"bindCredential": ["${bind}"],\n`, 'realm-export.json')).toEqual([bind]);
    expect(secrets(`binddn cn=nslcd,ou=svc,dc=corp,dc=com\nbindpw ${bind}\n`, 'nslcd.conf')).toEqual([bind]);
    const radius = password();
    expect(found(`radius server ISE\n address ipv4 10.0.1.10 auth-port 1812 acct-port 1813\n key ${radius}\n!\n`, 'switch.cfg')).toEqual([`cisco-aaa-server-key:${radius}`]);
    expect(rules('radius server ISE\n address ipv4 10.0.1.10 auth-port 1812 acct-port 1813\n key <shared-secret>\n!\n', 'switch.cfg')).toEqual([]);
    // Google Authenticator's documented example seed, in every MFA tutorial.
    expect(rules(`otpauth://totp/Example:alice@google.com?secret=${['JBSWY3DP', 'EHPK3PXP'].join('')}&issuer=Example\n`, 'mfa.md')).toEqual([]);
  });

  it('finds secrets that are whole files by their path (Rails master.key, an Ansible vault password file, .erlang.cookie, recovery codes), and only there', () => {
    const master = g.chars(HEX, 32);
    expect(found(`${master}\n`, 'config/master.key')).toEqual([`rails-master-key-file:${master}`]);
    expect(found(`${master}\n`, 'apps/api/config/credentials/production.key')).toEqual([`rails-master-key-file:${master}`]);
    expect(rules(`${master}\n`, 'notes.txt')).toEqual([]);
    expect(rules(`${master}\n${master}\n`, 'config/master.key')).toEqual([]);
    const vault = password();
    expect(found(`${vault}\n`, 'ansible/.vault_pass')).toEqual([`ansible-vault-password-file:${vault}`]);
    expect(rules('#!/bin/sh\npass show ansible/vault\n', '.vault_pass')).toEqual([]);
    const cookie = g.chars(UPPER, 20);
    expect(found(cookie, 'rabbitmq/.erlang.cookie')).toEqual([`erlang-cookie-file:${cookie}`]);
    const codes = Array.from({ length: 16 }, () => `${g.chars(HEX, 5)}-${g.chars(HEX, 5)}`);
    const listed = d.scanRevealing(`${codes.join('\n')}\n`, { path: 'github-recovery-codes.txt' });
    expect(listed.map((f) => f.ruleId)).toEqual(['recovery-codes-file']);
    expect(listed[0]?.secret).toBe(codes.join('\n'));
    expect(rules(`${codes.slice(0, 3).join('\n')}\n`, 'github-recovery-codes.txt')).toEqual([]);
    // A config turns them off by id, as any rule.
    expect(createDetector({ config: { disabledRules: ['rails-master-key-file'] } }).scan(`${master}\n`, { path: 'config/master.key' })).toEqual([]);
  });
});

describe('forty-eighth to fiftieth blind gradings: CI/CD and registries, SaaS integrations and webhooks, Jamstack and edge', () => {
  const d = createDetector();
  const g = createSampleGen(4801);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${B62}+/`;
  const LOWER36 = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const secrets = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;

  it('stays quiet on keys their vendors publish: app keys, client-side keys, framework public variables, dotenvx ciphertext', () => {
    const cases: [string, string][] = [
      [`DROPBOX_APP_KEY = os.environ.get("DROPBOX_APP_KEY", "${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}4${g.chars(LOWER36, 8)}")\n`, 'integrations.py'],
      [`DOCUSIGN_INTEGRATION_KEY=${uuid()}\n`, '.env'],
      [`integrations.shopify-api-key=${g.chars(HEX, 32)}\n`, 'application.properties'],
      [`module.exports.shopifyApiKey = "${g.chars(HEX, 32)}";\n`, 'sync.cjs'],
      [`NEXT_PUBLIC_OPTIMIZELY_SDK_KEY="${g.chars(B62, 22)}"\n`, '.env.local'],
      [`const publicBuilderApiKey = import.meta.env.NEXT_PUBLIC_BUILDER_API_KEY ?? '${g.chars(HEX, 32)}';\n`, 'builder.ts'],
      [`VITE_MAPS_KEY=${g.chars(B62, 32)}\n`, '.env'],
      [`GHOST_CONTENT_API_KEY = "${g.chars(HEX, 26)}"\n`, 'wrangler.toml'],
      [`const statsig = "client-${g.chars(B62, 43)}";\n`, 'flags.ts'],
      [`SENTRY_AUTH_TOKEN="encrypted:${g.chars(B64, 120)}"\n`, '.env.production'],
      [`password("env.GH_TOKEN", "credentialsJSON:${uuid()}")\n`, 'settings.kts'],
      ['PIP_EXTRA_INDEX_URL=https://__token__:((pypi-token))@upload.pypi.org/simple\n', 'Dockerfile'],
    ];
    for (const [text, path] of cases) expect(rules(text, path), `${path}: ${text}`).toEqual([]);
    // A secret's name under a public prefix is still a secret shipped to every browser.
    const leaked = g.chars(B62, 40);
    expect(secrets(`NEXT_PUBLIC_STRIPE_SECRET=${leaked}\n`, '.env')).toEqual([leaked]);
  });

  it('finds Strapi APP_KEYS, a Dropbox app secret, values set with vercel env add, and base64 key material that starts with "/"', () => {
    const keys = [0, 1, 2, 3].map(() => `${g.chars(B64, 22)}==`).join(',');
    expect(found(`APP_KEYS=${keys}\n`, '.env')).toEqual([`strapi-app-keys:${keys}`]);
    const appSecret = `${g.chars('abcdefghijklmnopqrstuvwxyz', 5)}7${g.chars(LOWER36, 9)}`;
    expect(found(`DROPBOX_APP_SECRET=${appSecret}\n`, '.env')).toEqual([`dropbox-app-key-secret:${appSecret}`]);
    const vercel = g.chars(B62, 40);
    expect(found(`npx vercel env add AUTH0_CLIENT_SECRET production <<< "${vercel}"\n`, 'README.md')).toEqual([`vercel-env-add-value:${vercel}`]);
    const base = `/${g.chars(B62, 20)}/${g.chars(B64, 42)}`;
    expect(secrets(`SECRET_KEY_BASE = "${base}"\n`, '.env')).toEqual([base]);
  });

  it('reads assignments after a comment\'s words, CSV cells after bare cells, camel-case labels in prose, Basic auth under more names', () => {
    const inComment = g.chars(B62, 40);
    expect(secrets(`// TODO(ops): move to secret manager — zoomClientSecret = ${inComment}\n`, 'Code.gs')).toEqual([inComment]);
    const cell = g.chars(B62, 32);
    expect(secrets(`integration,setting,value,updated_by\nzoom,zoom_client_secret,"${cell}",jlee\n`, 'export.csv')).toEqual([cell]);
    const label = g.chars(B62, 40);
    expect(secrets(`{ "_comment_1": "previous webhookSecret was ${label} (rotated)" }\n`, 'appsettings.json')).toEqual([label]);
    const basic = Buffer.from(`${g.chars(B62, 20)}:X`).toString('base64');
    expect(found(`req['Authorization'] = 'Basic ${basic}'\n`, 'client.rb')).toEqual([`authorization-basic:${basic}`]);
    const header = Buffer.from(`ops@example.org/token:${g.chars(B62, 40)}`).toString('base64');
    expect(found(`zendesk:\n  auth_header: "Basic ${header}"\n`, 'integrations.yml')).toEqual([`authorization-basic:${header}`]);
    const hex = g.chars(HEX, 40);
    expect(secrets(`curl -s https://acme.pipedrive.com/api/v1/deals -H "x-api-token: ${hex}"\n`, 'runbook.md')).toEqual([hex]);
  });

  it('finds HubSpot tokens of other data centers, ClickUp tokens of short user ids, Yarn npmAuthIdent and jenkins-cli -auth', () => {
    const hubspot = `pat-na2-${uuid()}`;
    expect(found(`HUBSPOT=${hubspot}\n`, '.env')).toEqual([`hubspot-private-app-token-other:${hubspot}`]);
    const clickup = `pk_${g.chars('0123456789', 6)}_${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32)}`;
    expect(found(`const t = "${clickup}";\n`, 'a.ts')).toEqual([`clickup-personal-api-token:${clickup}`]);
    const ident = `${g.chars(B62, 14)}!${g.chars(LOWER36, 5)}`;
    expect(found(`npmRegistries:\n  "https://npm.example.org":\n    npmAuthIdent: "ci-bot:${ident}"\n`, '.yarnrc.yml')).toEqual([`yarn-npm-auth-ident:${ident}`]);
    const jenkins = `11${g.chars(HEX, 32)}`;
    expect(found(`sh 'java -jar jenkins-cli.jar -s https://ci.example.org/ -auth deploy:${jenkins} build deploy-prod'\n`, 'Jenkinsfile')).toEqual([`jenkins-cli-auth:${jenkins}`]);
  });
});

describe('fifty-second blind grading: network, VPN and backup infrastructure', () => {
  const d = createDetector();
  const g = createSampleGen(5201);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const password = (): string => `${g.chars(B62, 9)}-${g.chars(B62, 8)}`;

  it('finds the secrets of FortiGate, router, ASA, Junos and SNMPv3 configs, and leaves their encrypted and template forms', () => {
    const psk = g.chars(B62, 24);
    expect(found(`config vpn ipsec phase1-interface\n    edit "hq"\n        set psksecret ${psk}\n    next\nend\n`, 'fgt.conf')).toEqual([`fortios-clear-secret:${psk}`]);
    const md5 = g.chars(B62, 16);
    expect(found(`interface eth1\n ip ospf message-digest-key 1 md5 ${md5}\n!\n`, 'ospfd.conf')).toEqual([`routing-ipsec-device-key:${md5}`]);
    const ike = g.chars(B62, 18);
    expect(found(`tunnel-group 203.0.113.9 ipsec-attributes\n ikev1 pre-shared-key ${ike}\n`, 'asa.cfg')).toEqual([`routing-ipsec-device-key:${ike}`]);
    const junos = `$9$${g.chars(`${B62}./-`, 40)}`;
    expect(found(`set system radius-server 10.0.0.2 secret "${junos}"\n`, 'srx.set')).toEqual([`juniper-type9-secret:${junos}`]);
    const auth = g.chars(B62, 16);
    expect(found(`snmpwalk -v3 -l authPriv -u mon -a SHA -A '${auth}' -x AES -X '${g.chars(B62, 16)}' 10.0.0.5\n`, 'poll.sh')).toContain(`snmpv3-auth-priv-key:${auth}`);
    const stats = password();
    expect(found(`listen stats\n    stats auth operator:${stats}\n`, 'haproxy.cfg')).toEqual([`proxy-daemon-password:${stats}`]);
    const community = g.chars(B62, 14);
    expect(d.scanRevealing(`snmp_ro_community: ${community}\n`, { path: 'host_vars/fw01.yml' }).map((f) => f.secret)).toEqual([community]);
    for (const text of ['    set psksecret ENC <ciphertext>\n', ' ip ospf message-digest-key 1 md5 __MESSAGE_DIGEST_KEY__\n', ' ikev1 pre-shared-key *****\n']) expect(rules(text, 'device.cfg'), text).toEqual([]);
  });

  it('decodes Cisco type 7 values and reports the ones that hold text', () => {
    // Type 7 of a generated password, made with the published key.
    const KEY = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87';
    const clear = password();
    const encoded = `05${[...clear].map((c, i) => (c.charCodeAt(0) ^ KEY.charCodeAt((5 + i) % KEY.length)).toString(16).toUpperCase().padStart(2, '0')).join('')}`;
    expect(found(`line vty 0 4\n password 7 ${encoded}\n login\n`, 'running-config.txt')).toEqual([`cisco-ios-password:${encoded}`]);
    expect(rules(`line vty 0 4\n password 7 99${g.chars('0123456789ABCDEF', 20)}\n`, 'running-config.txt')).toEqual([]);
  });

  it('reads backup, rsync, ZeroTier and OpenVPN credential files by their paths', () => {
    const restic = g.chars(B62, 40);
    expect(found(`${restic}\n`, 'root/.restic-pass')).toEqual([`backup-password-file:${restic}`]);
    const psk = g.chars(HEX, 64);
    expect(found(`${psk}\n`, 'etc/zabbix/zabbix_agentd.psk')).toEqual([`backup-password-file:${psk}`]);
    const rsync = password();
    expect(found(`# user:password\nbackup:${rsync}\n`, 'etc/rsyncd.secrets')).toEqual([`rsync-secrets-file:${rsync}`]);
    const zt = g.chars(HEX, 128);
    expect(found(`${g.chars(HEX, 10)}:0:${g.chars(HEX, 128)}:${zt}\n`, 'var/lib/zerotier-one/identity.secret')).toEqual([`zerotier-identity-secret:${zt}`]);
    const vpn = password();
    expect(found(`monitor\n${vpn}\n`, 'etc/openvpn/client/auth.txt')).toEqual([`openvpn-auth-user-pass-file:${vpn}`]);
    expect(rules(`monitor\n${vpn}\n`, 'notes/todo.txt')).toEqual([]);
  });
});

describe('fifty-third blind grading: the string literals of many languages', () => {
  const d = createDetector();
  const g = createSampleGen(5301);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const secrets = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('reads a secret in each language\'s quoting: brackets, raw and prefixed strings, text blocks, heredocs, typed bindings', () => {
    const cases: [(v: string) => string, string][] = [
      [(v) => `database_password = %q{${v}}\n`, 'client.rb'],
      [(v) => `private_token = %(${v})\n`, 'config.cr'],
      [(v) => `my $redis_password = q{${v}};\n`, 'Config.pm'],
      [(v) => `access_token = ~s(${v})\n`, 'config.exs'],
      [(v) => `let aws_secret_key = {|${v}|}\n`, 'config.ml'],
      [(v) => `local auth_token = [[${v}]]\n`, 'init.lua'],
      [(v) => `AWS_SECRET_KEY=$'${v}'\n`, 'deploy.sh'],
      [(v) => `api_key = raw"${v}"\n`, 'config.jl'],
      [(v) => `authToken: #"${v}"#\n`, 'config.cue'],
      [(v) => `PRIVATE_TOKEN = f"${v}"\n`, 'settings.py'],
      [(v) => `{\n  dbPassword = ''\n    ${v}\n  '';\n}\n`, 'flake.nix'],
      [(v) => `$password = @'\n${v}\n'@\n`, 'deploy.ps1'],
      [(v) => `{\n  authToken: |||\n    ${v}\n  |||,\n}\n`, 'config.jsonnet'],
      [(v) => `private_token = <<~EOS.strip\n  ${v}\nEOS\n`, 'settings.rb'],
      [(v) => `let adminPassword = "${v}" :: Text\n`, 'Config.hs'],
      [(v) => `static SIGNING_SECRET: &[u8] = b"${v}";\n`, 'config.rs'],
      [(v) => `App_secret = <<"${v}">>,\n`, 'app.erl'],
      [(v) => `<Provider secretKey={'${v}'}>\n`, 'Root.jsx'],
      [(v) => `deepgram_api_key = userdata.get("DEEPGRAM_API_KEY") or "${v}"\n`, 'colab_notebook.py'],
      [(v) => `-define(DATABASE_PASSWORD, "${v}").\n`, 'app.erl'],
      [(v) => `FROM node:20\nENV SMTP_PASSWORD ${v}\n`, 'api.Dockerfile'],
      [(v) => `    headers:\n      authorization:\n      - Token ${v}\n      content-type:\n      - application/json\n`, 'tests/cassettes/test_chat.yaml'],
    ];
    for (const [wrap, path] of cases) {
      const value = `${g.chars(B62, 14)}${g.chars('0123456789', 2)}${g.chars(B62, 12)}`;
      expect(secrets(wrap(value), path), path).toEqual([value]);
    }
    // A heredoc's opening line is no value; interpolated text with a slot is a template.
    expect(secrets('password = <<~EOS.strip\n  REPLACE_ME\nEOS\n', 'settings.rb')).toEqual([]);
    expect(secrets('api_key = f"{settings.api_key}"\n', 'settings.py')).toEqual([]);
    expect(secrets('config = {"api_key": "value"}\n', 'settings.py')).toEqual([]);
    expect(secrets('ENV PATH /usr/local/bin:/usr/bin\nENV API_KEY_FILE /run/secrets/api_key\n', 'Dockerfile')).toEqual([]);
  });
});

describe('fifty-fourth and fifty-fifth blind gradings: research data portals and HPC; media, social and maps APIs', () => {
  const d = createDetector();
  const g = createSampleGen(5401);
  const HEX = '0123456789abcdef';
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds the research platforms\' keys where their clients keep them', () => {
    const tower = btoa(`{"tid": 43606}.${g.chars(HEX, 40)}`).replace(/=+$/, '');
    const cds = `${g.chars('123456789', 6)}:${uuid()}`;
    const cases: [string, string, string][] = [
      [tower, `export TOWER_ACCESS_TOKEN=${tower}\nnextflow run nf-core/rnaseq\n`, 'launch.sh'],
      [cds, `url: https://cds.climate.copernicus.eu/api/v2\nkey: ${cds}\n`, '.cdsapirc'],
      [cds, `c = cdsapi.Client(url="https://cds.climate.copernicus.eu/api/v2", key="${cds}")\n`, 'download.py'],
    ];
    const hex32 = g.chars(HEX, 32);
    cases.push([hex32, `{\n    "url"   : "https://api.ecmwf.int/v1",\n    "key"   : "${hex32}",\n    "email" : "analyst@met.example.org"\n}\n`, '.ecmwfapirc']);
    const galaxy = g.chars(HEX, 32);
    cases.push([galaxy, `usegalaxy:\n  url: "https://usegalaxy.org"\n  key: "${galaxy}"\n`, '.parsec.yml']);
    const labkey = `apikey|${g.chars(HEX, 32)}`;
    cases.push([labkey, `    env:\n      LABKEY_API_KEY: ${labkey}\n`, '.gitlab-ci.yml']);
    const dataverse = uuid();
    cases.push([dataverse, `curl -H "X-Dataverse-key: ${dataverse}" -X POST "$SERVER_URL/api/dataverses/root"\n`, 'publish.sh']);
    const census = g.chars(HEX, 40);
    cases.push([census, `from census import Census\nc = Census("${census}")\n`, 'census.py']);
    const redcap = g.chars('0123456789ABCDEF', 32);
    cases.push([redcap, `project = Project("https://redcap.med.uni-example.org/api/", "${redcap}")\n`, 'pycap.py']);
    const wandb = g.chars(HEX, 40);
    cases.push([wandb, `import wandb\nwandb.login(key="${wandb}")\n`, 'train.py']);
    const storage = `${g.chars(B62, 10)}&${g.chars('0123456789', 4)}x`;
    cases.push([storage, `StorageHost=localhost\nStorageUser=slurm\nStoragePass=${storage}\nLogFile=/var/log/slurm/slurmdbd.log\n`, 'etc/slurm/slurmdbd.conf']);
    const munge = `${g.chars(`${B62}+/`, 171)}=`;
    cases.push([munge, `slurm_cluster_name: nebula\nmunge_key_b64: "${munge}"\n`, 'group_vars/cluster/vars.yml']);
    const anaconda = `jd-${uuid()}`;
    cases.push([anaconda, `      - run: anaconda -t ${anaconda} upload --user lab dist/*\n`, '.github/workflows/publish.yml']);
    const omero = `${g.chars(B62, 12)}!${g.chars('0123456789', 3)}`;
    cases.push([omero, `omero login -s omero.lab-example.org -u pnguyen -w '${omero}'\n`, 'import.sh']);
    const sas = g.chars(HEX, 36);
    cases.push([sas, `/* pull data */\n%let ncbi_api_key = ${sas};\nfilename resp temp;\n`, 'sas/import.sas']);
    for (const [secret, text, path] of cases) expect(found(text, path).map((s) => s.replace(/;$/, '')), path).toContain(secret);
    // iRODS' scrambled password file, markup-like punctuation and all.
    const irods = `${g.chars(B62, 5)}<^p>(s>@ci!${g.chars(B62, 6)}`;
    expect(found(`${irods}\n`, 'home/.irods/.irodsA')).toEqual([irods]);
  });

  it('finds the media and social APIs\' keys', () => {
    const apiHash = g.chars(HEX, 32);
    const omdb = g.chars(HEX, 8);
    const owm = g.chars(HEX, 32);
    const flickr = g.chars(HEX, 16);
    const bsky = [0, 1, 2, 3].map(() => g.chars('abcdefghijklmnopqrstuvwxyz234567', 4)).join('-');
    const fb = `${g.chars('0123456789', 15)}|${g.chars(HEX, 32)}`;
    const cases: [string, string, string][] = [
      [apiHash, `const TG_API_HASH = '${apiHash}';\n`, 'index.js'],
      [apiHash, `client = TelegramClient('session', 8261993, '${apiHash}')\n`, 'bot.py'],
      [apiHash, `{"cells": [{"source": ["TG_API_HASH = \\"${apiHash}\\"\\n", "print(1)"]}]}\n`, 'explore.ipynb'],
      [omdb, `OMDB_API_KEY='${omdb}'\n`, '.env'],
      [omdb, `fetch("http://www.omdbapi.com/?t=Alien&y=1979&apikey=${omdb}")\n`, 'demo.html'],
      [owm, `const r = await fetch('https://api.openweathermap.org/data/2.5/weather?q=Bergen,NO&units=metric&appid=${owm}');\n`, 'background.js'],
      [owm, `openweathermap:\n  appid: ${owm}\n`, 'config.yaml'],
      [flickr, `FLICKR_SECRET="${flickr}"\n`, '.env'],
      [bsky, `BLUESKY_APP_PASSWORD=${bsky}\n`, '.env'],
      [fb, `app_token = ${fb}\n`, 'praw.ini'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), path).toContain(secret);
  });

  it('leaves public keys, CAPTCHA site keys, documented examples, alphabet placeholders and prefixed hash literals alone', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(found(`{\n  "manifest_version": 3,\n  "key": "${spki}"\n}\n`, 'extension/manifest.json')).toEqual([]);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(found(`jwt_verify_key = "${ec}"\n`, 'settings.py')).toEqual([]);
    // A private key in PKCS#8 is not a public key.
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(found(`signing_key = "${pkcs8}"\n`, 'settings.py')).toEqual([pkcs8]);
    const siteKey = `6Le${g.chars(`${B62}-_`, 37)}`;
    expect(found(`requests.get("https://2captcha.com/in.php?method=userrecaptcha&googlekey=${siteKey}&json=1")\n`, 'solve.py')).toEqual([]);
    expect(found(`RECAPTCHA_SITE_KEY=${siteKey}\n`, '.env')).toEqual([]);
    // Telegram's documented example bot token, and a placeholder typed along the alphabet.
    const telegramExample = ['123456', ':ABC-DEF1234', 'ghIkl-zyx57W2v1u123ew11'].join('');
    expect(found(`bot_token = "${telegramExample}"\n`, 'bot.toml')).toEqual([]);
    expect(found(`TELEGRAM_BOT_TOKEN = "123456789:${['ABCdefGh', 'IJKlmNoPQRsTUVwxyZ'].join('')}"\n`, 'main.py')).toEqual([]);
    // Jupyter's hashed password with Python 2's u'' prefix.
    expect(found(`c.NotebookApp.password = u'sha1:${g.chars(HEX, 12)}:${g.chars(HEX, 40)}'\n`, 'jupyter_notebook_config.py')).toEqual([]);
  });

  it('reads .properties escapes, Zig multiline strings and a text block closed on its value\'s line', () => {
    const value = `${g.chars(B62, 14)}${g.chars('0123456789', 2)}${g.chars(B62, 8)}`;
    expect(found(`api_key = """\n${value}"""\n`, 'config.toml')).toEqual([value]);
    expect(found(`const api_key =\n    \\\\${value}\n;\n`, 'build.zig')).toEqual([value]);
    const hook = `https\\://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${g.chars(HEX, 32)}/${uuid()}`;
    expect(d.scan(`teams.webhook=${hook}\n`, { path: 'app.properties' }).map((f) => f.ruleId)).toEqual(['microsoft-teams-incoming-webhook']);
  });
});

describe('fifty-sixth and fifty-seventh blind gradings: commerce, marketing and logistics; productivity and collaboration tools', () => {
  const d = createDetector();
  const g = createSampleGen(5601);
  const HEX = '0123456789abcdef';
  const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds eBay, Amazon LWA and Avalara credentials', () => {
    const cert = `PRD-${g.chars(HEX, 12)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}`;
    const userToken = `v^1.1#i^1#f^0#p^3#I^3#r^0#t^H4sI${g.chars(`${B64URL}+/`, 400)}=`;
    const refresh = `Atzr|IwEB${g.chars(B64URL, 300)}`;
    const avalara = g.chars('0123456789ABCDEF', 16);
    const cases: [string, string, string][] = [
      [cert, `      EBAY_CERT_ID: ${cert}\n`, '.github/workflows/deploy.yml'],
      [userToken, `[ebay]\nuser_token = ${userToken}\n`, 'settings.ini'],
      [refresh, `    environment:\n      - SP_API_REFRESH_TOKEN=${refresh}\n`, 'docker-compose.yml'],
      [refresh, `curl -sf -H "Authorization: Bearer ${refresh}" https://advertising-api.amazon.com/v2/profiles\n`, 'deploy.sh'],
      [avalara, `      AVALARA_LICENSE_KEY: "${avalara}"\n`, 'docker-compose.yml'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), path).toContain(secret);
  });

  it('finds a Homepage dashboard widget\'s key, token or password, and leaves its variables', () => {
    const key = g.chars(HEX, 32);
    const app = [0, 1, 2, 3].map(() => g.chars('abcdefghijklmnopqrstuvwxyz234567', 4)).join('-');
    const text = `- Media:\n    - Sonarr:\n        href: http://sonarr.lan:8989\n        widget:\n          type: sonarr\n          url: http://sonarr.lan:8989\n          key: ${key}\n    - Bluesky:\n        widget:\n          type: bluesky\n          key: ${app}\n    - Plex:\n        widget:\n          type: plex\n          url: http://plex.lan\n          key: {{HOMEPAGE_VAR_PLEX_KEY}}\n`;
    expect(found(text, 'config/services.yaml')).toEqual([key, app]);
  });

  it('leaves keys published by design: Algolia search keys, Braze SDK keys, Yotpo app keys, Shopify API keys, Figma file keys', () => {
    const hex32 = g.chars(HEX, 32);
    expect(found(`[integrations.algolia]\nsearch_api_key = "${hex32}"\n`, 'shopify.app.toml')).toEqual([]);
    expect(found(`'search_api_key' => env('ALGOLIA_SEARCH_API_KEY', '${hex32}'),\n`, 'config/services.php')).toEqual([]);
    expect(found(`BRAZE_SDK_API_KEY=${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}\n`, '.env')).toEqual([]);
    expect(found(`{ "key": "X-shopify-api-key", "value": "${hex32}" }\n`, 'Marketplace.postman_collection.json')).toEqual([]);
    expect(found(`FIGMA_FILE_KEY=${g.chars(B64URL.slice(0, 62), 22)}\n`, '.env')).toEqual([]);
    expect(found(`{"fileKey":"${g.chars(B64URL.slice(0, 62), 22)}","nodeId":"315:427"}\n`, 'figma/tokens.json')).toEqual([]);
    // Elasticsearch's API key is a secret.
    const es = g.chars(B64URL.slice(0, 62), 40);
    expect(found(`ELASTICSEARCH_API_KEY=${es}\n`, '.env')).toEqual([es]);
  });
});

describe('fifty-eighth and fifty-ninth blind gradings: security and OSINT tooling; Asian platforms', () => {
  const d = createDetector();
  const g = createSampleGen(5801);
  const HEX = '0123456789abcdef';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds the keys recon tools keep: provider-config lists, theHarvester blocks, recon-ng, SDK clients, tool command lines', () => {
    const shodan = [g.chars(ALNUM, 32), g.chars(ALNUM, 32)];
    const zoomeye = uuid();
    const list = `shodan:\n  - ${shodan[0]}\n  - \${SHODAN_KEY}\n  - ${shodan[1]}\nvirustotal: []\nzoomeyeapi: [${zoomeye}]\nsmtp_cc:\n  - soc-alerts@corp-example.io\n`;
    expect(found(list, '.config/subfinder/provider-config.yaml')).toEqual([...shodan, zoomeye]);
    const hunter = g.chars(HEX, 40);
    expect(found(`apikeys:\n  hunter:\n    key: ${hunter}\n  zoomeye:\n    key:\n`, 'api-keys.yaml')).toEqual([hunter]);
    const vt = g.chars(HEX, 64);
    expect(found(`workspaces create client_a\nkeys add virustotal_api ${vt}\n`, 'setup_keys.rc')).toEqual([vt]);
    const misp = g.chars(ALNUM, 40);
    expect(found(`misp = PyMISP("https://misp.local", "${misp}", False)\n`, 'triage.py')).toEqual([misp]);
    const escaped = g.chars(ALNUM, 32);
    expect(found(`{"source": ["api = shodan.Shodan(\\"${escaped}\\")\\n"]}\n`, 'hunt.ipynb')).toContain(escaped);
    const pass = `${g.chars(ALNUM, 12)}#${g.chars(ALNUM, 4)}`;
    for (const line of [`msfrpcd -U msf -P '${pass}' -f`, `./teamserver 10.20.30.40 '${pass}' profiles/amazon.profile`, `/opt/splunk/bin/splunk add monitor /var/log/eve.json -auth admin:${pass}`, `load msgrpc ServerHost=127.0.0.1 User=msf Pass=${pass}`]) {
      expect(found(`${line}\n`, 'run.sh'), line).toEqual([pass]);
    }
    // References and ciphertext in the same places stay quiet.
    expect(found('fofa:\n  - ops@163.com:arn:aws:secretsmanager:eu-west-1:078291889455:secret:osint/fofa-jAoh6B\nchaos: [ENC[AES256_GCM,data:T1BDcWpyc2VNZ2NJaXR3a0FzTDNjU2xT,iv:Zm90VVI0SkRCZGphNDBlRW=,tag:WHJyVlNPbjRjbUFpV==,type:str]]\n', 'provider-config.yaml')).toEqual([]);
  });

  it('reads CJK documents\' labels (a full-width colon, a camel-case name in bold) and leaves their public keys and placeholders', () => {
    const secret = g.chars(ALNUM, 32);
    expect(found(`## 腾讯云\n\n- **secretId**：AKID${g.chars(ALNUM, 32)}\n- **secretKey**：${secret}\n- **region**：ap-shanghai\n`, 'docs/setup.ja.md')).toContain(secret);
    expect(found(`* **API key:** ${secret}\n`, 'README.md')).toEqual([secret]);
    const js = g.chars(HEX, 32);
    expect(found(`KAKAO_JAVASCRIPT_KEY=${js}\nKAKAO_NATIVE_APP_KEY=${g.chars(HEX, 32)}\nTOSS_CLIENT_KEY=test_gck_${g.chars(ALNUM, 24)}\n`, '.env')).toEqual([]);
    expect(found(`<property name="appKey" value="ding${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}"/>\n`, 'conf/nacos.xml')).toEqual([]);
    // A Kubernetes Secret's data holding a placeholder written in Korean or Chinese, a Jasypt value after a Tencent id.
    const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
    expect(found(`data:\n  TENCENT_SMS_SECRET_KEY: ${b64('여기에_키')}\n  COOLSMS_API_SECRET: ${b64('你的密钥')}\n`, 'k8s/secret.yaml')).toEqual([]);
    const cipher = g.chars(ALNUM, 32);
    expect(found(`TENCENT_SECRET_ID=AKID${g.chars(ALNUM, 32)}\nDINGTALK_ROBOT_WEBHOOK='ENC(${cipher})'\n`, '.env')).not.toContain(cipher);
  });
});

describe('sixtieth and sixty-first blind gradings: DNS, ACME and CDN automation; market data and trading APIs', () => {
  const d = createDetector();
  const g = createSampleGen(6001);
  const HEX = '0123456789abcdef';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds dynamic DNS tokens in their update URLs, Caddy\'s acme_dns token, Traefik\'s ACME account key, Alpha Vantage keys and a UUID under AccessKey', () => {
    const afraid = g.chars(ALNUM, 24);
    const duck = uuid();
    const cf = g.chars(ALNUM, 40);
    const der = `MIIJKQIBAAKCAgEA${g.chars(`${ALNUM}+/`, 600)}`;
    const av = g.chars(UPPER, 16);
    const bunny = uuid();
    const cases: [string, string, string][] = [
      [afraid, `*/5 * * * * curl -s "https://sync.afraid.org/u/${afraid}/" >/dev/null\n`, 'crontab'],
      [duck, `curl -s "https://www.duckdns.org/update/myhomelab/${duck}"\n`, 'duck.sh'],
      [cf, `{\n\temail ops@corp-example.io\n\tacme_dns cloudflare ${cf}\n}\n`, 'Caddyfile'],
      [der, `{\n  "letsencrypt": {\n    "Account": {\n      "PrivateKey": "${der}",\n      "KeyType": "4096"\n    }\n  }\n}\n`, 'acme.json'],
      [av, `{\n  "alpha_vantage_key": "${av}"\n}\n`, 'config.json'],
      [av, `ts = TimeSeries(key="${av}", output_format="pandas")\n`, 'prices.py'],
      [bunny, `curl --header 'AccessKey: ${bunny}' https://api.bunny.net/pullzone\n`, 'purge.sh'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), path).toContain(secret);
  });

  it('leaves an Akamai API host, an HCL reference, a Pi-hole password hash and IEX publishable tokens', () => {
    expect(found(`[default]\nhost = akab-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}.luna.akamaiapis.net\n`, '.edgerc')).toEqual([]);
    expect(found('resource "cloudflare_tunnel" "t" {\n  name   = "homelab"\n  secret = random_id.tunnel_secret.b64_std\n}\n', 'terraform/main.tf')).toEqual([]);
    expect(found(`WEBPASSWORD=${g.chars(HEX, 64)}\nPIHOLE_DNS_1=9.9.9.9\n`, 'etc/pihole/setupVars.conf')).toEqual([]);
    const plain = `Pi${g.chars(ALNUM, 10)}!x`;
    expect(found(`    environment:\n      WEBPASSWORD: '${plain}'\n`, 'docker-compose.yml')).toEqual([plain]);
    expect(found(`IEX_TOKEN = os.getenv("IEX_TOKEN", "pk_${g.chars(HEX, 32)}")\nIEX_SANDBOX=Tpk_${g.chars(HEX, 32)}\n`, 'app.py')).toEqual([]);
  });
});


describe('sixty-second to sixty-sixth blind gradings: IoT and smart home; HR, finance and e-signature; workstation credential files; health, government and education; AI agent configs', () => {
  const d = createDetector();
  const g = createSampleGen(6201);
  const HEX = '0123456789abcdef';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds IoT credentials: Wi-Fi and ThingSpeak secrets under the template comment, C arrays, camel-case PSK and MQTT names, positional MQTT and balena values, OTA --auth', () => {
    const wifi = `${g.chars(ALNUM, 9)}-${g.chars(ALNUM, 4)}7`;
    const ts = `${g.chars(UPPER, 7)}4${g.chars(UPPER, 8)}`;
    const psk = `${g.chars(ALNUM, 15)}3${g.chars(ALNUM, 4)}`;
    const mqtt = `${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 4)}9`;
    const ota = `${g.chars(ALNUM, 12)}5${g.chars(ALNUM, 3)}`;
    const cases: [string, string, string][] = [
      [wifi, `#define SECRET_SSID "HomeNet"\n#define SECRET_PASS "${wifi}" // replace MyPassword with your WiFi password\n`, 'WriteMultipleFields/secrets.h'],
      [ts, `#define SECRET_CH_ID 0000000\n#define SECRET_WRITE_APIKEY "${ts}" // replace XYZ with your channel write API Key\n`, 'WriteMultipleFields/secrets.h'],
      [ts, `[thingspeak]\nts_write_key = "${ts}"\n`, 'config.toml'],
      [wifi, `char ssid[] = "HomeNet";\nchar pass[] = "${wifi}";\n`, 'src/main.cpp'],
      [psk, `const wifiPsk = "${psk}"\n`, 'config.go'],
      [psk, `balena env add GOLIOTH_PSK ${psk} --fleet greenhouse\n`, '.balena/env'],
      [mqtt, `const mqttPass = "${mqtt}"\n`, 'config.go'],
      [mqtt, `client.username_pw_set("sensor-01", "${mqtt}")\n`, 'mqtt_client.py'],
      [ota, `[env:esp32dev]\nupload_protocol = espota\nupload_flags =\n  --auth=${ota}\n`, 'platformio.ini'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), `${path}: ${text.split('\n')[0]}`).toContain(secret);
  });

  it('finds Z-Wave and Zigbee network keys, LoRaWAN keys as byte arrays, Hue, openHAB, Tuya device lists, Particle auth options and IoT Hub SAS tokens', () => {
    const zwave = g.chars('0123456789ABCDEF', 32);
    const bytes = Array.from({ length: 16 }, (_, i) => (i * 37 + 11 + Number.parseInt(g.chars(HEX, 1), 16)) % 256);
    const appKey = Array.from({ length: 16 }, () => `0x${g.chars('0123456789ABCDEF', 2)}`).join(', ');
    const hue = `${g.chars(ALNUM, 20)}-${g.chars(ALNUM, 19)}`;
    const oh = `oh.grafana.${g.chars(ALNUM, 70)}`;
    const tuya = `${g.chars(ALNUM, 6)}(!${g.chars(ALNUM, 8)}`;
    const particle = g.chars(HEX, 40);
    const sig = `${g.chars(ALNUM, 43)}%3D`;
    const cases: [string, string, string][] = [
      [zwave, `{\n  "zwave": {\n    "securityKeys": {\n      "S2_Authenticated": "${zwave}"\n    }\n  }\n}\n`, 'zwavejs/settings.json'],
      [zwave, `const keyS2Authenticated = '${zwave}';\n`, 'index.js'],
      [`[${bytes.join(', ')}]`, `advanced:\n  pan_id: 6754\n  network_key: [${bytes.join(', ')}]\n`, 'z2m/configuration.yaml'],
      [`[${bytes.join(', ')}]`, `Z2M_NETWORK_KEY = "[${bytes.join(', ')}]"\n`, 'bridge.py'],
      [appKey, `static const u1_t PROGMEM APPKEY[16] = { ${appKey} };\n`, 'src/lorawan_keys.h'],
      [hue, `curl -s -H "hue-application-key: ${hue}" https://192.168.0.29/clip/v2/resource/light\n`, 'test.sh'],
      [hue, `curl -X PUT http://192.168.1.20/api/${hue}/lights/3/state -d '{"on":true}'\n`, 'README.md'],
      [oh, `#define OPENHAB_TOKEN "${oh}"\n`, 'sketch/config.h'],
      [tuya, `#define TUYA_LOCAL_KEY "${tuya}"\n`, 'include/secrets.h'],
      [particle, `particle.getVariable({ deviceId: '${g.chars(HEX, 24)}', name: 'temp', auth: '${particle}' });\n`, 'particle.js'],
      [sig, `mosquitto_pub -h hub.azure-devices.net -P "SharedAccessSignature sr=hub.azure-devices.net%2Fdevices%2Fs1&sig=${sig}&se=1767225600" -t t\n`, 'pub.sh'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path).join('\n'), path).toContain(secret);
  });

  it('finds finance and workstation credentials: Mercury, SAP XSUAA secrets in logs, AvaTax keys, Django keys with capitals, API keys as curl users, FileZilla, HTTPie, K3s, long tokens', () => {
    const mercury = `secret-token:mercury_production_wma_${g.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 43)}_yrucrem`;
    const sap = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}$${g.chars(`${ALNUM}-_`, 43)}=`;
    const avatax = g.chars('0123456789ABCDEF', 16);
    const django = `${g.chars(ALNUM, 20)}(${g.chars(ALNUM, 14)}!@${g.chars(ALNUM, 13)}`;
    const bamboo = g.chars(HEX, 40);
    const ftpPassword = `${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 3)}`;
    const httpie = `${g.chars(ALNUM, 12)}!${g.chars(ALNUM, 4)}`;
    const k3s = `K10${g.chars(HEX, 64)}::server:${g.chars(HEX, 32)}`;
    const sso = `aoa${g.chars(ALNUM, 120)}:${g.chars(`${ALNUM}+/`, 140)}`;
    const refresh = `0.A${g.chars(`${ALNUM}-_.`, 1100)}`;
    const solcast = `${g.chars(ALNUM, 7)}-${g.chars(ALNUM, 22)}87`;
    const cases: [string, string, string][] = [
      [mercury, `curl -H "Authorization: Bearer ${mercury}" https://api.mercury.com/api/v1/accounts\n`, 'README.md'],
      [sap, `2024-05-22T14:09:09.753Z DEBUG loaded config SAP_CLIENT_SECRET=${sap}\n`, 'logs/sync.log'],
      [avatax, `export AVATAX_LICENSE_KEY='${avatax}'\n`, 'bootstrap.sh'],
      [django, `DJANGO_SECRET_KEY="${django}"\n`, '.env'],
      [bamboo, `curl -s -u "${bamboo}:x" "https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory"\n`, 'setup.md'],
      [btoa(ftpPassword), `<Server>\n  <Host>ftp.corp.example</Host>\n  <User>deploy</User>\n  <Pass encoding="base64">${btoa(ftpPassword)}</Pass>\n</Server>\n`, 'FileZilla/sitemanager.xml'],
      [`deploy:${httpie}`, `{\n  "auth": {\n    "password": null,\n    "raw_auth": "deploy:${httpie}",\n    "type": "basic"\n  }\n}\n`, '.config/httpie/sessions/api.acme.io/prod.json'],
      [k3s, `curl -sfL https://get.k3s.io | K3S_URL=https://10.0.0.5:6443 K3S_TOKEN=${k3s} sh -\n`, '.bash_history'],
      [sso, `{\n  "startUrl": "https://d-1234567890.awsapps.com/start",\n  "accessToken": "${sso}",\n  "expiresAt": "2024-10-22T02:19:08Z"\n}\n`, '.aws/sso/cache/token.json'],
      [refresh, `{\n  "RefreshToken": {\n    "k": {\n      "credential_type": "RefreshToken",\n      "secret": "${refresh}"\n    }\n  }\n}\n`, '.azure/msal_token_cache.json'],
      [solcast, `[api]\nsolcast_api_key = ${solcast}\n`, 'bridge.conf'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path).join('\n'), path).toContain(secret);
  });

  it('finds second-round shapes: offlineimap and OpenLDAP pass names, htpasswd batch mode, vault password and token files, Orthanc users, Sanctum tokens', () => {
    const pw = `${g.chars(ALNUM, 11)}^${g.chars(ALNUM, 6)}`;
    const vaultToken = `s.${g.chars(ALNUM, 24)}`;
    const sanctum = `${g.chars('123456789', 1)}${g.chars('0123456789', 2)}|${g.chars(ALNUM, 40)}`;
    const cases: [string, string, string][] = [
      [pw, `[Repository Remote]\ntype = IMAP\nremotehost = imap.corp.example\nremoteuser = farah\nremotepass = ${pw}\n`, '.offlineimaprc'],
      [pw, `services:\n  ldap:\n    environment:\n      LDAP_ROOTPASS: ${pw}\n`, 'docker-compose.yml'],
      [pw, `keystore.path = \${dir.appdata}/keystore.jks\nkeystore.storepass = ${pw}\n`, 'conf/mirth.properties'],
      [pw, `: 1715491931:0;htpasswd -b -c /etc/nginx/.htpasswd admin ${pw}\n`, '.zsh_history'],
      [pw, `${pw}\n`, 'home/farah/.ansible-vault-pass'],
      [vaultToken, `${vaultToken}\n`, 'home/sven/.vault-token'],
      [pw, `{\n  "AuthenticationEnabled": true,\n  "RegisteredUsers": {\n    "admin": "${pw}",\n    "viewer": "${pw.slice(1)}x"\n  }\n}\n`, 'orthanc.json'],
      [sanctum, `curl -H "Authorization: Bearer ${sanctum}" https://api.givebutter.com/v1/campaigns\n`, 'README.md'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), path).toContain(secret);
    // Both of Orthanc's users.
    expect(found(`{\n  "RegisteredUsers": {\n    "admin": "${pw}",\n    "viewer": "${pw.slice(1)}x"\n  }\n}\n`, 'orthanc.json')).toEqual([pw, `${pw.slice(1)}x`]);
  });

  it('leaves a Salesforce consumer key (the OAuth client id) and a Sentry DSN stored base64-encoded', () => {
    expect(found(`SF_CONSUMER_KEY=3MVG${g.chars(`${ALNUM}._`, 81)}\n`, '.env')).toEqual([]);
    const dsn = Buffer.from(`https://${g.chars(HEX, 32)}@o${g.chars('0123456789', 6)}.ingest.sentry.io/${g.chars('0123456789', 7)}`).toString('base64');
    expect(found(`apiVersion: v1\nkind: Secret\ndata:\n  SENTRY_DSN: ${dsn}\n`, 'deploy/k8s/agent-secrets.yaml')).toEqual([]);
  });

  it('leaves docker login\'s registry after --password-stdin, a credential constructor\'s user, anonymous FTP\'s e-mail password, documented examples and Zigbee2MQTT\'s sample key', () => {
    expect(found('aws ecr get-login-password | docker login --username AWS --password-stdin 354212345678.dkr.ecr.us-east-1.amazonaws.com\n', '.bash_history')).toEqual([]);
    const secret = `${g.chars(ALNUM, 12)}~${g.chars(ALNUM, 20)}`;
    const appId = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    const ps = found(`Connect-AzAccount -ServicePrincipal -Credential (New-Object PSCredential("${appId}", (ConvertTo-SecureString "${secret}" -AsPlainText -Force)))\n`, 'ConsoleHost_history.txt');
    expect(ps).not.toContain(appId);
    expect(ps).toContain(secret);
    expect(found('machine ftp.gnu.org\n  login anonymous\n  password lena.kovacs@mailbox.example\n', '.netrc')).toEqual([]);
    expect(found('ADOBE_SIGN_INTEGRATION_KEY=3AAABLblNOTREALTOKENLDaV\n', '.env')).toEqual([]);
    expect(found('advanced:\n  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]\n', 'configuration.yaml')).toEqual([]);
    expect(found('{ "key": "api_key_name_here", "value": "x" }\n{ "name": "plug", "id": "bf0123456789abcdefgh", "key": "0123456789abcdef", "version": "3.3" }\n', 'devices.json')).toEqual([]);
  });
});

describe('sixty-seventh to sixty-ninth blind gradings: data engineering and notebooks, tool output and transcripts, on-premises administration', () => {
  const d = createDetector();
  const g = createSampleGen(6901);
  const HEX = '0123456789abcdef';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${ALNUM}+/`;
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  // An administrator's password: words, digits and punctuation.
  const password = (): string => `${g.pick(['Cobalt', 'Harbor', 'Juniper', 'Falcon'])}${g.chars(ALNUM, 5)}${g.pick(['#', '!', '%', '*'])}${g.int(10, 99)}`;

  it('finds passwords that Windows and Linux administration tools take on their command line or standard input', () => {
    const pw = password();
    const cases: [string, string][] = [
      [`mqsisetdbparms IIB10NODE -n jdbc::ORADS -u ace_ora -p '${pw}'\n`, 'esb/set_credentials.sh'],
      [`$JBOSS_HOME/bin/add-user.sh -u ops -p '${pw}' -g admin --silent\n`, 'jboss/bootstrap.sh'],
      [`rdesktop -u ops -d CORP -p '${pw}' -g 1600x900 ts19.corp.test\n`, 'scripts/rdp.sh'],
      [`ExecStart=/usr/bin/x11vnc -display :0 -forever -passwd ${pw} -shared\n`, 'x11vnc.service'],
      [`ktpass /out C:\\Temp\\web.keytab /princ HTTP/web.corp.test@CORP.TEST /mapuser CORP\\svc_web /pass ${pw} /crypto AES256-SHA1\n`, 'kerberos/ktpass.cmd'],
      [`%APPCMD% set apppool "HRPool" /processModel.identityType:SpecificUser /processModel.userName:CORP\\svc_iis /processModel.password:${pw}\n`, 'iis/setup.cmd'],
      [`xfreerdp /v:rds11.corp.test /u:CORP\\ops /p:'${pw}' /cert:ignore\n`, 'scripts/jump.sh'],
      [`echo 'root:${pw}' | chpasswd\n`, 'firstboot.sh'],
      [`echo '${pw}' | vncpasswd -f > ~/.vnc/passwd\n`, 'vnc.sh'],
      [`echo -n '${pw}' | realm join --user=svc_join corp.test\n`, 'join.sh'],
      [`(echo "${pw}"; echo "${pw}") | smbpasswd -s -a backup\n`, 'samba.sh'],
      [`smbclient //fs19/scans -U 'CORP\\svc_scan%${pw}' -c 'prompt off; mget *.pdf'\n`, 'cron.d/scan'],
      [`cmd = ["smbclient", "//fs33/scans", "-U", "CORP\\\\svc_scan%${pw}", "-c", "ls"]\n`, 'pull.py'],
      [`net ads join -U 'svc_join%${pw}' createcomputer="Servers/Linux"\n`, 'join.sh'],
      [`db2 connect to CRMDB user db2app using ${pw}\n`, 'export.sh'],
      [`$entry = New-Object System.DirectoryServices.DirectoryEntry("LDAP://dc01.corp.test/DC=corp,DC=test", "CORP\\svc_ldap", "${pw}")\n`, 'ldap.ps1'],
      [`$cred = [System.Net.NetworkCredential]::new("svc_deploy", "${pw}", "CORP")\n`, 'bind.ps1'],
      [`$tsenv = New-Object -ComObject Microsoft.SMS.TSEnvironment\n$tsenv.Value("OSDJoinPassword") = '${pw}'\n`, 'Set-JoinCredentials.ps1'],
      [`PS C:\\Users\\ops-adm> Set-ADAccountPassword -Identity svc_scan -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '${pw}' -Force)\n`, 'PowerShell_transcript.txt'],
      [`| Account | Password | Used by |\n| --- | --- | --- |\n| CORP\\svc_batch | ${pw} | SCCM NAA |\n| CORP\\svc_scan | (in the vault) | scanners |\n`, 'wiki/service-accounts.md'],
    ];
    for (const [text, path] of cases) expect(found(text, path).join(' '), `${path}: ${text}`).toContain(pw);
    // Variables, prompts and placeholders are no password.
    const quiet: [string, string][] = [
      ['mqsisetdbparms NODE -n jdbc::DS -u app -p "$DB_PW"\n', 'a.sh'],
      ['ktpass /out web.keytab /princ HTTP/web@CORP /mapuser CORP\\svc /pass * /crypto AES256-SHA1\n', 'a.cmd'],
      ['(echo "$SMB_PW"; echo "$SMB_PW") | smbpasswd -s -a backup\n', 'a.sh'],
      ['smbclient //fs01/scans -U "CORP\\svc%$SMB_PW" -c ls\n', 'a.sh'],
      ['db2 connect to SAMPLE user db2inst1 using $DB2_PW\n', 'a.sh'],
    ];
    for (const [text, path] of quiet) expect(found(text, path), text).toEqual([]);
    // Only the password column of a table: not the account beside it, not a column of defaults.
    expect(found(`| Account | Password | Used by |\n|---|---|---|\n| CORP\\svc_batch | ${pw} | SCCM |\n`, 'runbook.md')).toEqual([pw]);
    expect(found(`| Setting | Default |\n| --- | --- |\n| admin_user | ${pw} |\n`, 'docs.md')).toEqual([]);
    // Every password of the column, each on its own, and nothing after the table.
    const second = password();
    const table = `| Account | Password | Used by |\n| --- | --- | --- |\n| CORP\\svc_a | ${pw} | SCCM |\n| CORP\\svc_b | (vault) | scan |\n| CORP\\svc_c | ${second} | backup |\n\nAfter it | ${password()} |\n`;
    expect(found(table, 'runbook.md')).toEqual([pw, second]);
  });

  it('finds stored VNC passwords, a PowerShell AES key as bytes, and files that are a secret by their path', () => {
    const reg = Array.from({ length: 8 }, () => g.chars(HEX, 2)).join(',');
    expect(found(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\TightVNC\\Server]\n"Password"=hex:${reg}\n`, 'tightvnc.reg')).toEqual([reg]);
    expect(found('"Password"=hex:00,00,00,00,00,00,00,00\n', 'tightvnc.reg')).toEqual([]);
    const ultra = g.chars('0123456789ABCDEF', 18);
    expect(found(`[ultravnc]\npasswd=${ultra}\n`, 'UltraVNC/ultravnc.ini')).toEqual([ultra]);
    const key = Array.from({ length: 32 }, () => g.int(0, 255)).join(',');
    expect(found(`[Byte[]] $Key = (${key})\n$pw = Get-Content .\\cred.txt | ConvertTo-SecureString -Key $Key\n`, 'Get-Cred.ps1')).toEqual([key]);
    expect(found('[Byte[]] $Key = (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16)\n', 'a.ps1')).toEqual([]);
    const pw = password();
    const other = password();
    expect(found(`# JMX roles\nmonitorRole   ${pw}\ncontrolRole   ${other}\n`, 'opt/tomcat/conf/jmxremote.password')).toEqual([pw, other]);
    expect(found(`${pw}\n`, 'etc/ldap.secret')).toEqual([pw]);
    const chef = g.chars(B64, 684);
    expect(found(`${chef}\n`, 'etc/chef/encrypted_data_bag_secret')).toEqual([chef]);
    // The same text under another name is no such file.
    expect(found(`${pw}\n`, 'notes.txt')).toEqual([]);
  });

  it('finds data-engineering and tool-output credentials: Schema Registry user info, Airflow Slack URIs, Dagster agent tokens, Prefect service accounts, Slack session cookies, ya29.c tokens, calls escaped in a notebook', () => {
    const B64STD = `${ALNUM}+/`;
    const secret = g.chars(B64STD, 64);
    const hook = `T${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/B${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}/${g.chars(ALNUM, 24)}`;
    const agent = `initech:${g.chars(HEX, 32)}`;
    const pnb = `pnb_${g.chars(ALNUM, 36)}`;
    const xoxd = `xoxd-${g.chars(ALNUM, 30)}%2B${g.chars(ALNUM, 40)}%2F${g.chars(ALNUM, 20)}%3D%3D`;
    const ya29 = `ya29.c.c0${g.chars(`${ALNUM}_-`, 180)}`;
    const ngrok = `2${g.chars(ALNUM, 26)}_${g.chars(ALNUM, 21)}`;
    const fivetran = g.chars(ALNUM, 32);
    const cases: [string, string, string][] = [
      [secret, `schema.registry.basic.auth.user.info=${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16)}:${secret}\n`, 'connector.properties'],
      [hook, `AIRFLOW_CONN_SLACK_ALERTS=slackwebhook://:${hook}@hooks.slack.com/services\n`, '.env'],
      [agent, `dagster_cloud_api:\n  agent_token: agent:${agent}\n`, 'dagster.yaml'],
      [pnb, `prefect cloud login -k ${pnb} --workspace initech/recsys\n`, 'README.md'],
      [xoxd, `cookie: b=.x1; d=${xoxd}; d-s=1712345678\n`, 'har/request.txt'],
      [ya29, `callback#access_token=${ya29}&token_type=Bearer\n`, 'devtools.log'],
      [ngrok, `{"cell_type": "code", "source": ["ngrok.set_auth_token(\\"${ngrok}\\")\\n"]}\n`, 'tunnel.ipynb'],
      [fivetran, `{"source": ["r = requests.get(url, auth=(\\"${g.chars(ALNUM, 16)}\\", \\"${fivetran}\\"))\\n"]}\n`, 'sync.ipynb'],
      [fivetran, `FIVETRAN_AUTH = ("${g.chars(ALNUM, 16)}", "${fivetran}")\n`, 'fivetran.py'],
      [`${fivetran}!9`, `CREATE USER MAPPING FOR jdoe SERVER app_db OPTIONS (user 'readonly', password '${fivetran}!9');\n`, 'sql/fdw.sql'],
      [`${fivetran}-7`, `analytics.abc123.eu-west-1.redshift.amazonaws.com:5439:dev:airflow:${fivetran}-7\n`, '.pgpass'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path).join(' '), `${path}: ${text}`).toContain(value);
    // auditd writes an argument that holds a blank as hex: decoded in a view of its record.
    const stripe = `sk_live_${g.chars(ALNUM, 40)}`;
    const hex = Buffer.from(`Authorization: Bearer ${stripe}`).toString('hex').toUpperCase();
    const execve = `type=EXECVE msg=audit(1733480000.123:456): argc=4 a0="curl" a1="-H" a2=${hex} a3="https://api.stripe.com/v1/charges"\n`;
    const hit = d.scan(execve, { path: 'var/log/audit/audit.log' });
    expect(hit.map((f) => f.ruleId)).toEqual(['stripe-secret-key']);
    // Reported at the token's own hex digits.
    expect(execve.slice(hit[0]?.start, hit[0]?.end)).toBe(Buffer.from(stripe).toString('hex').toUpperCase());
    const proctitle = `type=PROCTITLE msg=audit(1733480000.123:456): proctitle=${Buffer.from(`curl\0-H\0Authorization: Bearer ${stripe}`).toString('hex').toUpperCase()}\n`;
    expect(d.scan(proctitle).map((f) => f.ruleId)).toEqual(['stripe-secret-key']);
    // A payload hex dumped as capture and debug tools print it: the token cut over 16-byte rows
    // (and over the ASCII column, with dots for blanks) reads whole from the bytes.
    const gho = `gho_${g.chars(ALNUM, 36)}`;
    const payload = Buffer.from(`POST /login/oauth HTTP/1.1\r\nHost: api.example.test\r\nAuthorization: token ${gho}\r\nAccept: */*\r\n\r\n`);
    const ascii = (row: Buffer): string => [...row].map((c) => (c >= 32 && c < 127 ? String.fromCharCode(c) : '.')).join('');
    const rows = (format: (offset: number, row: Buffer) => string): string => {
      let out = '';
      for (let o = 0; o < payload.length; o += 16) out += `${format(o, payload.subarray(o, o + 16))}\n`;
      return out;
    };
    const quads = (row: Buffer): string => (row.toString('hex').match(/.{1,4}/g) ?? []).join(' ');
    const pairs = (row: Buffer): string => [...row].map((c) => c.toString(16).padStart(2, '0')).join(' ');
    const halves = (row: Buffer): string => `${pairs(row.subarray(0, 8))}  ${pairs(row.subarray(8))}`;
    const dumps: [string, string][] = [
      ['tcpdump -X', `12:00:01.000 IP 10.0.0.2.51000 > 10.0.0.9.80: Flags [P.], length ${payload.length}\n${rows((o, r) => `\t0x${o.toString(16).padStart(4, '0')}:  ${quads(r).padEnd(39)}  ${ascii(r)}`)}`],
      ['xxd', rows((o, r) => `${o.toString(16).padStart(8, '0')}: ${quads(r).padEnd(39)}  ${ascii(r)}`)],
      ['hexdump -C', rows((o, r) => `${o.toString(16).padStart(8, '0')}  ${halves(r).padEnd(48)}  |${ascii(r)}|`)],
      ['tshark -x', rows((o, r) => `${o.toString(16).padStart(4, '0')}  ${halves(r).padEnd(48)}   ${ascii(r)}`)],
      ['Format-Hex', rows((o, r) => `${o.toString(16).toUpperCase().padStart(8, '0')}   ${pairs(r).toUpperCase().padEnd(47)}  ${ascii(r)}`)],
    ];
    for (const [tool, dump] of dumps) {
      const got = d.scan(dump, { path: 'capture.txt' });
      expect(got.map((f) => f.ruleId), tool).toEqual(['github-oauth-token']);
      // Reported from its first byte's hex digits to its last's.
      const first = Buffer.from(gho.slice(0, 1)).toString('hex');
      expect(dump.slice(got[0]?.start, (got[0]?.start ?? 0) + 2).toLowerCase(), tool).toBe(first);
      // Redacted through the last row's ASCII column: no piece of the token is left in either column.
      const masked = redact(dump);
      const tokenAt = payload.indexOf(gho);
      for (let o = tokenAt - (tokenAt % 16); o < tokenAt + gho.length; o += 16) {
        const piece = gho.slice(Math.max(0, o - tokenAt), o + 16 - tokenAt);
        if (piece.length >= 4) expect(masked, tool).not.toContain(piece);
      }
    }
    // A command's arguments as auditd, strace and gdb print them read as the command line.
    const pw = `${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 6)}`;
    const traced: [string, string, string][] = [
      [`type=EXECVE msg=audit(1713967679.437:702881): argc=4 a0="curl" a1="-u" a2="admin:${pw}" a3="http://rabbitmq.internal:15672/api/queues"\n`, 'var/log/audit/audit.log', 'curl-user-credentials'],
      [`type=EXECVE msg=audit(11/16/2023 05:44:51.485:95208) : argc=5 a0=mysql a1=-h a2=db.internal a3=-u a4=app a5=-p${pw}\n`, 'ausearch.txt', 'mysql-cli-password'],
      [`12345 execve("/usr/bin/net", ["net", "use", "\\\\\\\\fs01\\\\share", "${pw}", "/user:CORP\\\\jenkins"], 0x7ffd7670b181 /* 46 vars */) = 0\n`, 'strace.txt', 'windows-command-password'],
      [`<Data Name="CommandLine">net.exe use \\\\fs01\\share ${pw} /user:CORP\\j.muller</Data>\n`, 'security-4688.xml', 'windows-command-password'],
    ];
    for (const [text, path, rule] of traced) {
      const hits = d.scan(text, { path });
      expect(hits.map((f) => f.ruleId), text).toContain(rule);
      expect(text.slice(hits[0]?.start, hits[0]?.end), text).toContain(pw);
    }
    const apiKey = g.chars(ALNUM, 40);
    const frame = `#2  0x000055555555a1b4 in send_report (cfg=0x7fffffffd8d0) at client.c:88\n$1 = {base_url = 0x55555559e23d "https://api.example.test/v1", api_key = 0x55555550b71a "${apiKey}", timeout = 30}\n`;
    expect(found(frame, 'core-bt.txt')).toContain(apiKey);
    // A database URL stored whole in a Secret's data, as JSON.
    const dbPw = g.chars(ALNUM, 20);
    const secretJson = `{"kind":"Secret","apiVersion":"v1","data":{"DATABASE_URL":"${Buffer.from(`postgres://app:${dbPw}@10.20.4.17:5432/main`).toString('base64')}"},"type":"Opaque"}\n`;
    expect(d.scan(secretJson, { path: 'audit.log' }).map((f) => f.ruleId)).toEqual(['url-credentials']);
    // Random bytes dumped, and a table of numbers that looks like rows, hold no secret.
    const noise = Buffer.from(g.chars(ALNUM, 64) + g.chars(HEX, 64), 'latin1');
    let random = '';
    for (let o = 0; o < noise.length; o += 16) random += `${o.toString(16).padStart(8, '0')}: ${quads(noise.subarray(o, o + 16))}\n`;
    expect(d.scan(random, { path: 'dump.txt' })).toEqual([]);
    expect(d.scan('year  q1 q2 q3 q4\n2010  11 12 13 14 15 16 17 18  21 22 23 24 25 26 27 28\n2020  31 32 33 34 35 36 37 38  41 42 43 44 45 46 47 48\n', { path: 'table.txt' })).toEqual([]);
    // PowerShell's Format-List of environment variables: each value with its own name, not the next one's.
    const cohere = g.chars(ALNUM, 40);
    const listed = `Name  : AWS_DEFAULT_REGION\nValue : eu-central-1\n\nName  : COHERE_API_KEY\nValue : ${cohere}\n\nName  : GITHUB_SHA\nValue : ${g.chars(HEX, 40)}\n`;
    expect(found(listed, 'Get-ChildItem-Env.txt')).toEqual([cohere]);
    // A sheet opened by its id is no secret.
    expect(found(`sh = gc.open_by_key("1${g.chars(`${ALNUM}_-`, 43)}")\n`, 'report.py')).toEqual([]);
  });

  it('leaves placeholders, redaction marks, paths, cache keys, key fingerprints, addresses and header rows (false positives of the three gradings)', () => {
    const quiet: [string, string][] = [
      ['<add name="Default" connectionString="Data Source=sql15;User ID=app;password=@@PASSWORD@@;" />\n', 'Web.config'],
      ['<add name="Default" connectionString="Data Source=sql08;User ID=app;Password=*SENSITIVE*DATA*DELETED*;" />\n', 'Web.config'],
      ['<add name="Default" connectionString="Server=sql08;User ID=app;Password=[PASSWORD];" />\n', 'Web.config'],
      ['sqlplus -s hr_report/*SENSITIVE*DATA*DELETED*@ERP\n', 'setupact.log'],
      ['Dec  6 10:01:02 web1 sudo:      wen : TTY=pts/2 ; PWD=/home/wen ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx\n', 'var/log/secure'],
      [`2026-12-01T10:00:00Z Cache restored from key: node-cache-Linux-x64-npm-${g.chars(HEX, 64)}\n`, 'ci/job.log'],
      [`ENV GPG_KEY=${g.chars('0123456789ABCDEF', 40)}\n`, 'Dockerfile'],
      [`GPG_KEY: ${g.chars('0123456789ABCDEF', 40)}\n`, 'inspect.yaml'],
      ['conn = oracledb.connect(user="hr", password=os.environ["PW"], dsn="ora09.corp.test/PROD")\n', 'etl.py'],
      [`  description = "lake key ${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}"\n`, 'kms.tf'],
      ['ComputerName,Volume,KeyProtectorId,RecoveryPassword,BackedUpToAD\n', 'bitlocker.csv'],
    ];
    for (const [text, path] of quiet) expect(found(text, path), text).toEqual([]);
  });
});

describe('seventieth blind grading: email infrastructure and mail clients', () => {
  const d = createDetector();
  const g = createSampleGen(7001);
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const password = (): string => `${g.pick(['Harbor', 'Falcon', 'Cobalt'])}${g.chars(ALNUM, 6)}#${g.int(10, 99)}`;

  it('finds app passwords, Dovecot passdb entries, SASL PLAIN exchanges, Mailtrap credentials and setup commands', () => {
    const app = [0, 1, 2, 3].map(() => g.chars(LOWER, 4)).join('-');
    const pw = password();
    const hex = g.chars('0123456789abcdef', 14);
    const plain = Buffer.from(`\u0000ops@example.org\u0000${pw}`).toString('base64');
    const cases: [string, string, string][] = [
      [app, `account icloud\nhost smtp.mail.me.com\nport 587\nuser ops@icloud.com\npassword ${app}\n`, '.msmtprc'],
      [app.replace(/-/g, ''), `IMAPAccount yahoo\nHost imap.mail.yahoo.com\nUser ops@yahoo.com\nPass ${app.replace(/-/g, '')}\n`, '.mbsyncrc'],
      [pw, `carol@example.org:{PLAIN}${pw}:5000:5000::/var/mail/example.org/carol::\n`, 'etc/dovecot/users'],
      [pw, `carol@example.org:${pw}:5000:5000::/var/mail/vhosts/example.org/carol::\n`, 'etc/dovecot/passwd'],
      [plain, `send: 'AUTH PLAIN ${plain}\\r\\n'\nreply: b'235 2.7.0 Authentication successful\\r\\n'\n`, 'smtp-debug.log'],
      [hex, `MAIL_HOST=sandbox.smtp.mailtrap.io\nMAIL_USERNAME=${g.chars('0123456789abcdef', 14)}\nMAIL_PASSWORD=${hex}\n`, '.env'],
      [pw, `docker exec -ti mailserver setup email add ops@example.org '${pw}'\n`, 'README.md'],
      [pw, `passdb {\n  driver = ldap\n}\ndnpass = "${pw}"\n`, 'dovecot-ldap.conf.ext'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path).join(' '), `${path}: ${text}`).toContain(value);
  });

  it("finds relay credential maps (Postfix, Exim, OpenSMTPD, dma, Haraka), sendmail's AuthInfo, mail login calls and mail clients' directives", () => {
    const pw = password();
    const other = password();
    const app = [0, 1, 2, 3].map(() => g.chars(LOWER, 4)).join(' ');
    const uuid = [8, 4, 4, 4, 12].map((n) => g.chars('0123456789abcdef', n)).join('-');
    const hex = g.chars('0123456789abcdef', 40);
    const dashed = app.replace(/ /g, '-');
    const joined = app.replace(/ /g, '');
    // Each password of a map's lines on its own, a commented-out relay's too, beside a provider rule's finding.
    expect(found(`[smtp.gmail.com]:587\tops@gmail.com:${app}\n#@example.org SMTP_Injection:${hex}\n`, 'etc/postfix/sasl_passwd')).toEqual([app, hex]);
    expect(found(`# target.mail.server.example:login:password\n*.example.net:ops:${pw}\nsmtp.postmarkapp.com:${uuid}:${uuid}\n`, 'etc/exim4/passwd.client')).toEqual([pw, `${uuid}:${uuid}`]);
    expect(found(`isp ops@example.org:${pw}\n`, 'etc/mail/secrets')).toEqual([pw]);
    expect(found(`ops@example.org|smtp.example.org:${pw}\n`, 'etc/dma/auth.conf')).toEqual([pw]);
    expect(found(`[core]\nmethods=PLAIN,LOGIN,CRAM-MD5\n\n[users]\nops=${pw}\nalerts@example.org=${other}\n`, 'config/auth_flat_file.ini')).toEqual([pw, other]);
    const cases: [string, string, string][] = [
      [pw, `AuthInfo:[smtp.example.org]:587 "U:smmsp" "I:ops@example.org" "P:${pw}" "M:PLAIN"\n`, 'etc/mail/authinfo'],
      [btoa(pw), `AuthInfo:smtp.example.org "U:smmsp" "I:ops" "P=${btoa(pw)}" "M:PLAIN"\n`, 'etc/mail/authinfo'],
      [pw, `{"content": "AuthInfo:smtp.example.org \\"U:root\\" \\"I:ops\\" \\"P:${pw}\\" \\"M:PLAIN\\""}\n`, 'packer/files.json'],
      [pw, `postmark:\n  webhook_basic_auth: "hooks:${pw}"\n`, 'config/postmark.yml'],
      [pw, `server = smtplib.SMTP_SSL("smtp.example.org", 465)\nserver.login("alerts@example.org", "${pw}")\n`, 'alert.py'],
      [app, `yag = yagmail.SMTP("ops@icloud.com", "${app}")\n`, 'alert.py'],
      [pw, `d := gomail.NewDialer("smtp.example.org", 587, "ops@example.org", "${pw}")\n`, 'mail.go'],
      [pw, `await client.AuthenticateAsync("ops@example.org", "${pw}");\n`, 'Mailer.cs'],
      [app, `define( 'WPMS_SMTP_HOST', 'smtp.mail.yahoo.com' );\ndefine( 'WPMS_SMTP_PASS', '${app}' );\n`, 'wp-config.php'],
      [dashed, `poll imap.mail.me.com proto imap user "ops@icloud.com" there with password ${dashed} is ops here\n`, '.fetchmailrc'],
      [pw, `poll imap.example.org proto imap user "ops" there with password "${pw}" is ops here\n`, '.fetchmailrc'],
      [joined, `swaks --server smtp.gmail.com:465 --auth LOGIN --auth-user ops@gmail.com --auth-password "${joined}"\n`, 'notes.md'],
      [dashed, `smtp_sasl_password_maps = inline:{ [smtp.mail.me.com]:587=ops@icloud.com:${dashed} }\n`, 'main.cf'],
      [pw, `sendemail -f ops@example.org -t it@example.org -u alert -s smtp.example.org:587 -xu ops@example.org -xp '${pw}'\n`, '.bash_history'],
      [pw, `IMAPAccount work\nHost imap.example.org\nUser ops@example.org\nPass ${pw}\n`, '.mbsyncrc'],
      [`api:${hex}`, `curl -H 'Authorization: token api:${hex}' https://lists.example.org/api/subscribers\n`, 'import.sh'],
      [pw, `DBNAME=mailcow\nDBROOT=${pw}\n`, 'mailcow.conf'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
  });

  it("leaves Mailgun's webhook nonce, a passwd-file line's fields, a hashed Basic-auth user and Haraka's methods", () => {
    const nonce = g.chars('0123456789abcdef', 50);
    expect(found(`{\n  "signature": {\n    "token": "${nonce}",\n    "timestamp": "1716671203",\n    "signature": "${g.chars('0123456789abcdef', 64)}"\n  }\n}\n`, 'tests/fixtures/mailgun_event.json')).toEqual([]);
    expect(found('frank@example.org:mypassword:5000:5000::/var/mail/vhosts/example.org/frank::\n', 'srv/mail/dovecot-users')).toEqual([]);
    expect(found(`basicAuth: "admin:$apr1$${g.chars(ALNUM, 8)}$${g.chars(ALNUM, 22)}"\n`, 'traefik.yml')).toEqual([]);
    expect(found('[core]\nmethods=PLAIN,LOGIN,CRAM-MD5\n', 'config/auth_flat_file.ini')).toEqual([]);
    expect(found('[smtp.example.com]:587 user:<app-password>\n', 'etc/postfix/sasl_passwd')).toEqual([]);
  });

  it("leaves Resend's documented key, a Symfony Mailer DSN's domain, a credentials call's e-mail user and hashed passdb entries", () => {
    expect(found('RESEND_API_KEY=re_123456789\n', '.env.example')).toEqual([]);
    const key = g.chars('0123456789abcdef', 32);
    expect(found(`MAILER_DSN=mailgun+api://${key}:mg.example.com@default\n`, '.env').join(' ')).not.toContain('mg.example.com');
    const pw = password();
    expect(found(`new PasswordAuthentication("ops.team@example.org", "${pw}")\n`, 'Mail.java')).not.toContain('ops.team@example.org');
    expect(found('carol@example.org:{SHA512-CRYPT}$6$rounds=5000$abc$def:5000:5000::/var/mail/carol::\n', 'etc/dovecot/users')).toEqual([]);
    expect(found(`C: AUTH PLAIN ${Buffer.from('\u0000foo\u0000password').toString('base64')}\n`, 'session.txt')).toEqual([]);
  });

  it("finds the second pass's families: human passwords of eight or nine characters, imapsync batch lines, Dovecot's auth debug, Exim's SQL servers, Postmark's token twice", () => {
    const human = `${g.pick(['Tive', 'Grace', 'Liwa'])}${g.int(1, 9)}${g.chars(LOWER, 3)}`;
    const year = `${g.pick(['grace', 'ladder', 'pebble'])}${g.int(1960, 2024)}`;
    const phrase = `${g.pick(['compass', 'harbor'])}-${g.pick(['milo', 'kettle'])}-${g.pick(['ocean', 'violet'])}`;
    const pw = password();
    const other = password();
    const uuid = [8, 4, 4, 4, 12].map((n) => g.chars('0123456789abcdef', n)).join('-');
    const plain = Buffer.from(`\u0000ops@example.org\u0000${pw}`).toString('base64');
    const cases: [string, string, string][] = [
      [human, `EMAIL_HOST_PASSWORD = "${human}"\n`, 'settings/production.py'],
      [year, `[core]\nmethods=PLAIN,LOGIN\n\n[users]\nbob@example.org=${year}\n`, 'config/auth_flat_file.ini'],
      [phrase, `sven@example.org:${phrase}:5000:5000::/var/mail/vhosts/example.org/sven::\n`, 'etc/dovecot/passwd'],
      [pw, `imap.old.example.org;ann@example.org;${pw};imap.new.example.org;ann@example.org;${other};\n`, 'migrate/users.txt'],
      [other, `imap.old.example.org;ann@example.org;${pw};imap.new.example.org;ann@example.org;${other};\n`, 'migrate/users.txt'],
      [pw, `dovecot: auth: Debug: passwd-file(ann@example.org,10.0.0.5,<Sx1>): SHA512-CRYPT(${pw}) != '$6$abc$def'\n`, 'var/log/dovecot.log'],
      [plain, `auth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=${plain}\n`, 'var/log/dovecot.log'],
      [pw, `hide mysql_servers = localhost/mail/exim/${pw}\n`, 'etc/exim/exim.conf'],
      [`${uuid}:${uuid}`, `[smtp.postmarkapp.com]:587 ${uuid}:${uuid}\n`, 'etc/postfix/relay_passwords'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // Defaults with digits and a hex prefix are no person's password; an imapsync line needs both halves.
    for (const value of ['admin123', 'abc12345', 'deadbeef1']) expect(found(`EMAIL_HOST_PASSWORD = "${value}"\n`, 'settings.py'), value).toEqual([]);
    expect(found(`imap.old.example.org;ann@example.org;${pw};\n`, 'migrate/users.txt')).toEqual([]);
  });
});

describe('seventy-first and seventy-second blind gradings: real-time communications and VoIP, web3 development', () => {
  const d = createDetector();
  const g = createSampleGen(7201);
  const HEX = '0123456789abcdef';
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds web3 credentials: node providers\' URLs, explorer keys per network, phrases by their checksum, keys handed to signers and loaders, keystore passwords, key files', () => {
    const hex = (n: number): string => g.chars(HEX, n);
    const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const explorer = g.chars(UPPER_ALNUM, 34);
    const uuid = [8, 4, 4, 4, 12].map((n) => hex(n)).join('-');
    const ankr = hex(64);
    const getblock = hex(32);
    const chainstack = hex(32);
    const graph = hex(32);
    const key = hex(64);
    const seed = `0x${hex(64)}`;
    const pw = `Harbor${g.chars(B64.slice(0, 62), 8)}!${g.int(10, 99)}`;
    const cases: [string, string, string][] = [
      [ankr, `BASE_RPC=https://rpc.ankr.com/base/${ankr}\n`, '.env'],
      [uuid, `const rpc = "https://eth-sepolia.blastapi.io/${uuid}";\n`, 'hardhat.config.ts'],
      [getblock, `RPC_URL=https://go.getblock.io/${getblock}/\n`, '.env'],
      [chainstack, `url: "https://nd-123-456-789.p2pify.com/${chainstack}",\n`, 'hardhat.config.ts'],
      [graph, `const url = \`https://gateway.thegraph.com/api/${graph}/subgraphs/id/abc\`;\n`, 'query.ts'],
      [graph, `graph auth --studio ${graph}\n`, 'README.md'],
      [explorer, `etherscan: {\n  apiKey: {\n    mainnet: process.env.ETHERSCAN_KEY,\n    polygon: "${explorer}",\n  },\n},\n`, 'hardhat.config.ts'],
      [explorer, `[etherscan]\nmainnet = { key = "${explorer}" }\n`, 'foundry.toml'],
      [uuid, `gasReporter: {\n  currency: "USD",\n  coinmarketcap: "${uuid}",\n},\n`, 'hardhat.config.js'],
      [key, `privateKey, err := crypto.HexToECDSA("${key}")\n`, 'main.go'],
      [key, `Credentials credentials = Credentials.create("0x${key}");\n`, 'Deployer.java'],
      [key, `    return accounts.add("0x${key}")\n`, 'scripts/helpful_scripts.py'],
      [seed, `const validator = keyring.addFromUri('${seed}');\n`, 'session.js'],
      [seed, `Secret phrase:       (kept offline)\n  Network ID:        substrate\n  Secret seed:       ${seed}\n`, 'keys.txt'],
      [pw, `[Password]\nKeystore = '${pw}'\n`, 'chainlink/secrets.toml'],
      [pw, `echo "${pw}" > /tmp/pw.txt\nlighthouse account validator import --password-file /tmp/pw.txt\n`, 'run-validator.sh'],
      [pw, `geth --unlock 0 --password <(echo "${pw}")\n`, 'geth.service'],
      [pw, `const wallet = await ethers.Wallet.fromEncryptedJson(json, "${pw}");\n`, 'mint.js'],
      [pw, `${pw}\n`, 'secrets/keystore_password.txt'],
      [pw, `ops@example.org\n${pw}\n`, 'chainlink/.api'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
  });

  it('checks a BIP-39 phrase, an extended private key, a WIF key, Sui and Solana key files by their checksums and shapes', () => {
    // The standard's word list, as its published digest says.
    expect(sha256Hex(`${BIP39_ENGLISH.join('\n')}\n`)).toBe('2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda');
    const rule = catalog.find((r) => r.id === 'bip39-mnemonic');
    const phrase = /\n\n(.+)\n$/.exec(rule?.sample(g) ?? '')?.[1] ?? '';
    expect(isBip39Mnemonic(phrase)).toBe(true);
    // One word changed breaks the checksum (or the list): not a phrase.
    const words = phrase.split(' ');
    const broken = ['abandon', 'ability', 'able', 'about', 'above'].map((w) => [...words.slice(0, -1), w].join(' ')).find((p) => p !== phrase && !isBip39Mnemonic(p)) ?? '';
    expect(found(`To test locally import this wallet into MetaMask:\n\n> ${phrase}\n`, 'docs/testing.md')).toEqual([phrase]);
    expect(found(`${phrase}\n`, '.secret')).toEqual([phrase]);
    expect(broken).not.toBe('');
    expect(found(`mnemonic (seed phrase):\n${broken}\n`, 'notes.md')).not.toContain(broken);
    expect(found('Enter your mnemonic (seed phrase) below: the twelve words in their order, one space between each word please\n', 'ui.md')).toEqual([]);
    // A run of the list in its own order is a word list, whatever its checksum.
    for (let at = 0; at + 24 <= BIP39_ENGLISH.length; at += 24) expect(found(`mnemonic words: ${BIP39_ENGLISH.slice(at, at + 24).join(' ')}\n`, 'words.md')).toEqual([]);
    const xprv = catalog.find((r) => r.id === 'bip32-extended-private-key')?.sample(g) ?? '';
    expect(found(`XPRV=${xprv}\n`, '.env')).toEqual([xprv]);
    expect(found(`XPRV=${xprv.slice(0, -1)}${xprv.endsWith('a') ? 'b' : 'a'}\n`, '.env')).toEqual([]);
    const wif = /fromWIF\('([^']+)'/.exec(catalog.find((r) => r.id === 'bitcoin-wif-key-near')?.sample(g) ?? '')?.[1] ?? '';
    expect(found(`const keyPair = ECPair.fromWIF('${wif}', network);\n`, 'btc.js')).toEqual([wif]);
    const sui = ['A', 'A'].map((flag) => `${flag}${g.chars('ABCDEFGHIJKLMNOP', 1)}${g.chars(B64, 42)}`);
    expect(found(`[\n  "${sui[0]}",\n  "${sui[1]}"\n]\n`, '.sui/sui_config/sui.keystore')).toEqual(sui);
    const bytes = `[${Array.from({ length: 64 }, () => g.int(0, 255)).join(',')}]`;
    expect(found(`${bytes}\n`, '.config/solana/id.json')).toEqual([bytes]);
    expect(found(`const payer = Keypair.fromSecretKey(Uint8Array.from(${bytes}));\n`, 'airdrop.ts')).toEqual([bytes]);
    // Substrate's published development phrase is no secret.
    expect(found('// dev seed: bottom drive obey lake curtain smoke basket hold race lonely fit walk\nconst keyring = new Keyring();\nkeyring.addFromUri(DEV_PHRASE);\n', 'dev-accounts.ts')).toEqual([]);
  });

  it('finds streaming and VoIP credentials: stream keys in ingest URLs and by their shapes, SIP trunk passwords, provisioning files, real-time SDK secrets', () => {
    const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const youtube = [0, 1, 2, 3, 4].map(() => g.chars(LOWER_DIGITS, 4)).join('-');
    const twitch = `live_${g.chars('0123456789', 9)}_${g.chars(ALNUM, 30)}`;
    const ivs = `sk_us-west-2_${g.chars(ALNUM, 12)}_${g.chars(ALNUM, 30)}`;
    const uuid = [8, 4, 4, 4, 12].map((n) => g.chars(HEX, n)).join('-');
    const pw = `Harbor${g.chars(ALNUM, 8)}!${g.int(10, 99)}`;
    const secret = g.chars(ALNUM, 32);
    const ably = `${g.chars(ALNUM, 6)}.${g.chars(ALNUM, 6)}:${g.chars(ALNUM, 43)}`;
    const opentok = g.chars(HEX, 40);
    const cases: [string, string, string][] = [
      [youtube, `ffmpeg -re -i in.mp4 -c copy -f flv rtmp://a.rtmp.youtube.com/live2/${youtube}\n`, 'go-live.sh'],
      [ivs, `    push rtmps://fa723fc1b171.global-contribute.live-video.net:443/app/${ivs};\n`, 'nginx.conf'],
      [twitch, `ENV['STREAM_KEY_TWITCH'] ||= '${twitch}'\n`, 'config/application.rb'],
      [ivs, `KICK_KEY=${ivs}\n`, '.env'],
      [uuid, `{\n  "stream_key": "${uuid}"\n}\n`, 'live_stream.json'],
      [pw, `[general]\nregister => trunk01:${pw}@sip.carrier.example.net/6000\n`, 'etc/asterisk/sip.conf'],
      [pw, `TRUNK_URI=sip:acmepbx:${pw}@pbx.example.net\n`, 'trunk.env'],
      [pw, `realm=turn.example.org\nuser=webrtc:${pw}\n`, 'coturn/turnserver.conf'],
      [pw, `<gs_provision version="1">\n  <config version="1">\n    <P34>${pw}</P34>\n  </config>\n</gs_provision>\n`, 'provisioning/cfg000b82517a8d.xml'],
      [pw, `publisher ${pw}\n`, 'conf/publish.password'],
      [pw, `DBRWPW="${pw}"\n`, 'kamctlrc'],
      [pw, `publishPass = ${pw}\n`, 'mediamtx.ini'],
      [secret, `const token = new AccessToken(accountSid,\n  'SK${g.chars(HEX, 32)}',\n  '${secret}',\n  { identity });\n`, 'token.js'],
      [opentok, `const opentok = new OpenTok('${g.chars('0123456789', 8)}', '${opentok}');\n`, 'server/opentok.js'],
      [ably, `client = AblyRest(key="${ably}")\n`, 'ably_demo.py'],
      [youtube, `destinations:\n  - name: youtube\n    url: rtmp://b.rtmp.youtube.com/live2\n    key: ${youtube}\n`, 'restreamer/config.yaml'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // Placeholders in the same places are not.
    expect(found('push rtmp://a.rtmp.youtube.com/live2/abcd-efgh-ijkl-mnop-qrst;\n', 'nginx.conf')).toEqual([]);
    expect(found('register => trunk01:${SIP_SECRET}@sip.carrier.example.net/6000\n', 'sip.conf')).toEqual([]);
    expect(found(`twilio api:core:sip:credential-lists:create \\\n  --credential-list-sid CL${g.chars(HEX, 32)}\n`, 'docs/elastic-sip.md')).toEqual([]);
    expect(found('static.security.user_password = admin:TODO\n', 'y000000000000.cfg')).toEqual([]);
    expect(found('import (\n\trtctokenbuilder "github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/rtctokenbuilder2"\n)\n', 'main.go')).toEqual([]);
  });

  it("leaves EVM addresses under a token's name, Cosmos public keys under their type and a Starknet account address", () => {
    const address = `0x${g.chars('0123456789abcdefABCDEF', 40)}`;
    expect(found(`TOKEN_ADDRESS=${address}\n`, '.env')).toEqual([]);
    expect(found(`const token = "${address}";\n`, 'deploy.ts')).toEqual([]);
    const pub = `${g.chars(B64, 43)}=`;
    expect(found(`{\n  "pubkey": { "@type": "/cosmos.crypto.ed25519.PubKey", "key": "${pub}" }\n}\n`, 'genesis.json')).toEqual([]);
    const priv = `${g.chars(B64, 86)}==`;
    expect(found(`{\n  "pub_key": { "type": "tendermint/PubKeyEd25519", "value": "${pub}" },\n  "priv_key": { "type": "tendermint/PrivKeyEd25519", "value": "${priv}" }\n}\n`, 'config/priv_validator_key.json')).toEqual([priv]);
    const starknet = `0x0${g.chars(HEX, 63)}`;
    const key = `0x${g.chars(HEX, 64)}`;
    expect(found(`const privateKey = process.env.STARKNET_PRIVATE_KEY;\nconst accountAddress = "${starknet}";\n`, 'deploy_starknet.ts')).toEqual([]);
    expect(found(`const privateKey = "${key}";\n`, 'deploy.ts')).toEqual([key]);
  });
});

describe('seventy-third blind grading: game servers and game development', () => {
  const d = createDetector();
  const g = createSampleGen(7301);
  const UPPER_HEX = '0123456789ABCDEF';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds Steam keys and login tokens, steamcmd and RCON passwords, Unity keystore passwords, Velocity and butler files, Modrinth tokens', () => {
    const hex = g.chars(UPPER_HEX, 32);
    const pw = `Nether${g.chars(ALNUM, 8)}@${g.int(10, 99)}`;
    const secret = g.chars(ALNUM, 12);
    const butler = g.chars(ALNUM, 40);
    const modrinth = `mrp_${g.chars(ALNUM, 60)}`;
    const cases: [string, string, string][] = [
      [hex, `hostname "Public CS"\nsv_setsteamaccount "${hex}"\n`, 'csgo/cfg/server.cfg'],
      [hex, `./srcds_run -game csgo +map de_dust2 +sv_setsteamaccount ${hex}\n`, 'start.sh'],
      [hex, `gslt="${hex}"\n`, 'lgsm/config-lgsm/csgoserver/csgoserver.cfg'],
      [hex, `{\n  "Steam API Key": "${hex}"\n}\n`, 'oxide/config/PlayerAdministration.json'],
      [hex, `set steam_webApiKey "${hex}"\n`, 'server.cfg'],
      [pw, `steamcmd.exe +login builder_dragon ${pw} +run_app_build ..\\scripts\\app_build.vdf +quit\n`, 'build.bat'],
      [pw, `./RustDedicated -batchmode +server.port 28015 +rcon.port 28016 +rcon.password "${pw}" +rcon.web 1\n`, 'start.sh'],
      [pw, `    environment:\n      - CS2_RCONPW=${pw}\n`, 'docker-compose.yml'],
      [pw, `steampass='${pw}'\n`, 'lgsm/config-lgsm/common.cfg'],
      [pw, `PlayerSettings.Android.keystorePass = "${pw}";\n`, 'Assets/Editor/BuildScript.cs'],
      [secret, `${secret}\n`, 'velocity/forwarding.secret'],
      [butler, `${butler}\n`, '.config/itch/butler_creds'],
      [modrinth, `modrinth {\n    token.set("${modrinth}")\n}\n`, 'build.gradle.kts'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
  });

  it('finds Hypixel keys, Tebex secrets, CurseForge keys, Unreal pak keys, AMP and TeamSpeak admin passwords, Nakama database passwords (after the grading)', () => {
    const uuid = [8, 4, 4, 4, 12].map((n) => g.chars('0123456789abcdef', n)).join('-');
    const tebex = g.chars('0123456789abcdef', 40);
    const curse = `$2a$10$${g.chars(`${ALNUM}./`, 53)}`;
    const exponent = `${g.chars(`${ALNUM}+/`, 342)}==`;
    const pw = `${g.chars(ALNUM, 16)}7x`;
    const ts = `${g.chars(ALNUM, 7)}3`;
    const cases: [string, string, string][] = [
      [uuid, `// stats from api.hypixel.net\nconst KEY = "${uuid}";\n`, 'scripts/hypixel_stats.js'],
      [uuid, `private static final String HYPIXEL_KEY = "${uuid}";\n`, 'src/main/java/StatsReporter.java'],
      [tebex, `set sv_tebexSecret ${tebex}\n`, 'server.cfg'],
      [curse, `{\n  "curseforge": { "apiKey": "${curse}" }\n}\n`, 'mod-manager/settings.json'],
      [exponent, `[/Script/CryptoKeys.CryptoKeysSettings]\nbEnablePakSigning=True\nSigningPublicExponent=AQAB\nSigningPrivateExponent=${exponent}\n`, 'Config/DefaultCrypto.ini'],
      [pw, `sudo su -l amp -c "ampinstmgr CreateInstance ADS ADS01 0.0.0.0 8080 ${uuid} admin ${pw}"\n`, 'install_amp.sh'],
      [ts, `         loginname= "serveradmin", password= "${ts}"\n`, 'logs/ts3server_1.log'],
      [pw, `nakama:\n  command: /nakama/nakama migrate up --database.address postgres:${pw}@postgres:5432/nakama\n`, 'docker-compose.yml'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
    // A bcrypt hash with no CurseForge near it is a password hash, not a key.
    expect(found(`{"users": [{"name": "ana", "hash": "${curse}"}]}\n`, 'users.json')).toEqual([]);
  });

  it("leaves a translation's word for a password, steamcmd's anonymous login, a login token's placeholder and Modrinth's documented token", () => {
    expect(found('{\n  "ui.login.password": "Contraseña"\n}\n', 'locales/es.json')).toEqual([]);
    expect(found('steamcmd +force_install_dir /srv +login anonymous +app_update 740 validate +quit\n', 'install.sh')).toEqual([]);
    expect(found('sv_setsteamaccount "<token>"\n', 'server.cfg')).toEqual([]);
    // Modrinth's documented token (its API docs' Authorization example), assembled from parts.
    const documented = ['mrp_RNtLRSPmGj2pd1v1ubi52', 'nX7TJJM9sznrmwhAuj511oe4t1', 'jAqAQ3D6Wc8Ic'].join('');
    expect(found(`curl -H "Authorization: ${documented}" https://api.modrinth.com/v2/user\n`, 'README.md')).toEqual([]);
  });
});

describe("TruffleHog's detector tests: credentials debug lines say a client is using, names that start with a digit", () => {
  const d = createDetector();
  const g = createSampleGen(7401);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path = 'run.log'): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds the key, secret or token a debug line says is in use, lower case and hex too', () => {
    const lower = `${g.chars(LOWER, 15)}7${g.chars(LOWER, 16)}`;
    const hex = g.chars('0123456789abcdef', 64);
    const b64 = `${g.chars(ALNUM, 40)}+${g.chars(ALNUM, 30)}/${g.chars(ALNUM, 14)}`;
    const cases: [string, string][] = [
      [lower, `[INFO] Sending request to the API\n[DEBUG] Using adobe KEY=${lower}\n[DEBUG] Using adobe ID=${g.chars(ALNUM, 12)}\n`],
      [hex, `[INFO] sending request to the aha.io API\n[DEBUG] using key = ${hex}\n[INFO] response received: 200 OK\n`],
      [b64, `[DEBUG] Using Secret = ${b64}\n`],
      [lower, `2026-12-06T10:00:01Z DEBUG client: using api token: "${lower}"\n`],
    ];
    for (const [value, text] of cases) expect(found(text), text).toContain(value);
  });

  it('leaves cache, public and SSH keys, placeholders and commit-length hex a log line says it uses', () => {
    const hex = g.chars('0123456789abcdef', 64);
    expect(found(`[DEBUG] Using cache key=${hex}\n`)).toEqual([]);
    expect(found(`Using public key: ${g.chars('0123456789ABCDEF', 40)}\n`)).toEqual([]);
    expect(found(`[DEBUG] Using SSH key = ${hex}\n`)).toEqual([]);
    expect(found('[DEBUG] Using key=${API_KEY}\nUsing token=<your-token-here>\n')).toEqual([]);
    expect(found(`Using key = ${g.chars('0123456789abcdef', 40)}\n`)).toEqual([]);
    expect(found('using System;\nusing System.Security.Cryptography;\nusing Key = Org.BouncyCastle.Crypto.Parameters.KeyParameter;\n', 'Program.cs')).toEqual([]);
  });

  it('reads a setting whose name starts with a digit (8x8, 2Captcha, 1inch) as any other', () => {
    const value = `${g.chars(ALNUM, 20)}9${g.chars(ALNUM, 22)}`;
    expect(found(`api:\n  8x8_id: "${g.chars(ALNUM, 28)}"\n  8x8_secret: "${value}"\n`, 'config.yaml')).toContain(value);
    expect(found(`8X8_API_SECRET=${value}\n`, '.env')).toContain(value);
    expect(found(`{"2captcha_api_key": "${value}"}\n`, 'settings.json')).toContain(value);
    expect(found(`1inch_api_key: "\${ONEINCH_KEY}"\n`, 'config.yaml')).toEqual([]);
  });
});

describe('seventy-fourth and seventy-fifth blind gradings: mobile app development, observability', () => {
  const d = createDetector();
  const g = createSampleGen(7405);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const group = (): string => g.chars(LOWER, 4);

  it('finds mobile signing and release credentials: base64 key stores, fastlane sessions, app-specific passwords, BuildKonfig fields, Basic headers, JitPack tokens', () => {
    // A JKS with one private-key entry, as keytool writes its first bytes, then random bytes.
    const jks = btoa(String.fromCharCode(0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 6, 0x75, 0x70, 0x6c, 0x6f, 0x61, 0x64, ...Array.from({ length: 300 }, () => g.int(0, 255))));
    const session = `DAWTKNV3${g.chars(HEX, 560)}SRVX`;
    const asp = `${group()}-${group()}-${group()}-${group()}`;
    const secret = `${g.chars(ALNUM, 20)}7${g.chars(ALNUM, 11)}`;
    const basic = btoa(`deploy:${g.chars(ALNUM, 22)}`);
    const pw = `${g.chars(ALNUM, 14)}!${g.chars(ALNUM, 3)}`;
    const jitpack = `jp_${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}`;
    const cases: [string, string, string][] = [
      [jks, `env:\n  ANDROID_KEYSTORE_BASE64: ${jks}\n`, '.github/workflows/release.yml'],
      [jks.slice(0, -1), `echo "${jks.slice(0, -1)}" | base64 -d > upload.jks\n`, 'bitrise.yml'],
      [session, `FASTLANE_SESSION='---\\n- !ruby/object:HTTP::Cookie\\n  name: myacinfo\\n  value: ${session}\\n'\n`, 'fastlane/.env.default'],
      [asp, `xcrun altool --upload-app -f build/App.ipa -t ios -u dev@example.org -p ${asp}\n`, 'scripts/ci_build.sh'],
      [asp, `App-specific password for altool: \`${asp}\`\n`, 'docs/release.md'],
      [secret, `buildkonfig {\n    defaultConfigs {\n        buildConfigField(STRING, "pusherAppSecret", "${secret}")\n    }\n}\n`, 'shared/build.gradle.kts'],
      [basic, `request.setValue("Basic ${basic}", forHTTPHeaderField: "Authorization")\n`, 'ios/App/APIClient.swift'],
      [pw, `.addHeader("Authorization", Credentials.basic("mobile", "${pw}"))\n`, 'app/src/main/java/NetworkModule.kt'],
      [jitpack, `dependencyResolutionManagement {\n    repositories {\n        maven {\n            url = uri("https://jitpack.io")\n            credentials { username = "${jitpack}" }\n        }\n    }\n}\n`, 'settings.gradle.kts'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
  });

  it('finds observability credentials: Nagios macros, PagerDuty integration keys and Token scheme, Instana and AppDynamics agent keys, UptimeRobot main keys, Loggly syslog tokens, Elastic ApiKey headers, settings exports', () => {
    const hex32 = g.chars(HEX, 32);
    const pw = `Maple-${g.chars(ALNUM, 8)}${g.int(1000, 9999)}!`;
    const instana = `${g.chars(ALNUM, 10)}7Qx${g.chars(ALNUM, 9)}`;
    const appd = `${g.chars('abcdefghijklmnopqrstuvwxyz', 5)}8${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6)}`;
    const uptime = `u${g.chars('0123456789', 7)}-${g.chars(HEX, 24)}`;
    const uuid = [8, 4, 4, 4, 12].map((n) => g.chars(HEX, n)).join('-');
    const es = btoa(`${g.chars(ALNUM, 19)}Z:${g.chars(ALNUM, 21)}9`);
    const pd = `u+${g.chars(ALNUM, 18)}`;
    const license = g.chars(HEX, 40);
    const logtail = g.chars(ALNUM, 24);
    const appKey = g.chars(HEX, 40);
    const cases: [string, string, string][] = [
      [pw, `# Sets $USER1$ to be the path to the plugins\n$USER1$=/usr/local/nagios/libexec\n$USER4$=${pw}\n`, 'nagios/resource.cfg'],
      [hex32, `import { event } from '@pagerduty/pdjs';\nconst INTEGRATION_KEY = '${hex32}';\n`, 'src/notify/pagerduty.ts'],
      [pd, `curl -s https://api.pagerduty.com/oncalls \\\n  --header 'Authorization: Token token=${pd}' \\\n`, 'scripts/pd-oncall.sh'],
      [instana, `# instana-agent chart values\nagent:\n  key: ${instana}\n  endpointHost: ingress-red-saas.instana.io\n`, 'helm/instana-values.yaml'],
      [appd, `<controller-info>\n  <account-name>acme</account-name>\n  <account-access-key>${appd}</account-access-key>\n</controller-info>\n`, 'AppServerAgent/conf/controller-info.xml'],
      [uptime, `curl -s -X POST https://api.uptimerobot.com/v2/getMonitors -d "api_key=${uptime}&format=json&logs=1"\n`, 'bin/uptimerobot-status'],
      [uuid, `template(name="LogglyFormat" type="string" string="<%pri%>%protocol-version% %timestamp:::date-rfc3339% %HOSTNAME% [${uuid}@41058 tag=\\"catalog\\"] %msg%\\n")\n`, 'rsyslog.d/22-loggly.conf'],
      [es, `jsonData:\n  httpHeaderName1: Authorization\nsecureJsonData:\n  httpHeaderValue1: "ApiKey ${es}"\n`, 'provisioning/datasources/es.yml'],
      [license, `service,variable,value,owner\nnewrelic,NEWRELIC_LICENSE,${license},observability@acme.io\n`, 'ops/credentials-export.csv'],
      [logtail, `const logtail = new Logtail('${logtail}', { endpoint: 'https://in.logs.betterstack.com' });\n`, 'lib/logger.js'],
      [appKey, `const configuration = client.createConfiguration({\n  authMethods: { apiKeyAuth: process.env.DD_API_KEY, appKeyAuth: '${appKey}' },\n});\n`, 'tools/dd-mute/index.ts'],
      [appKey, `Then run \`make run\`. The value for \`DD_APPLICATION_KEY\` is \`${appKey}\` in staging too.\n`, 'docs/setup.md'],
    ];
    // OpenTelemetry's exporter headers percent-encode the blank after Basic; Statuspage is no page token.
    const basic = btoa(`662512:${g.chars(ALNUM, 40)}`);
    cases.push([basic, `OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20${basic}\n`, 'deploy/otel.env']);
    cases.push([uuid, `env:\n  STATUS_PAGE_TOKEN: ${uuid}\n`, '.github/workflows/deploy.yml']);
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
    expect(found('$USER1$=/usr/local/nagios/libexec\n$USER2$=$USER1$/contrib\n', 'nagios/resource.cfg')).toEqual([]);
    expect(found(`{"items": [], "next_page_token": "${g.chars(ALNUM, 40)}"}\n`, 'page.json')).toEqual([]);
  });

  it('leaves issuer ids, crash reporter keys, id columns of a key inventory, PagerDuty incident keys and Helm checksum annotations', () => {
    const uuid = [8, 4, 4, 4, 12].map((n) => g.chars(HEX, n)).join('-');
    expect(found(`{\n  "submit": { "production": { "ios": { "ascApiKeyIssuerId": "${uuid}" } } }\n}\n`, 'eas.json')).toEqual([]);
    expect(found(`APP_STORE_CONNECT_API_KEY_ISSUER_ID=${uuid}\n`, 'fastlane/.env')).toEqual([]);
    expect(found(`Incident Identifier: ${uuid.toUpperCase()}\nCrashReporter Key:   ${g.chars(HEX, 40)}\n`, 'crashes/App.crash')).toEqual([]);
    const inventory = `| system | key id | owner |\n|---|---|---|\n| Dynatrace API token | dt0c01.${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 24)} | sre |\n| Elastic API key | ${g.chars(ALNUM, 20)} | data |\n`;
    expect(found(inventory, 'security/key-rotation.md')).toEqual([]);
    expect(found(`{"pagerduty":{"dedup_key":"${g.chars(HEX, 32)}","incident_key":"${g.chars(HEX, 32)}","status":"triggered"}}\n`, 'alerts-dump.json')).toEqual([]);
    expect(found(`      annotations:\n        checksum/api_key: ${g.chars(HEX, 64)}\n`, 'charts/agent/templates/daemonset.yaml')).toEqual([]);
    // A value column under a secret's header is still read.
    const token = `${g.chars(ALNUM, 20)}5${g.chars(ALNUM, 11)}`;
    expect(found(`| Variable | Value |\n| --- | --- |\n| SERVICE_API_KEY | \`${token}\` |\n`, 'README.md')).toContain(token);
  });
});

describe('seventy-sixth and seventy-seventh blind gradings: PHP applications and web hosting, infrastructure as code', () => {
  const d = createDetector();
  const g = createSampleGen(7607);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${ALNUM}+/`;
  const HEX = '0123456789abcdef';
  const SALT = `${ALNUM}!@#$%^&*()-_ []{}<>~+=,.;:/?|`;
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const uuid = (): string => [8, 4, 4, 4, 12].map((n) => g.chars(HEX, n)).join('-');

  it('finds WordPress keys in .env and compose files, Vault init JSON shares, legacy tokens and AppRole secret ids, every Consul ACL token, Redis requirepass', () => {
    const salt = `${g.chars(ALNUM, 6)}#${g.chars(SALT, 57)}`;
    const share1 = `${g.chars(B64, 43)}=`;
    const share2 = `${g.chars(B64, 43)}=`;
    const legacy = `s.${g.chars(ALNUM, 24)}`;
    const secretId = uuid();
    const agent = uuid();
    const requirepass = g.chars(ALNUM, 32);
    const cases: [string, string, string][] = [
      [salt, `DB_NAME='wp'\nAUTH_KEY='${salt}'\n`, '.env'],
      [salt, `    environment:\n      WORDPRESS_NONCE_SALT: '${salt}'\n`, 'docker-compose.yml'],
      [share1, `{\n  "unseal_keys_b64": [\n    "${share1}",\n    "${share2}"\n  ],\n  "unseal_shares": 5\n}\n`, 'init.json'],
      [share2, `{\n  "unseal_keys_b64": [\n    "${share1}",\n    "${share2}"\n  ],\n  "unseal_shares": 5\n}\n`, 'init.json'],
      [legacy, `Unseal Key 1: ${share1}\n\nInitial Root Token: ${legacy}\n`, 'notes/vault-init.txt'],
      [secretId, `vault write auth/approle/login role_id=${uuid()} secret_id=${secretId}\n`, 'scripts/login.sh'],
      [agent, `acl {\n  enabled = true\n  tokens {\n    initial_management = "${uuid()}"\n    agent = "${agent}"\n  }\n}\n`, 'consul.hcl'],
      [requirepass, `redis:\n  requirepass: ${requirepass}\n`, 'pillar/redis.sls'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
  });

  it('finds PHP hosting credentials: Composer auth arguments, occ and lftp passwords, Magento 1, MediaWiki, Akismet, hCaptcha, Ghost and SparkPost keys, CakePHP salts, phpMyAdmin and CodeIgniter passwords', () => {
    const pub = g.chars(HEX, 32);
    const priv = g.chars(HEX, 32);
    const pw = `${g.chars(ALNUM, 12)}-${g.chars(ALNUM, 6)}`;
    const crypt = g.chars(HEX, 32);
    const upgrade = g.chars(HEX, 16);
    const akismet = `${g.chars(HEX, 5)}7a${g.chars(HEX, 5)}`;
    const hcaptcha = `0x${g.chars(HEX, 40)}`;
    const ghost = g.chars(HEX, 64);
    const sparkpost = g.chars(HEX, 40);
    const salt = g.chars(HEX, 64);
    const cases: [string, string, string][] = [
      [priv, `composer config --auth http-basic.repo.magento.com ${pub} ${priv}\n`, 'docs/INSTALL.md'],
      [pw, `sudo -u www-data php /var/www/nextcloud/occ config:system:set mail_smtppassword --value="${pw}"\n`, 'scripts/nc-install.sh'],
      [pw, `lftp -u site-deploy,'${pw}' -e "mirror -R --delete ./dist /public_html; quit" ftp.site-host.be\n`, 'scripts/upload.sh'],
      [crypt, `<config>\n  <global>\n    <crypt>\n      <key><![CDATA[${crypt}]]></key>\n    </crypt>\n  </global>\n</config>\n`, 'app/etc/local.xml'],
      [upgrade, `$wgSecretKey = getenv('MW_SECRET');\n$wgUpgradeKey = "${upgrade}";\n`, 'LocalSettings.php'],
      [akismet, `wp option update wordpress_api_key ${akismet}\n`, '.bash_history'],
      [hcaptcha, `add_filter( 'hcaptcha_secret_key', fn() => '${hcaptcha}' );\n`, 'wp-content/mu-plugins/integrations.php'],
      [ghost, `const api = new GhostAdminAPI({\n  url: 'https://blog.shop-host.io',\n  key: '${g.chars(HEX, 24)}:${ghost}',\n  version: 'v5.0'\n});\n`, 'scripts/publish-to-ghost.js'],
      [sparkpost, `$sparky = new SparkPost($httpClient, ['key' => '${sparkpost}']);\n`, 'lib/mailer.php'],
      [salt, `'Security' => [\n    'salt' => env('SECURITY_SALT', '${salt}'),\n],\n`, 'config/app_local.php'],
      [pw, `$cfg['Servers'][$i]['controluser'] = 'pma';\n$cfg['Servers'][$i]['controlpass'] = '${pw}';\n`, 'pma/config.inc.php'],
      [pw, `email.SMTPPass = ${pw}\n`, '.env'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
    // An Ethereum address is the shape of an hCaptcha secret: not without hCaptcha named near it.
    expect(found(`TREASURY_ADDRESS=0x${g.chars(HEX, 40)}\n`, '.env')).toEqual([]);
  });

  it('finds IaC pairs: Helm set and tfe_variable blocks (also in plan output), consul kv export values, pulumi config set arguments, aligned Consul tokens, echoed vault password files', () => {
    const pw = `${g.chars(ALNUM, 12)}.${g.chars(ALNUM, 4)}`;
    const aws = `${g.chars(ALNUM, 30)}/${g.chars(ALNUM, 9)}`;
    const token = `${g.chars(ALNUM, 20)}${g.chars(ALNUM, 16)}`;
    const agent = uuid();
    const vaultPass = g.chars(ALNUM, 32);
    const cases: [string, string, string][] = [
      [pw, `  # helm_release.db will be created\n  + resource "helm_release" "db" {\n      + set {\n          + name  = "auth.password"\n          + value = "${pw}"\n        }\n    }\n`, 'ci-logs/plan.log'],
      [aws, `resource "tfe_variable" "aws_secret" {\n  key          = "AWS_SECRET_ACCESS_KEY"\n  value        = "${aws}"\n  category     = "env"\n  sensitive    = true\n}\n`, 'workspaces.tf'],
      [btoa(token), `[\n  {"key": "config/orders/github_token", "flags": 0, "value": "${btoa(token)}"}\n]\n`, 'backup/consul-kv.json'],
      [pw, `pulumi config set --plaintext dbPassword ${pw} -s acme/prod\n`, 'scripts/pulumi-up.sh'],
      [agent, `acl {\n  tokens {\n    initial_management = "${uuid()}"\n    agent              = "${agent}"\n  }\n}\n`, 'consul.d/consul.hcl'],
      [vaultPass, `decrypt:\n\techo "${vaultPass}" > .vault_pass && ansible-vault decrypt vault.yml --vault-password-file .vault_pass\n`, 'Makefile'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
    expect(found('  set {\n    name  = "replicaCount"\n    value = "three-replicas"\n  }\n', 'main.tf')).toEqual([]);
  });

  it("leaves Vault audit HMACs, Pulumi's wrapped data key, a template's self-named password and WordPress's placeholder phrase", () => {
    expect(found(`{"type":"response","auth":{"client_token":"hmac-sha256:${g.chars(HEX, 64)}","accessor":"hmac-sha256:${g.chars(HEX, 64)}"}}\n`, 'vault_audit.log')).toEqual([]);
    expect(found(`encryptionsalt: v1:${g.chars(B64, 12)}:v1:${g.chars(B64, 16)}:${g.chars(B64, 32)}\nencryptedkey: ${g.chars(B64, 120)}\n`, 'Pulumi.prod.yaml')).toEqual([]);
    expect(found("# DATABASE_URL='mysql://database_user:database_password@database_host:database_port/database_name'\n", '.env.example')).toEqual([]);
    expect(found("AUTH_KEY='generateme'\nSECURE_AUTH_KEY='generateme'\n", '.env.example')).toEqual([]);
  });
});

describe('seventy-eighth and seventy-ninth blind gradings: enterprise backends, SMS and chat-bot platforms', () => {
  const d = createDetector();
  const g = createSampleGen(7809);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds secrets handed to Java and .NET security APIs: IdentityServer secrets, HMAC key literals, JNDI credentials, SQL*Plus logons of hyphenated users, Spring Cloud encrypt keys; leaves the Cosmos DB emulator key', () => {
    const guid = [8, 4, 4, 4, 12].map((n) => g.chars(HEX, n)).join('-');
    const b64 = `${g.chars(`${ALNUM}+/`, 43)}=`;
    const pw = `${g.chars(ALNUM, 12)}*${g.chars(ALNUM, 4)}`;
    const utf8 = g.chars(ALNUM, 40);
    const cases: [string, string, string][] = [
      [guid, `ClientSecrets = { new Secret("${guid}".Sha256()) },\n`, 'src/IdentityServer/Config.cs'],
      [b64, `private final SecretKey key = Keys.hmacShaKeyFor(Decoders.BASE64.decode("${b64}"));\n`, 'src/main/java/JwtUtil.java'],
      [utf8, `var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("${utf8}"));\n`, 'src/Api/TokenService.cs'],
      [pw, `env.put(Context.SECURITY_CREDENTIALS, "${pw}");\n`, 'src/main/java/LdapConfig.java'],
      [pw, `sqlplus -s svc-shipping/${pw}@ora-01.db.internal:1521/ORCLPDB1 @migrate.sql\n`, 'scripts/migrate.sh'],
      [pw, `encrypt:\n  key: ${pw}\n`, 'config-repo/application.yml'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
    // The Cosmos DB emulator's published key (Microsoft Learn), assembled from parts.
    const emulator = ['C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuV', 'TqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='].join('');
    expect(found(`"Cosmos": "AccountEndpoint=https://localhost:8081/;AccountKey=${emulator}"\n`, 'appsettings.Development.json')).toEqual([]);
  });

  it('finds keys handed to messaging clients and push services: Twilio secrets after the SK id, Telnyx v2 keys, MessageBird clients, Gotify and Pushbullet tokens', () => {
    const twilio = g.chars(ALNUM, 32);
    const telnyx = `KEY${g.chars('0123456789ABCDEF', 32)}_${g.chars(ALNUM, 22)}`;
    const bird = g.chars(ALNUM, 25);
    const gotify = `A${g.chars(ALNUM, 12)}x7`;
    const pushbullet = `o.${g.chars(ALNUM, 32)}`;
    const cases: [string, string, string][] = [
      [twilio, `const client = require('twilio')('SK${g.chars(HEX, 32)}', '${twilio}', { accountSid: 'AC${g.chars(HEX, 32)}' });\n`, 'src/sms.js'],
      [telnyx, `const telnyx = require('telnyx')('${telnyx}');\n`, 'src/voice.js'],
      [bird, `$messagebird = new \\MessageBird\\Client('${bird}');\n`, 'src/Notify.php'],
      [gotify, `[Service]\nEnvironment="GOTIFY_APP_TOKEN=${gotify}"\n`, 'notify.service'],
      [gotify, `urls:\n  - gotify://gotify.homelab.net/${gotify}\n`, 'apprise.yml'],
      [pushbullet, `urls:\n  - pbul://${pushbullet}\n`, 'apprise.yml'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
    // The shape of a Pushbullet token without Pushbullet named near it is no finding.
    expect(found(`const s = "o.${g.chars(ALNUM, 32)}";\n`, 'a.js')).toEqual([]);
  });
});

describe('eightieth and eighty-first blind gradings: self-hosted stacks, test and code-quality services', () => {
  const d = createDetector();
  const g = createSampleGen(8081);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const uuid = (): string => [8, 4, 4, 4, 12].map((n) => g.chars(HEX, n)).join('-');

  it("finds Deluge's auth file, ntfy tokens, Pushover in Apprise URLs, Plex claim tokens, Testomat.io keys, test services' command lines and grid keys, DeepSource DSNs, Mailosaur clients, Currents and Code Climate keys", () => {
    const local = g.chars(HEX, 40);
    const pw = `${g.chars(ALNUM, 12)}=${g.chars(ALNUM, 6)}`;
    const ntfy = `tk_${g.chars(LOWER, 29)}`;
    const pover = g.chars(LOWER, 30);
    const claim = `claim-${g.chars(ALNUM, 20)}`;
    const testomat = `tstmt_${g.chars(ALNUM, 32)}`;
    const snyk = uuid();
    const grid = uuid();
    const deepsource = g.chars(HEX, 32);
    const mailosaur = g.chars(ALNUM, 16);
    const currents = `${g.chars(ALNUM, 10)}7${g.chars(ALNUM, 5)}`;
    const reporter = g.chars(HEX, 64);
    const cases: [string, string, string][] = [
      [local, `localclient:${local}:10\njonas:${pw}:10\n`, 'config/deluge/auth'],
      [pw, `localclient:${local}:10\njonas:${pw}:10\n`, 'config/deluge/auth'],
      [ntfy, `urls:\n  - ntfys://${ntfy}@ntfy.larkspur.casa/backups\n`, 'apprise.yml'],
      [pover, `urls:\n  - pover://${g.chars(LOWER, 30)}@${pover}\n`, 'apprise.yml'],
      [claim, `services:\n  plex:\n    image: plexinc/pms-docker\n    environment:\n      - PLEX_CLAIM=${claim}\n`, 'docker-compose.yml'],
      [testomat, `"test:report": "TESTOMATIO=${testomat} npx codeceptjs run"\n`, 'package.json'],
      [snyk, `npx snyk auth ${snyk}\n`, 'scripts/ci.sh'],
      [grid, `export const config = {\n  user: 'qa-team',\n  key: '${grid}',\n  services: ['sauce'],\n};\n`, 'wdio.conf.ts'],
      [deepsource, `env:\n  DEEPSOURCE_DSN: https://${deepsource}@app.deepsource.com\n`, '.github/workflows/coverage.yml'],
      [mailosaur, `const mailosaur = new MailosaurClient('${mailosaur}');\n`, 'tests/email.spec.ts'],
      [currents, `module.exports = {\n  projectId: 'Ab12Cd',\n  recordKey: '${currents}',\n};\n`, 'currents.config.js'],
      [reporter, `env:\n  global:\n    - CC_TEST_REPORTER_ID=${reporter}\n`, '.travis.yml'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
    // The same lines without the services they belong to, or with references, are no findings.
    expect(found(`const s = "tk_${g.chars(LOWER, 29)}";\n`, 'a.js')).toEqual([]);
    expect(found("export const config = {\n  user: process.env.SAUCE_USERNAME,\n  key: process.env.SAUCE_ACCESS_KEY,\n};\n", 'wdio.conf.ts')).toEqual([]);
  });

  it("finds Fabric's run-script secret, macOS security passwords, LINE SDK secrets, TestingBot's credentials file, Oracle's double-quoted passwords", () => {
    const fabric = g.chars(HEX, 64);
    const pw = `${g.chars(ALNUM, 12)}@${g.chars(ALNUM, 5)}`;
    const line = g.chars(HEX, 32);
    const tb = g.chars(ALNUM, 32);
    const cases: [string, string, string][] = [
      [fabric, `shellScript = "\\"\${PODS_ROOT}/Fabric/run\\" ${g.chars(HEX, 40)} ${fabric}\\n";\n`, 'App.xcodeproj/project.pbxproj'],
      [pw, `security import /tmp/cert.p12 -k $KEYCHAIN -P "${pw}" -T /usr/bin/codesign\n`, 'ci/ios-signing.sh'],
      [line, `handler = WebhookHandler('${line}')\n`, 'bot/app.py'],
      [tb, `${g.chars(ALNUM, 32)}:${tb}\n`, 'home/ci/.testingbot'],
      [pw, `ALTER USER etl_user IDENTIFIED BY "${pw}";\n`, 'db/setup/create_login.sql'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text.slice(0, 80)}`).toContain(value);
  });
});

describe('eighty-second to eighty-ninth blind gradings: analytics and flags, storage, low-code, scraping, KYC, decompiled apps, Kubernetes, voice AI', () => {
  const d = createDetector();
  const g = createSampleGen(8201);
  const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const LOWER36 = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => `${f.ruleId}:${f.secret}`);
  const secrets = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`;

  it('reads proxy list files line by line in each export shape, with line numbers, and only by their path', () => {
    const pw = (): string => `${g.chars(LOWER36, 11)}7`;
    const a = pw();
    const b = pw();
    const c = pw();
    const e = pw();
    const list = `# residential pool\n${['gate', 'example', 'net'].join('.')}:7000:user-1:${a}\n203.0.113.7:8080:user-2:${b}\nuser-3:${c}@198.51.100.4:3128\n198.51.100.9\t9000\tpackage-1\t${e}\tGB\n`;
    const listed = d.scanRevealing(list, { path: 'data/proxies.txt' });
    expect(listed.map((f) => `${f.ruleId}:${f.secret}`)).toEqual([a, b, c, e].map((s) => `proxy-list-credentials:${s}`));
    expect(listed.map((f) => f.line)).toEqual([2, 3, 4, 5]);
    expect(rules(list, 'notes.txt')).not.toContain('proxy-list-credentials');
    // Placeholders and defaults stand in for passwords.
    expect(rules('203.0.113.7:8080:user:password123\n203.0.113.8:8080:user:<password>\n', 'proxies.txt')).toEqual([]);
    // A long list is read whole (past the 4 KiB other file judges read).
    const long = Array.from({ length: 400 }, (_, i) => `203.0.113.${i % 250}:8000:u${i}:${pw()}`).join('\n');
    expect(d.scan(long, { path: 'proxy_list.csv' }).length).toBe(400);
  });

  it('finds session cookies by name in headers, cookie jars, storage-state objects and variables, and not anti-CSRF tokens', () => {
    const liAt = `AQED${g.chars(`${B62}-_`, 140)}`;
    expect(secrets(`curl 'https://www.linkedin.com/voyager/api/me' -b 'lang=v=2&lang=en-us; li_at=${liAt}; JSESSIONID=ajax:123'\n`, 'fetch.sh')).toEqual([liAt]);
    const gh = g.chars(`${B62}-_`, 48);
    expect(secrets(`.github.com\tTRUE\t/\tTRUE\t1746228968\tuser_session\t${gh}\n`, 'cookies.txt')).toEqual([gh]);
    const sid = `s%3A${g.chars(`${B62}-_`, 32)}.${g.chars(B62, 43)}`;
    expect(secrets(`[\n  {\n    "domain": ".shop.test",\n    "httpOnly": true,\n    "name": "connect.sid",\n    "path": "/",\n    "value": "${sid}"\n  }\n]\n`, 'state.json')).toEqual([sid]);
    const tiktok = g.chars(HEX, 32);
    expect(secrets(`SESSIONID_COOKIE=${tiktok}\n`, '.env')).toEqual([tiktok]);
    // Steam's `sessionid` is its anti-CSRF token (24 hex), a program's `sessionId` no cookie.
    expect(rules(`cookies = {"sessionid": "${g.chars(HEX, 24)}"}\n`, 'steam.py')).toEqual([]);
    expect(rules('Cookie: sessionid=<your-session-id>\n', 'notes.md')).toEqual([]);
  });

  it('finds passwords typed by browser automation, Ruby block defaults and keys at their SDK clients', () => {
    const pw = `${g.chars(B62, 9)}#${g.chars(B62, 4)}`;
    expect(found(`await page.fill('input[name="password"]', '${pw}');\n`, 'login.ts')).toEqual([`form-fill-password:${pw}`]);
    expect(found(`driver.find_element(By.NAME, "password").send_keys("${pw}")\n`, 'login.py')).toEqual([`form-fill-password:${pw}`]);
    expect(rules("driver.find_element(By.NAME, 'password').send_keys(password)\n", 'login.py')).toEqual([]);
    const key = g.chars(HEX, 32);
    expect(found(`SEON_API_KEY = ENV.fetch('SEON_API_KEY') { '${key}' }\n`, 'seon.rb')).toEqual([`generic-secret-default:${key}`]);
    const write = `${g.chars(B62, 8)}4${g.chars(B62, 7)}`;
    expect(found(`import { Analytics } from '@june-so/analytics-node';\nconst analytics = new Analytics('${write}');\n`, 'june.ts')).toEqual([`june-write-key-client:${write}`]);
    const site = g.chars(HEX, 20);
    const track = g.chars(HEX, 20);
    expect(found(`$customerio = Customerio::Client.new(\n  "${site}",\n  "${track}",\n  region: Customerio::Regions::EU\n)\n`, 'customerio.rb')).toEqual([`customerio-track-api-key-client:${track}`]);
  });

  it('reads a key inventory by its provider column, a German password column, and single-key files by their path', () => {
    const bfl = uuid();
    expect(secrets(`name,provider,key,created\nprod-1,bfl,${bfl},2024-08-15\n`, 'ops/keys-inventory.csv')).toEqual([bfl]);
    const pw = `${g.chars(B62, 20)}-${g.chars(B62, 10)}`;
    expect(secrets(`| Dienst | Benutzer | Passwort |\n|---|---|---|\n| Grafana | admin | \`${pw}\` |\n`, 'docs/zugang.md')).toEqual([pw]);
    const dg = g.chars(HEX, 40);
    expect(found(`${dg}\n`, 'secrets/deepgram.key')).toEqual([`api-key-file:${dg}`]);
    expect(rules(`${dg}\n`, 'src/deepgram.txt')).toEqual([]);
    const kubeadmin = Array.from({ length: 4 }, () => g.chars(B62, 5)).join('-');
    expect(found(`${kubeadmin}\n`, 'ocp/auth/kubeadmin-password')).toEqual([`openshift-kubeadmin-password-file:${kubeadmin}`]);
    const s3fs = `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}:${g.chars(`${B62}+/`, 40)}`;
    expect(rules(`${s3fs}\n`, 'etc/passwd-s3fs')).toEqual(['s3fs-passwd-file']);
  });

  it('leaves proxy-mode options, test keys, model ids, Pulumi salts, secret versions and an algorithm name', () => {
    const key = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 80);
    expect(rules(`proxy = "http://${key}:render_js=False@proxy.scrapingbee.com:8886"\n`, 'bee.py')).not.toContain('url-credentials');
    expect(rules("aws ssm put-parameter --name /prod/app_id --type SecureString --value 'test-key'\n", 'set.sh')).toEqual([]);
    expect(rules('client = InferenceClient("openai/whisper-large-v3", token=os.environ["HF_TOKEN"])\n', 'stt.py')).toEqual([]);
    expect(rules(`encryptionsalt: v1:${g.chars(B62, 11)}=:v1:${g.chars(B62, 16)}:${g.chars(B62, 43)}=\n`, 'Pulumi.dev.yaml')).toEqual([]);
    expect(rules(`"secretVersionId": "${uuid()}"\n`, 'config.json')).toEqual([]);
    expect(rules('        - name: PASSWORD_ENCRYPTION\n          value: scram-sha-256\n', 'statefulset.yaml')).toEqual([]);
  });
});

describe('ninety-fourth blind grading: password managers, Wi-Fi profiles and recovery keys', () => {
  const d = createDetector();
  const g = createSampleGen(9401);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  // A person's passwords: words with digits, a phrase, a generator's.
  const human = (): string => g.pick([`${g.pick(['lantern', 'pebble', 'garage'])}${g.int(100, 9999)}`, `${g.pick(['yellow', 'violet'])}.${g.pick(['horse', 'river'])}.${g.pick(['cookie', 'canyon'])}`, `${g.chars(ALNUM, 12)}#${g.int(10, 99)}`]);

  it('reads every password and seed of a credential export by its header, in any of the managers\' layouts', () => {
    const a = human();
    const b = human();
    const seed = g.chars(B32, 32);
    expect(found(`name,url,username,password,note\nexample.org,https://example.org/login,ann,${a},\nshop.test,https://shop.test/,bob,"${b}",\n`, 'Downloads/Chrome Passwords.csv')).toEqual([a, b]);
    expect(found(`url,username,password,totp,extra,name,grouping,fav\nhttps://example.org/,ann,${a},${seed},,Example,Email,0\n`, 'lastpass_export.csv')).toEqual([a, seed]);
    expect(found(`Name;Folder;Description;Icon;Panel;Username;Password;Domain;Hostname;Protocol\njump1;Servers;;mRemoteNG;General;ann;${a};CORP;jump1.example.org;RDP\n`, 'mRemoteNG-export.csv')).toEqual([a]);
    const uri = `otpauth://totp/Example:ann?secret=${seed}&issuer=Example`;
    expect(found(`"Group","Title","Username","Password","URL","Notes","TOTP"\n"Root","Example","ann","${a}","https://example.org","","${uri}"\n`, 'keepassxc.csv')).toEqual([a, seed]);
    // A template's stand-ins and an empty column are no passwords; a CSV with no site or user column is no export.
    expect(found('name,url,username,password\nExample,https://example.org,ann,[hidden]\nShop,https://shop.test,bob,\n', 'password-import.csv')).toEqual([]);
    expect(d.scan(`id,password,count\n1,${a},3\n`, { path: 'stats.csv' }).map((f) => f.ruleId)).not.toContain('credential-export-csv');
  });

  it('finds KeePass protected values, 1PUX login fields, form fields, OTP seeds and Google Authenticator exports', () => {
    const a = human();
    const seed = g.chars(B32, 32);
    const cases: [string, string, string][] = [
      [a, `<String>\n\t<Key>Password</Key>\n\t<Value ProtectInMemory="True">${a}</Value>\n</String>\n`, 'Database.xml'],
      [a, `{"loginFields": [\n  {\n    "value": "${a}",\n    "id": "",\n    "name": "password",\n    "fieldType": "P",\n    "designation": "password"\n  }\n]}\n`, 'export.data'],
      [a, `{"fields": [\n  {\n    "name": "passwd",\n    "type": "password",\n    "value": "${a}"\n  }\n]}\n`, 'form-data.json'],
      [seed, `{\n  "login": {\n    "totp": "${seed}"\n  }\n}\n`, 'bitwarden_export.json'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    const data = Buffer.from(`\n\u0014${g.chars(ALNUM, 20)}\u0012\u0003ann\u001a\u0007Example`).toString('base64');
    expect(found(`otpauth-migration://offline?data=${encodeURIComponent(data)}\n`, 'notes.txt').join(' ')).toContain(encodeURIComponent(data).slice(0, 20));
    expect(found('<Value ProtectInMemory="True">&lt;PASSWORD&gt;</Value>\n', 'templates.xml')).toEqual([]);
    expect(found('"totp": "JBSWY3DPEHPK3PXP"\n', 'vault.json')).toEqual([]);
  });

  it("finds Wi-Fi passphrases in Windows profiles, netsh output, join commands, QR payloads and hostapd's PSK file, and FileVault recovery keys", () => {
    const a = human();
    const key = Array.from({ length: 6 }, () => g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 4)).join('-');
    const cases: [string, string, string][] = [
      [a, `<sharedKey>\n\t<keyType>passPhrase</keyType>\n\t<protected>false</protected>\n\t<keyMaterial>${a}</keyMaterial>\n</sharedKey>\n`, 'Wi-Fi-Office.xml'],
      [a, `Security settings\n    Authentication         : WPA2-Personal\n    Key Content            : ${a}\n`, 'netsh-wlan.txt'],
      [a, `sudo nmcli dev wifi connect "Office 5G" password '${a}'\n`, '.bash_history'],
      [a, `networksetup -setairportnetwork en0 "Office" '${a}'\n`, 'mac-wifi.txt'],
      [a, `Raw: WIFI:T:WPA;S:office-5G;P:${a};;\n`, 'guest-wifi.md'],
      [a, `00:00:00:00:00:00 ${a}\n`, 'etc/hostapd.wpa_psk'],
      [key, `$ sudo fdesetup enable\nRecovery key = '${key}'\n`, 'filevault.txt'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // A protected profile's DPAPI blob, an external password backend's entry, an Android config key, a Bitwarden EncString.
    expect(found(`<protected>true</protected>\n<keyMaterial>01000000D08C9DDF0115D1118C7A00C04FC297EB${g.chars('0123456789ABCDEF', 120)}</keyMaterial>\n`, 'Wi-Fi.xml')).toEqual([]);
    expect(found('network={\n\tssid="office"\n\tpsk=ext:WIFI_PSK_3\n}\n', 'wpa_supplicant.conf')).toEqual([]);
    expect(found('<string name="ConfigKey">&quot;TP-Link_8F2A&quot;WPA_PSK</string>\n', 'WifiConfigStore.xml')).toEqual([]);
    expect(found(`"password": "2.${g.chars(ALNUM, 22)}==|${g.chars(ALNUM, 44)}=|${g.chars(ALNUM, 43)}=",\n`, 'bitwarden_export_enc.json')).toEqual([]);
  });
});

describe('ninety-sixth blind grading: network devices and security appliances', () => {
  const d = createDetector();
  const g = createSampleGen(9601);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const pw = (): string => `${g.pick(['Cedar', 'Velvet', 'Onyx'])}${g.chars(ALNUM, 5)}${g.pick(['!', '%', '.'])}${g.int(1000, 9999)}`;

  it("finds vendors' reversible encodings, RANCID, tac_plus, Aruba plaintext, Huawei plain keys and Cisco's keyword lines", () => {
    const a = pw();
    const b = pw();
    const huawei = `%^%#${g.chars(ALNUM, 20)}{-]${g.chars(ALNUM, 18)}%^%#`;
    const pan = `-AQ==${g.chars(ALNUM, 27)}=${g.chars(ALNUM, 22)}==`;
    const enc = g.chars(ALNUM, 96);
    const cases: [string, string, string][] = [
      [huawei, ` local-user noc password cipher ${huawei}\n`, 'huawei/border.cfg'],
      [pan, `<pre-shared-key><key>${pan}</key></pre-shared-key>\n`, 'paloalto/running-config.xml'],
      [enc, `    edit "hq"\n        set psksecret ENC ${enc}\n    next\n`, 'fortigate/fw.conf'],
      [a, `add password 10.1.* {${a}} {${b}}\n`, 'home/rancid/.cloginrc'],
      [b, `add password 10.1.* {${a}} {${b}}\n`, 'home/rancid/.cloginrc'],
      [a, `user = netops {\n    login = cleartext "${a}"\n}\n`, 'tacacs/tac_plus.conf'],
      [b, `snmpv3 user netops auth sha auth-pass plaintext ${a} priv aes priv-pass plaintext ${b}\n`, 'aruba/edge.cfg'],
      [a, ` ospf authentication-mode md5 1 plain ${a}\n`, 'huawei/wan.cfg'],
      [a, `interface Vlan21\n vrrp 21 authentication text ${a}\n`, 'configs/acc.cfg'],
      [a, ` standby 152 authentication md5 key-string ${a}\n`, 'configs/wan.cfg'],
      [a, `config radius auth add 2 10.0.0.5 1812 ascii ${a}\n`, 'wlc/run-config-commands.txt'],
      [a, `{"config": "hostname r1\\ntacacs-server key 0 ${a}\\nsnmp-server community ${b} RO\\n"}\n`, 'api/device.json'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // Hashes an appliance writes: an ASA's `encrypted`, Arista's sha512, FortiOS's admin SH2, Huawei's irreversible cipher.
    expect(found(`enable password ${g.chars(ALNUM, 16)} encrypted\nenable password sha512 $6$${g.chars(ALNUM, 12)}$${g.chars(ALNUM, 40)}\n`, 'asa/running-config.txt')).toEqual([]);
    expect(found(`config system admin\n    edit "admin"\n        set password ENC SH2${g.chars(ALNUM, 60)}\n`, 'fortigate/fw.conf')).toEqual([]);
    expect(found(` local-user noc password irreversible-cipher $1a$${g.chars(ALNUM, 20)}$\n`, 'huawei/border.cfg')).toEqual([]);
  });
});

describe('ninety-seventh blind grading: regional payment platforms', () => {
  const d = createDetector();
  const g = createSampleGen(9701);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string): string[] => d.scanRevealing(text, { path: 'config/payments.env' }).map((f) => f.secret);

  it("finds gateways' prefixed keys, PKCS#12 bundles, and short keys and salts under their gateway's name", () => {
    const efi = `Client_Secret_${g.chars(HEX, 40)}`;
    const ebanx = `live_ik_${g.chars(ALNUM, 22)}`;
    const wompi = `prv_prod_${g.chars(ALNUM, 32)}`;
    const paymob = `egy_sk_live_${g.chars(HEX, 64)}`;
    const p12 = `MIIK${g.pick(['A', 'B', 'C'])}QIBAzCC${g.chars(`${ALNUM}+/`, 300)}`;
    const crc = g.chars(HEX, 16);
    const payfast = g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 13);
    const salt = g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10);
    const kushki = g.chars(HEX, 32);
    const cases: [string, string][] = [
      [efi, `export EFI_CLIENT_SECRET="${efi}"\n`],
      [ebanx, `<integration_key>${ebanx}</integration_key>\n`],
      [wompi, `$client = new Wompi\\Client('${wompi}');\n`],
      [paymob, `$client = new Paymob\\Client('${paymob}');\n`],
      [p12, `SWISH_CERT_P12_BASE64=${p12}\n`],
      [crc, `# Przelewy24\nP24_CRC=${crc}\n`],
      [payfast, `# PayFast sandbox\nPF_MERCHANT_KEY=${payfast}\n`],
      [salt, `jazzcash:\n  integrity-salt: ${salt}\n`],
      [kushki, `kushki_private_merchant_id = "${kushki}"\n`],
    ];
    for (const [value, text] of cases) expect(found(text), text).toContain(value);
    // The same short shapes with no gateway named, and Symfony's env placeholders, are not read.
    expect(found(`CRC=${crc}\nMERCHANT_KEY=${payfast}\n`)).toEqual([]);
    expect(found("$passphrase = '%env(PAYFAST_PASSPHRASE)%';\n")).toEqual([]);
  });
});

describe('ninety-ninth blind grading: education technology, events and ticketing', () => {
  const d = createDetector();
  const g = createSampleGen(9901);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64URL = `${ALNUM}-_`;
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it("finds runbook tables' Secret column, Kaltura sessions, Vimeo and LTI constructor secrets, JWK primes, Panopto keys and Bearer-named settings", () => {
    const secret = g.chars(ALNUM, 48);
    const ks = `djJ8NDI3ODM4f${g.chars(B64URL, 90)}`;
    const vimeoSecret = g.chars(`${ALNUM}+/`, 128);
    const vimeoToken = g.chars(HEX, 32);
    const lti = g.chars(ALNUM, 24);
    const prime = g.chars(B64URL, 171);
    const panopto = [8, 4, 4, 4, 12].map((n) => g.chars(HEX, n)).join('-');
    const bearer = g.chars(ALNUM, 48);
    const cases: [string, string, string][] = [
      [secret, `| System | Key | Secret |\n|---|---|---|\n| Canvas | dev key 10000000061592 | ${secret} |\n`, 'docs/integrations.md'],
      [ks, `GET https://www.kaltura.com/api_v3/service/flavorasset/action/list?ks=${ks}\n`, 'logs/kaltura.log'],
      [vimeoSecret, `const client = new Vimeo('${g.chars(HEX, 40)}', '${vimeoSecret}', '${vimeoToken}');\n`, 'vimeo_upload.js'],
      [vimeoToken, `const client = new Vimeo('${g.chars(HEX, 40)}', '${vimeoSecret}', '${vimeoToken}');\n`, 'vimeo_upload.js'],
      [lti, `const provider = new lti.Provider('valleyview-tool', '${lti}');\n`, 'app.js'],
      [prime, `JWT_PRIVATE_SIGNING_JWK: '{"kty": "RSA", "e": "AQAB", "kid": "k1", "p": "${prime}"}'\n`, 'lms.yml'],
      [panopto, `# Panopto provider\nAPPLICATION_KEY = "${panopto}"\n`, 'panopto/provider.py'],
      [bearer, `<add key="ClassLinkBearer" value="${bearer}" />\n`, 'App.config'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // A documentation table's Secret column of names, and a prime with no JWK around it.
    expect(found('| Setting | Secret |\n|---|---|\n| Stripe | `STRIPE_SECRET_KEY` |\n| Zoom | see the vault |\n', 'docs/settings.md')).toEqual([]);
    expect(found(`"p": "${prime}"\n`, 'data.json')).toEqual([]);
  });
});

describe('ninety-fifth blind grading: API clients, HTTP recordings, mocks and load tests', () => {
  const d = createDetector();
  const g = createSampleGen(9501);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it("finds Okta's SSWS tokens in matchers, Telegram tokens in a URL's path array and Basic values as a cassette's list items", () => {
    const okta = `00${g.chars(ALNUM, 40)}`;
    const bot = `${g.int(1000000000, 2000000000)}:AA${g.chars(ALNUM, 33)}`;
    const basic = Buffer.from(`api:${g.chars('0123456789abcdef', 32)}-${g.chars('0123456789abcdef', 8)}`).toString('base64');
    expect(found(`{"request": {"headers": {"Authorization": {"equalTo": "SSWS ${okta}"}}}}\n`, 'wiremock/mappings/users.json')).toContain(okta);
    expect(found(`"url": {"host": ["api", "telegram", "org"], "path": ["bot${bot}", "sendMessage"]}\n`, 'users.postman_collection.json')).toContain(bot);
    expect(found(`  headers:\n    Authorization:\n    - Basic ${basic}\n`, 'cassettes/test_send.yaml')).toContain(basic);
    // A recorder's scrubbed value is no credential.
    expect(found(`  headers:\n    Authorization:\n    - Basic ${Buffer.from('anystring:FILTERED').toString('base64')}\n`, 'cassettes/test_send.yaml')).toEqual([]);
  });
});

describe('ninety-eighth blind grading: PaaS, hosting and developer platforms', () => {
  const d = createDetector();
  const g = createSampleGen(9801);
  it("finds a Render deploy hook's key, and not a referenced one", () => {
    const key = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 11);
    const url = `https://api.render.com/deploy/srv-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 20)}`;
    expect(d.scanRevealing(`# RENDER_DEPLOY_HOOK=${url}?key=${key}\n`, { path: '.env.example' }).map((f) => f.secret)).toContain(key);
    expect(d.scan(`curl -X POST "${url}?key=\${RENDER_KEY}"\n`, { path: 'deploy.sh' })).toEqual([]);
  });
});

describe('sixty-ninth blind grading, second pass: the passwords people choose, Windows commands, wallets', () => {
  const d = createDetector();
  const g = createSampleGen(6902);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const word = (): string => g.pick(['Harbor', 'Orchard', 'Quartz', 'Falcon', 'Meadow']);
  const low = (): string => g.pick(['lantern', 'river', 'tulip', 'otter', 'cinder']);
  const year = (): string => String(g.int(1990, 2029));

  it('finds a word and a year, a month or season and a year, pronounceable syllables, joined and spaced words under password names', () => {
    const wordYear = `${word()}${year()}`;
    const season = `${g.pick(['Summer', 'Autumn', 'March'])}${year()}${g.pick(['!', '?', '$'])}`;
    const syllables = `${g.pick(['Wo', 'Ri', 'Ta'])}${g.int(1, 9)}${g.pick(['ax', 'eb', 'ul'])}${g.int(1, 9)}${g.pick(['ko', 'fu', 'ne'])}${g.int(1, 9)}${g.pick(['ap', 'is'])}`;
    const joined = `${low()}_${word()}_${low()}`;
    const dotted = `${low()}.${word()}.${word()}`;
    const plus = `${low()}+${low()}+${low()}${g.int(10, 99)}`;
    const spaced = `${word()} ${low()} ${low()} ${g.int(10, 99)}!`;
    const short = `${g.pick(['Nadia', 'Jonas'])}1991!`;
    const cases: [string, string, string][] = [
      [wordYear, `SQLSVCPASSWORD="${wordYear}"\n`, 'sql/install/ConfigurationFile.ini'],
      [season, `adcli_pw: '${season}'\n`, 'ansible/group_vars/linux.yml'],
      [syllables, `bind_password = '${syllables}'\n`, 'etc/grafana/ldap.toml'],
      [joined, `AGTSVCPASSWORD="${joined}"\n`, 'sql/install/ConfigurationFile.ini'],
      [dotted, `  "winrm_password": "${dotted}"\n`, 'packer/win2019.json'],
      [plus, `  bind_pw: ${plus}\n`, 'srv/pillar/ldap.sls'],
      [spaced, `  password             = "${spaced}"\n`, 'terraform/vsphere/provider.tf'],
      [spaced, `<AdministratorPassword>\n  <Value>${spaced}</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>\n`, 'osd/autounattend.xml'],
      [spaced, `<datasource>\n  <password>${spaced}</password>\n</datasource>\n`, 'wildfly/standalone.xml'],
      [short, `MQEnvironment.Password = "${short}";\n`, 'src/Mq/Client.cs'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // Names, instructions and defaults stay quiet: a property path, kebab-case, prose ending in a number, a default and a year.
    for (const value of ['App.Config.Value', 'feature-flag-name', 'user_login_token', 'admin2024']) expect(found(`password: "${value}"\n`, 'config/app.yml'), value).toEqual([]);
    expect(found('password: "see the wiki page 12"\nadmin_password: "must have at least 8"\n', 'config/app.yml')).toEqual([]);
  });

  it('finds Windows commands that take a password, Cisco type 7 values, Oracle auto-login wallets and base64 PowerShell scripts', () => {
    const pw = `${word()}${g.chars(ALNUM, 6)}#${g.int(10, 99)}`;
    const hex = (n: number): string => g.chars('0123456789ABCDEF', n);
    const type7 = `0${g.int(0, 9)}${hex(6)}A${hex(9)}`;
    const wallet = `ofhON${g.pick(['g', 'w'])}${g.chars(`${ALNUM}+/`, 600)}`;
    const script = Buffer.from(`$pw = ConvertTo-SecureString '${pw}' -AsPlainText -Force\nNew-LocalUser -Name 'LocalSupport' -Password $pw\n`).toString('base64');
    const cases: [string, string, string][] = [
      [pw, `net use Z: \\\\fs23\\share "${pw}" /user:CORP\\svc_report /persistent:no\n`, 'scripts/map-drives.cmd'],
      [pw, `{"command_line":"net use \\\\\\\\fs26\\\\c$ /user:ACME\\\\ops-adm ${pw}","parent":{}}\n`, 'logs/proc-creation.ndjson'],
      [pw, `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d "${pw}" /f\n`, 'deploy/kiosk/autologon.cmd'],
      [type7, `username admin privilege 15 password 7 ${type7}\n`, 'network/backups/edge-rtr01.txt'],
      [wallet, `apiVersion: v1\nkind: Secret\ndata:\n  cwallet.sso: ${wallet}\n`, 'k8s/erp/oracle-wallet-secret.yaml'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    const intune = found(`{\n  "displayName": "Create local support user",\n  "scriptContent": "${script}",\n  "runAsAccount": "system"\n}\n`, 'intune/deviceManagementScripts/a.json');
    expect(intune.length).toBeGreaterThan(0);
    // Stand-ins stay quiet: a prompted password, a variable, a type 7 of "password".
    for (const line of ['net use Z: \\\\fs23\\share * /user:CORP\\svc_report', 'net use Z: \\\\fs23\\share %SHARE_PW% /user:CORP\\svc_report']) expect(found(line, 'scripts/map.cmd'), line).toEqual([]);
  });
});

describe('hundredth to hundred-and-fifth blind gradings: advertising, provisioning, legacy and mainframe, MLOps, customer support, geospatial', () => {
  const d = createDetector();
  const g = createSampleGen(10005);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const pw = (): string => `${g.chars(ALNUM, 9)}#${g.chars(ALNUM, 4)}`;
  const racf = (): string => `${g.chars(UPPER, 3)}${g.int(1, 9)}${g.pick(['#', '@', '$'])}${g.chars(UPPER, 3)}`;
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;

  it('finds passwords mainframe, IBM i, scheduler and old scripting languages hold by position or declaration', () => {
    const p = pw();
    const r = racf();
    // Oracle's unquoted password is an identifier: a letter, then letters, digits and "_".
    const oracle = `Q${g.chars(ALNUM, 10)}_${g.int(10, 99)}`;
    const cases: [string, string, string][] = [
      [r, `//STEP010  EXEC PGM=FTP,PARM='xfer.internal (EXIT'\n//INPUT    DD *\nBATCH20\n${r}\nascii\nquit\n/*\n`, 'mainframe/jcl/DWLFTP.jcl'],
      [p, `{ "cmd": "ftp -n ora.internal <<EOF\\nuser autosys ${p}\\nput out.dat\\nbye\\nEOF" }\n`, 'scheduler/export/job.json'],
      [p, `       05  WS-DB-PASSWD            PIC X(14) VALUE '${p}'.\n`, 'mainframe/cobol/ACHGEN.cbl'],
      [r, `SET &PW  = ${r}\n`, 'mainframe/clist/LOGONFT.clist'],
      [r, `       dcl-s usrPwd   char(10) inz('${r}');\n`, 'ibmi/qrpglesrc/CUSTUPD.rpgle'],
      [r, `CHGUSRPRF  USRPRF(QSECOFR2) PASSWORD(${r}) +\n`, 'ibmi/qclsrc/RMTCMD.clle'],
      [p, `isql -U scott -P ${p} -S ASE_PRD -i /opt/batch/sql/send.sql\n`, 'unix/scripts/send_edi.sh'],
      [p, `.LOGON tdprod/etl_load,${p};\n`, 'unix/scripts/bteq_load.ksh'],
      [p, `spawn sftp batch@xfer.internal\nexpect "*assword:"\nsend -- "${p}\\r"\n`, 'expect/sftp_push.exp'],
      [p, `set pass "${p}"\n`, 'expect/legacy_login.exp'],
      [p, `ctm environment add prod "https://controlm.internal:8443/automation-api" ctmadmin ${p}\n`, 'controlm/README.txt'],
      [p, `command: /opt/batch/bin/load.sh -u ctmuser -p ${p} -d FINPRD\n`, 'autosys/jil/fin_sftp.jil'],
      [p, `<Configuration ConfiguredType="Property" Path="\\Package.Connections[SRC].Properties[Password]" ValueType="String"><ConfiguredValue>${p}</ConfiguredValue></Configuration>\n`, 'ssis/config/Load.dtsConfig'],
      [p, `<DTS:Variable DTS:Namespace="User" DTS:ObjectName="SftpPassword">\n  <DTS:VariableValue DTS:DataType="8">${p}</DTS:VariableValue>\n</DTS:Variable>\n`, 'ssis/packages/SftpPull.dtsx'],
      [p, `rpt.SetDatabaseLogon("svc_batch", "${p}", "ORCL", "DW")\n`, 'reports/crystal/Runner.vb'],
      [p, `my $dbh = DBI->connect("dbi:Oracle:host=dw.internal;sid=MISDB", "edi_out", "${p}", { RaiseError => 1 });\n`, 'perl/cgi-bin/status.pl'],
      [p, `Set objSvc = objLocator.ConnectServer("DC1", "root\\cimv2", "HQ\\autosys", "${p}")\n`, 'scripts/vbs/inventory.vbs'],
      [p, `Set s = CreateObject("Lotus.NotesSession")\nCall s.Initialize("${p}")\n`, 'domino/scripts/export.vbs'],
      [p, `.Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "${p}"\n`, 'asp/mail/send_mail.asp'],
      [r, `properties.Add(MQC.PASSWORD_PROPERTY, "${r}");\n`, 'mq/dotnet/MqClient.cs'],
      [r, `[Global]\n$Param_SRC_Password=${r}\n`, 'informatica/params/wf_sync.par'],
      [oracle, `ALTER USER payroll IDENTIFIED BY ${oracle} ACCOUNT UNLOCK;\n`, 'oracle/sql/users.sql'],
      [r, `<authData id="imsAuth" user="SVCFTP85" password="${r}"/>\n`, 'zos/liberty/server.xml'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // Run-time expressions stand where a password goes: ColdFusion's #…#, SQL*Plus substitution variables.
    expect(found('<cfset this.datasources.app = { password: "#server.system.environment.DB_PASS#" }>\n', 'coldfusion/Application.cfc')).toEqual([]);
    expect(found('CREATE DATABASE LINK crm CONNECT TO app IDENTIFIED BY "&&link_pw" USING \'CRM\';\n', 'oracle/sql/links.sql')).toEqual([]);
    // A port after -p, FTP words on an FTP script's lines, a variable set so.
    expect(found('docker run -u 1000 -p 8080:80 app\npsql -U postgres -p 5432 -d app\n', 'scripts/run.sh')).toEqual([]);
    expect(found('ftp -n host <<EOF\nuser $FTP_USER $FTP_PASS\nbinary\nEOF\n', 'scripts/ftp.sh')).toEqual([]);
    expect(found('SET azure_storage_connection_string = \'DefaultEndpointsProtocol=https\';\nset mysql_connection_string "mysql://root@localhost/app"\n', 'duckdb/init.sql')).toEqual([]);
  });

  it('finds provisioning files\' passphrases, Develocity and Vault keys, Jenkins defaults and HMAC keys in signing calls', () => {
    const words = `${g.pick(['thistle', 'granite', 'yonder'])}.${g.pick(['willow', 'comet', 'bramble'])}.${g.pick(['raven', 'zinc', 'meadow'])}.${g.pick(['onyx', 'tundra', 'quill'])}`;
    const develocity = g.chars('abcdefghijklmnopqrstuvwxyz234567', 52);
    const secretId = uuid();
    const p = pw();
    const hmac = g.chars(ALNUM, 24);
    const cases: [string, string, string][] = [
      [words, `      - MYSQL_ROOT_PASSWORD=${words}\n`, 'compose.yaml'],
      [develocity, `DEVELOCITY_ACCESS_KEY="develocity.build.internal=${develocity}"\n`, 'ci/env.sh'],
      [secretId, `export VAULT_SECRET_ID="${secretId}"\n`, 'scripts/login.sh'],
      [p, `<hudson.model.PasswordParameterDefinition>\n  <name>DEPLOY_PW</name>\n  <defaultValue>${p}</defaultValue>\n</hudson.model.PasswordParameterDefinition>\n`, 'jobs/deploy/config.xml'],
      [p, `knife bootstrap 10.0.0.5 -x ubuntu -P '${p}' --sudo -N web1\n`, 'scripts/bootstrap.sh'],
      [p, `openssl passwd -6 "${p}"\n`, 'scripts/hash.sh'],
      [p, `chpasswd:\n  list: |\n    root:${pw()}\n    admin:${p}\n  expire: false\n`, 'cloud-init/user-data'],
      [hmac, `const expected = crypto.createHmac('sha256', '${hmac}').update(rawBody).digest('hex');\n`, 'src/webhook.js'],
      [hmac, `$userHash = hash_hmac('sha256', (string) $user->id, '${hmac}');\n`, 'app/Intercom.php'],
      [hmac, `sig = hmac.new(b"${hmac}", body, hashlib.sha256).hexdigest()\n`, 'app/verify.py'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // Names, hashes and public keys under secret names stay quiet.
    expect(found('spring_datasource_password: "spring.datasource.hikari.password"\n', 'config/app.yml')).toEqual([]);
    expect(found(`bootloader --location=mbr --iscrypted --password=grub.pbkdf2.sha512.10000.${g.chars('0123456789ABCDEF', 64)}.${g.chars('0123456789ABCDEF', 64)}\n`, 'ks/base.cfg')).toEqual([]);
    expect(found(`  key => 'AAAAC3NzaC1lZDI1NTE5AAAAI${g.chars(ALNUM, 43)}',\n`, 'manifests/users.pp')).toEqual([]);
    expect(found("echo 'root:TODO' | sudo chpasswd\n", 'scripts/firstboot.sh')).toEqual([]);
    expect(found("crypto.createHmac('sha256', process.env.WEBHOOK_SECRET)\n", 'src/webhook.js')).toEqual([]);
  });

  it('finds mapping and geospatial keys, Google Ads developer tokens, positional OAuth 1.0a secrets and CLI keys', () => {
    const hex32 = g.chars(HEX, 32);
    const consumerSecret = g.chars(ALNUM, 50);
    const accessToken = `${g.int(100000000, 999999999)}${g.int(100000000, 999999999)}-${g.chars(ALNUM, 40)}`;
    const devToken = `${g.chars(ALNUM, 10)}-${g.chars(ALNUM, 11)}`;
    const wandb = g.chars(HEX, 40);
    const mly = `MLY|${g.int(1000000000, 9999999999)}${g.int(100000, 999999)}|${hex32}`;
    const cases: [string, string, string][] = [
      [`pk.${hex32}`, `LOCATIONIQ_KEY: pk.${hex32}\n`, '.github/workflows/ingest.yml'],
      [`PLAK${hex32}`, `session.auth = ("PLAK${hex32}", "")\n`, 'planet_search.py'],
      [`5b3ce3597851110001cf6248${hex32}`, `client = openrouteservice.Client(key="5b3ce3597851110001cf6248${hex32}")\n`, 'isochrones.py'],
      [mly, `access_token = ${mly}\n`, 'app.conf'],
      [hex32, `curl -s "https://tile.thunderforest.com/transport/{z}/{x}/{y}.png?apikey=${hex32}"\n`, 'NOTES.md'],
      [hex32, `export OPENWEATHERMAP_KEY="${hex32}"\n`, 'scripts/env.sh'],
      [devToken, `developer_token: ${devToken}\n`, 'google-ads.yaml'],
      [consumerSecret, `auth = tweepy.OAuth1UserHandler(\n    "${g.chars(ALNUM, 25)}",\n    "${consumerSecret}",\n    "${accessToken}",\n)\n`, 'social/post.py'],
      [accessToken, `auth = tweepy.OAuth1UserHandler(\n    "${g.chars(ALNUM, 25)}",\n    "${consumerSecret}",\n    "${accessToken}",\n)\n`, 'social/post.py'],
      [wandb, `wandb login ${wandb}\n`, 'scripts/train.sh'],
      [hex32, `HAPPYFOX_AUTH_CODE="${hex32}"\n`, '.env'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // Hashes and ids that are no credentials: GeoServer's digest, a Typeform response's token.
    expect(found(`<user enabled="true" name="mchen" password="digest1:${g.chars(ALNUM, 64)}"/>\n`, 'geoserver_data/security/users.xml')).toEqual([]);
    expect(found(`{"event_type":"form_response","form_response":{"form_id":"b2qYVAtI","token":"${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}","landed_at":"2024-01-01T00:00:00Z"}}\n`, 'samples/typeform.json')).toEqual([]);
  });
});

describe('hundred-and-fourth blind grading, second pass: Basic pairs built in code, client-credentials calls, SDK keys', () => {
  const d = createDetector();
  const g = createSampleGen(10402);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds API keys as the Basic user, secrets joined with ":", unencoded REST-client pairs and positional client secrets', () => {
    const key = g.chars(ALNUM, 20);
    const secret = g.chars(ALNUM, 32);
    const hex = g.chars(HEX, 32);
    const cases: [string, string, string][] = [
      [key, `    auth: { username: "${key}", password: "X" },\n`, 'functions/webhook.js'],
      [key, `resp = requests.get("https://acme.freshdesk.test/api/v2/tickets", auth=("${key}", "X"), timeout=30)\n`, 'scripts/sync.py'],
      [key, `curl --user "${key}:X" https://acme.freshdesk.test/api/v2/tickets\n`, 'docs/runbook.md'],
      [secret, `$pair = '${secret}' + ':' + ''\n`, 'scripts/Export-Tickets.ps1'],
      [secret, `var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes(accountId + ":" + "${secret}"));\n`, 'Services/TicketSync.cs'],
      [secret, `GET https://api.helpdesk.test/v2/tickets\nAuthorization: Basic support@acme.test ${secret}\n`, 'rest/support.http'],
      [secret, `await client.loginClientCredentialsGrant('${g.chars(HEX, 8)}-${g.chars(HEX, 4)}', '${secret}');\n`, 'genesys/login.js'],
      [secret, `$client->useClientCredentials('${g.chars(ALNUM, 32)}', '${secret}');\n`, 'src/HelpScout.php'],
      [hex, `$jotformAPI = new JotForm("${hex}");\n`, 'plugins/jf-sync.php'],
      [secret, `$hmac.Key = [Text.Encoding]::UTF8.GetBytes('${secret}')\n`, 'scripts/Verify-Webhook.ps1'],
      [secret, `mac = hmac.new("${secret}".encode("utf-8"), body, hashlib.sha256)\n`, 'support_bot/connectors.py'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // Variables and stand-ins in the same places stay quiet.
    expect(found('resp = requests.get(url, auth=(api_key, "X"))\nauth: { username: process.env.FD_KEY, password: "X" }\n', 'scripts/sync.py')).toEqual([]);
    expect(found('var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + password));\n', 'Services/TicketSync.cs')).toEqual([]);
    expect(found('Authorization: Basic {{user}} {{password}}\n', 'rest/support.http')).toEqual([]);
  });
});

describe('credentials in runbook prose (blind gradings of legacy artefacts and MLOps)', () => {
  const d = createDetector();
  const g = createSampleGen(10310);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds a variable named in parentheses before a code span, a user and a password as code spans, a password after a user', () => {
    const key = `${g.chars(ALNUM, 12)}${g.int(10, 99)}${g.chars(ALNUM, 24)}`;
    const pw = `${g.chars(ALNUM, 9)}#${g.int(10, 99)}${g.chars(ALNUM, 3)}`;
    const cases: [string, string, string][] = [
      [key, `## GPU box\n\n- Shared key for the team account (SERVICE_API_KEY): \`${key}\`\n`, 'docs/onboarding.md'],
      [pw, `- Oracle HRPROD: \`svc_batch\` / \`${pw}\`\n`, 'docs/setup.md'],
      [pw, `- Bank SFTP files01.internal — user dsadm, password: ${pw}\n`, 'docs/setup.md'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // Pairs of names, placeholders and a region stay quiet.
    expect(found('- Methods: `GET` / `POST`\n- Cases: `camelCase` / `snake_case`\n- Region (AWS_REGION): `eu-central-1a`\n- user dsadm, password: <ask the DBA>\n', 'docs/notes.md')).toEqual([]);
  });

  it("reads a file named for an API key with no extension (vast.ai's ~/.config/vastai/vast_api_key)", () => {
    const key = g.chars('0123456789abcdef', 64);
    expect(found(`${key}\n`, 'home/ml/.config/vastai/vast_api_key')).toContain(key);
    expect(found(`${key}\n`, 'home/ml/.config/vastai/settings')).toEqual([]);
  });
});

describe('ninety-fourth blind grading, second pass: password-manager exports and CLIs', () => {
  const d = createDetector();
  const g = createSampleGen(9402);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds 26-character TOTP seeds, a word and digits, bw login and keyring passwords, BitLocker keys beside volumeType', () => {
    const seed = g.chars(BASE32, 26);
    const wordDigits = `${g.pick(['walnut', 'cotton', 'harbor'])}${g.int(1000, 9999)}`;
    const pw = `${g.chars(ALNUM, 9)}#${g.int(10, 99)}${g.chars(ALNUM, 3)}`;
    const recovery = Array.from({ length: 8 }, () => String(g.int(0, 65535) * 11).padStart(6, '0')).join('-');
    const cases: [string, string, string][] = [
      [seed, `        "totp": "${seed}"\n`, 'exports/bitwarden_export.json'],
      [wordDigits, `        "password": "${wordDigits}",\n`, 'exports/bitwarden_export.json'],
      [pw, `bw login ops@acme.test ${pw} --raw > ~/.bw_session\n`, 'scripts/bw-login.sh'],
      [pw, `keyring.set_password("Store", "emma57", "${pw}")\n`, 'scripts/seed_keyring.py'],
      [recovery, `[\n  {\n    "volumeType": "operatingSystemVolume",\n    "key": "${recovery}"\n  }\n]\n`, 'exports/intune-keys.json'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    expect(found('bw login ops@acme.test --apikey\nbw login ops@acme.test "$BW_PASSWORD" --raw\n', 'scripts/bw-login.sh')).toEqual([]);
  });
});

describe('ninety-sixth blind grading, second pass: EdgeOS, Check Point and SolarWinds', () => {
  const d = createDetector();
  const g = createSampleGen(9602);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);

  it('finds EdgeOS pre-shared secrets, Check Point RADIUS secrets and SwisClient passwords', () => {
    const pw = `${g.chars(ALNUM, 9)}*${g.int(10, 99)}${g.chars(ALNUM, 3)}`;
    const cases: [string, string, string][] = [
      [pw, `            authentication {\n                mode pre-shared-secret\n                pre-shared-secret ${pw}\n            }\n`, 'edgeos/config.boot'],
      [pw, `set aaa radius-servers priority 1 host 10.32.200.3 port 1812 prompt-secret off secret ${pw} timeout 3\n`, 'checkpoint/gaia-clish.txt'],
      [pw, `swis = SwisClient("orion.internal", "noc", "${pw}")\n`, 'solarwinds/orion_nodes.py'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    expect(found('                mode pre-shared-secret\n                pre-shared-secret ${PSK}\n', 'edgeos/config.boot')).toEqual([]);
  });
});

describe('hundred-and-sixth to hundred-and-ninth blind gradings: security operations, real estate and legal, built bundles, personal automation', () => {
  const d = createDetector();
  const g = createSampleGen(10609);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const CRYPT = `${ALNUM}./`;
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;

  it('reads names that hold a shorter one (GARMIN_PASSWORD is no MIN_PASSWORD), vendor X-…-Token headers and chat logs', () => {
    const pw = `${g.chars(ALNUM, 14)}`;
    const hex = g.chars(HEX, 32);
    const cases: [string, string, string][] = [
      [pw, `GARMIN_PASSWORD=${pw}\n`, 'garmin-grafana/.env'],
      [hex, `curl -s -H "X-Emby-Token: ${hex}" http://jellyfin.lan:8096/Items\n`, 'notes/jellyfin-api.md'],
      [pw, `[20:24] <yusuf52> client_secret = ${pw}\n`, 'logs/chat-export.txt'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    expect(found(`MIN_PASSWORD_LENGTH=${pw}\n`, '.env')).toEqual([]);
    expect(found('[20:24] <yusuf52> client_secret = ${CLIENT_SECRET}\n', 'logs/chat-export.txt')).toEqual([]);
  });

  it('takes 40+ lower-case letters and digits under a bare key, 12–31 hex digits under a password name, and keeps record keys and VAPID keys out', () => {
    const lower = `${g.chars('ghijklmnopqrstuvwxyz', 1)}${g.int(1, 9)}${g.chars(LOWER_ALNUM, 50)}`;
    const hexPw = `${g.chars('abcdef', 3)}${g.int(100, 999)}${g.chars(HEX, 10)}`;
    expect(found(`graylog:\n  key: ${lower}\n`, 'config/graylog.yaml')).toEqual([lower]);
    expect(found(`rets_user_agent_password = "${hexPw}"\n`, 'terraform/prod.tfvars')).toEqual([hexPw]);
    // A cuid under a bare key is an id.
    expect(found(`  key: c${g.chars(LOWER_ALNUM, 24)}\n`, 'config/items.yaml')).toEqual([]);
    expect(found(`{"ListingKey": "${g.chars(HEX, 32)}", "ListingId": "W4349290", "MediaKey": "${g.chars(HEX, 32)}", "bucketKey": "rent-portal-${g.chars(HEX, 8)}"}\n`, 'fixtures/listings.json')).toEqual([]);
    expect(found(`r.pushManager.subscribe({userVisibleOnly:!0,applicationServerKey:"B${g.chars(`${ALNUM}-_`, 86)}"})`, 'dist/sw.js')).toEqual([]);
  });

  it('reads a minifier\'s "a"+"b" pieces and strings written all in \\x or \\u escapes', () => {
    const ntn = `ntn_${g.int(10, 99)}${g.chars(ALNUM, 44)}`;
    const akia = `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const pieces = [ntn.slice(0, 11), ntn.slice(11, 15), ntn.slice(15)];
    expect(found(`new Client({auth:"${pieces.join('"+"')}"})`, 'dist/app.js').join('')).toContain(ntn.slice(15));
    const x = [...akia].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('');
    const u = [...akia].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join('');
    expect(d.scan(`AWS.config.update({accessKeyId:"${x}",region:"eu-west-1"})`, { path: 'dist/app.js' }).map((f) => f.ruleId)).toEqual(['aws-access-key-id']);
    expect(d.scan(`AWS.config.update({accessKeyId:"${u}",region:"eu-west-1"})`, { path: 'dist/app.js' }).map((f) => f.ruleId)).toEqual(['aws-access-key-id']);
    // Escaped words that are no token stay quiet.
    expect(d.scan(`const msg = "${[...'Hello there, friend'].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')}";`, { path: 'dist/app.js' })).toEqual([]);
  });

  it('reports a Google key beside a Firebase config unless it is the config\'s apiKey, and no media type as a bearer token', () => {
    const firebase = `AIza${g.chars(`${ALNUM}-_`, 35)}`;
    const gemini = `AIza${g.chars(`${ALNUM}-_`, 35)}`;
    const text = `const firebaseConfig={apiKey:"${firebase}",authDomain:"shop.firebaseapp.com",projectId:"shop"};const gemini={key:"${gemini}"};`;
    expect(found(text, 'dist/main.js')).toEqual([gemini]);
    expect(found('var s=["Authorization","Bearer application/jsonBearer","RCTDeviceEventEmitter"];', 'main.jsbundle')).toEqual([]);
  });

  it('finds Graylog tokens with the password "token", and whole-file secrets: splunk.secret and Wazuh client.keys', () => {
    const token = `${g.chars(LOWER_ALNUM, 51)}${g.int(1, 9)}`;
    expect(found(`curl -u ${token}:token -H 'X-Requested-By: cli' http://graylog.lan:9000/api/streams\n`, 'docs/graylog-api.md')).toEqual([token]);
    expect(found(`r = requests.get(url, auth=("${token}", "token"))\n`, 'scripts/graylog.py')).toEqual([token]);
    const secret = g.chars(CRYPT, 254);
    expect(found(`${secret}\n`, 'etc/auth/splunk.secret')).toEqual([secret]);
    expect(found(`${secret}\n`, 'notes/secret.txt')).toEqual([]);
    const keys = [g.chars(HEX, 64), g.chars(HEX, 64)];
    expect(found(`001 web-01 any ${keys[0]}\n002 db-02 10.0.4.12 ${keys[1]}\n`, 'backup/var/ossec/etc/client.keys')).toEqual(keys);
  });

  it('finds tokens given to clients by position (Todoist, YNAB, Coda and Raindrop by their UUIDs), Faraday and pylast', () => {
    const hex40 = g.chars(HEX, 40);
    const ynab = g.chars(`${ALNUM}-_`, 43);
    const coda = uuid();
    const raindrop = uuid();
    const bearer = `${g.chars(ALNUM, 30)}${g.int(10, 99)}`;
    const pw = `${g.chars(ALNUM, 10)}&${g.chars(ALNUM, 5)}`;
    const cases: [string, string, string][] = [
      [hex40, `api = TodoistAPI("${hex40}")\n`, 'todoist_digest.py'],
      [ynab, `const ynabAPI = new ynab.API("${ynab}");\n`, 'src/budget.ts'],
      [coda, `coda = Coda("${coda}")\n`, 'coda_habits.py'],
      [raindrop, `from raindropiopy import API\n\nwith API("${raindrop}") as api:\n    print(api)\n`, 'raindrop_backup.py'],
      [bearer, `conn = Faraday.new(url: base) do |f|\n  f.request :authorization, "Bearer", "${bearer}"\nend\n`, 'lib/client.rb'],
      [pw, `password_hash = pylast.md5("${pw}")\n`, 'scrobble.py'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    // A UUID passed to some other API is an id.
    expect(found(`with API("${uuid()}") as api:\n    print(api)\n`, 'client.py')).toEqual([]);
  });

  it('finds PACER tokens in a builder and an environment default, Evernote tokens after a name, Garmin logins', () => {
    const cso = g.chars(ALNUM, 128);
    const evernote = `S=s${g.int(100, 999)}:U=${g.chars(HEX, 5)}:E=${g.chars(HEX, 11)}:C=${g.chars(HEX, 11)}:P=1cd:A=en-devtoken:V=2:H=${g.chars(HEX, 32)}`;
    const pw = `${g.chars(ALNUM, 8)}@${g.chars(ALNUM, 7)}`;
    const cases: [string, string, string][] = [
      [cso, `PACER_NEXT_GEN_CSO = os.environ.get("PACER_NEXT_GEN_CSO", "${cso}")\n`, 'config/settings/production.py'],
      [cso, `        .nextGenCso("${cso}")\n`, 'src/main/java/PacerConfig.java'],
      [evernote, `PROD_VAL=${evernote}\n`, '.env'],
      [pw, `api = Garmin("finn@example.org", "${pw}")\n`, 'garmin_sync.py'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    expect(found('api = Garmin(email, password)\n', 'garmin_sync.py')).toEqual([]);
  });

  it('decodes base64 of a lower-case assignment or a bearer header, as a logged blob holds them (from a new user\'s trial)', () => {
    const pat = `ghp_${g.chars(ALNUM, 36)}`;
    for (const plain of [`Authorization: Bearer ${pat}`, `token=${pat}`]) {
      const text = `blob = ${btoa(plain)}\n`;
      expect(d.scan(text, { path: 'app.log' }).map((f) => f.ruleId), plain.slice(0, 20)).toEqual(['github-pat-classic']);
      expect(redact(text)).not.toContain(btoa(plain));
    }
  });
});

describe('hundred-and-tenth and hundred-and-eleventh blind gradings: hosting panels and ISPs, fleet and energy APIs', () => {
  const d = createDetector();
  const g = createSampleGen(11011);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const pw = (): string => `${g.chars(ALNUM, 9)}${g.pick(['!', '#', '%'])}${g.int(10, 99)}${g.chars(ALNUM, 4)}`;

  it('reads joined password names (SSHPASS, AMPDBPASS, authpass) and generated passwords of panels and phones', () => {
    const value = pw();
    // Consonant and vowel in turn, then a digit and two letters (built here: no literal password in the repository).
    const syllables = `${g.pick(['B', 'D', 'K'])}${Array.from({ length: 4 }, () => `${g.pick(['o', 'a', 'i'])}${g.pick(['m', 'k', 'j', 'r'])}`).join('')}i${g.int(2, 9)}${g.pick(['mj', 'dg', 'hk'])}`;
    const cases: [string, string, string][] = [
      [value, `export SSHPASS='${value}'\n`, 'scripts/storagebox-sync.sh'],
      [value, `$amp_conf['AMPDBPASS'] = '${value}';\n`, 'etc/freepbx.conf'],
      [value, `$config['snmp']['v3'][0]['authpass'] = '${value}';\n`, 'librenms/config.php'],
      [syllables, `account.1.password = ${syllables}\n`, 'provisioning/phone.cfg'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(secret);
    // A word that ends in "pass" is no password's name.
    expect(found(`compass = '${value}'\nbypass = '${value}'\n`, 'app.py')).toEqual([]);
  });

  it('finds FreeRADIUS, LibreNMS, Webmin, pjsip, Polycom, panel clients, HestiaCP, cPanel and runbook credentials', () => {
    const value = pw();
    const pin = `${g.int(6, 9)}${g.int(1000000, 9999999)}`;
    const token = `Q${g.int(1, 9)}${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 30)}`;
    const hestia = g.chars(ALNUM, 40);
    const cases: [string, string, string][] = [
      [value, `INSERT INTO radcheck (username, attribute, op, value) VALUES ('pppoe1042', 'Cleartext-Password', ':=', '${value}');\n`, 'sql/radius.sql'],
      [value, `$config['snmp']['community'] = array('${value}');\n`, 'librenms/config.php'],
      [value, `/usr/share/webmin/changepass.pl /etc/webmin root '${value}'\n`, 'scripts/reset.sh'],
      [value, `outbound_auth/password = ${value}\n`, 'asterisk/pjsip_wizard.conf'],
      [pin, `<device device.auth.localAdminPassword="${pin}" />\n`, 'provisioning/000000000000.cfg'],
      [value, `$API->connect('10.0.0.1', 'admin', '${value}');\n`, 'tools/routeros.php'],
      [value, `$sock->set_login('admin', '${value}');\n`, 'tools/directadmin.php'],
      [hestia, `curl -s --data-urlencode "hash=${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}:${hestia}" https://panel.lan:8083/api/\n`, 'scripts/hestia.sh'],
      [token, `{"name": "cp8", "accesshash": "${token}"}\n`, 'whmcs/servers.json'],
      [value, `* WHM on cp8: user \`root\`, password \`${value}\`\n`, 'docs/runbook.md'],
      [value, `Logged in as ops@acme.test with password \`${value}\`, charger id 34F92OZP.\n`, 'notes/easee.md'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(secret);
    expect(found('<device device.auth.localAdminPassword="456" />\n<device device.auth.localAdminPassword="12345678" />\n', 'provisioning/000000000000.cfg')).toEqual([]);
    expect(found(['Authorization: PVEAPIToken=USER@REALM!TOKENID=UUID', ''].join('\n'), 'docs/pve-api.md')).toEqual([]);
  });

  it('finds Tesla Fleet refresh tokens and Forecast.Solar keys, and leaves WebSocket handshake keys and template fields', () => {
    const refresh = `EU_${g.chars(HEX, 64)}`;
    const key = g.chars(ALNUM, 16);
    expect(found(`vehicles:\n  - type: template\n    template: tesla\n    tokens:\n      refresh: ${refresh}\n`, 'evcc.yaml')).toEqual([refresh]);
    expect(found(`GET https://api.forecast.solar/${key}/estimate/watts/52/12/37/0/5.67 200\n`, 'logs/pv.log')).toEqual([key]);
    expect(found(`df = pd.read_csv(path, na_values=["-"], na_filter=True)\n`, 'analysis.py')).toEqual([]);
    expect(found(`GET /ocpp/CP01 HTTP/1.1\nUpgrade: websocket\nSec-WebSocket-Key: ${btoa(g.chars(ALNUM, 16))}\n`, 'docs/http/ocpp.txt')).toEqual([]);
    expect(found(['machine vrmapi.victronenergy.com login me password {api_key}', ''].join('\n'), '.netrc')).toEqual([]);
  });
});

describe('hundred-and-twelfth blind grading: traffic captures, debug traces and process audits', () => {
  const d = createDetector();
  const g = createSampleGen(11212);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const pw = (): string => `${g.chars(ALNUM, 9)}${g.pick(['!', '#', '%'])}${g.int(10, 99)}${g.chars(ALNUM, 4)}`;

  it('finds passwords in audited command lines, argv arrays, getenv traces and dissected headers', () => {
    const value = pw();
    const key = g.chars(ALNUM, 40);
    const cases: [string, string, string][] = [
      [value, `<Data Name="CommandLine">mysql.exe -h db.internal -u reporting -p${value} -e</Data>`, 'evtx/sysmon.xml'],
      [value, `<Data Name="CommandLine">openssl enc -aes-256-cbc -in a.tar -out a.tar.enc -pass pass:${value}</Data>`, 'evtx/sysmon.xml'],
      [value, `execve("/opt/mssql-tools/bin/sqlcmd", ["sqlcmd", "-S", "db", "-U", "sa", "-P", "${value}", "-Q", "SELECT 1"], 0x7ffd /* 4 vars */) = 0`, 'traces/strace.txt'],
      [key, `execve("/usr/bin/aws", ["aws", "configure", "set", "aws_secret_access_key", "${key}"], 0x7ffd /* 9 vars */) = 0`, 'traces/strace.txt'],
      [key, `[pid 22886] getenv("SERVICE_API_KEY") = "${key}"`, 'traces/worker.ltrace'],
      [value, `    Authorization: Basic ${btoa(`app_user:${value}`)}\\r\\n\n        Credentials: app_user:${value}\n`, 'captures/http.txt'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(secret);
    expect(found('execve("/usr/bin/ssh", ["ssh", "-p", "2222", "host"], 0x7ffd /* 9 vars */) = 0', 'traces/strace.txt')).toEqual([]);
  });

  it('finds webhook paths without their host, framework session cookies and PowerShell -EncodedCommand scripts', () => {
    const slack = g.chars(ALNUM, 24);
    const discord = g.chars(`${ALNUM}-_`, 68);
    const ticket = `CfDJ8${g.chars(`${ALNUM}-_`, 140)}`;
    const pat = `ghp_${g.chars(ALNUM, 36)}`;
    const script = `$h = @{ Authorization = 'Bearer ${pat}' }; Invoke-RestMethod -Headers $h https://api.github.com/user`;
    const encoded = Buffer.from(script, 'utf16le').toString('base64');
    expect(found(`':path', '/services/T${g.chars(UPPER_ALNUM, 10)}/B${g.chars(UPPER_ALNUM, 10)}/${slack}'`, 'captures/h2.txt').join('')).toContain(slack);
    expect(found(`POST /api/webhooks/${g.int(100000000, 999999999)}${g.int(100000000, 999999999)}/${discord} HTTP/1.1`, 'captures/mitm.txt')).toEqual([discord]);
    expect(found(`Cookie: theme=dark; .AspNetCore.Cookies=${ticket}; lang=en`, 'captures/app.har')).toEqual([ticket]);
    expect(d.scan(`<Data Name="CommandLine">powershell.exe -NoProfile -EncodedCommand ${encoded}</Data>`, { path: 'evtx/sysmon.xml' }).map((f) => f.ruleId)).toEqual(['github-pat-classic']);
  });

  it('leaves SigV4 credential scopes, escaped placeholders and WebSocket handshake keys alone', () => {
    expect(found('Authorization: AWS4-HMAC-SHA256 Credential=null/20240310/us-east-1/s3/aws4_request, SignedHeaders=host', 'captures/s3.txt')).toEqual([]);
    expect(found('broker: amqps://payments:&lt;password&gt;@mq.internal:5671/', 'config.xml')).toEqual([]);
    expect(found(`{"name":"sec-websocket-key","value":"${btoa(g.chars(ALNUM, 16))}"}`, 'captures/ws.har')).toEqual([]);
  });
});

describe('hundred-and-thirteenth blind grading: media publishing, streaming, CDNs and DRM', () => {
  const d = createDetector();
  const g = createSampleGen(11313);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;

  it('finds content keys on packaging command lines, DRM key seeds, CDN identifiers, Kaltura secrets and C# initializers', () => {
    const key = g.chars(HEX, 32);
    const id = uuid();
    const secret = g.chars(HEX, 32);
    const apiKey = `${g.chars(ALNUM, 12)}${g.int(10, 99)}${g.chars(ALNUM, 18)}`;
    const groups = `Ab1${g.chars(ALNUM, 1)} ${Array.from({ length: 5 }, () => g.chars(ALNUM, 4)).join(' ')}`;
    const cases: [string, string, string][] = [
      [key, `packager in=in.mp4,stream=video,output=v.mp4 --enable_raw_key_encryption --keys label=:key_id=${g.chars(HEX, 32)}:key=${key}\n`, 'scripts/package.sh'],
      [key, `mp4decrypt --key 1:${key} enc.mp4 clear.mp4\n`, 'scripts/decrypt.sh'],
      [key, `openssl aes-128-cbc -e -in seg0.ts -out seg0.enc.ts -nosalt -iv ${g.chars(HEX, 32)} -K ${key}\n`, 'scripts/hls.sh'],
      [id, `{"HeaderName": "X-MediaPackage-CDNIdentifier", "HeaderValue": "${id}"}\n`, 'infra/cloudfront.json'],
      [secret, `$ks = $client->session->start('${secret}', 'ingest-bot', KalturaSessionType::ADMIN, 4278381);\n`, 'lib/kaltura.php'],
      [apiKey, `public class Options\n{\n    public string ApiKey { get; set; } = "${apiKey}";\n}\n`, 'src/Options.cs'],
      [groups, `curl -X POST https://news.example.org/wp-json/wp/v2/posts --user "syndication-bot:${groups}"\n`, 'scripts/publish.sh'],
    ];
    for (const [value, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(value);
    expect(found('ssh-keygen -K\npublic string Title { get; set; } = "Quarterly media report 2024";\n', 'misc.txt')).toEqual([]);
  });

  it('decodes a base64-encoded PEM under a name with "_" before "="', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const text = `MUX_PRIVATE_KEY=${btoa(pem)}\n`;
    expect(d.scan(text, { path: '.env' }).map((f) => f.ruleId)).toContain('private-key');
    expect(redact(text)).not.toContain(btoa(pem).slice(0, 40));
  });
});

describe('hundred-and-fifteenth and hundred-and-sixteenth blind gradings: research systems, banking-as-a-service', () => {
  const d = createDetector();
  const g = createSampleGen(11516);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const uuid = (): string => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
  const pw = (): string => `${g.chars(ALNUM, 9)}${g.pick(['!', '#', '%'])}${g.int(10, 99)}${g.chars(ALNUM, 4)}`;

  it('finds Veeva session ids, REDCap tokens in notebook R code, Medidata logins, iinit passwords, PASETO, Column, Bill.com and Dockerfile ENV secrets', () => {
    const session = g.chars('0123456789ABCDEF', 128);
    const redcap = g.chars('0123456789ABCDEF', 32);
    const value = pw();
    const paseto = `v2.public.${g.chars(`${ALNUM}_`, 200)}`;
    const column = `live_${g.chars(ALNUM, 28)}`;
    const devKey = `01Q${g.int(1, 9)}${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16)}`;
    const key = `${g.chars(ALNUM, 12)}${g.int(10, 99)}${g.chars(ALNUM, 18)}`;
    const hmac = g.chars('0123456789ABCDEF', 64);
    const cases: [string, string, string][] = [
      [session, `SESSION_ID = "${session}"\n`, 'vault/export.py'],
      [redcap, `    "token <- \\"${redcap}\\"\\n",\n`, 'notebooks/pull.ipynb'],
      [value, `rws = RWSConnection("innovate", "hmuller", "${value}")\n`, 'etl/rave.py'],
      [value, `echo "${value}" | iinit\n`, 'hpc/login.sh'],
      [paseto, `const unit = new Unit("${paseto}");\n`, 'src/unit.ts'],
      [column, `curl -u :${column} https://api.column.com/entities\n`, 'docs/column.md'],
      [devKey, `export BILLCOM_DEVKEY="${devKey}"\n`, 'scripts/bill.sh'],
      [key, `FROM node:20-alpine\nENV SERVICE_API_KEY ${key}\n`, 'Dockerfile'],
      [hmac, `ADYEN_HMAC_KEY_STAGING=${hmac}\n`, '.env'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(secret);
  });

  it('leaves card issuers\' resource tokens and SealedSecret ciphertext', () => {
    expect(found(`{ "token": "${uuid()}", "user_token": "${uuid()}", "card_product_token": "${uuid()}" }\n`, 'fixtures/card.json')).toEqual([]);
    expect(found(`LITHIC_ACCOUNT_TOKEN: "${uuid()}"\n`, 'k8s/configmap.yaml')).toEqual([]);
    expect(found(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    BENCHLING_API_KEY: ${g.chars(`${ALNUM}+/`, 120)}\n`, 'k8s/sealed-secret.yaml')).toEqual([]);
  });
});

describe('hundred-and-fourteenth blind grading: self-hosted team and enterprise applications', () => {
  const d = createDetector();
  const g = createSampleGen(11414);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const found = (text: string, path: string): string[] => d.scanRevealing(text, { path }).map((f) => f.secret);
  const pw = (): string => `${g.chars(ALNUM, 9)}${g.pick(['!', '#', '%'])}${g.int(10, 99)}${g.chars(ALNUM, 4)}`;

  it('finds GitLab key bases, role passwords without WITH, Grafana and occ admin passwords; leaves token salts and Postmark-style account tokens alone', () => {
    const base = g.chars(HEX, 128);
    const value = pw();
    const cases: [string, string, string][] = [
      [base, `{\n  "gitlab_rails": {\n    "db_key_base": "${base}"\n  }\n}\n`, 'etc/gitlab/gitlab-secrets.json'],
      [value, `CREATE ROLE metabase_ro LOGIN PASSWORD '${value}';\n`, 'backups/roles.sql'],
      [value, `grafana cli admin reset-admin-password '${value}'\n`, 'runbooks/grafana.md'],
      [value, `sudo -u www-data php occ ldap:set-config s01 ldapAgentPassword '${value}'\n`, 'scripts/ldap.sh'],
    ];
    for (const [secret, text, path] of cases) expect(found(text, path), `${path}: ${text}`).toContain(secret);
    expect(found(`INSERT INTO access_token (id, uid, name, token_hash, token_salt, token_last_eight) VALUES (1, 1, 'ci', '${g.chars(HEX, 100)}', '${g.chars(ALNUM, 10)}', '${g.chars(HEX, 8)}');\n`, 'backups/gitea.sql')).toEqual([]);
    // Postmark's account token is a UUID and a secret: only Lithic's account_token is an id.
    const account = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    expect(found(`postmark:\n  account_token: ${account}\n`, 'config/postmark.yml')).toEqual([account]);
  });
});

describe('hundred-and-seventeenth blind grading: cryptographic key material', () => {
  const d = createDetector();
  const g = createSampleGen(11717);
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);

  it('finds Tink cleartext keysets, .NET RSAKeyValue private keys, unencrypted minisign and signify keys, symmetric JWKs', () => {
    const tink = `{\n  "primaryKeyId": 600954215,\n  "key": [{\n    "keyData": {\n      "typeUrl": "type.googleapis.com/google.crypto.tink.AesGcmKey",\n      "value": "GiC${g.chars(B64, 41)}",\n      "keyMaterialType": "SYMMETRIC"\n    },\n    "status": "ENABLED"\n  }]\n}\n`;
    expect(rules(tink, 'secrets/aead_keyset.json')).toEqual(['tink-cleartext-keyset']);
    expect(rules(tink.replace('AesGcmKey', 'EcdsaPublicKey').replace('SYMMETRIC', 'ASYMMETRIC_PUBLIC'), 'keys/public_keyset.json')).toEqual([]);
    expect(rules(`<RSAKeyValue><Modulus>${g.chars(B64, 172)}</Modulus><Exponent>AQAB</Exponent><D>${g.chars(B64, 172)}</D></RSAKeyValue>`, 'App_Data/rsa-key.xml')).toEqual(['dotnet-rsa-key-value-private']);
    expect(rules(`untrusted comment: minisign unencrypted secret key\nRWQAAEIy${g.chars(B64, 204)}\n`, 'minisign.key')).toEqual(['minisign-signify-secret-key']);
    expect(rules(`untrusted comment: signify secret key\nRWRCSwAAAA${g.chars(B64, 142)}\n`, 'keys/release.sec')).toEqual(['minisign-signify-secret-key']);
    // Encrypted: minisign's scrypt, signify's KDF rounds above zero.
    expect(rules(`untrusted comment: minisign encrypted secret key\nRWRTY0Iy${g.chars(B64, 204)}\n`, 'minisign.key')).toEqual([]);
    expect(rules(`{"keys": [{"kty": "oct", "kid": "hmac-2024", "alg": "HS256", "k": "${g.chars(B64URL, 43)}"}]}`, 'config/hmac-jwk.json')).toEqual(['jwk-symmetric-key']);
  });

  it('reads PGP private key blocks whose armor headers hold any text, and leaves a key\'s fingerprint in prose', () => {
    const body = Array.from({ length: 8 }, () => g.chars(B64, 64)).join('\n');
    const block = `-----BEGIN PGP PRIVATE KEY BLOCK-----\nComment: GPGTools - https://gpgtools.org\nComment: User-ID: release\n\n${body}\n=${g.chars(B64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----\n`;
    expect(rules(block, 'keys/release.asc')).toEqual(['pgp-private-key-block']);
    expect(rules(`Releases are signed with key \`${g.chars('0123456789ABCDEF', 40)}\`.\n`, 'docs/release-verification.md')).toEqual([]);
  });
});

describe('hundred-and-eighteenth to hundred-and-twenty-first blind gradings: release tooling, design platforms, sales tools, BI and office documents', () => {
  const d = createDetector();
  const g = createSampleGen(11821);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${ALNUM}+/`;
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));

  it('takes an .env line pasted with a remark after it, and a vendor table\'s Key column', () => {
    const key = g.chars(ALNUM, 40);
    expect(values(`SALESLOFT_API_KEY=${key} (for the staging sync)\n`, 'slack-export.txt')).toEqual([key]);
    // A parenthesis of code is no remark: a call's value is no bare value.
    expect(values('API_KEY=getKey (config)\n', 'notes.txt')).toEqual([]);
    const cell = g.chars(ALNUM, 44);
    const table = `| Tool | Env | Key | Notes |\n| --- | --- | --- | --- |\n| Recruitee | sandbox | \`${cell}\` | shared |\n| Docs | prod | \`app.name\` | config key |\n`;
    expect(values(table, 'wiki/vendors.md')).toEqual([cell]);
  });

  it('leaves public keys by any name, signatures under a vendor\'s name, documented examples and masks', () => {
    const pub = `${g.chars(B64, 43)}=`;
    expect(rules(`<key>SUPublicEDKey</key>\n<string>${pub}</string>\n`, 'Info.plist')).toEqual([]);
    expect(rules(`SU_PUBLIC_ED_KEY = "${pub}"\n`, 'Config.xcconfig')).toEqual([]);
    // The private key beside it is still a secret.
    expect(rules(`SPARKLE_PRIVATE_KEY="${pub}"\n`, '.env')).not.toEqual([]);
    expect(rules(`x-webflow-signature: ${g.chars('0123456789abcdef', 64)}\n`, 'fixtures/webhook.http')).toEqual([]);
    expect(rules(`WEBFLOW_API_TOKEN=${g.chars('0123456789abcdef', 64)}\n`, '.env')).toEqual(['webflow-api-token']);
    expect(rules('SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY", "thisISaSECRET_1234")\n', 'superset_config.py')).toEqual([]);
    expect(rules('{"details":{"host":"db","user":"metabase","password":"**MetabasePass**"}}\n', 'api/database.json')).toEqual([]);
  });

  it('needs JSONBin named beside a bcrypt-shaped key, and a secret\'s name for gh variable set', () => {
    const jsonbin = `$2b$10$${g.chars(`./${ALNUM}`, 53)}`;
    expect(rules(`{"provider": "jsonbin", "id": "${g.chars('0123456789abcdef', 24)}", "secret": "${jsonbin}"}\n`, '.tokens-studio/settings.json')).toContain('jsonbin-api-key');
    expect(rules(`fetch(url, { headers: { 'X-Master-Key': '${jsonbin}' } })\n`, 'sync.js')).toEqual(['jsonbin-api-key']);
    expect(rules(`INSERT INTO users (email, password_hash) VALUES ('a@b.test', '${jsonbin}');\n`, 'seed.sql')).toEqual([]);
    const pw = `${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}`;
    expect(values(`gh variable set APPLE_PASSWORD --body ${pw}\n`, 'setup.sh')).toEqual([pw]);
    expect(values(`gh variable set BUILD_FLAVOR --body ${pw}\n`, 'setup.sh')).toEqual([]);
  });

  it('reads a name/value pair held in a JSON string, a Sparkle key file, key store passwords given to jarsigner, a release script\'s Chocolatey key', () => {
    const pw = `${g.chars(ALNUM, 12)}?+${g.chars(ALNUM, 4)}`;
    const body = `$body = @{ "credentialDetails" = @{ "credentials" = "{\\"credentialData\\":[{\\"name\\":\\"username\\",\\"value\\":\\"finance_bi\\"},{\\"name\\":\\"password\\",\\"value\\":\\"${pw}\\"}]}" } }\n`;
    expect(values(body, 'Update-Datasource.ps1')).toEqual([pw]);
    // The user's name beside it is no secret.
    expect(values(body.replace(pw, 'FROM_VAULT').replace('password', 'region'), 'Update-Datasource.ps1')).toEqual([]);
    const seed = `${g.chars(B64, 43)}=`;
    expect(values(`${seed}\n`, 'keys/sparkle_private_key')).toEqual([seed]);
    expect(values(`${seed}\n`, 'keys/sparkle_public_key')).toEqual([]);
    const words = `harbor-${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}-raven-meadow${g.int(2, 9)}`;
    expect(values(`jarsigner -keystore release.keystore -storepass ${words} app-release.aab upload\n`, 'release.sh')).toEqual([words]);
    expect(values('jarsigner -keystore release.keystore -storepass:env KS_PASS app-release.aab upload\n', 'release.sh')).toEqual([]);
    const uuid = `${g.chars('0123456789abcdef', 8)}-${g.chars('0123456789abcdef', 4)}-4${g.chars('0123456789abcdef', 3)}-a${g.chars('0123456789abcdef', 3)}-${g.chars('0123456789abcdef', 12)}`;
    expect(rules(`$ChocoKey = '${uuid}'\nchoco push .\\pkg.nupkg --source https://push.chocolatey.org/ --api-key $ChocoKey\n`, 'Release.ps1')).toEqual(['chocolatey-api-key-named']);
  });
});

describe('hundred-and-twenty-second to hundred-and-twenty-fifth blind gradings: platform engineering, MSP tooling, tax and e-invoicing, embedded fleets', () => {
  const d = createDetector();
  const g = createSampleGen(12225);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const B64 = `${ALNUM}+/`;
  const HEX = '0123456789abcdef';
  const rules = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => f.ruleId);
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));
  const pw = (): string => `${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}${g.int(10, 99)}`;

  it('reads signing certificates\' PINs, and leaves public key pins, signed documents and document keys', () => {
    const a = pw();
    expect(values(`CertPin=${a}\n`, 'eric.ini')).toEqual([a]);
    expect(values(`internal static readonly string CertPin = "sha256/${g.chars(B64, 43)}=";\n`, 'AppSecrets.cs')).toEqual([]);
    // A signed e-invoice is a document, not a credential; an invoice's document key is its public id.
    const claims = btoa(`{"data":"{\\"SellerGstin\\":\\"29AAAAA${g.chars('0123456789', 4)}A1Z5\\"}","iss":"NIC"}`).replace(/=+$/, '');
    expect(rules(`{"SignedQRCode": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${claims}.${g.chars(ALNUM, 43)}"}\n`, 'irp/response.json')).toEqual([]);
    expect(rules(`{"XmlDocumentKey": "${g.chars(HEX, 96)}", "ZipKey": "${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-8${g.chars(HEX, 3)}-${g.chars(HEX, 12)}"}\n`, 'dian/response.json')).toEqual([]);
    expect(rules(`New-LocalUser -Name msp -Password $AdminPass -PasswordNeverExpires -Description 'MSP break-glass'\n`, 'onboard.ps1')).toEqual([]);
  });

  it('reads a password piped to ConvertTo-SecureString, an NXP key_pass.txt, Develocity keys.properties and a Kconfig default', () => {
    const a = pw();
    expect(values(`$joinPass = "${a}" | ConvertTo-SecureString -AsPlainText -Force\n`, 'Join-Domain.ps1')).toEqual([a]);
    const phrase = `nimbus-${g.chars('abcdefghijklmnopqrstuvwxyz', 7)}-copper-${g.int(10, 99)}`;
    expect(values(`${phrase}\n${phrase}\n`, 'cst/keys/key_pass.txt')).toEqual([phrase]);
    expect(values(`${phrase}\nsomething else\n`, 'cst/keys/key_pass.txt')).toEqual([]);
    const key = g.chars('abcdefghijklmnopqrstuvwxyz234567', 52);
    expect(values(`develocity.eng.example.org=${key}\n`, 'home/.gradle/develocity/keys.properties')).toEqual([key]);
    const token = g.chars(ALNUM, 40);
    expect(values(`config APP_CLOUD_TOKEN\n\tstring "Cloud token"\n\tdefault "${token}"\n`, 'Kconfig')).toEqual([token]);
    expect(values(`config APP_SERVER_HOST\n\tstring "Server"\n\tdefault "coap.example.test"\n`, 'Kconfig')).toEqual([]);
  });

  it('reads an NFC-e CSC element and a Basic credential being encoded', () => {
    const csc = `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 34)}7K`;
    expect(values(`<nfce>\n  <cscId>000001</cscId>\n  <csc>${csc}</csc>\n</nfce>\n`, 'conf/connector.xml')).toEqual([csc]);
    const a = pw();
    expect(values(`CPRO=$(echo -n 'TECH_538885@cpro.example:${a}' | base64)\n`, 'chorus/token.sh')).toEqual([a]);
    expect(values(`var bytes = Encoding.ASCII.GetBytes("api.user:${a}");\n`, 'Client.cs')).toEqual([a]);
    expect(values('AUTH=$(echo -n "$API_USER:$API_PASSWORD" | base64)\n', 'token.sh')).toEqual([]);
  });
});

describe('hundred-and-twenty-sixth to hundred-and-twenty-ninth blind gradings: SaaS administration, streaming and creator tools, hobby code, 3D printing and maker setups', () => {
  const d = createDetector();
  const g = createSampleGen(12629);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));

  it('leaves a stored password\'s digest, a webhook\'s challenge, an opaque reference and an environment lookup', () => {
    expect(values(`admin:\n  active: true\n  password: ${g.chars(HEX, 128)}\n  roles: [user, admin]\n`, 'octoprint/users.yaml')).toEqual([]);
    // The same 128 hex as a framework's secret key is one.
    const base = g.chars(HEX, 128);
    expect(values(`SECRET_KEY_BASE=${base}\n`, '.env')).toEqual([base]);
    expect(values(`{"event": "endpoint.url_validation", "payload": {"plainToken": "${g.chars(ALNUM, 22)}"}}\n`, 'zoom/event.json')).toEqual([]);
    expect(values(`{"secretReferenceValueId": "${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-8${g.chars(HEX, 3)}-${g.chars(HEX, 12)}_${g.chars(HEX, 32)}"}\n`, 'intune/omaSettings.json')).toEqual([]);
    expect(values('var _authToken = Environment.GetEnvironmentVariable("NODE_AUTH_TOKEN");\n', 'Config.cs')).toEqual([]);
  });

  it('reads Wi-Fi passwords of ESP sketches and MicroPython, Set-Variable, Bambu access codes', () => {
    const wifi = `extruder-${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}-river${g.int(10, 99)}`;
    expect(values(`#define STASSID "FabLab-Members"\n#define STAPSK "${wifi}"\n`, 'sketch.ino')).toEqual([wifi]);
    expect(values(`sta = network.WLAN(network.STA_IF)\nsta.connect("FabLab-Members", "${wifi}")\n`, 'main.py')).toEqual([wifi]);
    const key = `jca_${g.chars(ALNUM, 36)}`;
    expect(values(`Set-Variable -Name JcApiKey -Value '${key}' -Scope Script\n`, 'Sync-Users.ps1')).toEqual([key]);
    const code = `4${g.chars('0123456789', 1)}9${g.chars('0123456789', 5)}`;
    expect(values(`mosquitto_sub -h 192.168.1.40 -p 8883 -u bblp -P ${code} -t device/+/report --insecure\n`, 'watch.sh')).toEqual([code]);
    expect(values('bambu_access_code: "12345678"\n', 'docs/config.md')).toEqual([]);
  });

  it('reads a notebook cell\'s code as its source file reads', () => {
    const key = g.chars(ALNUM, 40);
    const cell = (line: string): string => `{\n "cells": [\n  {\n   "cell_type": "code",\n   "metadata": {},\n   "source": [\n    "import cohere\\n",\n    ${JSON.stringify(line)}\n   ]\n  }\n ]\n}\n`;
    expect(values(cell(`co = cohere.Client("${key}")\n`), 'demo.ipynb')).toEqual([key]);
    expect(values(`co = cohere.Client("${key}")\n`, 'demo.py')).toEqual([key]);
    expect(values(cell('co = cohere.Client(os.environ["COHERE_API_KEY"])\n'), 'demo.ipynb')).toEqual([]);
  });
});

describe('hundred-and-thirtieth to hundred-and-thirty-third blind gradings: data activation, healthcare integration engines, research code, Windows line-of-business apps', () => {
  const d = createDetector();
  const g = createSampleGen(13033);
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const HEX = '0123456789abcdef';
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));
  const pw = (): string => `${g.chars(ALNUM, 10)}+${g.int(100, 999)}`;

  it('reads MSI logs, .NET settings, NSIS defines, Mirth scripts quoted with &apos;, InterSystems credentials, Groovy and R Basic credentials', () => {
    const a = pw();
    expect(values(`MSI (s) (A4:2C) [10:41:17:314]: PROPERTY CHANGE: Adding SQLPASSWORD property. Its value is '${a}'.\nProperty(S): SQLPASSWORD = ${a}\nProperty(S): SQLSERVER = SQLPROD01\n`, 'logs/install.log')).toEqual([a, a]);
    const key = g.chars(HEX, 32);
    expect(values(`<setting name="DatadogApiKey" serializeAs="String">\n  <value>${key}</value>\n</setting>\n<setting name="LastUser" serializeAs="String">\n  <value>jdoe-admin-2024</value>\n</setting>\n`, 'user.config')).toEqual([key]);
    expect(values(`!define DB_PASSWORD "${a}"\n!define PRODUCT_VERSION "4.2.1.1870"\n`, 'setup.nsi')).toEqual([a]);
    const token = g.chars(HEX, 32);
    expect(values(`<script>channelMap.put(&apos;twilioToken&apos;, &apos;${token}&apos;);</script>\n`, 'channels/Outbound.xml')).toEqual([token]);
    expect(values(`Set sc = ##class(Ens.Config.Credentials).SetCredential("EpicInterconnect", "ens_out", "${a}", 1)\n`, 'Setup.cls')).toEqual([a]);
    expect(values(`def auth = "hie_push:${a}".bytes.encodeBase64().toString()\n`, 'transformer.groovy')).toEqual([a]);
    expect(values(`r <- httr::GET(url, httr::authenticate("tnguyen", "${a}"))\n`, 'fetch.R')).toEqual([a]);
    // Encrypted and replaced values are not.
    expect(values(`<add name="Pool" password="[enc:IISWASOnlyCngProvider:${g.chars(`${ALNUM}+/`, 60)}=:enc]" />\n`, 'applicationHost.config')).toEqual([]);
    expect(values('<add name="Db" connectionString="Server=sql01;User ID=app;Password=__DbPassword__;" />\n', 'Web.config')).toEqual([]);
    expect(values(`password_sha256: ${g.chars(HEX, 64)}\n`, 'secrets-meta.yaml')).toEqual([]);
  });
});

describe('secrets in MSP task and integration settings (from a blind grading of MSP tooling)', () => {
  const d = createDetector();
  const g = createSampleGen(3901);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const values = (text: string): string[] => d.scan(text, { path: 'task.xml' }).map((f) => text.slice(f.start, f.end));

  it("finds a secret option's quoted value that ends a scheduled task's Arguments element", () => {
    const secret = g.chars(`${alnum}_-`, 56);
    expect(values(`<Arguments>-NoProfile -File C:\\Scripts\\Sync-Ninja.ps1 -ClientSecret "${secret}"</Arguments>\n`)).toContain(secret);
    expect(values(`<Arguments>-NoProfile -File C:\\Scripts\\Sync-Ninja.ps1 -ClientSecret "$env:NINJA_SECRET"</Arguments>\n`)).toEqual([]);
  });

  it("finds a form body's first parameter, which no \"?\" opens (curl's -d 'client_secret=…&…')", () => {
    const hex = '0123456789abcdef';
    const secret = `${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-a${g.chars(hex, 3)}-${g.chars(hex, 12)}`;
    expect(values(`curl -X POST https://api.service.test/oauth/token \\\n  -d 'client_secret=${secret}&client_id=${g.chars(alnum, 28)}&grant_type=client_credentials'\n`)).toContain(secret);
    expect(values(`curl -X POST https://api.service.test/oauth/token -d 'grant_type=password&page=2&scope=read'\n`)).toEqual([]);
    // The authorization code beside it was spent when the token was fetched.
    const body = `client_secret=${secret}&client_id=${g.chars(alnum, 28)}&grant_type=authorization_code&redirect_uri=urn:ietf:wg:oauth:2.0:oob&code=${g.chars(hex, 32)}`;
    expect(values(`curl -X POST https://api.service.test/oauth/token -d '${body}'\n`)).toEqual([secret]);
  });

  it("finds name/value settings whose name is an auth header or whose value carries GLPI's user_token scheme", () => {
    const token = g.chars(alnum, 40);
    const header = g.chars(alnum, 45);
    expect(values(`{ "key": "Authorization", "value": "user_token ${token}" }\n`)).toContain(token);
    expect(values(`{ "key": "CTRLAuthHeader", "value": "${header}" }\n`)).toContain(header);
    expect(values(`const authHeader = "Authorization";\n{ "key": "X-Auth-Header", "value": "X-Requested-With" }\n`)).toEqual([]);
  });
});

describe("database clients' configs (from a blind grading of database clients and admin tools)", () => {
  const d = createDetector();
  const g = createSampleGen(3902);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const b64 = `${alnum}+/`;
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));
  // A generated password with brackets, braces and a quote at random places.
  const punctuated = (): string => `${g.chars(alnum, 3)}${g.pick(['[', '(', '{', ']', ')', '}', '"'])}${g.chars(alnum, 6)}${g.pick(['[', '(', '{', ']', ')', '}'])}${g.chars(alnum, 4)}!${g.chars(alnum, 2)}`;

  it('finds passwords whose bare value in a config line holds brackets, braces or a quote', () => {
    for (let i = 0; i < 20; i++) {
      const pw = punctuated();
      const cases: [string, string][] = [
        [`[authentication]\nusername = lena\npassword = ${pw}\n`, 'home/lena/.cassandra/cqlshrc'],
        [`flyway.url=jdbc:postgresql://db:5432/app\nflyway.user=app\nflyway.password=${pw}\n`, 'flyway.conf'],
        [`[client]\nuser=root\npassword=${pw}\n`, 'etc/mysql/debian.cnf'],
        [`services:\n  metabase:\n    environment:\n      MB_DB_PASS: ${pw}\n`, 'docker-compose.yml'],
        [`<clickhouse>\n  <password>${pw.replace('"', '%')}</password>\n</clickhouse>\n`, 'config.xml'],
      ];
      for (const [text, path] of cases) expect(values(text, path), `${path}: ${text}`).toContain(path === 'config.xml' ? pw.replace('"', '%') : pw);
    }
  });

  it('leaves bare values with brackets that are code, types, references or placeholders', () => {
    for (const text of ['password = getpass.getpass("Password: ")\n', 'password: Optional[str]\n', 'password: string[];\n', 'db.password=ENC(G6N718UuyPE5bHyWKyuLQSm02)\n', 'password = [REDACTED]\n', 'password: {{ vault_db_password }}\n', 'PASSWORD=$(cat /run/secrets/db)\n', 'password = %(db_password)s\n', '  password: z.string().min(8),\n', 'password = args[1]\n', 'password: Array<string>\n', '<TokenSymbol>{token0.symbol}</TokenSymbol>\n']) {
      expect(values(text, 'settings.ini'), text).toEqual([]);
    }
  });

  it('finds passwords given to hashing calls, to Sentinel and to Sequelize, and Astra tokens whose id part holds digits', () => {
    const pw = `${g.chars(alnum, 6)}_${g.chars(alnum, 6)}${g.chars('0123456789', 3)}%`;
    expect(values(`  new AdminerLoginPasswordLess(password_hash("${pw}", PASSWORD_DEFAULT)),\n`, 'adminer/index.php')).toEqual([pw]);
    expect(values(`admin = User(pw_hash=bcrypt.hashpw(b"${pw}", bcrypt.gensalt()))\n`, 'seed.py')).toEqual([pw]);
    expect(values(`sentinel monitor mymaster 10.0.0.5 6379 2\nsentinel auth-pass mymaster ${pw}\n`, 'redis/sentinel.conf')).toEqual([pw]);
    expect(values(`const sequelize = new Sequelize('cms', 'looker', '${pw}', { host: 'db', dialect: 'mysql' });\n`, 'src/db.js')).toEqual([pw]);
    const astra = `AstraCS:${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 24)}:${g.chars('0123456789abcdef', 64)}`;
    expect(values(`astra setup --token ${astra}\n`, '.bash_history')).toEqual([astra]);
    expect(values('password_hash($_POST["password"], PASSWORD_DEFAULT)\nbcrypt.hashSync(req.body.password, 10)\n', 'auth.php')).toEqual([]);
  });

  it("finds PgBouncer's clear-text auth_file passwords and MongoDB keyfiles, not their hashes or TLS keys", () => {
    const pw = punctuated();
    const md5 = `md5${g.chars('0123456789abcdef', 32)}`;
    expect(values(`"svc_billing" "${pw.replace('"', '*')}"\n"app" "${md5}"\n"ro" "SCRAM-SHA-256$4096:${g.chars(b64, 24)}$${g.chars(b64, 44)}:${g.chars(b64, 44)}"\n`, 'pgbouncer/userlist.txt')).toEqual([pw.replace('"', '*')]);
    const keyfile = `${g.chars(b64, 76)}\n${g.chars(b64, 76)}\n${g.chars(b64, 40)}`;
    expect(values(`${keyfile}\n`, 'deploy/mongodb/replica.key')).toEqual([keyfile]);
    expect(values(`${keyfile}\n`, 'mongo/keyfile')).toEqual([keyfile]);
    expect(values(`${keyfile}\n`, 'src/keyfile')).toEqual([]);
    expect(values('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', 'deploy/mongodb/tls.key')).toEqual([]);
  });
});

describe('ERP, accounting and trading integrations (from blind gradings of ERP integrations and of algorithmic trading)', () => {
  const d = createDetector();
  const g = createSampleGen(3903);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const hex = '0123456789abcdef';
  const b64url = `${alnum}-_`;
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));

  it("finds an .ionapi file's client secret and service account secret key, not a locale's cs", () => {
    const cs = g.chars(b64url, 86);
    const sask = g.chars(b64url, 86);
    const file = `{"ti":"ACME_PRD","cn":"Sync","dt":"12","ci":"ACME_PRD~${g.chars(b64url, 43)}","cs":"${cs}","iu":"https://mingle-ionapi.inforcloudsuite.com","pu":"https://mingle-sso.inforcloudsuite.com:443/ACME_PRD/as/","saak":"ACME_PRD#${g.chars(b64url, 80)}","sask":"${sask}"}`;
    const found = values(file, 'config/ACME_PRD.ionapi');
    expect(found).toContain(cs);
    expect(found).toContain(sask);
    expect(values(`{"cs": "${g.chars(b64url, 30)}", "de": "Deutsch"}\n`, 'i18n/languages.json')).toEqual([]);
  });

  it("finds secrets passed by position: Odoo's execute_kw, OAuth1's second and fourth arguments, pymssql, a vendor's Api class", () => {
    const key = g.chars(hex, 40);
    expect(values(`ids = models.execute_kw("acme-main", 2, "${key}", "account.move", "search", [[]])\n`, 'fix.py')).toEqual([key]);
    const [ck, cs, tk, ts] = [g.chars(hex, 64), g.chars(hex, 64), g.chars(hex, 64), g.chars(hex, 64)];
    const oauth = values(`auth = OAuth1(\n    "${ck}",\n    "${cs}",\n    "${tk}",\n    "${ts}",\n    realm="1234567", signature_method="HMAC-SHA256")\n`, 'netsuite/restlet.py');
    expect(oauth).toContain(cs);
    expect(oauth).toContain(ts);
    expect(oauth).not.toContain(ck);
    const pw = `${g.chars(alnum, 5)}^_${g.chars(alnum, 8)}@0`;
    expect(values(`conn = pymssql.connect("gp-db.corp.local", "sa", "${pw}", "ACME")\n`, 'gp/export.py')).toEqual([pw]);
    const lex = g.chars(alnum, 43);
    expect(values(`$lexoffice = new \\Baebeca\\LexofficeApi('${lex}');\n`, 'src/Lexoffice.php')).toEqual([lex]);
  });

  it("finds Frappe's 15-digit api secrets, Cin7's application keys, credential inventories' word-named cells and word-and-number passwords", () => {
    const secret = `${g.chars('abcdef', 3)}${g.chars('0123456789', 3)}${g.chars(hex, 9)}`;
    expect(values(`"apiSecret": "${secret}"\n`, 'config/connectors.json')).toEqual([secret]);
    const pair = `${g.chars('abcdef', 2)}${g.chars('0123456789', 2)}${g.chars(hex, 11)}:${secret}`;
    expect(values(`curl -H "Authorization: token ${pair}" https://erp.example.test/api/resource/Item\n`, 'create.sh')).toEqual([pair]);
    const uuid = `${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-a${g.chars(hex, 3)}-${g.chars(hex, 12)}`;
    expect(values(`DEAR_APPLICATION_KEY="${uuid}"\n`, '.env.staging')).toEqual([uuid]);
    const value = g.chars(alnum, 40);
    expect(values(`system,env,credential,value,owner,rotated\nNavan,prod,client secret,${value},li@example.de,2025-08-20\n`, 'exports/connector_settings.csv')).toEqual([value]);
    expect(values(`a,the public key,${value},x\n`, 'exports/keys.csv')).toEqual([]);
    expect(values('102,Pepper Pepper,47:BF:EA:18:02:A3:7D,keyholder,2025-07-01\n', 'door-controller/members.csv')).toEqual([]);
    const word = `${g.pick(['falcon', 'pepper', 'tundra', 'velvet'])}.${g.pick(['saffron', 'glacier', 'quartz', 'lantern'])}_${g.chars('0123456789', 6)}`;
    expect(values(`"password": "${word}",\n`, 'acumatica/login.json')).toEqual([word]);
    expect(values(`BASIC_AUTH=${btoa(['user', 'name:pass', 'word'].join(''))}\n`, '.env.example')).toEqual([]);
  });

  it('finds Databento keys, Alpaca key pairs, tastytrade and B-PIPE passwords and krakenex key files; not transaction hashes or documented examples', () => {
    const db = `db-${g.chars(alnum, 28)}7`;
    expect(values(`client = db.Historical("${db}")\n`, 'ops/databento_test.py')).toEqual([db]);
    expect(values(`postgres://app@db-${g.chars('abcdefghijklmnopqrstuvwxyz', 29)}.internal:5432/app\n`, 'a.env')).toEqual([]);
    const alpaca = `${g.chars(alnum, 38)}Xy`;
    expect(values(`api = tradeapi.REST(\n    'PK${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 18)}',\n    '${alpaca}',\n    'https://paper-api.alpaca.markets')\n`, 'momentum.py')).toContain(alpaca);
    const pw = `${g.chars(alnum, 10)}#${g.chars(alnum, 6)}`;
    expect(values(`from tastytrade import Session\n\nsession = Session('trader42', '${pw}')\n`, 'wheel.py')).toEqual([pw]);
    expect(values(`tls = blpapi.TlsOptions.createFromFiles("client.p12", "${pw}", "rootCertificate.pk7")\n`, 'blp_feed.py')).toEqual([pw]);
    const b64 = `${alnum}+/`;
    const [apiKey, privateKey] = [g.chars(b64, 56), `${g.chars(b64, 86)}==`];
    expect(values(`${apiKey}\n${privateKey}\n`, 'keys/kraken_api.key')).toEqual([apiKey, privateKey]);
    const agent = `0x${g.chars(hex, 64)}`;
    expect(values(`AGENT_KEY = "${agent}"\nwallet = eth_account.Account.from_key(AGENT_KEY)\n# last fill tx: 0x${g.chars(hex, 64)}\n`, 'hl_mm.py')).toEqual([agent]);
    expect(values(`{\n    "api_server": {\n        "ws_token": "${['secret_ws', '_t0ken.'].join('')}"\n    }\n}\n`, 'user_data/config.json')).toEqual([]);
    const seed = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 26);
    expect(values(`export SMARTAPI_TOTP='${seed}'\n`, 'scripts/setup_env.sh')).toEqual([seed]);
    expect(values('totp_enabled: true\nconst totp = generateTOTP(secret)\n', 'a.ts')).toEqual([]);
  });
});

describe('frameworks, CLI credential stores, small-business scripts and backend platforms (from blind gradings 138-141)', () => {
  const d = createDetector();
  const g = createSampleGen(3904);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const hex = '0123456789abcdef';
  const b64 = `${alnum}+/`;
  const lower = 'abcdefghijklmnopqrstuvwxyz';
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));
  const key = (n = 32): string => `${g.chars(alnum, n - 2)}${g.chars('0123456789', 1)}${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}`;

  it("finds web frameworks' keys where apps configure them", () => {
    const k = key();
    expect(values(`var store = sessions.NewCookieStore([]byte("${k}"))\n`, 'main.go')).toEqual([k]);
    const [a, b] = [`${g.chars(b64, 22)}==`, `${g.chars(b64, 22)}==`];
    expect(values(`module.exports = ({ env }) => ({\n  app: {\n    keys: env.array('APP_KEYS', ['${a}', '${b}']),\n  },\n});\n`, 'config/server.js')).toEqual([a, b]);
    expect(values(`dotnet user-secrets set "JwtSettings:Secret" "${k}"\n`, 'README.md')).toEqual([k]);
    expect(values(`var key = Encoding.ASCII.GetBytes("${k}");\n`, 'Startup.cs')).toEqual([k]);
    expect(values(`$secret = getenv('APP_SECRET') ?: '${k}';\n`, 'config.php')).toEqual([k]);
    expect(values(`SECRET_KEY = config("SECRET_KEY", default="${k}")\n`, 'settings.py')).toEqual([k]);
    const pepper = g.chars(hex, 128);
    expect(values(`  config.pepper = '${pepper}'\n`, 'config/initializers/devise.rb')).toEqual([pepper]);
    const pw = `${g.pick(['Summit', 'Harbor', 'Cobalt'])}-${g.pick(['falcon', 'otter', 'maple'])}-${g.chars('0123456789', 2)}-${g.chars(lower, 6)}`;
    expect(values(`'password' => Hash::make('${pw}'),\n`, 'database/seeders/AdminSeeder.php')).toEqual([pw]);
    expect(values('OpenSSL::HMAC.hexdigest("SHA256", Rails.application.secret_key_base, token)\n', 'app/models/token.rb')).toEqual([]);
    expect(values(`<input type="hidden" name="_token" value="${key(40)}">\n`, 'form.blade.php')).toEqual([]);
    expect(values(`ADMIN_PASSWORD="${['d1r3', 'ctu5'].join('')}"\n`, '.env.example')).toEqual([]);
  });

  it('finds CLI sessions, echoed variables, tunnel tokens and basic-auth lists; not a borg header or a project id', () => {
    const op = g.chars(`${alnum}-_`, 43);
    expect(values(`export OP_SESSION_my=${op}\n`, 'NOTES.md')).toEqual([op]);
    const cf = key(40);
    expect(values(`$ echo $CLOUDFLARE_API_TOKEN\n${cf}\n$ wrangler whoami\n`, 'terminal.txt')).toEqual([cf]);
    expect(values('$ echo $HOME\n/home/build-agent-runner\n', 'terminal.txt')).toEqual([]);
    const argo = `${g.chars(b64, 64)}\n${g.chars(b64, 40)}==\n`;
    expect(values(`-----BEGIN ARGO TUNNEL TOKEN-----\n${argo}-----END ARGO TUNNEL TOKEN-----\n`, '.cloudflared/cert.pem')).toEqual([argo]);
    const ngrok = `${g.chars(alnum, 16)}7!`;
    expect(values(`tunnels:\n  web:\n    proto: http\n    basic_auth:\n      - "gustavo:${ngrok}"\n`, 'ngrok.yml')).toEqual([ngrok]);
    expect(values(`BORG_KEY ${g.chars(hex, 64)}\n`, 'keys/repo')).toEqual([]);
    expect(values(`app.scaleway.scw-default-project-id=${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-a${g.chars(hex, 3)}-${g.chars(hex, 12)}\n`, 'application.properties')).toEqual([]);
  });

  it("finds small-business scripts' Basic pairs, Mandrill md- keys, Canvas tokens and app passwords under mail names; not paging or version tokens", () => {
    const secret = key(32);
    expect(values(`curl_setopt($ch, CURLOPT_USERPWD, $zoomClientId . ':${secret}');\n`, 'zoom.php')).toEqual([secret]);
    expect(values(`const auth = Buffer.from(\`\${appId}:${secret}\`).toString('base64');\n`, 'pco.js')).toEqual([secret]);
    const md = `md-${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${g.chars('0123456789', 3)}${g.chars(lower, 4)}${g.chars(alnum, 11)}`;
    expect(values(`mandrill_client = mandrill.Mandrill("${md}")\n`, 'mail.py')).toEqual([md]);
    const canvas = `${g.chars('0123456789', 4)}~${g.chars(alnum, 64)}`;
    expect(values(`canvas = Canvas("https://district.instructure.com", "${canvas}")\n`, 'lms.py')).toEqual([canvas]);
    const app = 'hyjtkwobclmnrsuv'.split('').sort(() => (g.chars('01', 1) === '0' ? -1 : 1)).join('');
    expect(values(`define( 'MAIL_PASSWORD', '${app}' );\n`, 'wp-config.php')).toEqual([app]);
    expect(values(`"version_token": "${key(24)}"\n`, 'fixtures/payment.json')).toEqual([]);
    expect(values(`next_link: https://api.sky.blackbaud.com/constituent/v1/constituents?limit=500&sort_token=${key(28)}\n`, 'fixtures/page.yaml')).toEqual([]);
    expect(values('<md-button-toggle-group class="md-primary">\n', 'app.html')).toEqual([]);
  });

  it("finds backend platforms' keys and passwords; not values stored under an address's or an id's name", () => {
    const uuid = (): string => `${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-a${g.chars(hex, 3)}-${g.chars(hex, 12)}`;
    const zapier = btoa(`${uuid()}:${uuid()}`);
    expect(values(`{"mcpServers":{"zapier":{"url":"https://mcp.zapier.com/api/mcp/s/${zapier}/mcp"}}}\n`, '.cursor/mcp.json')).toEqual([zapier]);
    const brave = `BSA${g.chars(alnum, 26)}7Q`;
    expect(values(`ENV BRAVE_SEARCH_API_KEY=${brave}\n`, 'Dockerfile')).toEqual([brave]);
    const neon = `napi_${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 60)}`;
    expect(values(`{"mcpServers":{"neon":{"command":"npx","args": ["-y", "@neondatabase/mcp-server-neon", "start", "${neon}"]}}}\n`, '.cursor/mcp.json')).toEqual([neon]);
    const pw = `${g.chars(alnum, 12)}#5${g.chars(alnum, 6)}`;
    expect(values(`await pb.collection('_superusers').authWithPassword('admin@example.test', '${pw}');\n`, 'seed.js')).toEqual([pw]);
    expect(values(`supabase link --project-ref ${g.chars(lower, 20)} -p '${pw}'\n`, 'README.md')).toEqual([pw]);
    const jwt = g.chars(hex, 64);
    expect(values(`HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"${jwt}"}'\n`, 'docker-compose.yml')).toEqual([jwt]);
    const appwrite = `standard_${g.chars(hex, 256)}`;
    expect(values(`appwrite client --endpoint https://cloud.appwrite.io/v1 --key ${appwrite}\n`, 'setup.sh')).toEqual([appwrite]);
    const master = key(40);
    expect(values(`Parse.initialize("${key(40)}", "${key(40)}", "${master}");\n`, 'cloud/main.js')).toContain(master);
    expect(values('echo "https://qstash.upstash.io" | npx wrangler secret put QSTASH_URL\n', 'deploy.sh')).toEqual([]);
    expect(values('gh secret set CONVEX_DEPLOYMENT --body "dev:shiny-field-884"\n', 'setup.sh')).toEqual([]);
    expect(values(`postgresql://alex:${['AbC1', '23dEf'].join('')}@ep-cool-darkness-123456.us-east-2.aws.neon.tech/dbname\n`, 'docs/connect.md')).toEqual([]);
  });
});

describe('HR integrations, e-commerce, industrial systems and internal docs (from blind gradings 142-145)', () => {
  const d = createDetector();
  const g = createSampleGen(3905);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const hex = '0123456789abcdef';
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));
  const key = (n = 32): string => `${g.chars(alnum, n - 2)}${g.chars('0123456789', 1)}${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}`;
  const uuid = (): string => `${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-a${g.chars(hex, 3)}-${g.chars(hex, 12)}`;

  it('finds fallbacks of environment lookups, EMQX bootstrap keys, ThingWorx app keys, SNMP communities on net-snmp command lines', () => {
    const k = key(30);
    expect(values(`$LatticeApiKey = if ($env:LATTICE_API_KEY) { $env:LATTICE_API_KEY } else { "${k}" }\n`, 'sync.ps1')).toEqual([k]);
    expect(values(`String token = Optional.ofNullable(System.getenv("DEEL_API_TOKEN")).orElse("${k}");\n`, 'DeelClient.java')).toEqual([k]);
    expect(values('$Region = if ($env:AWS_REGION) { $env:AWS_REGION } else { "eu-west-1" }\n', 'sync.ps1')).toEqual([]);
    const [a, b] = [key(43), key(43)];
    expect(values(`${g.chars(hex, 16)}:${a}\n${g.chars(hex, 16)}:${b}:administrator\n`, 'deploy/emqx/api_keys.bootstrap')).toEqual([a, b]);
    const app = uuid();
    expect(values(`curl -H "appKey: ${app}" https://twx.plant.local/Thingworx/Things/Line1/Properties\n`, 'poll.sh')).toEqual([app]);
    expect(values(`agoraAppKey: "${uuid()}"\n`, 'config.yaml')).toEqual([]);
    const header = key(32);
    expect(values(`curl -H "appkey: ${header}" https://tenant.ukg.example.test/api/v1/commons/persons\n`, 'runbook.sh')).toEqual([header]);
    expect(values(`curl -H "W-Key: ${header}" https://api.wheniwork.com/2/login\n`, 'runbook.sh')).toEqual([header]);
    expect(values(`headers = {"Idempotency-Key": "${key(28)}"}\n`, 'pay.py')).toEqual([]);
    const community = key(12);
    expect(values(`snmpwalk -v2c -c ${community} 10.20.0.5 1.3.6.1.2.1.1\n`, 'check.sh')).toEqual([community]);
  });

  it("finds WooCommerce consumer keys and eBay user tokens; not Magento's password hashes, Mule ciphertext or vault paths", () => {
    const ck = `ck_${g.chars(hex, 40)}`;
    expect(values(`WOO_CK=${ck}\n`, '.env')).toEqual([ck]);
    const ebay = `v^1.1#i^1#f^0#p^3#I^3#r^1#t^H4sIAAAAAAAAA${g.chars(`${alnum}+/`, 300)}`;
    expect(values(`user_token = ${ebay}\n`, 'ebay.yaml')).toEqual([ebay]);
    expect(values(`INSERT INTO admin_user VALUES (1,'admin','${g.chars(hex, 64)}:${g.chars(alnum, 32)}:3_32_2_67108864');\n`, 'seed.sql')).toEqual([]);
    expect(values(`password: "![${g.chars(`${alnum}+/`, 22)}==]"\n`, 'secure-prod.yaml')).toEqual([]);
    expect(values("api_key: \"{{ lookup('hashi_vault', 'secret=hr/data/trackeri9:api_key') }}\"\n", 'group_vars/all.yml')).toEqual([]);
  });

  it("leaves masked values, placeholders, KMS key ids and Basic pairs of stand-ins in documents", () => {
    expect(values(`See KMS key ${uuid()} for details.\n`, 'runbook.md')).toEqual([]);
    expect(values('// SLACK_BOT_TOKEN=xoxb-123-456-abc  # old, do not use\n', 'notes.js')).toEqual([]);
    expect(values("PGPASSWORD='[masked]' psql -h db -U app\nServer=db;User Id=app;Password=[masked];\n", 'ci.log')).toEqual([]);
    expect(values(`Authorization: Basic ${btoa(['api', ':', 'xyz'].join(''))}\n`, 'request.http')).toEqual([]);
  });
});

describe('passwords stated in prose (from blind gradings of internal docs and maintenance tickets)', () => {
  const d = createDetector();
  const g = createSampleGen(3906);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const values = (text: string): string[] => d.scan(text, { path: 'notes.md' }).map((f) => text.slice(f.start, f.end));

  it('finds "the … password is …", "password: …" in a sentence or a bold label, and a login code span', () => {
    const pw = `${g.chars(alnum, 6)}@${g.int(1000, 9999)}?${g.chars('abcdefghijklmnopqrstuvwxyz', 2)}`;
    expect(values(`the wifi password is ${pw}\n`)).toEqual([pw]);
    expect(values(`Reset done, new password is ${pw}.\n`)).toEqual([pw]);
    expect(values(`- **password**: \`${pw}\`\n`)).toEqual([pw]);
    expect(values(`login with \`admin:${pw}\` on https://admin.staging.example.test\n`)).toEqual([pw]);
  });

  it('leaves sentences about passwords that state none', () => {
    for (const text of ['The password is required.\n', 'The password is stored in Vault (kv/prod/db).\n', 'Your password is 12 characters long\n', 'the password was changed on 2024-01-05.\n', 'password is v2.3.1-beta\n', 'Password: ********\n', 'login with `admin:<password>` first\n']) expect(values(text), text).toEqual([]);
  });
});

describe('blind gradings 146–150 (library systems, sports data, community bots, music servers): settings rows, credential files, fixed words', () => {
  const d = createDetector();
  const g = createSampleGen(4150);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const hex = '0123456789abcdef';
  const b64url = `${alnum}-_`;
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));
  const password = (): string => `${g.chars(alnum, 5)}&${g.chars(alnum, 4)}-_${g.chars(alnum, 3)}%#`;

  it("reads an SQL settings row's value under the name in its own row: name and value columns, a name cell before a value, a provider's key column", () => {
    const pw = password();
    const key = g.chars(hex, 32);
    expect(values(`INSERT INTO plugin_settings (plugin_name, context_id, setting_name, setting_value, setting_type) VALUES\n('crossrefplugin', 12, 'username', 'deposit_user', 'string'),\n('crossrefplugin', 12, 'password', '${pw}', 'string');\n`, 'dump.sql')).toEqual([pw]);
    expect(values(`INSERT INTO \`plugin_settings\` VALUES ('crossrefplugin',12,'password','${pw}','string');\n`, 'dump.sql')).toEqual([pw]);
    expect(values(`INSERT INTO api_credentials (vendor, key_value) VALUES ('scopus', '${key}');\n`, 'seed.sql')).toEqual([key]);
    const token = g.chars(b64url, 43);
    expect(values(`COPY public.oauth_access_tokens (id, token, refresh_token, created_at) FROM stdin;\n5824\t${token}\t\\N\t2024-06-14 10:00:00\n\\.\n`, 'db/mastodon.sql')).toEqual([token]);
  });

  it('leaves rows whose cell after a secret word is a sentence, a hash or a translation', () => {
    expect(values("INSERT INTO messages VALUES (1, 'password', 'Your password has been reset successfully', NULL);\n", 'dump.sql')).toEqual([]);
    expect(values(`INSERT INTO users VALUES (1, 'alice', 'password', '$2b$10$${g.chars(alnum, 53)}');\n`, 'dump.sql')).toEqual([]);
    expect(values("INSERT INTO i18n VALUES ('en', 'password', 'Password'), ('de', 'password', 'Passwort');\n", 'dump.sql')).toEqual([]);
  });

  it("finds EZproxy's local accounts and ticket secret in user.txt, and only in EZproxy's", () => {
    const a = password();
    const b = password();
    const ticket = g.chars(alnum, 30);
    const file = `# local accounts\nlib_admin:${a}:Admin\nill_staff:${b}\n\n::LDAP\nBindUser CN=ezproxy\n/LDAP\n\n::Ticket\nTimeValid 10\nSHA256 ${ticket}\nExpired; Deny expired.html\n/Ticket\n`;
    expect(values(file, 'ezproxy/user.txt')).toEqual([a, b, ticket]);
    expect(values(`lib_admin:${a}\n`, 'docs/user.txt')).toEqual([]);
  });

  it("finds Synapse's signing key file and Mastodon.py's credential files", () => {
    const seed = g.chars(`${alnum}+/`, 43);
    expect(values(`ed25519 a_${g.chars(alnum, 4)} ${seed}\n`, 'synapse/example.org.signing.key')).toEqual([seed]);
    const id = g.chars(b64url, 43);
    const secret = g.chars(b64url, 43);
    expect(values(`${id}\n${secret}\nhttps://social.example\n`, 'bot/pytooter_clientcred.secret')).toEqual([secret]);
    expect(values(`${secret}\nhttps://social.example\n`, 'bot/pytooter_usercred.secret')).toEqual([secret]);
  });

  it("reports a MySportsFeeds key, not its fixed password; PRAW's documented secret and a Matrix user id are no secrets", () => {
    const key = `${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-a${g.chars(hex, 3)}-${g.chars(hex, 12)}`;
    const word = ['MYSPORTS', 'FEEDS'].join('');
    expect(values(`machine api.mysportsfeeds.com login ${key} password ${word}\n`, '.netrc')).toEqual([key]);
    expect(values(`msf.authenticate("${key}", "${word}")\n`, 'feeds.py')).toEqual([key]);
    expect(values(`REDDIT_CLIENT_SECRET=${['xaxkj7HNh8kwg8e5', 't4m6KvSrbTI'].join('')}\n`, 'README.md')).toEqual([]);
    expect(values('[bridge]\nuser = "@relay:chat.example.org"\n', 'config.toml')).toEqual([]);
    expect(values(`GET https://repo.example.edu/oai/request?verb=ListRecords&resumptionToken=${g.chars(b64url, 36)} -> 200\n`, 'harvest.log')).toEqual([]);
  });

  it("reads a settings row's UPDATE (SET value = '…' WHERE variable = 'ZoteroApiKey'), not a setting that names no secret", () => {
    const key = g.chars(alnum, 24);
    expect(values(`UPDATE systempreferences SET value='${key}' WHERE variable='ZoteroApiKey';\n`, 'koha/sysprefs.sql')).toEqual([key]);
    expect(values(`UPDATE systempreferences SET value='${key}' WHERE variable='OPACBaseURL';\n`, 'koha/sysprefs.sql')).toEqual([]);
  });

  it('finds a token after an Authorization scheme in a name/value pair and a letters-only random key, not a CamelCase phrase', () => {
    const letters = g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32);
    expect(values(`curl https://api.example.test/v2/task --header 'authorization: token ${letters}'\n`, 'sweep.sh')).toEqual([letters]);
    const key = g.chars(alnum, 32);
    expect(values(`{\n  "name": "authorization",\n  "value": "token ${key}"\n}\n`, 'workflow.json')).toEqual([key]);
    expect(values('Authorization: Token ObtainedFromTheAdminPageOfTheSite\n', 'README.md')).toEqual([]);
  });

  it("finds a Bluesky app password in a createSession body, not the alphabet placeholder; the Supabase CLI's demo keys are no secrets", () => {
    const pw = [0, 1, 2, 3].map(() => g.chars('abcdefghijklmnopqrstuvwxyz234567', 4)).join('-');
    expect(values(`ERROR [bsky] createSession failed: {"identifier":"bot.bsky.social","password":"${pw}"} -> 401\n`, 'scheduler.log')).toEqual([pw]);
    expect(values('BLUESKY_APP_PASSWORD=abcd-efgh-ijkl-mnop\n', '.env.example')).toEqual([]);
    const b64u = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const demo = `${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 })}.${g.chars(b64url, 43)}`;
    expect(values(`service_role key: ${demo}\n`, 'README.md')).toEqual([]);
  });

  it('finds a 20-hex secret that measures under 3 bits, a DeepL key a log line names, an AMO secret after its issuer', () => {
    // Random 20-digit hex falls under 3 bits a character in 3% of draws: this one repeats "2" and "4".
    const low = ['a952', '2424', 'af42', '27e9', '2c95'].join('');
    expect(values(`PUSHER_SECRET=${low}\n`, '.env')).toEqual([low]);
    const key = `${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-8${g.chars(hex, 3)}-${g.chars(hex, 12)}`;
    expect(values(`2024-06-13T17:42:50Z ERROR deepl 403 for key ${key}\n`, 'logs/debug.log')).toEqual([key]);
    const secret = g.chars(hex, 64);
    expect(values(`amo creds -> issuer user:${g.int(1000000, 9999999)}:${g.int(100, 999)} secret ${secret}\n`, 'chat.txt')).toEqual([secret]);
  });

  it("finds an SDK's positional log_in(user, password) and BASIC's PASS$", () => {
    const pw = `${g.chars(alnum, 6)}-${g.chars(alnum, 5)}-64?`;
    expect(values(`lemmy.log_in("bot-thistle", "${pw}")\n`, 'bot.py')).toEqual([pw]);
    expect(values('client.login(username, password)\n', 'bot.py')).toEqual([]);
  });
});

describe('blind gradings 151–155 (farm sensors, rentals and locks, diabetes tech, civic tech, connected cars): names, files and phrases that say what a shapeless value is', () => {
  const d = createDetector();
  const g = createSampleGen(4155);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const hex = '0123456789abcdef';
  const upperHex = '0123456789ABCDEF';
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));
  const uuid = (): string => `${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-9${g.chars(hex, 3)}-${g.chars(hex, 12)}`;

  it("finds a Nightscout site's API_SECRET passphrase, its SHA-1 in the api-secret header and the secret in xDrip's REST URL", () => {
    const phrase = `${g.chars('abcdefghijklmnopqrstuvwxyz', 7)}.${g.chars('abcdefghijklmnopqrstuvwxyz', 5)}.${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}${g.int(10, 99)}`;
    expect(values(`MONGO_CONNECTION=mongodb://mongo:27017/nightscout\nAPI_SECRET=${phrase}\n`, 'my.env')).toEqual([phrase]);
    const sha1 = g.chars(hex, 40);
    expect(values(`curl -s -H "api-secret: ${sha1}" https://cgm.example.test/api/v1/entries.json\n`, '.bash_history')).toEqual([sha1]);
    const secret = `${g.chars(alnum, 10)}${g.int(1990, 2024)}!`;
    expect(values(`"cloud_storage_api_base": "https://${secret}@cgm.example.test/api/v1/"\n`, 'xdrip-settings.json')).toEqual([secret]);
  });

  it("finds a LoRaWAN AppKey in a network server's device import CSV, a Weather Underground station key, PurpleAir and ABN Lookup keys under their names", () => {
    const appKey = g.chars(upperHex, 32);
    expect(values(`id,dev_eui,join_eui,app_key,frequency_plan_id\nprobe-001,${g.chars(upperHex, 16)},${g.chars(upperHex, 16)},${appKey},US_902_928_FSB_2\n`, 'devices/import.csv')).toEqual([appKey]);
    const station = `${g.chars(alnum, 3)}${g.int(10, 99)}${g.chars(alnum, 3)}`;
    expect(values(`WU_STATION_ID=KCASANFR${g.int(100, 999)}\nWU_STATION_KEY=${station}\n`, '.env')).toEqual([station]);
    const read = uuid().toUpperCase();
    expect(values(`from purpleair_api.PurpleAirAPI import PurpleAirAPI\npaa = PurpleAirAPI(your_api_read_key="${read}")\n`, 'aq.py')).toEqual([read]);
    const guid = uuid();
    expect(values(`authenticationGuid="${guid}"\n`, 'abn.py')).toEqual([guid]);
  });

  it('finds an argparse default password, a quoted password after curl -u user:, Basic credentials in .NET and in a log, a Tesla Fleet client secret', () => {
    const pw = `${g.chars(alnum, 6)}+${g.chars(alnum, 5)}%W!${g.chars(alnum, 3)}`;
    expect(values(`p.add_argument("--password", default="${pw}")\n`, 'easee.py')).toEqual([pw]);
    expect(values('p.add_argument("--password", default=os.environ.get("EASEE_PASSWORD"))\n', 'easee.py')).toEqual([]);
    const quoted = `${g.chars(alnum, 6)}+${g.chars(alnum, 7)}${g.int(100, 999)}`;
    expect(values(`curl -fsS -u admin:'${quoted}' -X POST https://dms.example.test/api/users\n`, 'seed.sh')).toEqual([`admin:'${quoted}'`]);
    const basic = Buffer.from(`dms.sync:${g.chars(alnum, 18)}`).toString('base64');
    expect(values(`new AuthenticationHeaderValue("Basic", "${basic}")\n`, 'Client.cs')).toEqual([basic]);
    expect(values(`WARN [EVB-P56] handshake Authorization header: Basic ${basic}\n`, 'csms.log')).toEqual([basic]);
    const tesla = `ta-secret.${g.chars(alnum, 6)}!${g.chars(alnum, 4)}%${g.chars(alnum, 5)}`;
    expect(values(`TESLA_CLIENT_SECRET=${tesla}\n`, '.env')).toEqual([tesla]);
  });

  it("finds door, lockbox and smart-lock admin codes where a name or phrase says so, not runs, repeats or a code's description", () => {
    const code = `${g.int(2, 9)}${g.int(10000, 99999)}`;
    expect(values(`{"lockId": 4421, "noKeyPwd": "${code}"}\n`, 'ttlock/locks.json')).toEqual([code]);
    expect(values(`"Guest locked out at Aspen Hideaway. Gave them backup code ${code} over the phone."\n`, 'tickets.csv')).toEqual([code]);
    expect(values(`UPDATE locks SET master_code = '${code}' WHERE id = 7;\n`, 'fix.sql')).toEqual([code]);
    expect(values('{"door_code": "1234", "master_code": "0000"}\nmaster code length: 6 digits\n', 'docs.md')).toEqual([]);
  });

  it("finds USPS Web Tools user ids and Socrata app tokens; ProPublica's key is no public key; vendors' published demo values are no secrets", () => {
    const userId = `${g.int(100, 999)}${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5)}${g.int(1000, 9999)}`;
    expect(values(`GET https://secure.shippingapis.com/ShippingAPI.dll?API=Verify&XML=<AddressValidateRequest USERID="${userId}"><Revision>1</Revision></AddressValidateRequest>\n`, 'app.log')).toEqual([userId]);
    const token = g.chars(alnum, 25);
    expect(values(`client = Socrata("data.cityofchicago.org", "${token}")\n`, 'etl.py')).toEqual([token]);
    const pp = g.chars(alnum, 40);
    expect(values(`PROPUBLICA_API_KEY=${pp}\n`, '.Renviron')).toEqual([pp]);
    const mews = ['E0D439EE522F44368DC78E1BFB03710C', 'D24FB11DBE31D4621C4817E028D9E1D'].join('-');
    expect(values(`DEMO_TOKEN=${mews}\n`, '.env.example')).toEqual([]);
  });
});

describe("a runbook's table of access codes (grading 152)", () => {
  const d = createDetector();
  const g = createSampleGen(4152);
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));

  it('reads its master code and lockbox columns, short as they are, and leaves runs and repeats', () => {
    const master = `${g.int(2, 9)}${g.int(10000, 99999)}`;
    const lockbox = `${g.int(2, 9)}${g.int(100, 999)}`;
    const table = `| Property | Lock | Master code | Lockbox |\n|---|---|---|---|\n| Aspen Hideaway | Yale Assure Lock 2 | ${master} | ${lockbox} |\n| Willow Barn | Schlage Encode | 1234 | 0000 |\n`;
    expect(values(table, 'ops/on-call.md')).toEqual([master, lockbox]);
  });
});

describe("X-Road's autologin file (grading 154)", () => {
  const d = createDetector();
  const g = createSampleGen(4154);

  it('reads the whole file as the software token PIN, only under its path', () => {
    const pin = `${g.chars('abcdefghijkmnpqrstuvwxyz', 2)}!${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}=${g.chars('abcdefghijkmnpqrstuvwxyz23456789', 6)}`;
    const found = d.scan(`${pin}\n`, { path: 'etc/xroad/autologin' });
    expect(found.map((f) => f.ruleId)).toEqual(['xroad-autologin-file']);
    expect(d.scan(`${pin}\n`, { path: 'notes/autologin.txt' })).toEqual([]);
  });
});

describe('passwords as the APIs take them (gradings 152 and 153)', () => {
  const d = createDetector();
  const g = createSampleGen(4153);
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));

  it('finds a password after an e-mail login and " / " in chat, and after a user and an escaped slash in a Slack export', () => {
    const pw = `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz', 7)}+${g.int(1000, 9999)}`;
    expect(values(`[11/12/2024 9:24 AM] Dana: chargepoint admin: fleet@example.test / ${pw} [9:25 AM]\n`, 'teams.txt')).toEqual([pw]);
    expect(values(`{"text": "user \`lnguyen\` \\/ pw \`${pw}\` - pls don't share"}\n`, 'slack.json')).toEqual([pw]);
    expect(values('admin: admin@example.com / changeme\nlogin is jane@example.com / <password>\n', 'chat.txt')).toEqual([]);
  });

  it("finds TTLock's MD5 password under its name and a password given to PylotonCycle", () => {
    const md5 = g.chars('0123456789abcdef', 32);
    expect(values(`TTLOCK_PASSWORD_MD5=${md5}\n`, '.env')).toEqual([md5]);
    const pw = `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz', 8)}&${g.int(10, 99)}`;
    expect(values(`conn = PylotonCycle("liam.patel", "${pw}")\n`, 'peloton.py')).toEqual([pw]);
  });
});

describe('blind gradings 156–163 (e-signature, less common languages, construction, shipping, creators, games, video, home energy): forms the generic rules did not read', () => {
  const d = createDetector();
  const g = createSampleGen(4163);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const hex = '0123456789abcdef';
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));
  const pw = (): string => `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${g.chars('abcdefghijkmnpqrstuvwxyz', 6)}${g.pick(['!', '^', '%', '#'])}${g.int(1000, 9999)}${g.chars('abcdefghijkmnpqrstuvwxyz', 3)}`;

  it('reads terraform-aligned name/value attributes, a "$" before two digits in a bare password, and C++ string macros', () => {
    const h = g.chars(hex, 32);
    expect(values(`resource "azurerm_key_vault_secret" "signnow" {\n  name         = "signnow-client-secret"\n  value        = "${h}"\n  key_vault_id = azurerm_key_vault.main.id\n}\n`, 'main.tf')).toEqual([h]);
    const word = `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${g.chars('abcdefghijkmnpqrstuvwxyz', 5)}`;
    expect(values(`spring.datasource.password=${word}$${g.int(1990, 2030)}\n`, 'application.properties')).toEqual([expect.stringMatching(/^\w+\$\d{4}$/)]);
    expect(values('DB_PASSWORD=prefix$1\n', '.env')).toEqual([]);
    const key = g.chars('0123456789ABCDEF', 32);
    expect(values(`const FString PublisherKey = TEXT("${key}");\n`, 'SteamPublisher.cpp')).toEqual([key]);
    expect(values(`KEY=${key}\ncurl "https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=\${KEY}"\n`, 'check.sh')).toEqual([key]);
  });

  it("reads Racket's #:password, Erlang's binary strings, Aero's #env defaults, T-SQL's N'' rows and Tcl's set", () => {
    const p = pw();
    expect(values(`(postgresql-connect #:user "app" #:database "ledger" #:password "${p}")\n`, 'db.rkt')).toEqual([p]);
    const k = g.chars(alnum, 40);
    expect(values(`[{ferry, [{api_key, <<"${k}">>}]}].\n`, 'sys.config')).toEqual([k]);
    expect(values(`{:jwt-secret #or [#env JWT_SECRET "${k}"]}\n`, 'config.edn')).toEqual([k]);
    const access = g.chars(alnum, 62);
    expect(values(`INSERT INTO dbo.IntegrationSettings (Provider, Name, Value, CreatedBy) VALUES\n(N'Docmosis', N'AccessKey', N'${access}', N'migration');\n`, 'seed.sql')).toEqual([access]);
    expect(values(`set api_token "${k}"\nset fx_key {${g.chars(hex, 32)}}\n`, 'fetch.tcl')).toHaveLength(2);
    expect(values('set api_token $env(API_TOKEN)\nset password [lindex $argv 0]\n', 'login.exp')).toEqual([]);
  });

  it("finds a password after an e-mail address in any call, a Redis client's auth(\"…\") and a user:password being base64-encoded", () => {
    const p = pw();
    expect(values(`var err = await client.authenticate_email_async("qa+9@studio.example", "${p}")\n`, 'login.gd')).toEqual([p]);
    expect(values(`$smtp->auth('deploy@mail.acme.io', '${p}');\n`, 'notify.pl')).toEqual([p]);
    expect(values('sendMail("ops@acme.com", "Weekly report")\nclient.login("user@example.com", password)\n', 'mail.js')).toEqual([]);
    expect(values(`local res, err = red:auth("${p}")\n`, 'nginx.conf')).toEqual([p]);
    expect(values(`    Auth = base64:encode_to_string("lgarcia:${p}"),\n`, 'client.erl')).toEqual([p]);
  });

  it('reads an aside in parentheses before a label\'s colon, "pw … is" in chat, and a plain user after "login is"', () => {
    const b64 = Buffer.from(g.chars(alnum, 32)).toString('base64');
    expect(values(`twitch ext secret (base64): ${b64}\n`, 'chat.txt')).toEqual([b64]);
    expect(values('The API key (see vault): rotate monthly\n', 'notes.md')).toEqual([]);
    const p = pw();
    expect(values(`{"content": "rcon pw on the ark server is \\"${p}\\"", "author": {}}\n`, 'discord.json')).toEqual([p]);
    expect(values(`<span>rcon pw on the ark server is &quot;${p}&quot;</span>\n`, 'discord.html')).toEqual([p]);
    expect(values('the pw for the staging box is in 1Password\n', 'chat.txt')).toEqual([]);
    expect(values(`"text": "customs broker sftp login is edi_upload \\/ ${p}",\n`, 'slack.json')).toEqual([p]);
  });

  it("finds a secret by its place in OmniAuth's provider line, a two-legged OAuth call and ArcGIS's GIS(url, user, password)", () => {
    const secret = g.chars(alnum, 64);
    expect(values(`  provider :patreon, ENV["PATREON_CLIENT_ID"], "${secret}"\n`, 'omniauth.rb')).toEqual([secret]);
    expect(values('  provider :github, ENV["GITHUB_KEY"], ENV["GITHUB_SECRET"]\n', 'omniauth.rb')).toEqual([]);
    expect(values(`tok = get_two_legged_token(\n    "${g.chars(alnum, 32)}",\n    "${secret}", scopes=[])\n`, 'aps.py')).toEqual([secret]);
    const p = pw();
    expect(values(`gis = GIS("https://acme.maps.arcgis.com", "svc_fieldmaps", "${p}")\n`, 'sync.py')).toEqual([p]);
  });

  it("reads a key given as the Basic user by name, and leaves a digest, a token's group id and a trace token", () => {
    const key = g.chars(hex, 64);
    expect(values(`configuration = dropbox_sign.Configuration(username="${key}")\n`, 'settings.py')).toEqual([key]);
    expect(values('username: "continuous-integration-bot"\nclient.setUsername("deploy_production_eu_west")\n', 'a.yml')).toEqual([]);
    expect(values(`DAILY_API_KEY_SHA256=${g.chars(hex, 64)}\n`, '.env')).toEqual([]);
    expect(values(`{"account_name":"builder_ci","token_gid":"${g.chars(hex, 16)}"}\n`, 'builder.maFile')).toEqual([]);
    expect(values(`"X-DocuSign-TraceToken": "${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-8${g.chars(hex, 3)}-${g.chars(hex, 12)}"\n`, 'event.json')).toEqual([]);
  });
});

describe('files a heredoc writes are read by their file judges (grading 161)', () => {
  const d = createDetector();
  const g = createSampleGen(4161);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const values = (text: string, path?: string): string[] => d.scan(text, path === undefined ? undefined : { path }).map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);

  it("finds itch.io's butler_creds written by cat > … <<EOF, and by cat <<'EOF' > … with no path given", () => {
    const key = g.chars(alnum, 40);
    expect(values(`#!/bin/sh\nmkdir -p ~/.config/itch\ncat > ~/.config/itch/butler_creds <<EOF\n${key}\nEOF\nbutler push build acme/game:linux\n`, 'provision.sh')).toEqual([`itch-butler-credentials-file:${key}`]);
    expect(values(`cat <<'EOF' > $HOME/.config/itch/butler_creds\n${key}\nEOF\n`)).toEqual([`itch-butler-credentials-file:${key}`]);
  });

  it('leaves a heredoc to another file, one with no terminator, and shifts in code', () => {
    const key = g.chars(alnum, 40);
    expect(values(`cat > ~/notes.txt <<EOF\n${key}\nEOF\n`, 'notes.sh')).toEqual([]);
    expect(values(`cat > ~/.config/itch/butler_creds <<EOF\n${key}\n`, 'broken.sh')).toEqual([]);
    expect(values('const mask = (a << 8) | (b << 16);\n', 'bits.js')).toEqual([]);
  });
});

describe('blind gradings 164–168 (email, security scanners, print and fax, IoT connectivity, physical security): carriers the rules did not read', () => {
  const d = createDetector();
  const g = createSampleGen(4168);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const hex = '0123456789abcdef';
  const values = (text: string, path: string): string[] => d.scan(text, { path }).map((f) => text.slice(f.start, f.end));
  const pw = (): string => `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${g.chars('abcdefghijkmnpqrstuvwxyz', 6)}${g.pick(['!', '^', '#'])}${g.int(1000, 9999)}${g.chars('abcdefghijkmnpqrstuvwxyz', 3)}`;
  const uuid = (): string => `${g.chars(hex, 8)}-${g.chars(hex, 4)}-4${g.chars(hex, 3)}-9${g.chars(hex, 3)}-${g.chars(hex, 12)}`;

  it("reads a key an echo writes into a key file's path, as the file's own judge would", () => {
    const key = g.chars(alnum, 32);
    expect(values(`RUN echo "${key}" > /root/.config/shodan/api_key\n`, 'Dockerfile')).toEqual([key]);
    expect(values(`echo "${key}" > build/notes.txt\n`, 'build.sh')).toEqual([]);
  });

  it("reads an SMB URL's password after its domain, a raw key after Basic, HTTPie's -a and a modem's APN password", () => {
    const p = pw();
    expect(values(`DeviceURI smb://CORP/mailroom:${encodeURIComponent(p)}@printsrv01/Legal_C5535\n`, 'printers.conf')).toEqual([encodeURIComponent(p)]);
    const raw = `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}${g.chars(alnum, 60)}${g.int(10, 99)}`;
    expect(values(`curl -H 'Authorization: Basic ${raw}' https://api.documo.com/v1/me\n`, 'fax.sh')).toEqual([raw]);
    expect(values(`Authorization: Basic ${Buffer.from('user:password').toString('base64')}\n`, 'a.http')).toEqual([]);
    const token = Buffer.from(g.chars(alnum, 32)).toString('base64');
    expect(values(`http GET https://api.hackerone.com/v1/me -a jdoe:${token}\n`, '.bash_history')).toEqual([token]);
    expect(values(`AT+CGAUTH=1,2,"apn_fleet","${p}"\r\n`, 'modem.at')).toEqual([p]);
    expect(values(`nmcli connection add type gsm apn fleet.apn gsm.username gw7996 gsm.password '${p}'\n`, 'setup.sh')).toEqual([p]);
    expect(values(`const char gprsPass[] = "${p}";\n`, 'tracker.ino')).toEqual([p]);
    expect(values('AT+CGAUTH=1,0,"",""\r\nAT+QICSGP=1,1,"internet","",""\r\n', 'modem.at')).toEqual([]);
  });

  it("finds an SMTP AUTH LOGIN password after the server's Password: prompt, a Ruby hash's aligned password and ssmtp's AuthPass", () => {
    const p = pw();
    const b64 = (x: string): string => Buffer.from(x).toString('base64');
    expect(values(`[mail] S: 334 VXNlcm5hbWU6\n[mail] C: ${b64('alerts@example.org')}\n[mail] S: 334 UGFzc3dvcmQ6\n[mail] C: ${b64(p)}\n[mail] S: 235 2.7.0 Accepted\n`, 'mailer.log')).toEqual([b64(p)]);
    expect(values(`S: 334 UGFzc3dvcmQ6\nC: ${b64('password')}\n`, 'mailer.log')).toEqual([]);
    expect(values(`config.action_mailer.smtp_settings = {\n    user_name:            "postmaster@mg.example.dev",\n    password:             "${p}",\n}\n`, 'production.rb')).toEqual([p]);
    expect(values(`AuthUser=alerts@example.org\nAuthPass=${p}\n`, 'ssmtp.conf')).toEqual([p]);
  });

  it("finds a key as a Symfony DSN's user and a password after an admin's or a service account's user literal", () => {
    const token = uuid();
    expect(values(`MAILER_DSN=postmark+api://${token}@default\n`, '.env')).toEqual([token]);
    expect(values('MAILER_DSN=postmark+api://ID@default\nMAILER_DSN=sendgrid+api://${SENDGRID_KEY}@default\n', '.env')).toEqual([]);
    const p = pw();
    expect(values(`    ("172.22.17.212", "admin", "${p}"),\n`, 'audit.py')).toEqual([p]);
    expect(values(`var state = await _engine.LogOnAsync(Directory, "svc_integration", "${p}");\n`, 'Sync.cs')).toEqual([p]);
    expect(values('roles = ("admin", "Administrator")\nconn = connect(host, "admin", password)\n', 'app.py')).toEqual([]);
  });

  it("leaves a vendor key's name that goes on to say it holds an account's id", () => {
    expect(values(`SNYK_ORG_ID=${uuid()}\n`, '.env')).toEqual([]);
    const token = uuid();
    expect(values(`SNYK_TOKEN=${token}\n`, '.env')).toEqual([token]);
  });
});

// Families from blind gradings 169–176 (FinOps, SEO, sign-on, schedulers, DNS, brokers, open
// banking, retail add-ons): each found where it was missed, and not where it is no secret.
describe('gradings 169–176', () => {
  const g = createSampleGen(4217);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const mixed = (n: number): string => `Qx7${g.chars(alnum, n - 3)}`;
  const found = (text: string, path?: string): string[] => detector.scan(text, path === undefined ? undefined : { path }).map((f) => text.slice(f.start, f.end));

  it('reads files a script writes with printf or a heredoc into a secrets folder, and files of realm, users and PowerDNS settings', () => {
    const pw = `${mixed(12)}+${g.chars('0123456789', 4)}`;
    const key = mixed(64);
    expect(found(`printf '%s' '${pw}' > /secrets/authelia/LDAP_PASSWORD\n`)).toContain(pw);
    expect(found(`cat > /run/secrets/JWT_SECRET <<'EOF'\n${key}\nEOF\n`)).toContain(key);
    // An id's file, a user's or a public key's holds no secret.
    expect(found(`printf '%s' '${key}' > /secrets/app/CLIENT_ID\n`)).toEqual([]);
    expect(found(`admin: ${pw}, admin\nci: ${key}, user\nold: MD5:${g.chars('0123456789abcdef', 32)}, user\n`, 'etc/realm.properties')).toEqual([pw, key]);
    expect(found(`admin=${pw}\nreports=ENC(${g.chars(alnum, 40)})\n`, 'etc/artemis-users.properties')).toEqual([pw]);
    expect(found(`launch=gsqlite3\napi-key=Harbor2024-cg\n`, 'etc/powerdns/pdns.conf')).toEqual(['Harbor2024-cg']);
    expect(found(`api-key=$scrypt$ln=10,p=1,r=8$${g.chars(alnum, 22)}$${g.chars(alnum, 43)}\n`, 'pdns.conf')).toEqual([]);
  });

  it('reads a Credentials column and the secret half of a "login / secret" cell', () => {
    const key = g.chars('0123456789abcdef', 32);
    const pw = `summit55*${mixed(8)}`;
    const text = `| Tool | Credentials | Owner |\n|---|---|---|\n| Semrush | \`${key}\` | priya |\n| Umami | reporting / \`${pw}\` | lena |\n| Docs | see the vault | lena |\n`;
    expect(found(text)).toEqual([key, pw]);
  });

  it('ends a value at its line although it ends in "-" and the next line is a setting', () => {
    const value = `${mixed(27)}-`;
    expect(found(`A_SECRET=${value}\nNEXT=hello\n`)).toEqual([value]);
  });

  it('takes "&" into an ADO.NET password, a Bearer credential joined by ":", and angle brackets inside a generated password', () => {
    const pw = `_wa5&2e@@${mixed(14)}*1m`;
    expect(found(`"Default": "Host=db;Database=ledger;Username=postgres;Password=${pw}"`)).toEqual([pw]);
    expect(found(`jdbc:mysql://db/app?user=x&password=${mixed(12)}&useSSL=true`)).toHaveLength(1);
    const joined = `${mixed(32)}:${mixed(60)}`;
    expect(found(`curl -H "Authorization: Bearer ${joined}" https://api.example.org/v1/mgmt/user`)).toEqual([joined]);
    const angled = `lV#FuYo&R#L<8l~e+u?v&3>${mixed(6)}`;
    expect(found(`POSTGRES_PASSWORD: "${angled}"\n`)).toEqual([angled]);
    expect(found('POSTGRES_PASSWORD: "<your database password>"\n')).toEqual([]);
    expect(found(`DB_PASSWORD: "<%= ENV['DB_PASSWORD'] %>"\n`)).toEqual([]);
  });

  it('takes a quoted command-line password that opens with a bracket, not a bracketed placeholder', () => {
    const pw = `[Von_Mw%d#{${mixed(10)}`;
    expect(found(`mysql -u rewards -p'${pw}' -h 10.0.3.17\n`)).toEqual([pw]);
    expect(found("mysql -u rewards -p'[password]' -h 10.0.3.17\n")).toEqual([]);
  });

  it('finds credentials under OVH, GoDaddy and Dagster names, in Kestra webhooks and Caddy dns directives', () => {
    const ovh = mixed(32);
    expect(found(`SAVED_OVH_AS='${ovh}'\n`)).toEqual([ovh]);
    expect(found(`curl -H "X-Ovh-Consumer: ${ovh}" https://eu.api.ovh.com/1.0/me`)).toEqual([ovh]);
    const gd = `${mixed(12)}_${mixed(21)}`;
    expect(found(`protocol=godaddy\nlogin=${gd}\n`)).toEqual([gd]);
    expect(found('protocol=godaddy\nlogin=GODADDY_API_KEY\n')).toEqual([]);
    const hex = g.chars('0123456789abcdef', 32);
    expect(found(`dagster-cloud config setup --organization acme --api-token user:${hex}`)).toEqual([`user:${hex}`]);
    const hook = mixed(22);
    expect(found(`https://kestra.example.io/api/v1/executions/webhook/acme.ops/deploy/${hook}`)).toEqual([hook]);
    const cf = `${mixed(32)}_Vd8T`;
    expect(found(`example.com {\n\ttls {\n\t\tdns cloudflare ${cf}\n\t}\n}\n`)).toEqual([cf]);
  });

  it('does not report a crawler pattern that names a session parameter, Mono public keys, Vantage ids or an Okta client id as a Basic user', () => {
    expect(found(`exclude.1=.*\\?sessionid=${g.chars('0123456789abcdef', 32)}.*\n`)).toEqual([]);
    expect(found(`new MonoConnect({ key: 'live_pk_${mixed(20)}' })`)).toEqual([]);
    expect(found(`workspace_token = "wrkspc_${g.chars('0123456789abcdef', 16)}"`)).toEqual([]);
    expect(found(`DEBUG InitiateAuth SECRET_HASH=${mixed(43)}=`)).toEqual([]);
    expect(found(`{ "key": "username", "value": "0oa${mixed(17)}", "type": "string" }`)).toEqual([]);
  });
});

describe('gradings 177–184', () => {
  const g = createSampleGen(4218);
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string): string[] => detector.scan(text).map((f) => text.slice(f.start, f.end));

  it('reads CleverTap passcodes, capital letters in groups, and not a template in capitals', () => {
    const code = `${g.chars('ABCDEFGHIJKLMN', 3)}-${g.chars('OPQRSTUVWXYZ', 3)}-${g.chars('ABCDEFGHJKLM', 4)}`;
    expect(found(`CLEVERTAP_PASSCODE=${code}\n`)).toEqual([code]);
    expect(found(`"X-CleverTap-Passcode": "${code}"`)).toEqual([code]);
    expect(found('CLEVERTAP_PASSCODE=XXX-XXX-XXXX\n')).toEqual([]);
    expect(found('AUTH_FORMAT=USER:PASSWORD@HOST:PORT\n')).toEqual([]);
  });

  it('leaves the public ids of mobile SDKs and search and research tools', () => {
    expect(found(`ADJConfig(appToken: "${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}", environment: ADJEnvironmentProduction)`)).toEqual([]);
    expect(found(`static final String UA_APP_KEY = "${g.chars(alnum, 22)}";`)).toEqual([]);
    expect(found(`client.generate_tenant_token(api_key_uid="${[8, 4, 4, 4, 12].map((n) => g.chars('0123456789abcdef', n)).join('-')}")`)).toEqual([]);
    expect(found(`COMET_EXPERIMENT_KEY=${g.chars('0123456789abcdef', 32)}\n`)).toEqual([]);
    // The secrets beside them are still reported.
    const apiKey = g.chars('0123456789abcdef', 32);
    expect(found(`COMET_API_KEY=${apiKey}\n`)).toEqual([apiKey]);
  });

  it('reads a bare key in an object named for a service, not in one named for a cache', () => {
    const key = g.chars('0123456789abcdef', 40);
    expect(found(`{"wandb":{"key":"${key}"},"build":"prod"}`)).toEqual([key]);
    expect(found(`{"cache":{"key":"${key}"}}`)).toEqual([]);
  });

  it('reads install URLs that carry a registry token, not public ones', () => {
    const token = `Qx7${g.chars(alnum, 17)}`;
    expect(found(`pip install --extra-index-url https://${token}:@pypi.fury.io/acme/ acme-sdk`)).toEqual([token]);
    expect(found(`registry=https://npm-proxy.fury.io/${token}/acme/`)).toEqual([token]);
    expect(found('registry=https://npm-proxy.fury.io/acme-widgets/')).toEqual([]);
    expect(found(`curl -1sLf 'https://dl.cloudsmith.io/${token.slice(0, 16)}/acme/tools/setup.deb.sh' | bash`)).toEqual([token.slice(0, 16)]);
    expect(found("curl -1sLf 'https://dl.cloudsmith.io/public/acme/tools/setup.deb.sh' | bash")).toEqual([]);
  });
});

describe('review of session 42', () => {
  const g = createSampleGen(4219);
  const key = (n: number): string => `Qx7${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', n - 3)}`;
  const found = (text: string): string[] => detector.scan(text).map((f) => text.slice(f.start, f.end));

  it('mayReport says true for a CSV export whose header names a key, as scan reports it', () => {
    const value = key(32);
    const text = `tool,Key,owner\ngrafana,${value},ops\n`;
    expect(found(text)).toEqual([value]);
    expect(detector.mayReport(text)).toBe(true);
  });

  it('leaves quoted templates on a command line, and reads a password holding "<?" or "<%"', () => {
    expect(found(`shell_exec("mysqldump -u {$dbUser} -p'{$dbPass}' {$dbName} > backup.sql");`)).toEqual([]);
    expect(found("sshpass -p '[[db_pw]]' ssh host")).toEqual([]);
    expect(found("redis-cli -a '{env:DB_PW}' ping")).toEqual([]);
    const pw = `Xk9<?${key(12)}`;
    expect(found(`DB_PASSWORD="${pw}"`)).toEqual([pw]);
    expect(found(`DB_PASSWORD: "<%= ENV['DB_PASSWORD'] %>"`)).toEqual([]);
  });

  it("leaves Pusher's public app key in a signed REST call and Adjust's app token in its report URLs", () => {
    const appKey = g.chars('0123456789abcdef', 20);
    expect(found(`POST /apps/1614460/events?auth_key=${appKey}&auth_timestamp=1700000000&auth_version=1.0&auth_signature=${g.chars('0123456789abcdef', 64)}`)).toEqual([]);
    expect(found(`https://dash.adjust.com/control-center/reports-service/report?app_token__in=${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}&date_period=-7d:-1d`)).toEqual([]);
    const secret = key(32);
    expect(found(`GET /v1/items?auth_key=${secret}&page=2`)).toEqual([secret]);
  });

  it('reads a URL password up to an escaped "&", takes no words for a CleverTap passcode, and no OVH key under ovh_ascii', () => {
    const pw = key(14);
    expect(found(`https://h.example.net/login?user=bob&amp;password=${pw}&amp;next=1`)).toEqual([pw]);
    expect(found('passcode: get-the-code')).toEqual([]);
    expect(found(`ovh_ascii_banner: ${key(32)}`)).toEqual([]);
  });
});

describe('gradings 201–208 and what they showed', () => {
  const g = createSampleGen(20144);
  const HEX = '0123456789abcdef';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path = 'notes.txt'): string[] => detector.scanRevealing(text, { path }).map((f) => f.secret);

  it("reports every key in gitlab-secrets.json, the name's opening quote inside the rule's window", () => {
    const base = g.chars(HEX, 128);
    const primary = g.chars(ALNUM, 32);
    const deterministic = g.chars(ALNUM, 32);
    const text = `{\n  "gitlab_rails": {\n    "encrypted_settings_key_base": "${base}",\n    "active_record_encryption_primary_key": [\n      "${primary}"\n    ],\n    "active_record_encryption_deterministic_key": [\n      "${deterministic}"\n    ]\n  }\n}\n`;
    expect(found(text, 'etc/gitlab/gitlab-secrets.json')).toEqual([base, primary, deterministic]);
    expect(found(`"active_record_encryption_primary_key": "${primary}"`, 'gitlab-secrets.json')).toEqual([primary]);
  });

  it("reads an INSERT without a column list under its table's CREATE TABLE, and Gogs' sha1 token column", () => {
    const key = g.chars(HEX, 48);
    const hash = `$2a$12$${g.chars(`${ALNUM}./`, 53)}`;
    const dump = `CREATE TABLE pre_auth_keys (id integer PRIMARY KEY AUTOINCREMENT, key text, user_id integer, reusable numeric, created_at datetime);\nINSERT INTO pre_auth_keys VALUES(1,'${key}',1,0,'2024-07-18T09:53:28Z');\nCREATE TABLE api_keys (id integer PRIMARY KEY AUTOINCREMENT, prefix text, hash blob);\nINSERT INTO api_keys VALUES(1,'${g.chars(ALNUM, 7)}','${hash}');\n`;
    expect(found(dump, 'backups/headscale.sql')).toEqual([key]);
    // Without the CREATE TABLE the row says nothing of its columns.
    expect(found(`INSERT INTO pre_auth_keys VALUES(1,'${key}',1,0,'2024-07-18T09:53:28Z');\n`, 'backups/headscale.sql')).toEqual([]);
    // A MySQL index definition is no column: the columns after it keep their places.
    const password = `${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}`;
    const mysql = 'CREATE TABLE `accounts` (\n  `id` int NOT NULL,\n  KEY `idx_id` (`id`),\n  `smtp_password` varchar(64) DEFAULT \'a,b\'\n);\nINSERT INTO `accounts` VALUES (1,' + `'${password}');\n`;
    expect(found(mysql, 'dump.sql')).toEqual([password]);
    const token = g.chars(HEX, 40);
    expect(found(`INSERT INTO \`access_token\` (\`id\`,\`uid\`,\`name\`,\`sha1\`,\`created_unix\`) VALUES\n(1,18,'backup','${token}',1687598856);\n`, 'gogs.sql')).toEqual([token]);
    expect(found(`{"id":29,"name":"ci-34","sha1":"${token}","token_last_eight":"${token.slice(-8)}","scopes":["write:repository"]}`, 'transcript.txt')).toEqual([token]);
  });

  it("un-doubles a CSV cell's quotes after a secret-named key, and leaves HTML's empty attributes", () => {
    const psk = `${g.chars(ALNUM, 12)}_${g.chars(ALNUM, 8)}!B=${g.chars(ALNUM, 6)}`;
    expect(found(`key,summary,description\nNET-1,"Tunnel","Peer 203.0.113.167, PSK: ""${psk}"", IKEv2 AES256"\n`, 'exports/jira.csv')).toEqual([psk]);
    expect(found(`"{""password"": ""${psk}""}",x\n`, 'export.csv')).toEqual([psk]);
    expect(found('<img alt="" title="" src="a.png">\n', 'index.html')).toEqual([]);
  });

  it('finds logins handed over as AUTH="user:…", to JGit, to Drone and through --askpass <(echo …)', () => {
    const secret = g.chars(ALNUM, 42);
    expect(found(`AUTH="hschmidt:${secret}"\ncurl -s --user "$AUTH" "$GERRIT/a/changes/"\n`, 'abandon.sh')).toEqual([secret]);
    expect(found('AUTH="$GERRIT_USER:$GERRIT_PASS"\nauth: "oauth2:client_credentials"\n', 'a.sh')).toEqual([]);
    expect(found(`new UsernamePasswordCredentialsProvider("jenkins", "${secret}");`, 'GerritPush.java')).toEqual([secret]);
    const drone = g.chars(ALNUM, 32);
    expect(found(`    environment:\n      - DRONE_USER_CREATE=username:kmuller,admin:true,token:${drone}"\n`, 'docker-compose.yml')).toEqual([drone]);
    const pass = `Badg3r=${g.chars(ALNUM, 8)}89`;
    expect(found(`sudo openvpn --config carol.ovpn --askpass <(echo ${pass})\n`, '.bash_history')).toEqual([pass]);
  });

  it("reads ZeroTier's authtoken.secret, provider-named OpenVPN login files and <name>-pw.txt", () => {
    const zt = `${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 22)}7q`;
    expect(found(`${zt}\n`, 'var/lib/zerotier-one/authtoken.secret')).toEqual([zt]);
    const pw = `${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 8)}`;
    expect(found(`p8700192\n${pw}\n`, 'etc/openvpn/client/pia-auth.txt')).toEqual([pw]);
    expect(found(`${pw}\n`, 'etc/openvpn/server/mgmt-pw.txt')).toEqual([pw]);
    expect(found('changeme\n', 'etc/openvpn/server/mgmt-pw.txt')).toEqual([]);
  });

  it("reads a chat message's or a ticket's JSON text with its escaped line breaks as lines", () => {
    const secret = g.chars(ALNUM, 32);
    const hex = g.chars(HEX, 40);
    expect(found(`{"text": "hi team\\nClient secret: ${secret}\\nSecret Token (webhooks): see vault"}\n`, 'exports/slack.json')).toEqual([secret]);
    expect(found(`{"body": "x\\n  client_secret: ${hex}\\n  district token: in the vault"}\n`, 'tickets.json')).toEqual([hex]);
    // A code fence may close right after the value.
    expect(found(`{"text": "\`\`\`ZOOM_SDK_SECRET=${secret}\`\`\`\\nplease move it to vault"}\n`, 'exports/slack.json')).toEqual([secret]);
    expect(found(`{"description": "Line one\\nClient secret: see the vault\\nthanks"}\n`, 'tickets.json')).toEqual([]);
    // Code's empty strings are no CSV cell: url.password="",… opens no value.
    expect(found('for(let e of(r.username="",r.password="",Array.from(r.searchParams.keys())))l.test(e)&&r.searchParams.set(e,"redacted");\n', 'server.js')).toEqual([]);
  });

  it('takes generated passwords that open or end with brackets, in compose lists and commented-out lines', () => {
    const values = [`]${g.chars(ALNUM, 6)}_,L=S#%2^,W.${g.chars(ALNUM, 3)}`, `${g.chars(ALNUM, 6)}(z2;${g.chars(ALNUM, 3)})SN(`, `)*Q&(${g.chars(ALNUM, 5)}_{${g.chars(ALNUM, 7)}`];
    expect(found(`RELEASE_KEY_PASSWORD=${values[0]}\n`, 'gradle.properties')).toEqual([values[0]]);
    expect(found(`services:\n  app:\n    environment:\n      - MYGEOTAB_PASSWORD=${values[1]}\n`, 'docker-compose.yml')).toEqual([values[1]]);
    expect(found(`# auth.password = ${values[2]}   # old value, rotated 2023-02\n`, 'steve.properties')).toEqual([values[2]]);
    for (const code of ['password: Optional[str]', 'password: Array<string>', 'password = [REDACTED_SECRET]', 'password: ${DB_PASSWORD:-changeme}', 'password = getPassword(config)', '# password = <your password here>']) {
      expect(found(`${code}\n`, 'settings.yml'), code).toEqual([]);
    }
  });

  it('reads form fields named in brackets, keys given as a URL\'s or HTTPie\'s user with no password, and compose-escaped CurseForge keys', () => {
    const pw = `${g.chars(ALNUM, 6)}.${g.chars(ALNUM, 5)}-2488`;
    expect(found(`data="user[email]=ops@example.org&user[password]=${pw}"\n`, 'enlighten.py')).toEqual([pw]);
    expect(found(`{"postData": {"text": "user%5Bemail%5D=a%40b.c&user%5Bpassword%5D=${pw}%2B"}}\n`, 'login.har')).toEqual([`${pw}+`]);
    expect(found('data="user[email]=ops@example.org&user[name]=Jane%20Doe-Smith"\n', 'enlighten.py')).toEqual([]);
    const key = g.chars(HEX, 64);
    expect(found(`curl https://${key}:@api.hellosign.com/v3/account\n`, 'history')).toEqual([key]);
    expect(found(`curl "https://${key.slice(0, 40)}:x@api.bamboohr.com/api/gateway.php/acme/v1/employees"\n`, 'history')).toEqual([key.slice(0, 40)]);
    expect(found(`http -a ${key.slice(0, 40)}: GET https://api.checkr.com/v1/invitations\n`, 'history')).toEqual([key.slice(0, 40)]);
    const cf = `$$2a$$10$$${g.chars(`${ALNUM}./`, 53)}`;
    expect(found(`    environment:\n      - CF_API_KEY=${cf}\n`, 'docker-compose.yml')).toEqual([cf]);
    const storage = `${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 4)}`;
    expect(found(`StoragePass=${storage}\n`, 'slurmdbd.conf')).toEqual([storage]);
  });

  it('reads printf-written .netrc lines, here-strings into token files, bytes.fromhex secrets and a pretty-printed kaggle.json', () => {
    const pw = `${g.chars(ALNUM, 4)}&${g.chars(ALNUM, 6)}@~E`;
    expect(found(`RUN printf 'machine sftp.clever.com login gentle-otter-5932 password %s\\n' '${pw}' > /root/.netrc && chmod 600 /root/.netrc\n`, 'Dockerfile')).toEqual([pw]);
    const hex = g.chars(HEX, 40);
    expect(found(`    printf 'machine api.wandb.ai\\n  login user\\n  password ${hex}\\n' > /root/.netrc\n`, 'job.def')).toEqual([hex]);
    const token = g.chars(ALNUM, 60);
    expect(found(`cat > ~/.zenodo_token <<< '${token}'\n`, 'setup.sh')).toEqual([token]);
    expect(found(`cat <<< '${token}' > ~/.zenodo_token\n`, 'setup.sh')).toEqual([token]);
    expect(found('x=$((1<<<2))\ncat > ~/.zenodo_token <<< "$ZENODO_TOKEN"\n', 'setup.sh')).toEqual([]);
    const cookie = g.chars(HEX, 64);
    expect(found(`c.JupyterHub.cookie_secret = bytes.fromhex('${cookie}')\n`, 'jupyterhub_config.py')).toEqual([cookie]);
    const key = g.chars(HEX, 32);
    expect(found(`{\n  "username": "jdoe",\n  "key": "${key}"\n}\n`, '.kaggle/kaggle.json')).toEqual([key]);
  });

  it("finds Mirth's database connections, a VRM token as a password, Kaltura's CLI secret and ltijs' key", () => {
    const pw = `${g.chars(ALNUM, 6)}139*${g.chars(ALNUM, 6)}`;
    expect(found(`var dbConn = DatabaseConnectionFactory.createDatabaseConnection('org.postgresql.Driver', 'jdbc:postgresql://db:5432/empi', 'mirth_ro', '${pw}');\n`, 'transformer.js')).toEqual([pw]);
    expect(found("var c = DatabaseConnectionFactory.createDatabaseConnection(driver, url, user, $('dbPassword'));\n", 'transformer.js')).toEqual([]);
    const vrm = g.chars(HEX, 64);
    expect(found(`remote_username vrm-bridge\nremote_password Token ${vrm}\n`, 'mosquitto/conf.d/vrm.conf')).toEqual([vrm]);
    expect(found(`{"password": "Token ${vrm}"}\n`, 'bridge.json')).toEqual([vrm]);
    const secret = g.chars(HEX, 32);
    expect(found(`./kaltura-cli.sh -p 175311 -s ${secret} -u batch@school.example category.list\n`, 'cron.sh')).toEqual([secret]);
    const ltiKey = `${g.chars(ALNUM, 4)}=#${g.chars(ALNUM, 14)}%TJ`;
    expect(found(`lti.setup('${ltiKey}',\n  { url: 'mongodb://localhost/lti' })\n`, 'index.js')).toEqual([ltiKey]);
  });

  it('reads keys and passwords stated in chat with a few words before the colon or the verb', () => {
    const hex = g.chars(HEX, 32);
    expect(found(`I pasted the admin secret in the KAF module: ${hex} — still getting "Invalid KS".\n`, 'ticket.txt')).toEqual([hex]);
    const uuid = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    expect(found(`Motive key if anyone needs it: ${uuid}\n`, 'chat.txt')).toEqual([uuid]);
    const token = g.chars(ALNUM, 60);
    expect(found(`here's the shared zenodo sandbox token so CI can upload: \`${token}\`\n`, 'chat.txt')).toEqual([token]);
    expect(found(`OSF PAT with osf.full_write: ${token}\n`, 'chat.txt')).toEqual([token]);
    const pw = `${g.chars(ALNUM, 5)}*Orchid${g.int(10, 99)}`;
    expect(found(`hkim: irods rods password got reset to ${pw} after the upgrade\n`, 'chat.txt')).toEqual([pw]);
    expect(found(`[03:51] kenji: verizon reveal pw changed to ${pw} today\n`, 'chat.txt')).toEqual([pw]);
    expect(found(`I reset the password for ISU_HRIS_Reporting@acme: \`${pw}\` — can you update\n`, 'ticket.txt')).toEqual([pw]);
    expect(found(`geotab login for the night shift is svc-dispatch / ${pw} (db haulage)\n`, 'chat.txt')).toEqual([pw]);
    expect(found(`dmuller: db creds are slurm / ${pw} on kestrel-db01\n`, 'chat.txt')).toEqual([pw]);
    expect(found(`Sub account for Room 180: username sub30, password ${pw} (expires Friday).\n`, 'ticket.txt')).toEqual([pw]);
    for (const text of ['the cache key for the build step: node-modules-v3-linux-x64-2024', 'the token for the CI job: see vault kv/ci/zenodo', 'The password for the admin account: see the vault entry', 'the account for billing: finance / accounting', 'user bob, password changeme']) {
      expect(found(`${text}\n`, 'notes.md'), text).toEqual([]);
    }
  });

  it('finds a Discord bot token after "bot token" in chat and in Discord.Net\'s LoginAsync', () => {
    const id = btoa(`5${g.chars('0123456789', 17)}`).replace(/=+$/, '');
    const token = `${id}.${g.chars(`${ALNUM}-_`, 6)}.${g.chars(`${ALNUM}-_`, 38)}`;
    expect(found(`bot token in case you need to restart it manually ${token}\n`, 'chat.txt')).toEqual([token]);
    expect(found(`await _client.LoginAsync(TokenType.Bot, "${token}");\n`, 'Bot.cs')).toEqual([token]);
  });

  it("reads two-name table headers, credential inventories' name and value columns, a gslt column, Mirth's XML header map, nginx header checks, Postman API-key auth and Rails session cookies", () => {
    const hex = g.chars(HEX, 32);
    const pw = `osprey-${g.chars(ALNUM, 6)}-27?`;
    const table = `| System | URL | User / Key | Password / Secret | Notes |\n|---|---|---|---|---|\n| Turnitin | https://pinehills.turnitin.com | api | ${hex} | scope |\n| SFTP (Clever) | sftp.clever.com | gentle-heron-5482 | ${pw} | nightly export |\n`;
    expect(found(table, 'docs/Integration-Credentials.md')).toEqual([hex, pw]);
    const secret = g.chars(ALNUM, 32);
    expect(found(`system,owner,key_name,value,last_rotated\nDocuSign,ops@example.org,Account ID,${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)},n/a\nBox,ops@example.org,Client secret,${secret},2024-03-15\n`, 'exports/credential_inventory.csv')).toEqual([secret]);
    const gslt = g.chars('0123456789ABCDEF', 32);
    expect(found(`name,game,host,port,gslt,notes\ncs2-eu-1,cs2,51.7.3.9,27015,${gslt},scrim\n`, 'servers.csv')).toEqual([gslt]);
    const basic = btoa(`mirth:${g.chars(ALNUM, 10)}*2022`);
    expect(found(`<headersMap class="linked-hash-map"><entry><string>Authorization</string><list><string>Basic ${basic}</string></list></entry></headersMap>\n`, 'channel.xml')).toEqual([basic]);
    const token = g.chars(ALNUM, 30);
    expect(found(`  if ($http_verification_token != "${token}") { return 403; }\n`, 'redox.conf')).toEqual([token]);
    expect(found('  if ($http_user_agent ~* "Googlebot-Image-2024") { return 403; }\n', 'site.conf')).toEqual([]);
    const key = btoa(`${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`);
    expect(found(`"auth": {\n  "type": "apikey",\n  "apikey": [\n    {\n      "key": "value",\n      "value": "${key}",\n      "type": "string"\n    }\n  ]\n}\n`, 'collection.json')).toEqual([key]);
    const cookie = `${g.chars(ALNUM, 80)}%3D%3D--${g.chars(HEX, 40)}`;
    expect(found(`Set-Cookie: _enlighten_4_session=${cookie}; path=/; secure; HttpOnly\n`, 'login.har').length).toBe(1);
  });

  it("reads a bare key in a section or object named for a service, a key base64-encoded as Basic's user, and leaves what a phrase calls an example", () => {
    const hex = g.chars(HEX, 32);
    expect(found(`[greenhouse]\nurl = https://harvest.greenhouse.io/v1/candidates\nkey = ${hex}\n\n[cache]\nkey = ${g.chars(HEX, 32)}\n`, 'sync.ini')).toEqual([hex]);
    const hex40 = g.chars(HEX, 40);
    expect(found(`module.exports = {\n  checkr: {\n    baseUrl: 'https://api.checkr.com/v1',\n    key: '${hex40}',\n  },\n};\n`, 'config.js')).toEqual([hex40]);
    expect(found(`headers: { Authorization: 'Basic ' + btoa('${hex}:') }\n`, 'client.js')).toEqual([hex]);
    const uuid = `${g.chars('0123456789ABCDEF', 8)}-${g.chars('0123456789ABCDEF', 4)}-11E9-9019-${g.chars('0123456789ABCDEF', 12)}`;
    expect(found(`// example key from the docs: ${uuid}\n`, 'clicksend.js')).toEqual([]);
  });

  it("reads an empty YAML string as empty, not the next line's key as a Nix string's value", () => {
    expect(found("smtpPassword: ''\nextraEnvVars:\n    - name: PARTNER_ID\n", 'values.yaml')).toEqual([]);
    const value = g.chars(ALNUM, 24);
    expect(found(`  password = ''\n    ${value}\n  '';\n`, 'default.nix')).toEqual([value]);
  });

  it('review of session 44: bounded doubled-quote and here-string looks, typed key columns, nested form fields, and what is no secret', () => {
    // Linear on one line of triggers: each look is bounded (from a review: 4.5 s on 2 MB before).
    const line = 'x:""a'.repeat(200_000);
    const started = performance.now();
    detector.scan(line, { path: 'a.txt' });
    expect(performance.now() - started).toBeLessThan(5_000);
    const token = g.chars(ALNUM, 60);
    expect(found(`cat > ~/.notes_txt <<< "hello_world_notes"; cat > ~/.zenodo_token <<< "${token}"\n`, 'setup.sh')).toEqual([token]);
    expect(found('cat <<< "abcdefghijkl" .figshare_token | wc -c > /tmp/count.txt\n', 'setup.sh')).toEqual([]);
    const key = g.chars(HEX, 40);
    expect(found(`CREATE TABLE authtoken_token (key varchar(40) NOT NULL PRIMARY KEY, created datetime, user_id integer);\nINSERT INTO authtoken_token VALUES('${key}','2024-01-01',3);\n`, 'dump.sql')).toEqual([key]);
    expect(found(`{\n  "id": 29,\n  "sha1": "${key}",\n  "token_last_eight": "${key.slice(-8)}"\n}\n`, 'token.json')).toEqual([key]);
    const pw = `${g.chars(ALNUM, 6)}.maple-2488`;
    expect(found(`a=1&session[user][password]=${pw}&x=1\n`, 'body.txt')).toEqual([pw]);
    expect(found(`pw was changed to ${pw} today\n`, 'chat.txt')).toEqual([pw]);
    for (const text of ['password: /^(?=.*[A-Z])(?=.*\\d).{8,}$/,', 'password:(v)=>v.length>=8,', `Removed the leaked token in commit: ${key}`, 'KAFKA_SASL_AUTH="PLAIN:SCRAM-SHA-256"', 'auth: "keycloak:Engineering-Realm-2024"', "await provider.setup('payments-service-primary', { retries: 3 })"]) {
      expect(found(`${text}\n`, 'app.js'), text).toEqual([]);
    }
  });

  it("finds keys given to Onfleet's, Route4Me's, Lever's and moodle-rest's constructors, Go's SetBasicAuth with no password, JupyterHub's api_tokens keys, pretty-printed Mirth header maps and cloud-init content before its path", () => {
    const hex = g.chars(HEX, 32);
    expect(found(`const onfleet = new Onfleet('${hex}');\n`, 'dispatch.js')).toEqual([hex]);
    expect(found(`r4m = Route4Me("${hex.toUpperCase()}")\n`, 'routes.py')).toEqual([hex.toUpperCase()]);
    expect(found(`moodle = MoodleREST("https://elearning.example.org", "${hex}")\n`, 'sync.py')).toEqual([hex]);
    expect(found(`req.SetBasicAuth("${hex}", "")\n`, 'client.go')).toEqual([hex]);
    expect(found(`# c.JupyterHub.api_tokens = {'${hex}': 'grader'}\n`, 'jupyterhub_config.py')).toEqual([hex]);
    const basic = btoa(`mirth:${g.chars(ALNUM, 10)}*2022`);
    expect(found(`<headersMap class="linked-hash-map">\n  <entry>\n    <string>Authorization</string>\n    <list>\n      <string>Basic ${basic}</string>\n    </list>\n  </entry>\n</headersMap>\n`, 'channel.xml')).toEqual([basic]);
    const munge = `${g.chars(`${ALNUM}+/`, 86)}==`;
    expect(found(`write_files:\n  - encoding: b64\n    content: ${munge}\n    owner: munge:munge\n    path: /etc/munge/munge.key\n`, 'cloud-init.yaml')).toEqual([munge]);
  });

  it("finds Basic credentials kept in a variable named for them, an RCON tuple's password and Particle's CLI token output", () => {
    const basic = btoa(`${g.chars(HEX, 32)}:${g.chars(HEX, 32)}`);
    expect(found(`BASIC = "${basic}"\n`, 'signnow.py')).toEqual([basic]);
    expect(found(`$basic = "${basic}"\n`, 'nd.ps1')).toEqual([basic]);
    expect(found(`basic = "${btoa('user:password')}"\n`, 'a.py')).toEqual([]);
    const pw = `${g.chars(ALNUM, 12)}#${g.int(10, 99)}`;
    expect(found(`RCON = ("203.0.113.7", 27015, "${pw}")\n`, 'bot.py')).toEqual([pw]);
    const token = g.chars(HEX, 40);
    expect(found(`$ particle token create\nNew access token expires on Fri Jan 10 2025\n    ${token}\n`, 'notes.txt')).toEqual([token]);
  });

  it('finds Sourcehut tokens, whose runs of "A" are zero bytes, not filler, with sr.ht named', () => {
    const token = `A${g.chars(ALNUM, 6)}AAAAAAAA${g.chars(`${ALNUM}+/`, 56)}`;
    expect(found(`machine git.sr.ht\n  login pdubois\n  password ${token}\n`, '.netrc')).toEqual([token]);
    expect(found(`instance "sr.ht" {\n    access-token "${token}"\n}\n`, '.config/hut/config')).toEqual([token]);
    expect(found(`git remote add srht https://kmuller:${token}@git.sr.ht/~kmuller/app\n`, 'mirror.sh')).toEqual([token]);
    expect(found('SRHT_TOKEN=' + 'A'.repeat(64) + '\n', '.env')).toEqual([]);
  });
});

describe('gradings 209–216 and what they showed', () => {
  const g = createSampleGen(20145);
  const HEX = '0123456789abcdef';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path = 'notes.txt'): string[] => detector.scanRevealing(text, { path }).map((f) => f.secret);

  it("reads the entries of a map named for credentials, and leaves ids, references and tokenizers' tokens", () => {
    const a = g.chars(HEX, 32);
    const b = g.chars(HEX, 40);
    const c = `${g.chars(ALNUM, 20)}${g.chars(ALNUM, 24)}`;
    const yaml = `sync:\n  schedule: "0 3 * * *"\ncredentials:\n  # rotated quarterly\n  greenhouse: ${a}\n  bamboohr: "${b}"\n  region: us-east-1\nother:\n  lever: ${c}\n`;
    expect(found(yaml, 'config/vendors.yml')).toEqual([a, b]);
    expect(found(`api_keys:\n  shodan: ${c}\n`, 'osint.yml')).toEqual([c]);
    expect(found(`credentials:\n  client_id: ${a}\n  greenhouse: \${GREENHOUSE_KEY}\n`, 'vendors.yml')).toEqual([]);
    expect(found(`credentials:\n  greenhouse:\n    url: https://harvest.greenhouse.io\ntokens:\n  bos: "<s>"\n  pad: "<pad>"\n`, 'vendors.yml')).toEqual([]);
  });

  it("reports what a notebook cell printed of a secret-named setting, the outputs before the source or after", () => {
    const key = g.chars(HEX, 40);
    const cell = (outputText: string, source: string): string => `{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "${outputText}\\n"\n     ]\n    }\n   ],\n   "source": [\n    "${source}"\n   ]\n  }\n ]\n}\n`;
    expect(found(cell(key, '!echo $BAMBOO_API_KEY\\n'), 'scratch.ipynb')).toEqual([key]);
    expect(found(cell(key, 'print(os.environ[\\"LEVER_KEY\\"])'), 'scratch.ipynb')).toEqual([key]);
    // What the cell printed is no secret's: a commit, a region.
    expect(found(cell(key, '!git rev-parse HEAD'), 'scratch.ipynb')).toEqual([]);
    expect(found(cell('us-east-1-prod-cluster', '!echo $SERVICE_API_KEY'), 'scratch.ipynb')).toEqual([]);
    const sourceFirst = `{"cells": [{"cell_type": "code", "source": ["os.getenv('RIPPLING_TOKEN')"], "outputs": [{"data": {"text/plain": ["'${key}'"]}, "output_type": "execute_result"}]}]}`;
    expect(found(sourceFirst, 'scratch.ipynb')).toEqual([key]);
  });

  it("finds a key given to HTTPie as a header item or a query item", () => {
    const uuid = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    expect(found(`http GET https://api.gomotive.com/v1/vehicles X-Api-Key:${uuid}\nvim .env\n`, '.zsh_history')).toEqual([uuid]);
    const key = g.chars(ALNUM, 28);
    expect(found(`xh https://api.fleet.test/v1/stops api_key==${key} limit==50\n`, '.zsh_history')).toEqual([key]);
    expect(found('http GET https://api.gomotive.com/v1/vehicles X-Api-Key:$MOTIVE_KEY\n', '.zsh_history')).toEqual([]);
    expect(found(`http GET https://api.test/v1/items token:${key}\n`, '.zsh_history')).toEqual([]);
  });

  it('reads a short generated secret under a name ending in "secret", and leaves words with digits', () => {
    const lower = 'abcdefghijklmnopqrstuvwxyz';
    const tenChars = `${g.chars(lower, 3)}${g.chars('23456789', 1)}${g.chars(lower, 2)}${g.chars('23456789', 1)}${g.chars(lower, 3)}`;
    expect(found(`define('HB_SECRET', '${tenChars}');\n`, 'config.php')).toEqual(new Set(tenChars).size >= 7 ? [tenChars] : []);
    expect(found('JWT_SECRET=mysecret12\n', '.env')).toEqual([]);
    expect(found('CLIENT_SECRET=abc123def4\n', '.env')).toEqual([]);
  });

  it("reads a client id that is the vendor's key where Amadeus or Unsplash is named, and leaves other client ids", () => {
    const amadeus = g.chars(ALNUM, 32);
    expect(found(`AMADEUS_HOSTNAME=production\nAMADEUS_CLIENT_ID=${amadeus}\n`, '.env')).toEqual([amadeus]);
    expect(found(`POST https://test.api.amadeus.com/v1/security/oauth2/token body=grant_type=client_credentials&client_id=${amadeus}\n`, 'app.log')).toEqual([amadeus]);
    expect(found(`AUTH0_CLIENT_ID=${amadeus}\n`, '.env')).toEqual([]);
    const unsplash = g.chars(`${ALNUM}_-`, 43);
    expect(found(`GET https://api.unsplash.com/photos/random?client_id=${unsplash}&count=10 200 231ms\n`, 'app.log')).toEqual([unsplash]);
  });

  it("reads a key inventory's value column beside its service column, and its credential column as the row's name", () => {
    const key = g.chars(HEX, 32);
    const long = g.chars(ALNUM, 40);
    expect(found(`service,owner,created,value,notes\nSketchfab,priya_dev,2024-07-16,${key},rotate quarterly\nPolycam,chloe.f,2024-01-10,${long},rotate quarterly\nOld,ravi,2024-06-08,****************************c9f2,revoked\n`, 'ops/rotation-schedule.csv')).toEqual([key, long]);
    const id = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    expect(found(`vendor,credential,value,owner\nOneSignal,App ID,${id},mobile\nOneSignal,REST API key,${long},backend\n`, 'ops/audit.csv')).toEqual([long]);
  });

  it("finds Meta Horizon's OC|<app id>|<secret> app credential anywhere", () => {
    const token = `OC|${g.chars('123456789', 1)}${g.chars('0123456789', 15)}|${g.chars(HEX, 32)}`;
    expect(found(`OC token for the leaderboard cron: ${token}\n`, 'chat.txt')).toEqual([token]);
    expect(found(`curl "https://graph.oculus.com/x/leaderboards?access_token=${token.replaceAll('|', '%7C')}"\n`, 'cron.sh')).toEqual([token.replaceAll('|', '%7C')]);
    expect(found('OC|$APPID|$APPSECRET\n', 'README.md')).toEqual([]);
  });

  it('reads pools of keys in lists named for them, sections opened by a name and a brace, and objects with other fields before the key', () => {
    const a = g.chars(HEX, 64);
    const b = g.chars(HEX, 64);
    expect(found(`VT_KEYS = [\n    "${a}",\n    # free tier\n    "${b}",\n]\n`, 'vt.py')).toEqual([a, b]);
    expect(found(`{\n  "dkim_tokens": [\n    "${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}",\n    "${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}"\n  ]\n}\n`, 'terraform.tfstate')).toEqual([]);
    expect(found(`secrets:\n  - ${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}\n`, '.build.yml')).toEqual([]);
    expect(found(`analyzer {\n  VirusTotal {\n    key = "${a}"\n  }\n}\n`, 'application.conf')).toEqual([a]);
    const tmx = `${g.chars('abcdefghijklmnop', 6)}2${g.chars('abcdefghijklmnop', 4)}7${g.chars('abcdefghijklmnop', 4)}`;
    const hunter = g.chars(HEX, 40);
    expect(found(`VENDORS = {"tmx": {"org": "3dimwulg", "key": "${tmx}"},\n "hunter": {"url": "https://api.hunter.io/v2/domain-search", "key": "${hunter}"}}\n`, 'cfg.py')).toEqual([tmx, hunter].filter((v) => v !== tmx || new Set(v).size >= 10));
  });

  it("reads network monitoring's secrets: PRTG passhashes, SNMP communities by name and on command lines, Zabbix macros, Checkmk's SNMPv3 tuples, Oxidized's router.db", () => {
    const passhash = `${g.chars('123456789', 1)}${g.chars('0123456789', 9)}`;
    expect(found(`GET /api/table.json?username=svc&passhash=${passhash} 200\n`, 'access.log')).toEqual(new Set(passhash).size >= 4 ? [passhash] : []);
    const community = `${g.chars(ALNUM, 4)}-rw-${g.chars(ALNUM, 6)}`;
    expect(found(`ENV SNMP_COMMUNITY=${community}\n`, 'Dockerfile')).toEqual([community]);
    expect(found(`[[inputs.snmp]]\n  community = "${community}"\n`, 'telegraf.conf')).toEqual([community]);
    expect(found(`snmpget -v 2c -c '${community}' core-sw1 sysUpTime.0\n`, '.bash_history')).toEqual([community]);
    expect(found(`check_command check_snmp!-C '${community}' -o sysUpTime.0\n`, 'services.cfg')).toEqual([community]);
    expect(found('SNMP_COMMUNITY=public\ncommunityName: "Kubernetes Slack"\n', 'x.env')).toEqual([]);
    const pass = `${g.chars(ALNUM, 8)}!${g.chars(ALNUM, 6)}`;
    expect(found(`zabbix_export:\n  templates:\n    - macros:\n        - macro: '{$SNMPV3.AUTHPASS}'\n          value: '${pass}'\n        - macro: '{$SNMP_TIMEOUT}'\n          value: 3s\n`, 'template.yaml')).toEqual([pass]);
    expect(found(`<macro>\n  <macro>{$SNMP_COMMUNITY}</macro>\n  <value>${community}</value>\n</macro>\n`, 'template.xml')).toEqual([community]);
    const priv = `${g.chars(ALNUM, 9)}#${g.chars(ALNUM, 6)}`;
    expect(found(`explicit_snmp_communities.update({'sw1': ('authPriv', 'SHA-256', 'checkmk', '${pass}', 'AES-128', '${priv}')})\n`, 'rules.mk')).toEqual([pass, priv]);
    const enable = `${g.chars(ALNUM, 7)}_${g.chars(ALNUM, 7)}`;
    expect(found(`core-sw32.corp.example.net:procurve:backup:${pass}:${enable}\n`, '.config/oxidized/router.db')).toEqual([pass, enable]);
    const words = ['vesper', 'quartz', 'prairie75'].join('_');
    expect(found(`GF_SECURITY_ADMIN_PASSWORD=${words}\n`, '.env')).toEqual([words]);
    expect(found(`DB_PASSWORD=${['user', 'service', 'config12'].join('_')}\n`, '.env')).toEqual([]);
  });

  it("leaves vendors' documented examples, a Java credential's user and an import's names", () => {
    // Slack's request-signing example secret and Grafana's shipped default secret_key, built from parts.
    expect(found(`SLACK_SIGNING_SECRET=${['8f742231b10e8888', 'abcd99yyyzzz85a5'].join('')}\n`, '.env.example')).toEqual([]);
    expect(found(`[security]\n;secret_key = ${['SW2YcwTIb9', 'zpOOhoPsMm'].join('')}\n`, 'grafana.ini')).toEqual([]);
    const password = `${g.chars(ALNUM, 10)}@${g.chars(ALNUM, 8)}`;
    expect(found(`Authenticator auth = new PasswordAuthentication("ISOUSER01", "${password}".toCharArray());\n`, 'IsoClient.java')).toEqual([password]);
    expect(found('from vws_auth_tools import authorization_header, rfc_1123_date\n', 'vws_sync.py')).toEqual([]);
  });

  it('finds Lambda Cloud keys, D-Wave Leap tokens, ImageKit private keys and Jenkins API tokens after a user where Jenkins is named', () => {
    const lambda = `secret_bench_${g.chars(HEX, 32)}.${g.chars(ALNUM, 32)}`;
    expect(found(`${lambda}\n`, 'home/ana/.cache/lambda/token')).toEqual([lambda]);
    expect(found('LAMBDA_API_KEY=secret_your_id.your_token\n', '.env.example')).toEqual([]);
    const dwave = `DEV-${g.chars(HEX, 40)}`;
    expect(found(`<tr><td>D-Wave Leap</td><td><code>${dwave}</code></td></tr>\n`, 'wiki.html')).toEqual([dwave]);
    const project = `QSL-${g.chars(HEX, 40)}`;
    expect(found(`"D-Wave SolverAuthenticationError with ${project}"\n`, 'tickets.csv')).toEqual([project]);
    expect(found(`commit ${project}\n`, 'log.txt')).toEqual([]);
    const imagekit = `private_${g.chars(ALNUM, 26)}Q=`;
    expect(found(`var y3="${imagekit}";\n`, 'bundle.min.js')).toEqual(/[A-Z]/.test(imagekit.slice(8)) && /[a-z]/.test(imagekit.slice(8)) && /[0-9]/.test(imagekit.slice(8)) ? [imagekit] : []);
    const jenkins = `11${g.chars(HEX, 32)}`;
    expect(found(`Environment=HUBOT_JENKINS_URL=https://ci.example.org\nEnvironment=HUBOT_JENKINS_AUTH=opsbot:${jenkins}\n`, 'hubot.service')).toEqual([jenkins]);
  });

  it("reads a GUID under an authentication key's name, and an Oracle thin URL's password with a .properties file's escaped colons", () => {
    const guid = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`.toUpperCase();
    expect(found(`var epic = new EpicSdkClient {\n  AuthenticationKey = "${guid}",\n  DatabaseName = "ACME_PROD"\n};\n`, 'Startup.Secrets.cs')).toEqual([guid]);
    expect(found(`  RequestId = "${guid}",\n`, 'Startup.cs')).toEqual([]);
    const password = `ro_${g.chars(ALNUM, 4)}!${g.chars(ALNUM, 7)}`;
    expect(found(`pc.datasource.url=jdbc\\:oracle\\:thin\\:pc_batch/${password}@pcdb-prod.acme.local\\:1521/PCPROD\n`, 'database.properties')).toEqual([password]);
  });

  it('leaves what a review found the new rules reported: forum communities, build tags, public keys and digests in lists, ids and digests in maps, metrics in CSVs, RANCID rows, Secret names', () => {
    const sha = g.chars(HEX, 40);
    expect(found('DISCOURSE_COMMUNITY=acme-devs-2023\nteam_community: acmeCommunity42x\n', 'x.env')).toEqual([]);
    expect(found(`image: registry.acme.io/checkout:DEV-${sha}\n`, 'deploy.yml')).toEqual([]);
    expect(found(`Leap second table updated; build REV-${sha}\n`, 'notes.txt')).toEqual([]);
    expect(found(`authorized_keys:\n  - AAAAC3NzaC1lZDI1NTE5${g.chars(ALNUM, 20)}\njwt_keys:\n  - kid_2024_01_rotation_primary\n`, 'users.yml')).toEqual([]);
    expect(found(`{\n "keys": [\n  "${g.chars(HEX, 64)}"\n ]\n}\n`, 'manifest.json')).toEqual([]);
    const plaid = g.chars(HEX, 32);
    expect(found(`credentials:\n  revision: ${sha}\n  plaid: ${plaid}\n`, 'vendors.yml')).toEqual([plaid]);
    expect(found(`passwords:\n  admin: ${g.chars(HEX, 64)}\n`, 'users.yml')).toEqual([]);
    expect(found(`service,resource,value\napi,deploy,${sha}\n`, 'deploys.csv')).toEqual([]);
    expect(found('sw1.example.net:cisco:up:Building2_Floor3\n', 'rancid/router.db')).toEqual([]);
    expect(found('existingSecret: harbor2core1x\n', 'values.yaml')).toEqual([]);
    const cell = (out: string, source: string): string => `{"cell_type": "code", "outputs": [{"name": "stdout", "output_type": "stream", "text": ["${out}\\n"]}], "source": ["${source}"]}\n`;
    const password = `${g.chars(ALNUM, 8)}!${g.chars(ALNUM, 4)}#2024`;
    expect(found(cell(password, '!echo $DB_PASSWORD'), 'scratch.ipynb')).toEqual([password]);
    expect(found(cell(g.chars(HEX, 32), 'print(key)'), 'scratch.ipynb')).toEqual([]);
  });

  it("finds a percent-encoded password in a bracketed form field, passphrases of words and a number, Gmail's triple-quoted app password", () => {
    const password = `Uy%5BcEz%7C9()DH%40${g.chars(ALNUM, 6)}%23%26bu`;
    expect(found(`r = requests.post(URL, data="user[email]=jo%40web.de&user[password]=${password}")\n`, 'bridge.py')).toEqual([password]);
    expect(found('data="user[email]=jo%40web.de&user[password]=%3Cpassword%3E"\n', 'bridge.py')).toEqual([]);
    const words = ['roof', 'kettle', 'inverter'].join('-') + '_47';
    expect(found(`      - MQTT_PASSWORD=${words}\n`, 'docker-compose.yml')).toEqual([words]);
    expect(found('      - MQTT_PASSWORD=mqtt-password-file_01\n', 'docker-compose.yml')).toEqual([]);
    const camel = ['Lynx', 'Otter', '_2016'].join('');
    expect(found(`      - RCON_PASSWORD=${camel}\n`, 'docker-compose.yml')).toEqual([camel]);
    const dotted = ['Raven', 'Mustang6272'].join('.');
    expect(found(`sudo -u www-data php admin/cli/reset_password.php --username=wei --password='${dotted}'\n`, '.bash_history')).toEqual([dotted]);
    const app = 'ddbfarneedsblvdv';
    expect(found(`[smtp]\nenabled = true\nhost = smtp.gmail.com:587\npassword = """${app}"""\n`, 'grafana.ini')).toEqual([app]);
  });
});

describe('gradings 217–224, and 214 read again', () => {
  const g = createSampleGen(20146);
  const HEX = '0123456789abcdef';
  const DIGITS = '0123456789';
  const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  const ALNUM = UPPER + LOWER + DIGITS;
  const found = (text: string, path = 'notes.txt'): string[] => detector.scanRevealing(text, { path }).map((f) => f.secret);
  const pw = (): string => `${g.chars(ALNUM, 8)}#${g.chars(ALNUM, 5)}!7`;

  it("finds Junos secrets before Junos encodes them, in set and brace form, and leaves $9$ and references", () => {
    const a = pw();
    const b = pw();
    expect(found(`set system tacplus-server 10.1.1.1 secret "${a}"\nset snmp v3 usm local-engine user nms authentication-sha authentication-password "${b}"\n`, 'configs/core.set')).toEqual([a, b]);
    const c = pw();
    expect(found(`system {\n    radius-server {\n        10.2.2.2 {\n            secret "${c}";\n        }\n    }\n}\n`, 'juniper.conf')).toEqual([c]);
    expect(found('set system tacplus-server 10.1.1.1 secret "<tacacs-key>"\nset snmp v3 usm local-engine user nms authentication-password "$SNMP_AUTH"\n', 'core.set')).toEqual([]);
  });

  it('finds SNMPv3 pairs and communities written in chat and tickets, and leaves a forum community', () => {
    const a = pw();
    const b = pw();
    expect(found(`{"text": "v3 creds for the new FW cluster: user noc-poller auth \`${a}\` priv \`${b}\`"}\n`, 'slack.json')).toEqual([a, b]);
    expect(found(`INC1,"v3 user on core-sw12 auth=${a} priv=${b}"\n`, 'tickets.csv')).toEqual([a, b]);
    const community = `${g.chars(ALNUM, 6)}%${g.chars(DIGITS, 2)}`;
    expect(found(`can someone check wlc24-mad1? community is ${community} on that one\n`, 'chat.txt')).toEqual(/[A-Za-z]/.test(community) ? [community] : []);
    expect(found('honestly the community is growing fast, 2024 was great\n', 'chat.txt')).toEqual([]);
    expect(found('auth=SHA priv=AES\n', 'notes.txt')).toEqual([]);
  });

  it("reads an inventory's community column, each item of a PHP community list and Observium's appended one", () => {
    const community = `${g.chars(UPPER, 3)}${g.chars(LOWER, 4)}${g.chars(DIGITS, 3)}${g.chars(LOWER, 3)}`;
    expect(found(`"Site","Device","IP","SNMP RO","Notes"\n"TOR1","fw07","10.1.2.3","${community}","asset 12"\n`, 'inventory/ups.csv')).toEqual([community]);
    const first = `${g.chars(ALNUM, 6)}-${g.chars(ALNUM, 4)}9x`;
    const second = `${g.chars(ALNUM, 6)}-${g.chars(ALNUM, 4)}7y`;
    expect(found(`$config['snmp']['community'] = array('${first}', '${second}');\n`, 'librenms/config.php')).toEqual([first, second]);
    expect(found(`$config['snmp']['community'][] = "${first}";\n`, 'observium/config.php')).toEqual([first]);
    expect(found("$config['snmp']['community'][] = 'public';\n", 'observium/config.php')).toEqual([]);
  });

  it("takes a generated passphrase as a password inline and as a flag, and Perl's named -password arguments", () => {
    const words = ['kestrel', 'saffron', 'kestrel7'].join('-');
    expect(found(`h1 ansible_host=10.0.0.1 ansible_become_pass=${words}\n`, 'hosts')).toEqual([words]);
    const dotted = ['cobalt', 'nugget', 'onyx66'].join('.');
    expect(found(`mysqldump -u zabbix --password='${dotted}' zabbix\n`, 'cron.d/backup')).toEqual([dotted]);
    expect(found('docker run -e SERVICE_NAME=billing-api-v2 app\n', 'run.sh')).toEqual([]);
    const a = pw();
    expect(found(`my ($s, $e) = Net::SNMP->session(\n    -authpassword => '${a}',\n);\n`, 'check.pl')).toEqual([a]);
    expect(found(`check_snmp -H host -P 3 -L authPriv -U nagios -a SHA -A '${a}' -x AES -X '${a}x'\n`, 'objects/fw.cfg')).toEqual([a, `${a}x`]);
  });

  it("reads Checkmk's automation.secret, Oxidized's enable secret and router files, NetBox peppers and Icinga's ticket salt", () => {
    const secret = g.chars(UPPER + DIGITS, 32);
    expect(found(`${secret}\n`, 'var/check_mk/web/automation/automation.secret')).toEqual(/[0-9]/.test(secret) && /[A-Z]/.test(secret) ? [secret] : []);
    const enable = pw();
    expect(found(`rest: 127.0.0.1:8888\nvars:\n  enable: ${enable}\ngroups:\n  juniper:\n    username: oxidized\n`, '.config/oxidized/config')).toEqual([enable]);
    expect(found('vars:\n  enable: true\n', '.config/oxidized/config')).toEqual([]);
    expect(found(`sw1.example.net:ios:admin:${enable}\n`, 'oxidized/router-lab.db')).toEqual([enable]);
    const pepper = `${g.chars(ALNUM, 30)}%${g.chars(ALNUM, 25)}`;
    expect(found(`API_TOKEN_PEPPERS = {\n    1: '${pepper}',\n}\n`, 'netbox/configuration.py')).toEqual([pepper]);
    const documented = ['kp7ht*76fiQAhUi5dHfASLl', 'YUE_S^gI^(7J^K5M!LfoH@vl&b_'].join('');
    expect(found(`API_TOKEN_PEPPERS = {\n    1: '${documented}',\n}\n`, 'netbox/configuration.py')).toEqual([]);
    const salt = g.chars(HEX, 32);
    expect(found(`/* Secret key for remote node tickets */\nconst TicketSalt = "${salt}"\n`, 'icinga2/constants.conf')).toEqual([salt]);
    expect(found('ticket_salt = TicketSalt\n', 'icinga2/features-enabled/api.conf')).toEqual([]);
  });

  it("finds LibreNMS API token rows, PRTG API keys, and clear passwords given to SQL's hash functions", () => {
    const token = g.chars(HEX, 32);
    expect(found(`INSERT INTO \`api_tokens\` VALUES (1,1,'${token}','noc automation',0);\n`, 'dump.sql')).toEqual([token]);
    const prtg = `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 52)}====`;
    expect(found(`GET /api/table.json?id=3&apitoken=${prtg} 200\n`, 'access.log')).toEqual([prtg]);
    const a = pw();
    expect(found(`UPDATE users SET passwd = md5('${a}') WHERE username = 'noc-breakglass';\n`, 'fix_users.sql')).toEqual([a]);
    expect(found("UPDATE users SET passwd = md5(:new_password) WHERE userid = 1;\nSELECT md5('hello world');\n", 'fix_users.sql')).toEqual([]);
  });
  it('reads an old key kept beside its successor, hex under secret-key and refresh-token headers, and a bare KEY whose comment names it', () => {
    const old = `${g.chars(ALNUM, 40)}-${g.chars(ALNUM, 45)}`;
    expect(found(`# old key, keep for backfill\n# APPLOVIN_REPORT_KEY_OLD=${old}\n`, '.env.production')).toEqual([old]);
    const hex = g.chars(HEX, 32);
    const refresh = g.chars(HEX, 32);
    expect(found(`curl -s -H "secretkey: ${hex}" -H "refreshToken: ${refresh}" https://platform.example/partners/publisher/auth\n`, 'ci.sh')).toEqual([hex, refresh]);
    expect(found(`KEY = "${hex}"  # ironsource secret key\n`, 'pull.py')).toEqual([hex]);
    expect(found(`KEY = "${hex}"  # token id\nkey = "${hex}"  # sha of the token file\n`, 'pull.py')).toEqual([]);
  });

  it("finds encrypted tokens (JWE) in prose, Cal.com and SavvyCal keys, Google Calendar's secret iCal address and Chartboost's user signature", () => {
    const b64 = (s: string): string => Buffer.from(s).toString('base64url');
    const URLSAFE = `${ALNUM}_-`;
    const jwe = [b64('{"alg":"A256KW","enc":"A256GCM","cty":"JWT"}'), g.chars(URLSAFE, 54), g.chars(URLSAFE, 16), g.chars(URLSAFE, 300), g.chars(URLSAFE, 22)].join('.');
    expect(found(`{"text": "new V2 token (old ones were revoked): ${jwe}"}\n`, 'slack.json')).toEqual([jwe]);
    const signed = [b64('{"alg":"HS256"}'), g.chars(URLSAFE, 20), g.chars(URLSAFE, 16), g.chars(URLSAFE, 40), g.chars(URLSAFE, 22)].join('.');
    expect(found(`version ${signed}\n`, 'notes.txt')).toEqual([]);
    const cal = `cal_live_${g.chars(HEX, 32)}`;
    const savvy = `pt_secret_${g.chars(HEX, 32)}`;
    expect(found(`[calcom]\nkey = "${cal}"\n[savvycal]\npat = "${savvy}"\n`, 'settings.toml')).toEqual([cal, savvy]);
    const ical = g.chars(HEX, 32);
    expect(found(`url: "https://calendar.google.com/calendar/ical/ops%40acme.example/private-${ical}/basic.ics"\n`, 'feeds.yml')).toEqual([ical]);
    expect(found('url: "https://calendar.google.com/calendar/ical/ops%40acme.example/public/basic.ics"\n', 'feeds.yml')).toEqual([]);
    const signature = g.chars(HEX, 64);
    expect(found(`# Chartboost reporting\nuser_id = ${g.chars(HEX, 24)}\nuser_signature = ${signature}\n`, 'credentials.ini')).toEqual([signature]);
    expect(found(`webhook:\n  user_signature: ${signature}\n`, 'hooks.yml')).toEqual([]);
  });

  it("leaves Cronofy's documented example tokens, Adjust's app tokens and the id after a prefixed token in a CSV", () => {
    const access = ['P531x88i05Ld2y', 'XHIQ7WjiEyqlmOHsgI'].join('');
    expect(found(`{"token_type":"bearer","access_token":"${access}","expires_in":3600}\n`, 'docs/calendars.md')).toEqual([]);
    const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';
    expect(found(`app_tokens = ["${g.chars(lower, 12)}", "${g.chars(lower, 12)}"]\n`, 'settings.toml')).toEqual([]);
    const savvy = `pt_secret_${g.chars(HEX, 32)}`;
    const id = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    expect(found(`clinic,provider,api_key,calendar_id,updated_at\ntidewater,savvycal,${savvy},${id},2024-06-08T20:09:29.000Z\n`, 'clinics.csv')).toEqual([savvy]);
  });
  it("reads carriers' credentials: Guzzle's auth option, ShipStation and ShipEngine clients, UPS access keys and USPS ids in Magento's paths, FedEx Web Services keys", () => {
    const key = g.chars(HEX, 32);
    const secret = g.chars(HEX, 32);
    expect(found(`new Client(['base_uri' => 'https://ssapi.shipstation.com', 'auth' => ['${key}', '${secret}']]),\n`, 'ShipStation.php')).toEqual([secret]);
    expect(found(`ss = ShipStation("${key}", "${secret}")\n`, 'sync.py')).toEqual([key, secret]);
    const engine = `${g.chars(ALNUM, 20)}+${g.chars(ALNUM, 22)}`;
    expect(found(`var client = new ShipEngine("${engine}");\n`, 'Labels.cs')).toEqual([engine]);
    const license = g.chars('0123456789ABCDEF', 16);
    expect(found(`('default', 0, 'carriers/ups/access_license_number', '${license}'),\n`, 'core_config_data.sql')).toEqual([license]);
    const userid = `${g.chars(DIGITS, 3)}SHIPR${g.chars(DIGITS, 4)}`;
    expect(found(`('default', 0, 'carriers/usps/userid', '${userid}'),\n`, 'core_config_data.sql')).toEqual([userid]);
    const fedex = `${g.chars(LOWER, 5)}K${g.chars(ALNUM, 7)}7q${g.chars(LOWER, 1)}`;
    expect(found(`FEDEX_KEY="${fedex}"\n<v28:UserCredential><v28:Key>${fedex}</v28:Key>\n`, 'fedex.env')).toEqual([fedex, fedex]);
    expect(found(`<ns:Key>${fedex}</ns:Key>\n`, 'cache.xml')).toEqual([]);
  });

  it('reads passwords holding brackets in compose items, options and connection strings, and one bracketed letter inside a password', () => {
    const a = `cY${g.chars(UPPER, 2)}!}%)-K3${g.chars(ALNUM, 8)}`;
    expect(found(`    environment:\n      - "APP__API_SERVER__PASSWORD=${a}"\n`, 'docker-compose.yml')).toEqual([a]);
    const b = `f~MP_${g.chars(LOWER, 3)}[YY=pW9%=@k}~`;
    expect(found(`web: bot --passphrase '${b}'\n`, 'Procfile')).toEqual([b]);
    const c = `u2PH}F.P@${g.chars(ALNUM, 9)}`;
    expect(found(`"Db": "Host=db;Username=app;Password=${c}"\n`, 'appsettings.json')).toEqual([c]);
    expect(found('      - "PASSWORD=${DB_PASSWORD}"\nServer=db;Password={your_password};\n', 'compose.yml')).toEqual([]);
    const d = `yo!_E%3I${g.chars(ALNUM, 4)}?%r8>s<t>`;
    expect(found(`POSTGRES_PASSWORD: '${d}'\n`, 'compose.yml')).toEqual([d]);
  });

  it('reads what a CLI prompt echoed, a bare key beside its secret, random base64url that opens with eyJ, and a scattered lower-case passphrase', () => {
    const binance = g.chars(ALNUM, 64);
    const phrase = ['coffee', 'harbor', 'mango', '46'].join('-');
    expect(found(`>>>  connect binance\nEnter your Binance API key >>> ${binance}\nEnter your Kucoin passphrase >>> ${phrase}\n`, 'logs/hummingbot.log')).toEqual([binance, phrase]);
    expect(found('Enter your command >>> balance\n', 'logs/hummingbot.log')).toEqual([]);
    const kucoin = g.chars(HEX, 24);
    const okx = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-8${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    const okxSecret = g.chars('0123456789ABCDEF', 32);
    expect(found(`{"exchange": {\n  "name": "kucoin",\n  "key": "${kucoin}",\n  "secret": "${okx}"\n}}\n`, 'config.json')).toEqual([kucoin, okx]);
    expect(found(`okx says "Invalid Passphrase". key=${okx} secret=${okxSecret}\n`, 'chat.txt')).toEqual([okx, okxSecret]);
    expect(found(`{"key": "${kucoin}", "value": 3}\n`, 'cache.json')).toEqual([]);
    const random = `eyJ${g.chars(`${ALNUM}_-`, 200)}`;
    const decodes = /^[\x20-\x7e]*$/.test(Buffer.from(random.slice(0, 48), 'base64url').toString('latin1'));
    expect(found(`{\n  "secret": "${random}",\n  "max_lag": "300"\n}\n`, 'alert.json')).toEqual(decodes ? [] : [random]);
    expect(found('next_page_token: "eyJvZmZzZXQiOjEwMH0"\n', 'page.yml')).toEqual([]);
    const scattered = ['4dl11', 'o2zd8'].join('');
    expect(found(`COINBASE_PRO_PASSPHRASE='${scattered}'\nDB_PASSWORD=user1name2\n`, '.env')).toEqual([scattered]);
  });

  it("leaves Telegram's and CoinMarketCap's documented example keys", () => {
    const telegram = ['110201543:AAHdqTcvCH1vGWJ', 'xfSeofSAs0K5PALDsaw'].join('');
    const cmc = ['b54bcf4d-1bca-4e8e-', '9a24-22ff2c3d462c'].join('');
    expect(found(`TELEGRAM_BOT_TOKEN=${telegram}\nCMC_API_KEY=${cmc}\n`, 'env.template')).toEqual([]);
  });
  it("reads API gateways' credentials: APIM management SAS and subscription keys in IaC and policies, Zuplo, Konnect and KrakenD keys, Tyk's gateway secret, -Dmule.key", () => {
    const sig = `${g.chars(ALNUM, 40)}+${g.chars(ALNUM, 45)}==`;
    expect(found(`curl -H "Authorization: SharedAccessSignature integration&202608060300&${sig}" "$APIM/subscriptions"\n`, 'rotate.sh')).toEqual([sig]);
    const sub = g.chars(HEX, 32);
    expect(found(`resource "azurerm_api_management_subscription" "partner" {\n  display_name = "Partner"\n  primary_key  = "${sub}"\n}\n`, 'apim.tf')).toEqual([sub]);
    expect(found(`resource "aws_db_instance" "x" {\n  primary_key = "${sub}"\n}\n`, 'db.tf')).toEqual([]);
    expect(found(`<inbound>\n  <set-header name="Ocp-Apim-Subscription-Key" exists-action="override">\n    <value>${sub}</value>\n  </set-header>\n</inbound>\n`, 'policy.xml')).toEqual([sub]);
    const zuplo = `zpka_${g.chars(HEX, 32)}_${g.chars(HEX, 8)}`;
    const konnect = `kpat_${g.chars(ALNUM, 49)}`;
    expect(found(`const KEY = '${zuplo}';\nreturn "${konnect}" // fallback for local runs\n`, 'client.test.ts')).toEqual([zuplo, konnect]);
    const uuid = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-9${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    expect(found(`"extra_config": {\n  "auth/api-keys": {\n    "keys": [\n      { "key": "${uuid}", "roles": ["partner"] }\n    ]\n  }\n}\n`, 'krakend.json')).toEqual([uuid]);
    expect(found(`curl -s -X POST "$GW/tyk/keys/create" -H "x-tyk-authorization: ${sub}"\n`, 'keys.sh')).toEqual([sub]);
    const mule = `${g.chars(ALNUM, 12)}9q${g.chars(ALNUM, 2)}`;
    expect(found(`mvn -B deploy -DmuleDeploy -Dmule.key=${mule} -Danypoint.platform.client_id=$ANYPOINT_CLIENT_ID\n`, 'deploy.sh')).toEqual([mule]);
  });

  it("leaves digests and ids under keys' names: hashed_key, Tyk's rpc_key, API Gateway's key id, a Mode report's token", () => {
    expect(found(`"hashed_key": "${g.chars(HEX, 64)}",\n"rpc_key": "${g.chars(HEX, 24)}",\n`, 'tyk.json')).toEqual([]);
    expect(found(`aws apigateway get-api-key --api-key ${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10)} --include-value\n`, 'ops.sh')).toEqual([]);
    expect(found(`REPORT_TOKEN = "${g.chars(HEX, 12)}"\n`, 'mode_export.py')).toEqual([]);
  });

  it("finds RFC 8959 secret-token URIs, Databricks OAuth secrets in prose, and leaves Fivetran's documented example", () => {
    const census = `secret-token:${g.chars(ALNUM, 20)}9x${g.chars(ALNUM, 2)}`;
    expect(found(`"text": "census workspace token: ${census}"\n`, 'slack.json')).toEqual([census]);
    expect(found('headers["Authorization"] = "Bearer secret-token:" + token\n', 'client.kt')).toEqual([]);
    const dose = `dose${g.chars(HEX, 32)}`;
    expect(found(`SP secret (shown once!!) ${dose}\n`, 'chat.txt')).toEqual([dose]);
    const example = ['1f6f2d161365888a', '1943160ccdb8d968'].join('');
    expect(found(`Fivetran's docs use secret \`${example}\` as the example.\n`, 'README.md')).toEqual([]);
  });
  it("reads CDNs' secrets: bunny.net's grouped hex, Fastly's local secret stores, VCL and nginx header checks, VCL HMAC keys, secure_link words, Varnish's secret, KeyCDN and Netlify prefixes, Akamai's long-short tokens", () => {
    const bunny = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}`;
    expect(found(`use Bunny\\Storage\\Client;\n$client = new Client('${bunny}', 'assets-prod');\n`, 'upload.php')).toEqual([bunny]);
    const data = `${g.chars(ALNUM, 30)}Q9=`;
    expect(found(`[[local_server.secret_stores.app_secrets]]\nkey = "ORIGIN_TOKEN"\ndata = "${data}"\n`, 'fastly.toml')).toEqual([data]);
    const purge = g.chars(ALNUM, 32);
    expect(found(`if (req.http.X-Purge-Token != "${purge}") {\n  return (synth(403));\n}\n`, 'default.vcl')).toEqual([purge]);
    const hmac = g.chars(HEX, 64);
    expect(found(`set req.http.X-Sig = digest.hmac_sha256("${hmac}", req.url.path);\n`, 'default.vcl')).toEqual([hmac]);
    const word = g.chars(ALNUM, 21);
    expect(found(`secure_link_md5 "$secure_link_expires$uri$remote_addr ${word}";\n`, 'nginx.conf')).toEqual([word]);
    const varnish = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    expect(found(`echo "${varnish}" | sudo tee /etc/varnish/secret >/dev/null\n`, 'provision.sh')).toEqual([varnish]);
    expect(found(`${varnish}\n`, 'etc/varnish/secret')).toEqual([varnish]);
    const keycdn = `sk_prod_${g.chars(ALNUM, 24)}`;
    const netlify = `nfo_${g.chars(ALNUM, 36)}`;
    expect(found(`$api = new KeyCDN('${keycdn}');\n"Netlify deploy stuck; token ${netlify} still valid?"\n`, 'notes.txt')).toEqual([keycdn, netlify]);
    const akamai = `akab-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26)}-${g.chars('abcdefghijklmnopqrstuvwxyz', 5)}`;
    expect(found(`client_token = ${akamai}\n`, '.edgerc')).toEqual([akamai]);
    const bypass = g.chars(ALNUM, 32);
    expect(found(`export const E2E_HEADERS = { 'x-vercel-protection-bypass': '${bypass}' };\n`, 'e2e.ts')).toEqual([bypass]);
    const cf = g.chars(HEX, 64);
    expect(found(`curl -H "CF-Access-Client-Secret: ${cf}" https://internal.example\n`, 'probe.sh')).toEqual([cf]);
  });

  it("reads conversational AI's secrets: mixed-separator passphrases, Web Chat embed secrets, ask-cli's --client-confirmation, Botpress PATs; leaves an LWA client id", () => {
    const phrase = ['cobalt', 'pepper_cobalt6'].join('.');
    expect(found(`tracker_store:\n  type: SQL\n  password: ${phrase}\n`, 'endpoints.yml')).toEqual([phrase]);
    const directLine = `${g.chars(`${ALNUM}_-`, 11)}.${g.chars(`${ALNUM}_-`, 43)}`;
    expect(found(`<iframe src="https://webchat.botframework.com/embed/faq-bot?s=${directLine}" style="min-width: 400px"></iframe>\n`, 'chat.html')).toEqual([directLine]);
    const confirmation = g.chars(HEX, 64);
    const clientId = `amzn1.application-oa2-client.${g.chars(HEX, 32)}`;
    expect(found(`ask util generate-lwa-tokens --client-id ${clientId} --client-confirmation ${confirmation} --scopes "alexa::ask:skills:readwrite"\n`, '.bash_history')).toEqual([confirmation]);
    const botpress = `bp_pat_${g.chars(ALNUM, 40)}`;
    expect(found(`"text": "new one: ${botpress}",\n`, 'slack.json')).toEqual([botpress]);
    expect(found(`client = Client("${clientId}", secret)\n`, 'skill.py')).toEqual([]);
  });
  it("takes capitals-and-digits passwords, `/ pass …` in prose, a key's password sibling; leaves a KMS key id", () => {
    const usps = `${g.chars(DIGITS, 3)}SS${g.chars(DIGITS, 2)}PG${g.chars(DIGITS, 3)}`;
    expect(found(`usps_password: ${usps}\n`, 'vars.yml')).toEqual([usps]);
    const sftp = `Voya_${g.chars(ALNUM, 4)}%454Y`;
    expect(found(`Also the SFTP for the carrier EDI drop: user edi_n0xs / pass ${sftp}\n\nThanks,\n`, 'ops.eml')).toEqual([sftp]);
    const kucoin = `${g.chars(LOWER, 6)}Q${g.chars(ALNUM, 9)}`;
    const password = `${g.chars(ALNUM, 12)}!x`;
    expect(found(`exchange:\n  key: "${kucoin}"\n  password: "${password}"\n`, 'bot.yml').includes(password)).toBe(true);
    expect(found(`label_bucket_kms_key = "${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-b${g.chars(HEX, 3)}-${g.chars(HEX, 12)}"\n`, 'prod.tfvars')).toEqual([]);
    expect(found('SERVER_NAME=PRODDB01SQL\nBUILD_ID=AB12CD34EF56\n', '.env')).toEqual([]);
  });
  it('reads the value field of an object named for a secret, one level down too', () => {
    const pw = `Willow${g.chars(DIGITS, 1)}%Tango${g.chars(DIGITS, 1)}!`;
    expect(found(`{"DBT_ENV_SECRET_SNOWFLAKE_PASSWORD": {"project": {"id": 11584, "value": "${pw}"}}}\n`, 'env_vars.json')).toEqual([pw]);
    expect(found('{"api_key_name": {"value": "billing-service"}}\n{"db_password": {"sensitive": true, "value": "${var.db_password}"}}\n', 'out.json')).toEqual([]);
  });

  it("reads a .properties password whose last character is escaped", () => {
    const pw = `OLst9${g.chars(ALNUM, 6)}\\:8\\=`;
    expect(found(`claimsearch.password=${pw}\npc.datasource.url=jdbc:x\n`, 'iso.properties')).toEqual([pw]);
  });

  it("reads a random token in a chat's code span after \"one for <environment>:\"", () => {
    const token = `${g.chars(ALNUM, 20)}7Qa${g.chars(ALNUM, 21)}`;
    expect(found(`{"text": "the zywave one for uat: \`${token}\`"}\n`, 'slack.json')).toEqual([token]);
    expect(found('{"text": "the new one for prod: `release-2024-06-01-hotfix-build`"}\n', 'slack.json')).toEqual([]);
  });
});

describe('gradings 225–232, and what they showed', () => {
  const g = createSampleGen(20147);
  const HEX = '0123456789abcdef';
  const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const found = (text: string, path = 'notes.txt'): string[] => detector.scanRevealing(text, { path }).map((f) => f.secret);

  it('reads LLM tooling secrets: Helicone and Humanloop keys, a salt, ClickHouse passwords, a URL in a compose default; leaves hashed keys', () => {
    const helicone = `sk-helicone-${[0, 1, 2, 3].map(() => g.chars('abcdefghijklmnopqrstuvwxyz234567', 7)).join('-')}`;
    const humanloop = `hl_sk_${g.chars(HEX, 48)}`;
    expect(found(`Qe="${helicone}";function Ze(e){}\npriya: humanloop one is ${humanloop}\n`, 'app.min.js')).toEqual([helicone, humanloop]);
    const salt = `${g.chars(ALNUM, 30)}Q9=`;
    expect(found(`  --from-literal=salt='${salt}' \\\n`, 'deploy.sh')).toEqual([salt]);
    const pw = `${g.chars(ALNUM, 10)}_^^fm8${g.chars(ALNUM, 6)}`;
    expect(found(`CREATE USER IF NOT EXISTS langfuse IDENTIFIED WITH sha256_password BY '${pw}';\n`, 'init.sql')).toEqual([pw]);
    const url = `Meadow${g.chars(ALNUM, 6)}2024%25`;
    expect(found(`DATABASE_URL: \${DATABASE_URL:-postgresql://postgres:${url}@postgres:5432/postgres}\n`, 'compose.yml')).toEqual([url]);
    expect(found(`"fast_hashed_secret_key": "${g.chars(HEX, 64)}",\nsalt = 10\n`, 'api_keys.json')).toEqual([]);
  });

  it('reads ad tech tokens: LWA access tokens as the docs print them, Xandr sessions, TTD-Auth headers; leaves Xandr’s documented example', () => {
    const lwa = `Atza|IQEBLjAsAh${g.chars(`${ALNUM}-_`, 340)}`;
    expect(found(`INFO refreshed LWA token: access_token=${lwa} expires_in=3600\n`, 'app.log')).toEqual([lwa]);
    const xandr = `authn:${g.int(100000, 999999)}:${g.chars(HEX, 13)}:nym2`;
    expect(found(`INFO xandr auth ok token=${xandr} member=5554\n`, 'app.log')).toEqual([xandr]);
    const ttd = `${g.chars(ALNUM, 30)}+${g.chars(ALNUM, 33)}`;
    expect(found(`curl -H "TTD-Auth: ${ttd}" "$TTD_API/overview"\n`, 'report.sh')).toEqual([ttd]);
    const example = ['h20hbtptiv3vlp1', 'rkm3ve1qig0'].join('');
    expect(found(`{"response": {"status": "OK", "token": "${example}"}}\n`, 'README.md')).toEqual([]);
  });

  it('reads passwords under names in other languages, and leaves accented words and UI labels', () => {
    const pw = `MI3-t7h${g.chars(ALNUM, 5)}!vib=?!~`;
    expect(found(`{"senha":"${pw}"}\n`, 'config.json')).toEqual([pw]);
    const parol = `K0tik${g.chars("0123456789", 4)}?`;
    expect(found(`parol: ${parol}\n`, 'application.yml')).toEqual([parol]);
    const mima = `6KKg+--zY4p^${g.chars(ALNUM, 6)}?3-oG`;
    expect(found(`DB_MIMA = '${mima}'\n`, 'Jenkinsfile')).toEqual([mima]);
    expect(found('"password": "Passwort"\nmsgstr "Kennwort"\n', 'de.json')).toEqual([]);
    expect(found('| Serviço | Usuário | Senha | Observação |\n|---|---|---|---|\n| banco | deploy | `<no cofre>` | rotate |\n', 'wiki.md')).toEqual([]);
  });

  it("reads clearinghouse secrets: Mirth header values, Stedi keys where Stedi is named, a portal's user / password, a password after two spaces; leaves Stedi's example", () => {
    const stedi = `${g.chars(ALNUM, 7)}.${g.chars(ALNUM, 12)}4aZ${g.chars(ALNUM, 9)}`;
    expect(found(`<entry><string>Authorization</string><list><string>${stedi}</string></list></entry>\n`, 'channel.xml')).toEqual([stedi]);
    expect(found(`I generated a new production key in the Stedi portal:\n\n    ${stedi}\n`, 'ticket.md')).toEqual([stedi]);
    const example = ['alKOxcl.fbFprsgLiPNk1', 'nbLwc9J04nk'].join('');
    expect(found(`Authorization: Key ${example}\n`, 'README.md')).toEqual([]);
    const portal = `Copper&${g.chars(ALNUM, 5)}19x`;
    expect(found(`Availity portal for Humana: lakesideortho.ar / ${portal}\n`, 'slack.txt')).toEqual([portal]);
    const sftp = `Qu@rtz${g.chars(ALNUM, 3)}17*`;
    expect(found(`host: sftp.waystar.com  user: pinecrestonc_edi  password: ${sftp}\n`, 'ticket.txt')).toEqual([sftp]);
    expect(found('Portal for staff: frontend / backend\n', 'notes.txt')).toEqual([]);
  });

  it("reads Crisp's Go AuthenticateTier and leaves a chat widget's key", () => {
    const key = g.chars(HEX, 64);
    expect(found(`client.AuthenticateTier("plugin", "${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-8${g.chars(HEX, 3)}-${g.chars(HEX, 12)}", "${key}")\n`, 'crisp.go')).toEqual([key]);
    expect(found(`$env:ZENDESK_WIDGET_KEY = "${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-8${g.chars(HEX, 3)}-${g.chars(HEX, 12)}"\n`, 'setup.ps1')).toEqual([]);
  });

  it("reads Follow Up Boss keys outside a FUB name; leaves Bridge's test token, SimplyRETS' demo login, RESO record keys and a short salt", () => {
    const fub = `fka_0${g.chars(ALNUM, 33)}`;
    expect(found(`-const FUB = '${fub}';\n`, 'leads.patch')).toEqual([fub]);
    const bridge = ['6baca547742c6f96', 'a6ff71b138424f21'].join('');
    const simply = ['c2ltcGx5cmV0czpz', 'aW1wbHlyZXRz'].join('');
    expect(found(`curl "https://api.bridgedataoutput.com/api/v2/OData/test/Property?access_token=${bridge}&top=1"\n// const demo = { Authorization: 'Basic ${simply}' };\n`, 'README.md')).toEqual([]);
    expect(found(`"ListAgentKey": "${g.chars(HEX, 32)}",\n`, 'fixture.json')).toEqual([]);
    expect(found(`{"username": "koala", "salt": "${g.chars(ALNUM, 12)}", "hash": "${g.chars(HEX, 32)}"}\n`, 'servers.json')).toEqual([]);
  });

  it("reads billing secrets: Chargebee keys where Chargebee is named, Avalara license keys near its name, Paddle webhook secrets; leaves public client tokens and documented examples", () => {
    const cb = `live_${g.chars(ALNUM, 30)}x9Q${g.chars(ALNUM, 1)}`;
    expect(found(`import chargebee\nchargebee.configure("${cb}", "hooli-billing")\n`, 'billing.py')).toEqual([cb]);
    const lic = `${g.chars('0123456789', 4)}${g.chars('ABCDEF', 2)}${g.chars('0123456789ABCDEF', 10)}`;
    expect(found(`{"Avalara": {"AccountId": "2027435611", "LicenseKey": "${lic}"}}\n`, 'appsettings.json')).toEqual([lic]);
    const ntf = `pdl_ntfset_${g.chars('0123456789abcdefghjkmnpqrstvwxyz', 26)}_${g.chars(ALNUM, 32)}`;
    expect(found(`Our handler uses secret ${ntf} but staging differs\n`, 'ticket.txt')).toEqual([ntf]);
    expect(found(`paddleToken:"test_${g.chars(HEX, 27)}",rc:"strp_${g.chars(ALNUM, 27)}"\n`, 'app.min.js')).toEqual([]);
    const taxjar = ['9e0cd62a22f451701f29', 'c3bde214'].join('');
    const chargebeeExample = ['test_YkiZnDgc1MWyjlWRNBJg', 'HsKCRSSB8cuDlS'].join('');
    expect(found(`TAXJAR_API_TOKEN=${taxjar}\n# chargebee\n"api_key": "${chargebeeExample}"\n`, 'fixtures.env')).toEqual([]);
  });

  it("reads log shippers' secrets: cribl mode-worker -u, Cloud_Auth pairs, Sumo paths without their host; leaves Elastic's documented example key", () => {
    const cribl = `${g.chars(ALNUM, 29)}7aQ`;
    expect(found(`ExecStart=/opt/cribl/bin/cribl mode-worker -H leader.ops.example.io -p 4200 -u ${cribl}\n`, 'cribl-worker.service')).toEqual([cribl]);
    const es = `kS*i=d2${g.chars(ALNUM, 8)}Q*qa`;
    expect(found(`[OUTPUT]\n    Name  es\n    Cloud_Auth      elastic:${es}\n`, 'fluent-bit.conf')).toEqual([es]);
    const sumo = `${g.chars(`${ALNUM}-_`, 94)}==`;
    expect(found(`[OUTPUT]\n    Name  http\n    URI   /receiver/v1/http/${sumo}\n`, 'fluent-bit.conf')).toEqual([sumo]);
    const example = ['VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6', 'dWkybHAyYXhUTm1zeWFrdzl0dk5udw=='].join('');
    expect(found(`Elastic docs example key: \`${example}\`\n`, 'README.md')).toEqual([]);
  });

  it("keeps the review's mends: a bare key's secret sibling inside its own mapping, KrakenD keys only in the keys list, LibreNMS rows by shape", () => {
    const cacheKey = g.chars(HEX, 16);
    expect(found(`cache:\n  key: ${cacheKey}\ndatabase:\n  password: Sup3r${g.chars(ALNUM, 4)}Pw9\n`, 'app.yaml')).not.toContain(cacheKey);
    const exchangeKey = `${g.chars(ALNUM, 10)}9Qa${g.chars(ALNUM, 7)}`;
    expect(found(`exchange:\n  key: ${exchangeKey}\n  secret: ${g.chars(ALNUM, 8)}7Qa${g.chars(ALNUM, 9)}\n`, 'app.yaml')).toContain(exchangeKey);
    expect(found(`cfg = {"key": "${g.chars(ALNUM, 12)}7aQ${g.chars(ALNUM, 5)}", "secret": os.environ["S"]}\n`, 'app.py')).toEqual([]);
    const uuid = () => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-8${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    const key = uuid();
    expect(found(`{"auth/api-keys": {"strategy": "header", "keys": [{"key": "${key}", "roles": ["partner"]}]}}\n`, 'krakend.json')).toEqual([key]);
    expect(found(`{"auth/api-keys": {"strategy": "header"},\n "qos/http-cache": {"key": "${uuid()}"}}\n`, 'krakend.json')).toEqual([]);
    const token = g.chars(HEX, 32);
    expect(found(`INSERT INTO \`api_tokens\` VALUES (1,1,'${token}','noc automation',0);\n`, 'dump.sql')).toEqual([token]);
    expect(found(`INSERT INTO \`api_tokens\` VALUES (7,3,'${g.chars(HEX, 32)}','2024-01-02 10:00:00','2024-01-02 10:00:00');\n`, 'dump.sql')).toEqual([]);
  });

  it("keeps the review's mends in prose: an environment's code span, a login's user, FedEx keys with a digit, spaced SQL hashes and community colons", () => {
    expect(found(`the one for prod: \`${g.chars(HEX, 40)}\`\n`, 'chat.txt')).toEqual([]);
    const span = `${g.chars(ALNUM, 12)}7Qa${g.chars(ALNUM, 12)}`;
    expect(found(`the zywave one for staging: \`${span}\`\n`, 'chat.txt')).toEqual([span]);
    expect(found(`Account Settings / ${g.chars(ALNUM, 5)}&Plans${g.int(10, 99)} / Team\n`, 'notes.md')).toEqual([]);
    expect(found('<v28:UserCredential>\n  <v28:Key>AuthenticationKey</v28:Key>\n', 'fedex.xml')).toEqual([]);
    const sql = `${g.chars(ALNUM, 5)}#${g.int(10, 99)}Rv${g.chars(ALNUM, 3)}`;
    expect(found(`UPDATE users SET passwd = md5 ('${sql}') WHERE username = 'ops';\n`, 'reset.sql')).toEqual([sql]);
    const community = `${g.chars(ALNUM, 6)}%${g.int(10, 99)}`;
    expect(found(`the SNMP community: ${community} on the core switches\n`, 'ticket.txt')).toEqual([community]);
  });

  it("keeps the review's mends for values: a KDF's salt, a Chargebee test's name, RFC 8959's example", () => {
    const salt = `${g.chars(ALNUM, 10)}7Qa${g.chars(ALNUM, 11)}`;
    expect(found(`{"salt": "${salt}", "iterations": 100000, "dklen": 32}\n`, 'kdf.json')).toEqual([]);
    expect(found(`{"salt": "${salt}"}\n`, 'app.json')).toEqual([salt]);
    expect(found(`import chargebee\n\ndef test_createsSubscriptionForCustomerWith${g.int(2, 9)}Plans(self):\n    pass\n`, 'test_billing.py')).toEqual([]);
    const rfc = ['secret-token:', 'E92FB7EB-D882-47A4-A265-A0B6135DC842', '%20foo'].join('');
    expect(found(`Authorization: Bearer ${rfc}\n`, 'README.md')).toEqual([]);
  });
});

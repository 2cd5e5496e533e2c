import { createECDH, createHash, createHmac, pbkdf2Sync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSafeRegex, catalog, crc32, createDetector, createSampleGen, compileGlob, describeJsonError, hasBase62Crc32, isKeyLikeName, isPlaceholder, isPublicKeyContext, isSecretKeyName, sha256Hex, shannonEntropy, UnsafeRegexError } from '../src/index.js';

describe('sha256Hex', () => {
  it('agrees with node:crypto on any text, including non-ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('checksums and entropy', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
  });

  it('rejects a GitHub-style token whose checksum does not match', () => {
    expect(hasBase62Crc32(`ghp_${'a'.repeat(36)}`, 4)).toBe(false);
  });

  it('measures entropy in bits per character', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(shannonEntropy('')).toBe(0);
  });
});

describe('isSecretKeyName', () => {
  it('matches secret-named keys in any case or format, partially', () => {
    // The header names of Azure Functions, Azure API Management, Honeycomb and x-…-auth headers (from a review of the logger).
    for (const k of ['password', 'notionToken', 'x-api-key', 'Authorization', 'client_secret', 'AWS_SECRET_ACCESS_KEY', 'githubToken', 'DB_PASSWD', 'set-cookie', 'privateKey', 'x-functions-key', 'Ocp-Apim-Subscription-Key', 'x-honeycomb-team', 'x-supabase-auth', 'x-notion-auth', 'passwordHash', 'accessKeyId']) {
      expect(isSecretKeyName(k), k).toBe(true);
    }
  });

  it('leaves names that only mention a secret word', () => {
    // Facts about a secret, not the secret (from a review of the logger: masked booleans and dates).
    for (const k of ['maxTokens', 'tokenizer', 'passwordPolicy', 'secretName', 'tokenUrl', 'author', 'keyboard', 'csrfToken', 'forgotPassword', 'hasPassword', 'passwordChangedAt', 'apiKeyName', 'secretary', 'credentialsExpired', 'x-csrf-token-present', 'isTokenValid', 'secretsCount', 'passwordLength', 'credentialCount', 'api_keys_total']) {
      expect(isSecretKeyName(k), k).toBe(false);
    }
  });

  it('takes Algolia search-only key names as public, but not Elasticsearch, OpenSearch or Meilisearch API keys (from the labelled corpus)', () => {
    for (const k of ['ALGOLIA_SEARCH_API_KEY', 'algoliaSearchKey', 'NEXT_PUBLIC_ALGOLIA_SEARCH_KEY', 'SEARCH_ONLY_API_KEY']) {
      expect([isSecretKeyName(k), isKeyLikeName(k)], k).toEqual([false, false]);
    }
    for (const k of ['ELASTICSEARCH_API_KEY', 'OPENSEARCH_API_KEY', 'MEILISEARCH_API_KEY']) expect(isSecretKeyName(k), k).toBe(true);
  });

  it('takes personal access tokens by their short name, in the env-var and camel-case spellings only (a third blind grading)', () => {
    for (const k of ['GITLAB_PAT', 'AZURE_DEVOPS_PAT', 'PAT', 'gitlabPat', 'adoPAT']) expect(isSecretKeyName(k), k).toBe(true);
    // Compatibility flags and Python's regex names are no tokens.
    for (const k of ['compat', 'COMPAT', 'ieCompat', 'url_pat', 'date_pat', 'SPAT', 'file_path']) expect(isSecretKeyName(k), k).toBe(false);
  });

  it('takes admin passwords and short *_PASS names, but not joined words ending in "pass" (a third blind grading)', () => {
    // "adminpassword" holds "minpassword" (a minimum-length setting's name).
    for (const k of ['ADMIN_PASSWORD', 'STAGING_ADMIN_PASSWORD', 'adminPassword', 'DB_PASS', 'ADMIN_PASS', 'smtp.pass', 'pass', '$pass', '$sPass', 'strPass', 'dbPw', 'adminPass']) expect(isSecretKeyName(k), k).toBe(true);
    for (const k of ['bypass', 'compass', 'renderPass', 'shadowPass', 'minPassword', 'PasswordLastUsed', 'maxPasswordAge', 'InetNtopW']) expect(isSecretKeyName(k), k).toBe(false);
    // A fifth grading: a vendor's PAT in lower case, and key IDs (a GPG key's 16 hex digits) that are no keys.
    for (const k of ['config.azure_devops_pat', 'gitlab-pat', 'ansible_become_pass']) expect(isSecretKeyName(k), k).toBe(true);
    for (const k of ['SIGNING_KEY_ID', 'signing_key_id', 'gpgKeyFingerprint', 'url_pat']) expect(isSecretKeyName(k), k).toBe(false);
  });
});

describe('documented examples seen on real codebases (the ESLint five-codebase bench)', () => {
  const b64url = (s: string): string => Buffer.from(s).toString('base64url');
  const jwt = (claims: object, sig: string): string => `${b64url('{"alg":"HS512","typ":"JWT"}')}.${b64url(JSON.stringify(claims))}.${sig}`;
  const sig = b64url('k9'.repeat(16) + 'zX'.repeat(8));

  it('a JWT re-signed with jwt.io\'s sample claims is an example, whatever its header and signature (zod\'s tests)', () => {
    const detector = createDetector();
    // From a review: claims that merely say "example" or "sample" are a real token's.
    expect(detector.scan(`const t = "${jwt({ iss: 'https://login.example.com/', sub: 'u-81f2', email: 'ops@samplehealth.test' }, sig)}";`).map((f) => f.ruleId)).toEqual(['jwt']);
    expect(detector.scan(`const t = "${jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, sig)}";`)).toEqual([]);
    expect(detector.scan(`const t = "${jwt({ sub: '8f3a91', org: 'acme', exp: 1893456000 }, sig)}";`).map((f) => f.ruleId)).toEqual(['jwt']);
    expect(detector.scan(`const t = "${catalog.find((r) => r.id === 'jwt')!.sample(createSampleGen(9))}";`).map((f) => f.ruleId)).toEqual(['jwt']);
  });

  it('GitHub\'s, Mailgun\'s and Stripe\'s older documentation keys are examples; the same shapes with other values are not (a twentieth blind grading\'s negatives)', () => {
    const detector = createDetector();
    const docs: [string, string][] = [
      [['ghp_16C7e42F', '292c6912E7710c8', '38347Ae178B4a'].join(''), 'github-pat-classic'],
      [['key-3ax6xnjp29', 'jd6fds4gc373sg', 'vjxteol0'].join(''), 'mailgun-api-key'],
      [['sk_test_BQokik', 'JOvBiI2HlWgH4olfQ2'].join(''), 'stripe-test-secret-key'],
    ];
    for (const [value, id] of docs) {
      expect(detector.scan(`TOKEN = "${value}"\n`), id).toEqual([]);
      const other = catalog.find((r) => r.id === id)!.sample(createSampleGen(20));
      expect(detector.scan(`TOKEN = "${other}"\n`).map((f) => f.ruleId), id).toContain(id);
    }
  });

  it('the Kubernetes docs\' Secret example password is an example, base64 in data: or plain; another value is not (secretlint\'s k8s fixtures)', () => {
    const docs = ['1f2d', '1e2e', '67df'].join('');
    const b64 = Buffer.from(docs).toString('base64');
    const detector = createDetector();
    expect(detector.scan(`kind: Secret\ndata:\n  password: ${b64}\n`)).toEqual([]);
    expect(isPlaceholder(docs)).toBe(true);
    expect(detector.scan(`kind: Secret\ndata:\n  password: ${Buffer.from('9c4e7a1b52fd').toString('base64')}\n`).map((f) => f.ruleId)).toEqual(['generic-secret-env']);
  });

  it('the 20 Hardhat/Anvil development keys, derived here from their published mnemonic, are examples; another key is not', () => {
    // BIP-39 seed, then BIP-32 down m/44'/60'/0'/0/i, as Hardhat and Anvil derive their accounts.
    const N = BigInt('0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141');
    const mnemonic = [...Array<string>(11).fill('test'), 'junk'].join(' ');
    const seed = pbkdf2Sync(mnemonic, 'mnemonic', 2048, 64, 'sha512');
    const derive = (index: number): string => {
      let I = createHmac('sha512', 'Bitcoin seed').update(seed).digest();
      let key = I.subarray(0, 32);
      let chain = I.subarray(32);
      for (const [i, hardened] of [[44, true], [60, true], [0, true], [0, false], [index, false]] as const) {
        const n = Buffer.alloc(4);
        n.writeUInt32BE(hardened ? (i + 0x80000000) >>> 0 : i);
        const ecdh = createECDH('secp256k1');
        ecdh.setPrivateKey(key);
        const data = hardened ? Buffer.concat([Buffer.alloc(1), key, n]) : Buffer.concat([ecdh.getPublicKey(null, 'compressed'), n]);
        I = createHmac('sha512', chain).update(data).digest();
        const child = (BigInt(`0x${I.subarray(0, 32).toString('hex')}`) + BigInt(`0x${key.toString('hex')}`)) % N;
        key = Buffer.from(child.toString(16).padStart(64, '0'), 'hex');
        chain = I.subarray(32);
      }
      return key.toString('hex');
    };
    const detector = createDetector();
    for (let i = 0; i < 20; i++) {
      const key = derive(i);
      expect(isPlaceholder(`0x${key}`), `account ${i}`).toBe(true);
      expect(isPlaceholder(key.toUpperCase()), `account ${i}`).toBe(true);
      expect(detector.scan(`const signer = new Wallet("0x${key}");`), `account ${i}`).toEqual([]);
    }
    const other = derive(20);
    expect(isPlaceholder(other)).toBe(false);
    expect(detector.scan(`const signer = new Wallet("0x${other}");`).map((f) => f.ruleId)).toEqual(['ethereum-private-key']);
  });

  it('a stretch typed over and over is a stand-in, after a vendor prefix too; random values of any length are not (the core bench\'s near-miss files)', () => {
    const g = createSampleGen(2205);
    const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    for (const period of [2, 7, 16, 24]) {
      const stretch = g.chars(B62, period);
      expect(isPlaceholder(`EAAE${stretch.repeat(Math.ceil(96 / period))}`), `period ${period}`).toBe(true);
      expect(isPlaceholder(stretch.repeat(Math.ceil(40 / period) + 2)), `period ${period}`).toBe(true);
    }
    for (const length of [24, 40, 64, 128, 400]) expect(isPlaceholder(g.chars(B62, length)), `length ${length}`).toBe(false);
  });

  it('abc123 marks a hand-made test value (notion-sdk-js\'s webhook tests)', () => {
    expect(isPlaceholder(['secret', 'abc123', 'verification', 'token'].join('_'))).toBe(true);
  });

  it('a key beside indexName is an Algolia search-only key, public by design (DocSearch configs)', () => {
    expect(isPublicKeyContext('apiKey', ['indexName', 'appId', 'apiKey'])).toBe(true);
    expect(isPublicKeyContext('api_key', ['index_name', 'app_id', 'api_key', 'container'])).toBe(true);
    expect(isPublicKeyContext('apiKey', ['appId', 'apiKey'])).toBe(false);
    // From a review: an indexing config (gatsby-plugin-algolia) takes an admin key; masterKey is never public.
    expect(isPublicKeyContext('apiKey', ['appId', 'apiKey', 'indexName', 'queries'])).toBe(false);
    expect(isPublicKeyContext('masterKey', ['host', 'masterKey', 'indexName'])).toBe(false);
  });
});

describe('describeJsonError', () => {
  const problem = (text: string): string => {
    try {
      JSON.parse(text);
    } catch (error) {
      return describeJsonError(text, error);
    }
    throw new Error('parsed');
  };
  it('names the problem and its place, never the text around it (JSON.parse quotes it)', () => {
    const t = createSampleGen(7).chars('abcdefghijklmnopqrstuvwxyz0123456789', 36);
    expect(problem(`{"a": 1,\n "b": ghp_${t}}`)).toBe("Unexpected token 'g' at line 2, column 7");
    expect(problem(`{"padding1": 1, "padding2": 2,\n"k": xx${t}}`)).toBe("Unexpected token 'x' at line 2, column 6");
    expect(problem('{"a": 1,}')).toBe('Expected double-quoted property name at line 1, column 9');
    expect(problem('{"a": 1 "b": 2}')).toBe("Expected ',' or '}' after property value at line 1, column 9");
    expect(problem('{"a": "b')).toBe('Unterminated string at line 1, column 9');
    expect(problem('')).toBe('Unexpected end of JSON input');
    expect(describeJsonError('{', new Error(`odd message with "${t}"`))).toBe('invalid JSON');
  });
});

describe('isPlaceholder', () => {
  it('recognises stand-ins', () => {
    for (const v of ['your_token_here', 'YOUR-API-KEY', '<token>', '${TOKEN}', '{{ secret }}', 'xxxxxxxx', '00000000000000', 'changeme', 'abc...', 'process.env.TOKEN', 'mock_access_key/20220524/us-east-1', 'cloudformation/7870825a-xmpl-4def-92e7']) {
      expect(isPlaceholder(v), v).toBe(true);
    }
    expect(isPlaceholder('q8Zr2LmX7vNw4PkT')).toBe(false);
  });
});

describe('compileGlob', () => {
  it('handles **, *, ? and braces, and bare names anywhere', () => {
    expect(compileGlob('fixtures/**').test('fixtures/a/b.ts')).toBe(true);
    expect(compileGlob('src/*.ts').test('src/a.ts')).toBe(true);
    expect(compileGlob('src/*.ts').test('src/a/b.ts')).toBe(false);
    expect(compileGlob('*.{snap,lock}').test('deep/x.snap')).toBe(true);
    expect(compileGlob('**/test/**').test('packages/core/test/a.ts')).toBe(true);
    expect(compileGlob('?.md').test('a.md')).toBe(true);
  });

  it('matches like the regex compiler did, plus classes, anchors and "inside a folder"', () => {
    const cases: [string, string, boolean][] = [
      ['*.pem', 'deep/dir/key.pem', true],
      ['certs/*', 'certs/a', true],
      ['certs/*', 'x/certs/a', false],
      ['/certs/*', 'certs/a', true],
      ['[Ss]ecrets/*', 'Secrets/a', true],
      ['[!a]b', 'cb', true],
      ['[!a]b', 'ab', false],
      ['fixtures/**', 'fixtures', false],
      ['**/env/**', 'src/env/index.ts', true],
      ['**/config.*', 'config.ts', true],
      ['**/*.config.*', 'apps/web/tsup.config.ts', true],
      ['a/**/b', 'a/b', true],
      ['a/**/b', 'a/x/y/b', true],
      ['{src,lib}/**/*.{ts,js}', 'lib/a/b.js', true],
      ['{unclosed', '{unclosed', true],
      ['[z-a]', 'z', false],
      [String.raw`\*`, '*', true],
      // From a review: "./" and a trailing "/" as in .gitignore.
      ['./src/*.ts', 'src/a.ts', true],
      ['dist/', 'packages/app/dist/x.js', true],
      ['/dist/', 'packages/app/dist/x.js', false],
      ['/dist/', 'dist/x.js', true],
      ['secrets/', 'secrets', false],
      ['test/**', 'app/test/a.ts', false],
      ['test/**', 'test/a.ts', true],
    ];
    for (const [glob, path, want] of cases) expect(compileGlob(glob).test(path), `${glob} ~ ${path}`).toBe(want);
  });

  it('refuses globs it would have to cut short, instead of dropping alternatives (from a review)', () => {
    expect(() => compileGlob(`${'{a,b}/'.repeat(9)}x`)).toThrow(/more than 256 alternatives/);
    expect(() => compileGlob('{'.repeat(20_000))).toThrow(/longer than 1024/);
    expect(compileGlob(`{${Array.from({ length: 200 }, (_, i) => `f${i}`).join(',')}}.ts`).test('f199.ts')).toBe(true);
  });

  it('runs in time proportional to name and pattern length (from a review: a regex took minutes)', () => {
    const glob = compileGlob('*a*a*a*a*a*a*a*a*b');
    const name = 'a'.repeat(4000);
    const started = performance.now();
    expect(glob.test(name)).toBe(false);
    expect(compileGlob('**/**/**/**/**/x').test(`${'d/'.repeat(300)}y`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('assertSafeRegex', () => {
  it('accepts ordinary patterns', () => {
    for (const p of ['acme_[a-z0-9]{32}', '(?:foo|bar)_[A-Z]+', 'key\\s*=\\s*([a-f0-9]{40})', '(ab){2,5}']) expect(() => assertSafeRegex(p), p).not.toThrow();
  });

  it('rejects nested quantifiers, repeated alternation and backreferences', () => {
    for (const p of ['(a+)+', '(a*)*', '((ab)*c)+', '(a|b)+', '(\\d+\\s?)+$', '(a)\\1', '(?<x>a)\\k<x>']) {
      expect(() => assertSafeRegex(p), p).toThrow(UnsafeRegexError);
    }
  });
});

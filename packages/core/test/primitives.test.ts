import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertSafeRegex, catalog, crc32, createDetector, createSampleGen, globToRegExp, hasBase62Crc32, isPlaceholder, isPublicKeyContext, isSecretKeyName, sha256Hex, shannonEntropy, UnsafeRegexError } from '../src/index.js';

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
    for (const k of ['password', 'notionToken', 'x-api-key', 'Authorization', 'client_secret', 'AWS_SECRET_ACCESS_KEY', 'githubToken', 'DB_PASSWD', 'set-cookie', 'privateKey']) {
      expect(isSecretKeyName(k), k).toBe(true);
    }
  });

  it('leaves names that only mention a secret word', () => {
    for (const k of ['maxTokens', 'tokenizer', 'passwordPolicy', 'secretName', 'tokenUrl', 'author', 'keyboard', 'csrfToken', 'forgotPassword']) {
      expect(isSecretKeyName(k), k).toBe(false);
    }
  });
});

describe('documented examples seen on real codebases (the ESLint five-codebase bench)', () => {
  const b64url = (s: string): string => Buffer.from(s).toString('base64url');
  const jwt = (claims: object, sig: string): string => `${b64url('{"alg":"HS512","typ":"JWT"}')}.${b64url(JSON.stringify(claims))}.${sig}`;
  const sig = b64url('k9'.repeat(16) + 'zX'.repeat(8));

  it('a JWT re-signed with jwt.io\'s sample claims is an example, whatever its header and signature (zod\'s tests)', () => {
    const detector = createDetector();
    expect(detector.scan(`const t = "${jwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, sig)}";`)).toEqual([]);
    expect(detector.scan(`const t = "${jwt({ sub: '8f3a91', org: 'acme', exp: 1893456000 }, sig)}";`).map((f) => f.ruleId)).toEqual(['jwt']);
    expect(detector.scan(`const t = "${catalog.find((r) => r.id === 'jwt')!.sample(createSampleGen(9))}";`).map((f) => f.ruleId)).toEqual(['jwt']);
  });

  it('abc123 marks a hand-made test value (notion-sdk-js\'s webhook tests)', () => {
    expect(isPlaceholder(['secret', 'abc123', 'verification', 'token'].join('_'))).toBe(true);
  });

  it('a key beside indexName is an Algolia search-only key, public by design (DocSearch configs)', () => {
    expect(isPublicKeyContext(['indexName', 'appId', 'apiKey'])).toBe(true);
    expect(isPublicKeyContext(['index_name'])).toBe(true);
    expect(isPublicKeyContext(['appId', 'apiKey'])).toBe(false);
  });
});

describe('isPlaceholder', () => {
  it('recognises stand-ins', () => {
    for (const v of ['your_token_here', 'YOUR-API-KEY', '<token>', '${TOKEN}', '{{ secret }}', 'xxxxxxxx', '00000000000000', 'changeme', 'abc...', 'process.env.TOKEN']) {
      expect(isPlaceholder(v), v).toBe(true);
    }
    expect(isPlaceholder('q8Zr2LmX7vNw4PkT')).toBe(false);
  });
});

describe('globToRegExp', () => {
  it('handles **, *, ? and braces, and bare names anywhere', () => {
    expect(globToRegExp('fixtures/**').test('fixtures/a/b.ts')).toBe(true);
    expect(globToRegExp('src/*.ts').test('src/a.ts')).toBe(true);
    expect(globToRegExp('src/*.ts').test('src/a/b.ts')).toBe(false);
    expect(globToRegExp('*.{snap,lock}').test('deep/x.snap')).toBe(true);
    expect(globToRegExp('**/test/**').test('packages/core/test/a.ts')).toBe(true);
    expect(globToRegExp('?.md').test('a.md')).toBe(true);
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

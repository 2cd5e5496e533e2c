import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, createDetector, createSampleGen, mask, redact, redactValue, Secret } from '../src/index.js';

const gen = createSampleGen(11);
const sampleOf = (id: string) => catalog.find((r) => r.id === id)!.sample(gen);
const detector = createDetector();

describe('mask', () => {
  it('keeps only a known provider prefix', () => {
    expect(mask(sampleOf('notion-integration-token'))).toBe('ntn_****');
    expect(mask(sampleOf('github-fine-grained-pat'))).toBe('github_pat_****');
    expect(mask('hunter2-but-longer')).toBe('****');
    expect(mask('ntn_x')).toBe('****');
  });
});

describe('redact', () => {
  it('masks every secret in a text and leaves the rest alone', () => {
    const a = sampleOf('notion-integration-token');
    const b = sampleOf('stripe-secret-key');
    const text = `notion=${a}\nstripe: "${b}"\nplain text stays`;
    expect(redact(text)).toBe(`notion=ntn_****\nstripe: "sk_live_****"\nplain text stays`);
  });

  it('returns the same string when there is nothing to mask', () => {
    const text = 'nothing to see here';
    expect(redact(text)).toBe(text);
    expect(redact('')).toBe('');
  });
});

// Strings made of filler and real generated tokens from across the catalog.
const tokenRules = catalog.filter((r) => !r.sampleKey && !r.sampleIsBlock);
const textWithTokens = fc
  .array(
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(' ', '\n', '"', '=', ': ', '&token='),
      fc.tuple(fc.integer({ min: 0, max: tokenRules.length - 1 }), fc.integer()).map(([i, seed]) => tokenRules[i]!.sample(createSampleGen(seed))),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));

describe('redact properties', () => {
  it('leaves no detected secret in its output', () => {
    fc.assert(
      fc.property(textWithTokens, (text) => {
        const secrets = detector.scanRevealing(text).map((f) => f.secret);
        const out = redact(text);
        for (const s of secrets) expect(out.includes(s)).toBe(false);
        expect(detector.scan(out)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(textWithTokens, (text) => {
        const once = redact(text);
        expect(redact(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('redactValue', () => {
  it('masks by key name at any depth, in any case or format, and by value', () => {
    const token = sampleOf('notion-integration-token');
    const gh = sampleOf('github-pat-classic');
    const input = {
      user: 'ada',
      notionToken: token,
      headers: { 'x-api-key': 'abc', Authorization: `Bearer ${gh}`, accept: 'json' },
      nested: [{ deeper: { client_secret: 'not-shaped-like-a-token' } }],
      note: `synced with ${token}`,
      maxTokens: 4096,
    };
    expect(redactValue(input)).toEqual({
      user: 'ada',
      notionToken: 'ntn_****',
      headers: { 'x-api-key': '****', Authorization: 'Bearer ghp_****', accept: 'json' },
      nested: [{ deeper: { client_secret: '****' } }],
      note: 'synced with ntn_****',
      maxTokens: 4096,
    });
  });

  it('runs a given redactString on every string, Error messages, Map keys and values and URLs included', () => {
    const seen: string[] = [];
    const upper = (s: string): string => {
      seen.push(s);
      return s.toUpperCase();
    };
    const err = new Error('boom');
    const out = redactValue({ a: 'x', list: ['y'], m: new Map([['k', 'z']]), err, url: new URL('https://example.test/p') }, { redactString: upper });
    expect(out).toMatchObject({ a: 'X', list: ['Y'], url: 'HTTPS://EXAMPLE.TEST/P' });
    // Map keys go through it too (they are printed).
    expect(out.m.get('K')).toBe('Z');
    expect(out.err.message).toBe('BOOM');
    expect(seen).toEqual(expect.arrayContaining(['x', 'y', 'k', 'z', 'boom', 'https://example.test/p']));
  });

  it('keeps an own "__proto__" key as data, never as the copy\'s prototype', () => {
    const input = JSON.parse('{"__proto__": {"isAdmin": true}, "a": 1}') as Record<string, unknown>;
    const out = redactValue(input);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"isAdmin":true},"a":1}');
  });

  it('drops a toJSON method from copies, so JSON shows the redacted data, not the original', () => {
    const token = sampleOf('github-pat-classic');
    const out = redactValue({ note: 'hi', toJSON: () => ({ leaked: token }) });
    expect(JSON.stringify(out)).toBe('{"note":"hi"}');
  });

  it('never mutates its input', () => {
    const token = sampleOf('notion-integration-token');
    const input = { a: { token }, list: [token] };
    const snapshot = JSON.stringify(input);
    redactValue(input);
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it('survives cycles, depth and throwing getters', () => {
    const cyclic: Record<string, unknown> = { name: 'root' };
    cyclic.self = cyclic;
    const hostile = {
      get boom(): string {
        throw new Error('getter exploded');
      },
      fine: 1,
    };
    let deep: Record<string, unknown> = { leaf: true };
    for (let i = 0; i < 50; i++) deep = { next: deep };
    expect(redactValue(cyclic)).toEqual({ name: 'root', self: '[Circular]' });
    expect(redactValue(hostile)).toEqual({ boom: '[Unreadable]', fine: 1 });
    expect(JSON.stringify(redactValue(deep, { maxDepth: 5 }))).toContain('[Depth limit]');
  });

  it('scans Error messages, stacks and causes, keeping the error type', () => {
    const token = sampleOf('notion-integration-token');
    const cause = new Error(`upstream rejected ${token}`);
    const err = new TypeError(`request failed for ${token}`, { cause });
    const out = redactValue(err);
    expect(out).toBeInstanceOf(TypeError);
    expect(out.message).toBe('request failed for ntn_****');
    expect(out.stack).not.toContain(token);
    expect((out.cause as Error).message).toBe('upstream rejected ntn_****');
    expect(err.message).toContain(token);
  });

  it('prints Secrets as their mask and walks Maps and Sets', () => {
    const token = sampleOf('notion-integration-token');
    const out = redactValue({ s: new Secret(token), m: new Map([['password', 'p4ss-w0rd-long'], ['k', token]]), set: new Set([token]) });
    expect(out.s).toBe('ntn_****');
    expect([...out.m.entries()]).toEqual([['password', '****'], ['k', 'ntn_****']]);
    expect([...out.set]).toEqual(['ntn_****']);
  });

  it('preserves the shape of plain data', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
    })).value;
    const shape = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(shape);
      if (v && typeof v === 'object') return Object.keys(v).sort();
      return 'leaf';
    };
    fc.assert(
      fc.property(json, (value) => {
        expect(shape(redactValue(value))).toEqual(shape(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('redactValue: what util.inspect prints besides values', () => {
  it('masks Map keys, Symbol descriptions and function names (from a bug: the console and winston adapters leaked them)', async () => {
    const { inspect } = await import('node:util');
    const { catalog, createSampleGen, redactValue } = await import('../src/index.js');
    const t = catalog.find((r) => r.id === 'notion-integration-token')!.sample(createSampleGen(21));
    const named = { [t]: () => 1 };
    const out = redactValue({ map: new Map([[t, 1]]), sym: Symbol(t), fn: named[t], plain: Symbol('ok') });
    const shown = inspect(out, { depth: 5 });
    expect(shown).not.toContain(t.slice(4, 20));
    expect(shown).toContain('ntn_****');
    expect(shown).toContain('Symbol(ok)');
  });
});

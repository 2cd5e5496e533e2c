import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, createDetector, createSampleGen, mask, maskQueryParams, maskUrlPasswords, redact, redactValue, Secret } from '../src/index.js';
import { expectLinear } from './helpers.js';

const gen = createSampleGen(11);
const sampleOf = (id: string) => catalog.find((r) => r.id === id)!.sample(gen);

/** An object whose `note` getter answers "clean first" on the first read and `token` after; reset() starts over. */
function rereadFlips(token: string): { sneaky: { readonly note: string }; reset: () => void } {
  let reads = 0;
  const sneaky = {
    get note(): string {
      return ++reads === 1 ? 'clean first' : token;
    },
  };
  return { sneaky, reset: () => void (reads = 0) };
}
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

  it('is idempotent when a masked credential lets a rule reach the next command on the line (a counterexample the property found)', () => {
    const g = createSampleGen(2401);
    const pw = (): string => `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 12)}!${g.chars('abcdefghijkmnopqrstuvwxyz', 3)}`;
    const text = `curl -sS -u deploy:${pw()} https://nexus.internal/repository/releases/ az login --service-principal -u http://ci-deployer -p "${pw()}" --tenant contoso.onmicrosoft.com`;
    const once = redact(text);
    expect(once).toContain('-u http://ci-deployer');
    expect(redact(once)).toBe(once);
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

describe('maskUrlPasswords', () => {
  it('masks every URL password, weak ones and those on example hosts too (the detector does not report them), and leaves slots and masks', () => {
    const pw = ['pw', '12', '3456'].join('');
    for (const [text, masked] of [
      [`postgres://u:${pw}@db.example.com/x`, 'postgres://u:****@db.example.com/x'],
      [`error: connect https://user:${pw}@api.acme.io/v1 failed`, 'error: connect https://user:****@api.acme.io/v1 failed'],
      [`amqp://guest:${pw}@rabbit:5672 and mysql://root:${pw}@localhost:3306/app`, 'amqp://guest:****@rabbit:5672 and mysql://root:****@localhost:3306/app'],
      [`redis://:${pw}@cache:6379`, 'redis://:****@cache:6379'],
    ]) {
      expect(maskUrlPasswords(text!)).toBe(masked);
      expect(redact(text!)).toBe(masked);
      // Idempotent.
      expect(redact(masked!)).toBe(masked);
    }
    for (const text of ['postgres://app:${DB_PASSWORD}@db/app', 'https://user@host/x', 'https://host/a:b@c', 'see http://host:8080/x', 'mailto:a:b@c', 'x://a:@b', 'https://user:{{ .pw }}@h']) {
      expect(maskUrlPasswords(text)).toBe(text);
    }
    expect(redact(`postgres://u:${pw}@db.example.com/x`, { urlPasswords: false })).toBe(`postgres://u:${pw}@db.example.com/x`);
  });

  it('runs in linear time on URL-shaped spam', () => {
    for (const [label, text] of [
      ['schemes', '://a:'.repeat(1 << 18)],
      ['one long user information', `://${'a:'.repeat(1 << 19)}`],
      ['passwords', 'x://u:p@'.repeat(1 << 17)],
    ] as const) expectLinear(label, text, (s) => maskUrlPasswords(s), 150);
  });
});

describe('maskQueryParams', () => {
  // The scanner it replaced, one separator at a time: the reference the "="-driven search must equal.
  const isName = (c: string): boolean => /[A-Za-z0-9_.[\]-]/.test(c);
  const isValue = (c: string): boolean => !/[&#"'<>\s]/.test(c);
  function reference(s: string, secret: (name: string) => boolean): string {
    let out = '';
    let copied = 0;
    for (let i = 0; i < s.length; i++) {
      // (A "#" is a separator only in a URL; these units never spell "://".)
      if (!'?&;'.includes(s[i]!)) continue;
      let eq = i + 1;
      while (eq < s.length && eq - i <= 64 && isName(s[eq]!)) eq++;
      if (eq === i + 1 || eq + 1 >= s.length || s[eq] !== '=' || !isValue(s[eq + 1]!)) continue;
      if (!secret(s.slice(i + 1, eq))) {
        i = eq;
        continue;
      }
      let end = eq + 1;
      while (end < s.length && isValue(s[end]!)) end++;
      if (s.slice(eq + 1, end) !== '****') {
        out += s.slice(copied, eq + 1) + '****';
        copied = end;
      }
      i = end - 1;
    }
    return out + s.slice(copied);
  }
  const secret = (name: string): boolean => ['sig', 'code', 'x'.repeat(64)].includes(name);

  it('agrees with a plain separator-by-separator scan', () => {
    const unit = fc.constantFrom('?', '&', ';', '=', '=', 'sig', 'code', 'a', 'b.c', '[0]', '-', ' ', '#', '%3D', '/', '****', 'é', '\n');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(maskQueryParams(s, secret)).toBe(reference(s, secret));
      }),
      { numRuns: 2000 },
    );
  });

  it('masks a credential in a URL fragment (OAuth\'s implicit flow), and redact finds the review\'s inline forms (from a review of the logger)', () => {
    const value = ['Zq8v', 'Lm2R', 't5Wx', 'K3pN'].join('');
    expect(maskQueryParams(`https://app.test/cb#access_token=${value}&token_type=bearer`)).toBe('https://app.test/cb#access_token=****&token_type=bearer');
    // Not a URL's fragment: an HTML anchor, a regex (from a second review).
    for (const text of ['<a href="#token=section">', '/#access_token=([^&]+)/', 'see docs.html#api_key=usage']) expect(maskQueryParams(text)).toBe(text);
    for (const [text, masked] of [
      [`redis://:${value}@cache:6379`, 'redis://:****@cache:6379'],
      [`mysql -h db --password=${value} app`, 'mysql -h db --password=**** app'],
      [`connect: host=db user=app password=${value} dbname=x`, 'connect: host=db user=app password=**** dbname=x'],
      [`https://app.test/cb#access_token=${value}`, 'https://app.test/cb#access_token=****'],
    ]) expect(redact(text as string)).toBe(masked);
    // A word and a few digits with no user is a documentation example (dotenv's error message):
    // the detector does not report it, and redact masks it as every URL password.
    expect(createDetector().scan('like dotenv://:key_1234@dotenv.org/vault/.env.vault?environment=development')).toEqual([]);
    expect(redact('like dotenv://:key_1234@dotenv.org/vault/.env.vault?environment=development')).toBe('like dotenv://:****@dotenv.org/vault/.env.vault?environment=development');
    expect(redact('mysql --password= --host db')).toBe('mysql --password= --host db');
    // Documentation shapes, and code (from a second review).
    for (const text of ['f"redis://:{password}@localhost:6379/0"', 'redis://:[password]@host:6379', 'mysql --password=STRING', '--password=file:/etc/db.pw', 'Example: user=foo password=bar123', 'conn(user=user, password=password)']) expect(redact(text), text).toBe(text);
    expect(redact(`aws rds create-db-instance --master-user-password=${value}`)).toBe('aws rds create-db-instance --master-user-password=****');
  });

  it('takes names of up to 64 characters', () => {
    const long = 'x'.repeat(64);
    expect(maskQueryParams(`?${long}=abc&b=1`, secret)).toBe(`?${long}=****&b=1`);
    expect(maskQueryParams(`?y${long}=abc`, () => true)).toBe(`?y${long}=abc`);
  });
});

describe('redactValue', () => {
  it('walks what a toJSON of a built-in type\'s subclass returns, and leaves the built-ins\' own (from an adversarial review)', () => {
    const token = sampleOf('github-pat-classic');
    class When extends Date {
      override toJSON(): string {
        return token;
      }
    }
    class Failure extends Error {
      toJSON(): unknown {
        return { detail: token };
      }
    }
    const buffer = Buffer.from('hello');
    Object.defineProperty(buffer, 'toJSON', { value: () => token });
    const value = { when: new When(), failure: new Failure('x'), password: new When(), buffer, list: [new Failure('y')] };
    const out = JSON.stringify(redactValue(value));
    expect(out).not.toContain(token);
    expect(JSON.parse(out)).toMatchObject({ when: 'ghp_****', failure: { detail: 'ghp_****' }, password: 'ghp_****', buffer: 'ghp_****' });
    // The built-ins print as they are: the same values are handed back.
    const plain = { at: new Date(0), url: new URL('https://a.test/x'), bytes: Buffer.from('hi') };
    const walked = redactValue(plain);
    expect(walked).toBe(plain);
  });

  it('keeps a value masked already as it is under a secret name (walked twice, it does not lose its prefix)', () => {
    const raw = `ghp_${createSampleGen(41).chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 36)}`;
    const once = redactValue({ session: { token: raw }, auth: `Bearer ${raw}`, password: 'hunter2!x' });
    expect(once).toEqual({ session: { token: 'ghp_****' }, auth: 'Bearer ghp_****', password: '****' });
    expect(redactValue(once)).toEqual(once);
    // A value that only ends in "****" is still masked whole.
    expect(redactValue({ token: 'abc-1234****' })).toEqual({ token: '****' });
  });

  it("masks rawHeaders values by the header name before them (from a review: an opaque x-api-key in a logged IncomingMessage)", () => {
    const opaque = ['Zq8', 'xW2vLp0Rt', '7Ym4Kd'].join('');
    const raw = ['host', 'api.test', 'x-api-key', opaque, 'authorization', `Bearer ${opaque}`, 'accept', 'application/json'];
    const out = redactValue({ incoming: { rawHeaders: raw } }) as { incoming: { rawHeaders: string[] } };
    expect(out.incoming.rawHeaders).toEqual(['host', 'api.test', 'x-api-key', '****', 'authorization', 'Bearer ****', 'accept', 'application/json']);
    const clean = { rawHeaders: ['host', 'api.test'] };
    expect(redactValue(clean)).toBe(clean);
  });

  it('walks a huge or sparse array up to 100,000 items and says how many more there were (from a review: a[1e9] = 1 aborted the process)', () => {
    const sparse: unknown[] = [];
    sparse[1e9] = 'x';
    const out = redactValue({ sparse }) as { sparse: unknown[] };
    expect(out.sparse).toHaveLength(100_001);
    expect(out.sparse.at(-1)).toBe(`[${1e9 + 1 - 100_000} more items not shown]`);
    const small = ['a', 'b'];
    expect(redactValue(small)).toBe(small);
  });

  it('replaces a typed array that holds key material (scanBinary), and keeps other bytes as they are', () => {
    const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const out = redactValue({ upload: { bytes: key, preview: png } }) as { upload: { bytes: unknown; preview: unknown } };
    expect(out.upload.bytes).toBe('[Binary key material]');
    expect(out.upload.preview).toBe(png);
    expect(JSON.stringify(out)).not.toContain(String(key[10]) + ',' + String(key[11]) + ',' + String(key[12]));
  });

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

  it('walks what toJSON returns, as JSON prints it: a plain object\'s, a class\'s, a Date given its own (from a review)', () => {
    const token = sampleOf('github-pat-classic');
    expect(JSON.stringify(redactValue({ note: 'hi', toJSON: () => ({ leaked: token }) }))).toBe('{"leaked":"ghp_****"}');
    class Money {
      constructor(readonly cents: number) {}
      toJSON(): string {
        return `$${(this.cents / 100).toFixed(2)}`;
      }
    }
    // A token-free class keeps its own form (it was flattened to {"cents":1234}).
    expect(JSON.stringify(redactValue({ price: new Money(1234) }))).toBe('{"price":"$12.34"}');
    const date = new Date(0);
    (date as unknown as { toJSON: () => string }).toJSON = () => token;
    expect(JSON.stringify(redactValue({ d: date }))).toBe('{"d":"ghp_****"}');
    const plainDate = { when: new Date(0) };
    expect(redactValue(plainDate)).toBe(plainDate);
  });

  it('masks a token used as a key at any depth, and everything under a secret name; a boolean there stays (from a review)', () => {
    const token = sampleOf('github-pat-classic');
    const out = redactValue({ a: { b: { [token]: 1 } }, list: [{ [token]: 'x' }] });
    expect(JSON.stringify(out)).not.toContain(token);
    expect(Object.keys(out.a.b)).toEqual(['ghp_****']);
    const opaque = 'opaqueValue12345678';
    const nested = redactValue({ headers: { 'set-cookie': [`sid=${opaque}`], cookie: [`sid=${opaque}`] }, user: { password: { hash: opaque, rounds: 12 } }, hasPassword: false, passwordSet: true });
    expect(JSON.stringify(nested)).not.toContain(opaque);
    expect(nested.user.password).toEqual({ hash: '****', rounds: '****' });
    expect(nested.hasPassword).toBe(false);
    expect(nested.passwordSet).toBe(true);
  });

  it('judges a boxed String as its text; bytes, boxed values and URLs under a secret name are masked whole (from a second review)', () => {
    const token = sampleOf('github-pat-classic');
    const boxed = new String(token);
    const out = redactValue({ s: boxed, list: [boxed], clean: new String('plain words'), password: Buffer.from('hunter2-plain'), apiKey: new Uint8Array([1, 2, 3]), token: new URL('https://example.test/a'), credentials: new (class Creds { constructor(readonly user = 'bob', readonly pin = 1234) {} })() });
    const json = JSON.stringify(out);
    expect(json).not.toContain(token);
    expect(json).not.toContain('"0":"g"');
    expect(out.s).toBe('ghp_****');
    expect(JSON.stringify(out.clean)).toBe('"plain words"');
    expect([out.password, out.apiKey, out.token]).toEqual(['****', '****', '****']);
    expect(out.credentials).toEqual({ user: '****', pin: '****' });
    expect(redactValue({ big: Buffer.alloc(17 * 1024 * 1024, 0x61) }).big).toBe(`[${17 * 1024 * 1024} bytes not shown]`);
  });

  it('reads a Buffer or typed array holding a token as text and masks it; other bytes stay as they are (from a review)', () => {
    const token = sampleOf('github-pat-classic');
    const out = redactValue({ body: Buffer.from(`token=${token}`), u8: new TextEncoder().encode(token), clean: Buffer.from('hello world, no secret') });
    expect(JSON.stringify(out)).not.toContain(token);
    expect(JSON.stringify(out)).not.toContain(JSON.stringify([...Buffer.from(token)]).slice(1, -1));
    expect(out.body).toBe('token=ghp_****');
    expect(Buffer.isBuffer(out.clean)).toBe(true);
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
    const out = redactValue({ s: new Secret(token), m: new Map([['password', 'example-password-1'], ['k', token]]), set: new Set([token]) });
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

describe('redactValue is copy-on-write', () => {
  it('returns the value itself when nothing needs masking, Errors, Maps, Sets and URLs included', () => {
    const input = { user: 'ada', list: [1, 'two', { three: 3 }], err: new Error('plain'), m: new Map([['k', 'v']]), s: new Set(['x']), when: new Date(0), url: new URL('https://example.test/a?page=2') };
    expect(redactValue(input)).toBe(input);
    expect(redactValue(input.err)).toBe(input.err);
  });

  it('copies only the path to what it masks and shares every unchanged branch', () => {
    const token = sampleOf('notion-integration-token');
    const clean = { deep: { list: [1, 2, 3] } };
    const input = { clean, hot: { notionToken: token, keep: { a: 1 } }, list: ['x', token] };
    const out = redactValue(input);
    expect(out).not.toBe(input);
    expect(out.clean).toBe(clean);
    expect(out.hot).not.toBe(input.hot);
    expect(out.hot.keep).toBe(input.hot.keep);
    expect(out.hot.notionToken).toBe('ntn_****');
    expect(out.list).toEqual(['x', 'ntn_****']);
    expect(input.hot.notionToken).toBe(token);
  });

  it('reads each property once and builds the copy from that read (a getter that changes its answer)', () => {
    const token = sampleOf('github-pat-classic');
    let reads = 0;
    const sneaky = {
      get note(): string {
        reads++;
        return reads === 1 ? `first ${token}` : 'clean later';
      },
    };
    // The copy is built from the first read; the second read (rereads, on by default) only checks.
    const out = redactValue(sneaky);
    expect(out.note).toBe('first ghp_****');
    reads = 0;
    expect(redactValue(sneaky, { rereads: false }).note).toBe('first ghp_****');
    expect(reads).toBe(1);
  });

  it('never hands on an original that shows more than was walked (from a review: Maps, Sets, Errors and objects that serialise extra data)', async () => {
    const { inspect } = await import('node:util');
    const token = sampleOf('github-pat-classic');
    const tail = token.slice(-10);
    const shows = (v: unknown, options = {}): string => JSON.stringify(redactValue(v, options)) ?? '';
    // Own enumerable properties of a Map or Set, and a subclass's toJSON.
    expect(shows(Object.assign(new Map(), { token }))).not.toContain(tail);
    expect(shows(Object.assign(new Set(), { note: token }))).not.toContain(tail);
    class LeakyMap extends Map {
      toJSON(): unknown {
        return { t: token };
      }
    }
    expect(shows({ m: new LeakyMap() })).not.toContain(tail);
    // An Error subclass whose toJSON reads a hidden field.
    class LeakyError extends Error {
      constructor(message: string, hidden: string) {
        super(message);
        Object.defineProperty(this, 'hidden', { value: hidden });
      }
      toJSON(): unknown {
        return { hidden: (this as unknown as { hidden: string }).hidden };
      }
    }
    expect(shows({ e: new LeakyError('x', token) })).not.toContain(tail);
    // A non-enumerable toJSON on a plain object.
    const sneaky = { a: 1 };
    Object.defineProperty(sneaky, 'toJSON', { value: () => ({ t: token }) });
    expect(shows(sneaky)).not.toContain(tail);
    // util.inspect prints an AggregateError's errors and an array's named properties.
    // Built at run time: three words and a digit read as a memorable passphrase.
    const passphrase = ['hunter2', 'pass', 'word'].join('-');
    const aggregate = new AggregateError([{ password: passphrase }, new Error(`upstream ${token}`)], 'many');
    const shownAggregate = inspect(redactValue(aggregate, { inspect: true }), { depth: 5 });
    expect(shownAggregate).not.toContain('hunter2');
    expect(shownAggregate).not.toContain(tail);
    const list = Object.assign(['ok'], { password: passphrase });
    expect(inspect(redactValue(list, { inspect: true }))).not.toContain('hunter2');
    // A plain Map, Set and Error with nothing to mask still come back as they are.
    const clean = { m: new Map([['k', 'v']]), s: new Set([1]), e: new Error('plain') };
    expect(redactValue(clean)).toBe(clean);
  });

  it('by default copies an object whose getter answers a token on the second read', () => {
    const token = sampleOf('github-pat-classic');
    const { sneaky } = rereadFlips(token);
    expect(JSON.stringify(redactValue(sneaky))).toBe('{"note":"clean first"}');
    let messageReads = 0;
    const err = new Error('x');
    Object.defineProperty(err, 'message', { get: () => (++messageReads === 1 ? 'clean' : token) });
    const out = redactValue(err);
    expect(out).not.toBe(err);
    expect(out.message).toBe('clean');
  });

  it('with rereads, copies an object whose getter answers a token on the second read', () => {
    const token = sampleOf('github-pat-classic');
    const { sneaky, reset } = rereadFlips(token);
    const out = redactValue(sneaky, { rereads: true });
    expect(out).not.toBe(sneaky);
    expect(JSON.stringify(out)).toBe('{"note":"clean first"}');
    // Switched off, the original (which a serialiser would read again) comes back.
    reset();
    expect(redactValue(sneaky, { rereads: false })).toBe(sneaky);
  });

  it('with inspect, copies objects and arrays that have symbol keys (util.inspect prints them)', () => {
    const withSymbol = { a: 1, [Symbol('s')]: 'x' };
    expect(redactValue(withSymbol)).toBe(withSymbol);
    const out = redactValue(withSymbol, { inspect: true });
    expect(out).not.toBe(withSymbol);
    expect(Object.getOwnPropertySymbols(out)).toEqual([]);
  });

  it('never throws on hostile objects: Proxies that throw on every trap, revoked Proxies, throwing Error getters', () => {
    const trap = (): never => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
    const { proxy, revoke } = Proxy.revocable({ a: 1 }, {});
    revoke();
    const err = new Error('x');
    Object.defineProperty(err, 'message', { get: trap });
    const out = redactValue({ hostile, proxy, err, fine: 'ok' });
    expect(out.hostile).toBe('[Unreadable]');
    expect(out.proxy).toBe('[Unreadable]');
    expect(out.err).not.toBe(err);
    expect(out.err.message).toBe('[Unreadable]');
    expect(out.fine).toBe('ok');
  });

  it('a walk started from inside another (a getter that redacts) keeps both results right', () => {
    const token = sampleOf('notion-integration-token');
    const inner = { note: `see ${token}`, n: [1, 2, 3] };
    const outer = {
      a: 'x',
      get nested(): unknown {
        return redactValue(inner);
      },
      b: token,
      list: [token, 'y'],
    };
    const out = redactValue(outer) as Record<string, unknown>;
    expect(out['nested']).toEqual({ note: 'see ntn_****', n: [1, 2, 3] });
    expect(out['b']).toBe('ntn_****');
    expect(out['list']).toEqual(['ntn_****', 'y']);
    expect(out['a']).toBe('x');
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

import fc from 'fast-check';
import { catalog, createSampleGen, isSecretKeyName, redactValue, Secret } from '@keyward/core';
import { inspect } from 'node:util';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger, createRedactor, keywardPinoOptions, LoggerOptionsError } from '../src/index.js';
import { sink, token } from './helpers.js';

// One plain token rule per provider family (rules that need a key or a multi-line block get
// their own tests below).
const families = [...new Map(catalog.filter((r) => !r.sampleKey && !r.sampleIsBlock && !r.context).map((r) => [r.provider, r])).values()];

describe('createLogger', () => {
  it.each(families.map((r) => [r.provider, r] as const))('masks a %s token in the message, a nested value and an error', (_provider, rule) => {
    const secret = rule.sample(createSampleGen(rule.id.length));
    const out = sink();
    const log = createLogger({ base: undefined, timestamp: false }, out.stream);
    log.info(`connecting with ${secret}`);
    log.info({ request: { meta: [{ note: `value ${secret}` }] } }, 'nested');
    log.error(new Error(`upstream said ${secret}`));
    log.error({ err: new Error('wrapped', { cause: new Error(`cause ${secret}`) }) }, 'with cause');
    const text = out.lines().join('\n');
    expect(out.lines()).toHaveLength(4);
    expect(text).not.toContain(secret);
    expect(text).toContain('****');
  });

  it('masks by key name at any depth, whatever the case or format', () => {
    const out = sink();
    const log = createLogger({ base: undefined, timestamp: false }, out.stream);
    log.info({ user: 'ada', notionToken: 'v1', headers: { 'x-api-key': 'k-123', Authorization: 'Basic abc', accept: 'json' }, deep: { a: { b: { client_secret: 's' } } }, maxTokens: 10 });
    expect(out.records()[0]).toMatchObject({ user: 'ada', notionToken: '****', headers: { 'x-api-key': '****', Authorization: 'Basic ****', accept: 'json' }, deep: { a: { b: { client_secret: '****' } } }, maxTokens: 10 });
  });

  it('masks Secrets, credential URLs and token query parameters', () => {
    const out = sink();
    const log = createLogger({ base: undefined, timestamp: false }, out.stream);
    const t = token();
    // A password built at run time: the repository holds no credential literal.
    const password = token('github-pat-classic').slice(4, 20);
    log.info({ auth: new Secret(t), db: `postgres://app:${password}@db.internal.net:5432/app` }, 'fetch https://api.test/v1?page=2&access_token=abc123xyz&sig=q1w2e3');
    const [record] = out.records();
    expect(record).toMatchObject({ auth: 'ntn_****', db: 'postgres://app:****@db.internal.net:5432/app', msg: 'fetch https://api.test/v1?page=2&access_token=****&sig=****' });
    expect(JSON.stringify(record)).not.toContain(t);
  });

  it('masks credential query parameters by name, wherever they sit in the string', () => {
    const { string } = createRedactor();
    const long = 'p'.repeat(65);
    expect(string('/cb?state=1&code=abc&next=%2Fhome')).toBe('/cb?state=1&code=****&next=%2Fhome');
    // A value runs through ";" (masked whole); inside an innocent value, parameters are still found.
    expect(string('GET /a?Access_Token=zz9;sig=q#frag x=1')).toBe('GET /a?Access_Token=****#frag x=1');
    expect(string('/a?page=1;sig=q2w&x=1')).toBe('/a?page=1;sig=****&x=1');
    expect(string('/login?next=/cb?code=abc123')).toBe('/login?next=/cb?code=****');
    expect(string('/a?pass=\u0001secret\u0085more x')).toBe('/a?pass=**** x');
    expect(string('see "https://h.test/?notion_api_key=v1" now')).toBe('see "https://h.test/?notion_api_key=****" now');
    expect(string(`/x?${long}=1&page=2&token=`)).toBe(`/x?${long}=1&page=2&token=`);
    expect(string('a=b, key=value without a separator')).toBe('a=b, key=value without a separator');
    const plain = '/search?q=red+shoes&limit=20';
    expect(string(plain)).toBe(plain);
  });

  it('masks at least every query value the earlier regex-based masking did (differential fuzz)', () => {
    const { string } = createRedactor();
    // The masking this scanner replaced, with credential names the redactor is sure to know.
    const secretNames = new Set(['sig', 'access_token', 'client_secret', 'apikey', 'pass']);
    const reference = (s: string): string =>
      s.replace(/([?&;])([A-Za-z0-9_.[\]-]{1,64})=([^&#\s"'<>]+)/g, (all, sep: string, name: string) => (secretNames.has(name.toLowerCase()) ? `${sep}${name}=****` : all));
    const piece = fc.constantFrom('?', '&', ';', '=', '#', ' ', '"', 'sig', 'SIG', 'access_token', 'pass', 'page', 'q', 'abc', 'x9Z', '\u0001', '\u0085', '\u00a0', '\ufeff', 'é', '/', '%20');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        // Whatever the old masking would still find in our output, there must be nothing left.
        const out = string(s);
        expect(reference(out), JSON.stringify(s)).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });

  it('masks matches of a custom rule however short', () => {
    const { string, value } = createRedactor({ config: { rules: [{ id: 'pin', keywords: ['pin-'], regex: 'pin-\\d{3}' }] } });
    expect(string('pin-123')).toBe('****');
    expect(value({ a: 'pin-123', b: 'ok' })).toEqual({ a: '****', b: 'ok' });
  });

  it('masks what the config disables or allowlists for scans (a user trial: they printed in full)', async () => {
    const gh = token('github-pat-classic');
    const { createDetector } = await import('@keyward/core');
    const fingerprint = createDetector().scan(`x ${gh}`)[0]!.fingerprint;
    for (const config of [{ disabledRules: ['github-pat-classic'] }, { allowlist: { fingerprints: [fingerprint] } }, { allowlist: { regexes: ['ghp_'] } }, { minConfidence: 'high' as const, disabledRules: ['github-pat-classic', 'generic-secret-assignment'] }]) {
      const out = sink();
      const log = createLogger({ base: undefined, timestamp: false, keyward: { config } }, out.stream);
      log.info({ gh, note: `using ${gh}` }, `using ${gh}`);
      expect(out.lines().join('\n'), JSON.stringify(Object.keys(config))).not.toContain(gh);
    }
    // Custom rules still mask, and a config is still validated whole.
    expect(createRedactor({ config: { disabledRules: ['github-pat-classic'], rules: [{ id: 'pin', keywords: ['pin-'], regex: 'pin-\\d{3}' }] } }).string(`pin-123 ${gh}`)).toBe('**** ghp_****');
  });

  it('redacts child bindings and interpolated arguments', () => {
    const out = sink();
    const t = token('github-pat-classic');
    const log = createLogger({ base: undefined, timestamp: false }, out.stream).child({ session: { token: t }, note: `key ${t}` });
    log.info('user %s logged in with %o', 'ada', { password: 'hunter2!' });
    const line = out.lines()[0] ?? '';
    expect(line).not.toContain(t);
    expect(line).not.toContain('hunter2!');
    expect(JSON.parse(line)).toMatchObject({ session: { token: 'ghp_****' }, note: 'key ghp_****' });
    const grandchild = log.child({ apiKey: 'another-value' });
    grandchild.info('deeper');
    expect(out.records()[1]).toMatchObject({ session: { token: 'ghp_****' }, apiKey: '****' });
  });

  it('still honours pino redact paths, serializers, levels and custom formatters', () => {
    const out = sink();
    const log = createLogger(
      {
        base: undefined,
        timestamp: false,
        level: 'warn',
        redact: { paths: ['customer.ssn'], censor: '[pino]' },
        serializers: { user: (u: { name: string }) => ({ name: u.name.toUpperCase() }) },
        formatters: { level: (label) => ({ severity: label }), log: (o) => ({ ...o, stamped: true }) },
      },
      out.stream,
    );
    log.info('dropped by level');
    log.warn({ customer: { ssn: '123-45-6789' }, user: { name: 'ada' } }, 'kept');
    expect(out.records()).toEqual([{ severity: 'warn', customer: { ssn: '[pino]' }, user: { name: 'ADA' }, stamped: true, msg: 'kept' }]);
  });

  it('never mutates the caller object, survives cycles and throwing getters, never throws', () => {
    const out = sink();
    const log = createLogger({ base: undefined, timestamp: false }, out.stream);
    const t = token();
    const payload: Record<string, unknown> = { token: t, list: [t] };
    payload.self = payload;
    Object.defineProperty(payload, 'boom', {
      enumerable: true,
      get() {
        throw new Error('getter exploded');
      },
    });
    expect(() => log.info(payload, 'hostile')).not.toThrow();
    expect(payload.token).toBe(t);
    expect((payload.list as string[])[0]).toBe(t);
    const line = out.lines()[0] ?? '';
    expect(line).not.toContain(t);
    expect(JSON.parse(line)).toMatchObject({ token: 'ntn_****', self: '[Circular]', boom: '[Unreadable]' });
  });

  it('passes records without secrets through unchanged', () => {
    const out = sink();
    const log = createLogger({ base: undefined, timestamp: false }, out.stream);
    log.info({ req: { method: 'GET', url: '/v1/pages?page=2', headers: { accept: 'json' } }, ms: 12 }, 'request done');
    expect(out.records()[0]).toEqual({ level: 30, req: { method: 'GET', url: '/v1/pages?page=2', headers: { accept: 'json' } }, ms: 12, msg: 'request done' });
  });

  it('writes token-free records as plain pino does: an AbortError (DOMException), counts of secrets (from a fourth review)', () => {
    const lines = (make: (w: { write: (s: string) => void }) => pino.Logger): string[] => {
      const out: string[] = [];
      const log = make({ write: (s) => out.push(s) });
      const aborted = AbortSignal.abort().reason as Error;
      log.error(aborted);
      log.info({ secretsCount: 3, passwordLength: 12, credentialCount: 2 }, 'stats');
      return out;
    };
    const options = { base: undefined, timestamp: false } as const;
    const plain = lines((w) => pino(options, w));
    const ours = lines((w) => createLogger(options, w));
    // The two AbortErrors are made at different places: their stacks differ.
    const noStack = (l: string): unknown => ({ ...(JSON.parse(l) as { err?: object }), err: { ...(JSON.parse(l) as { err?: object }).err, stack: undefined } });
    expect(ours.map(noStack)).toEqual(plain.map(noStack));
    expect(JSON.parse(ours[0]!)).toMatchObject({ err: { type: 'DOMException', name: 'AbortError', code: 20 } });
  });

  it('validates its options at creation', () => {
    expect(() => createLogger({ keyward: { maxDepth: 0 } })).toThrow(LoggerOptionsError);
    expect(() => createLogger({ keyward: { colour: true } as never })).toThrow(/unknown option keyward.colour/);
    expect(() => createLogger({ keyward: { config: { disabledRules: ['nope'] } } })).toThrow(/nope/);
  });
});

describe('createRedactor().value (copy-on-write)', () => {
  const gh = token('github-pat-classic');
  const leaf = fc.constantFrom('plain', 42, null, true, '', 'en-US,en;q=0.9', `note ${gh}`, `Bearer ${gh}`, 'https://h.test/cb?code=abc&page=2', '/a?page=1', new Date(0));
  const key = fc.constantFrom('a', 'note', 'url', 'list', 'headers', 'authorization', 'apiKey', 'client_secret', 'maxTokens', '__proto__');
  const record = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, tie('obj'), tie('arr')),
    obj: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
    arr: fc.array(tie('node'), { maxLength: 4 }),
  })).obj;

  it('gives what a full redactValue copy gives, shares what it did not change, mutates nothing', () => {
    const { value, string } = createRedactor();
    fc.assert(
      fc.property(record, (input) => {
        const before = JSON.stringify(input);
        const out = value(input);
        // The reference: core's full deep copy with the same key and string policies.
        expect(JSON.stringify(out)).toBe(JSON.stringify(redactValue(input, { maxDepth: 8, isSecretKey: isSecretKeyName, redactString: string })));
        expect(JSON.stringify(input)).toBe(before);
        // Nothing to mask (and no secret-named key, whose value is always copied masked): no copy.
        if (JSON.stringify(out) === before && !/"(?:authorization|apiKey|client_secret)":/.test(before)) expect(out).toBe(input);
        expect(JSON.stringify(out)).not.toContain(gh);
      }),
      { numRuns: 600 },
    );
  });

  it('reads every property once, and never lets toJSON, private fields, boxed strings or symbols around it', () => {
    const { value } = createRedactor({}, { inspect: true });
    let reads = 0;
    const tricky = {
      b: `x ${gh}`,
      get a(): string {
        return reads++ === 0 ? `x ${gh}` : 'clean';
      },
    };
    expect(JSON.stringify(value(tricky))).not.toContain(gh);
    expect(reads).toBe(1);
    class Conn {
      readonly #url = `postgres://app:${gh}@db`;
      x = 1;
      toJSON(): unknown {
        return { url: this.#url, x: this.x };
      }
    }
    const list = Object.assign(['a'], { toJSON: () => [gh] });
    const boxed = new String(`x ${gh}`);
    const symbolic = { ok: 1, [Symbol('hidden')]: gh };
    for (const input of [new Conn(), { conn: new Conn() }, list, { list }, boxed, { boxed }, symbolic]) {
      const out = value(input);
      expect(JSON.stringify(out)).not.toContain(gh);
      expect(inspect(out, { depth: 5 })).not.toContain(gh);
    }
  });

  it('copies only the path to what it masks', () => {
    const { value } = createRedactor();
    const input = { req: { headers: { authorization: `Bearer ${gh}`, accept: 'json' }, params: { id: '1' } }, res: { statusCode: 200 } };
    const out = value(input);
    expect(out.req.headers).toEqual({ authorization: 'Bearer ghp_****', accept: 'json' });
    expect(out).not.toBe(input);
    expect(out.req).not.toBe(input.req);
    expect(out.req.params).toBe(input.req.params);
    expect(out.res).toBe(input.res);
  });
});

describe('keywardPinoOptions', () => {
  it('adds the same redaction to an existing pino setup', () => {
    const out = sink();
    const t = token('stripe-secret-key');
    const log = pino({ ...keywardPinoOptions(), base: undefined, timestamp: false }, out.stream);
    log.info({ stripeKey: t }, `charge with ${t}`);
    expect(out.lines()[0]).not.toContain(t);
    expect(out.records()[0]).toMatchObject({ stripeKey: 'sk_live_****', msg: 'charge with sk_live_****' });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetector } from '@keyward/core';
import { createLogger } from '../src/index.js';
import { sink, token } from './helpers.js';

// The adversarial suite from the logger issue: every shape that leaked, threw or hung, each a
// case that came from a bug. A case passes when the output holds no part of the token and the
// log call returned.

interface Case {
  readonly name: string;
  readonly log: (secret: string, make: (options?: Record<string, unknown>) => ReturnType<typeof createLogger>) => void;
  readonly rule?: string;
}

const cases: readonly Case[] = [
  { name: 'log.error({ err }) with no message (pino copies err.message into msg)', log: (t, make) => make().error({ err: new Error(`failed with ${t}`) }) },
  { name: 'a custom errorKey', log: (t, make) => make({ errorKey: 'error' }).error({ error: new Error(`failed with ${t}`) }) },
  { name: 'a plain { err: { message } }', log: (t, make) => make().error({ err: { message: `failed with ${t}` } }) },
  { name: 'a token used as an object key', log: (t, make) => make().info({ [t]: 1 }) },
  { name: 'a token split across %s arguments', log: (t, make) => make().info('token=%s%s', t.slice(0, 9), t.slice(9)) },
  { name: 'Buffer.from(token) as a format argument', log: (t, make) => make().info('token=%s', Buffer.from(t)) },
  { name: 'a token in msgPrefix', log: (t, make) => make({ msgPrefix: `[${t}] ` }).info('hello') },
  { name: "a serializer's output", log: (t, make) => make({ serializers: { req: () => ({ authorization: `Bearer ${t}`, raw: t }) } }).info({ req: {} }) },
  { name: 'a mixin', log: (t, make) => make({ mixin: () => ({ extra: t }) }).info('x') },
  {
    name: 'a getter that is clean on the first read and the token on a later one',
    log: (t, make) => {
      let reads = 0;
      make().info({
        get value() {
          return reads++ === 0 ? 'clean' : t;
        },
      });
    },
  },
  { name: 'child bindings', log: (t, make) => make().child({ notionToken: t }).info('x') },
  // From a third review (each printed the token):
  { name: 'a token as a key at depth', log: (t, make) => make().info({ a: { b: { [t]: 1 } } }) },
  { name: 'a token as a key of child bindings', log: (t, make) => make().child({ [t]: 1 }).info('hi') },
  { name: "a child's own formatters.log", log: (t, make) => make().child({}, { formatters: { log: (o: object) => o } }).info({ t, authorization: `Bearer ${t}` }) },
  {
    name: 'setBindings on a child',
    log: (t, make) => {
      const child = make().child({});
      child.setBindings({ t });
      child.info('x');
    },
  },
  {
    name: 'a getter that logs while the record is built (the line pass was switched off for the outer call)',
    log: (t, make) => {
      const log = make();
      log.info(
        {
          get g() {
            log.warn('deprecated');
            return 1;
          },
        },
        '%s%s',
        t.slice(0, 9),
        t.slice(9),
      );
    },
  },
  {
    name: 'a Date with its own toJSON',
    log: (t, make) => {
      const d = new Date(0);
      (d as unknown as { toJSON: () => string }).toJSON = () => t;
      make().info({ d });
    },
  },
  // From a second review:
  { name: 'formatters.level output', log: (t, make) => make({ formatters: { level: (label: string) => ({ level: label, t }) } }).info('x') },
  { name: "a child's own formatters.bindings", log: (t, make) => make().child({ a: 1 }, { formatters: { bindings: (b: object) => ({ ...b, t }) } }).info('hello') },
  { name: 'a boxed String, alone and under a secret name', log: (t, make) => make().info({ s: new String(t), token: [new String(t)] }) },
  { name: 'bytes under a secret name', log: (t, make) => make().info({ password: Buffer.from(t), apiKey: new TextEncoder().encode(t) }) },
  { name: 'Buffer.from(token) in the record', log: (t, make) => make().info({ body: Buffer.from(t), u8: new TextEncoder().encode(t) }) },
  { name: 'set-cookie and cookie arrays, a password object', log: (t, make) => make().info({ headers: { 'set-cookie': [`sid=${t}`], cookie: [`sid=${t}`] }, user: { password: { hash: t } } }) },
  { name: 'a legacy Notion token under x-notion-auth', log: (t, make) => make().info({ headers: { 'x-notion-auth': t } }), rule: 'notion-legacy-token' },
  { name: 'a legacy Notion token with no "notion" nearby', log: (t, make) => make().info(`sync with ${t}`), rule: 'notion-legacy-token' },
  // From a fourth review (each printed the token):
  { name: "pino's redact paths with a censor of yours", log: (t, make) => make({ redact: { paths: ['a'], censor: () => t } }).info({ a: 1 }, 'hi') },
  {
    name: 'child bindings holding a request object, with no req serializer (logger.child({ req }) on a plain http server)',
    log: (t, make) => {
      class Incoming {
        readonly headers = { authorization: `Bearer ${t}` };
        readonly rawHeaders = ['authorization', `Bearer ${t}`];
        readonly url = `/x?access_token=${t}`;
      }
      make().child({ req: new Incoming() }).info('handling');
    },
  },
  {
    name: 'a getter that logs while a request object is written (the inner record reset the outer one\'s line verdict)',
    log: (t, make) => {
      const log = make();
      class Incoming {
        readonly headers = { authorization: `Bearer ${t}` };
      }
      const req = new Incoming();
      // An own enumerable getter, read when pino writes the record (as JSON.stringify reads it).
      Object.defineProperty(req, 'user', { enumerable: true, get: () => (log.info('lazy user lookup'), 'anon') });
      log.info({ req }, 'request');
    },
  },
  // From a fifth review: a toJSON of a built-in type's subclass (or set on the value) was not walked.
  { name: 'a Date subclass whose toJSON returns the token', log: (t, make) => make().info({ d: new (class extends Date { override toJSON(): string { return t; } })() }) },
  { name: 'the same under a secret name', log: (t, make) => make().info({ password: new (class extends Date { override toJSON(): string { return t; } })() }) },
  { name: 'an Error subclass whose toJSON returns the token, in an array and as err', log: (t, make) => {
    class E extends Error {
      toJSON() {
        return { detail: t };
      }
    }
    make().info({ a: [new E('x')] });
    make().error({ err: new E('y') }, 'boom');
  } },
  { name: 'an Error subclass whose toJSON reads a prototype getter', log: (t, make) => {
    class E extends Error {
      get detail() {
        return t;
      }
      toJSON() {
        return { d: this.detail };
      }
    }
    make().info({ e: new E('x') });
  } },
  { name: 'a Date with a toJSON on an error', log: (t, make) => {
    const err = new Error('x') as Error & { when?: Date };
    err.when = new (class extends Date { override toJSON(): string { return t; } })();
    make().error(err);
  } },
  { name: 'RegExp, URL, String and Uint8Array subclasses with a toJSON, a Buffer given one', log: (t, make) => {
    const buffer = Buffer.from('hello');
    Object.defineProperty(buffer, 'toJSON', { value: () => t });
    make().info({
      r: new (class extends RegExp { toJSON() { return t; } })('a'),
      u: new (class extends URL { override toJSON(): string { return `https://x.test/?q=${t}`; } })('https://a.test'),
      s: new (class extends String { toJSON() { return t; } })('a'),
      t8: new (class extends Uint8Array { toJSON() { return t; } })(4),
      buffer,
    });
  } },
  { name: "a timestamp function's output", log: (t, make) => make({ timestamp: () => `,"time":"${t}"` }).info('x') },
];

describe.each(cases.map((c) => [c.name, c] as const))('never leaks: %s', (_name, c) => {
  it('masks the token', () => {
    const secret = token(c.rule);
    const out = sink();
    const make = (options: Record<string, unknown> = {}) => createLogger(options, out.stream);
    expect(() => c.log(secret, make)).not.toThrow();
    const text = out.lines().join('\n');
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(4, 20));
    for (const line of out.lines()) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });
});

describe('credentials that hold quotes, seen only by the line pass (JSON writes their quotes as \\") (from a third review)', () => {
  const detector = createDetector();
  it.each(['oracle-jdbc-credentials', 'xml-config-password'])('%s in msgPrefix, a serializer\'s output and split format arguments', (rule) => {
    const sample = token(rule);
    const [found] = detector.scanRevealing(sample);
    const secret = found?.secret ?? '';
    expect(secret.length).toBeGreaterThan(3);
    const out = sink();
    const make = (options: Record<string, unknown> = {}) => createLogger(options, out.stream);
    make().child({}, { msgPrefix: `${sample} ` }).info('m');
    make({ serializers: { req: () => ({ raw: sample }) } }).info({ req: {} });
    make().info('%s%s', sample.slice(0, 10), sample.slice(10));
    const lines = out.lines();
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(() => JSON.parse(line) as unknown).not.toThrow();
      expect(line).not.toContain(secret);
      expect(line).not.toContain(JSON.stringify(secret).slice(1, -1));
    }
  });
});

describe('never throws', () => {
  it('logs an AbortError (DOMException) as an error', () => {
    const out = sink();
    const log = createLogger({}, out.stream);
    expect(() => log.error(AbortSignal.abort().reason)).not.toThrow();
    const [record] = out.records();
    expect(record).toMatchObject({ level: 50, msg: 'This operation was aborted', err: { message: 'This operation was aborted', code: 20 } });
  });

  it('logs null-prototype objects and throwing conversions as %s/%d arguments, a revoked Proxy as bindings, a Proxy whose get throws (from a third review)', () => {
    const out = sink();
    const log = createLogger({}, out.stream);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwingGet = new Proxy({ a: 1 }, { get: () => { throw new Error('get'); } });
    const nullProto = Object.assign(Object.create(null) as object, { a: 1 });
    expect(() => log.info('%s', nullProto)).not.toThrow();
    const throwingPrimitive = { [Symbol.toPrimitive]: () => { throw new Error('p'); } } as unknown as number;
    expect(() => log.info('%s %d', { toString: () => { throw new Error('s'); } }, throwingPrimitive)).not.toThrow();
    expect(() => log.child(revoked.proxy as Record<string, unknown>).info('x')).not.toThrow();
    expect(() => log.info(throwingGet)).not.toThrow();
    expect(() => log.error({ err: throwingGet })).not.toThrow();
    expect(out.records().length).toBeGreaterThanOrEqual(4);
  });

  it('logs a record pino cannot write as unloggable: a getter or toString that throws on a later read, an Error whose constructor getter throws (from a fourth review)', () => {
    const out = sink();
    const log = createLogger({}, out.stream);
    let reads = 0;
    const late = {
      get a(): number {
        if (reads++ >= 2) throw new Error('late getter');
        return 1;
      },
    };
    const error = new Error('x');
    Object.defineProperty(error, 'constructor', { get: () => { throw new Error('constructor getter'); } });
    let conversions = 0;
    const lateString = { toString: (): string => { if (conversions++ >= 2) throw new Error('late toString'); return 'a'; } };
    expect(() => log.info(late)).not.toThrow();
    expect(() => log.error(error)).not.toThrow();
    expect(() => log.info('x %s', lateString)).not.toThrow();
    const records = out.records();
    expect(records).toHaveLength(3);
    expect(records.some((r) => r['msg'] === 'this record could not be logged')).toBe(true);
  });

  it('logs a huge sparse array without allocating its length (from a fourth review: the process aborted)', () => {
    const out = sink();
    const log = createLogger({}, out.stream);
    const sparse: number[] = [];
    sparse[1e9] = 1;
    expect(() => log.info({ sparse })).not.toThrow();
    expect(out.lines()).toHaveLength(1);
  });

  it('logs Proxies that throw on every trap, and revoked Proxies, as placeholders', () => {
    const out = sink();
    const log = createLogger({}, out.stream);
    const hostile = new Proxy({}, { get: () => { throw new Error('get'); }, ownKeys: () => { throw new Error('keys'); }, getPrototypeOf: () => { throw new Error('proto'); } });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(() => log.info(hostile)).not.toThrow();
    expect(() => log.info(revoked.proxy)).not.toThrow();
    expect(() => log.info({ nested: revoked.proxy })).not.toThrow();
    expect(() => log.info('value %o', revoked.proxy)).not.toThrow();
    expect(out.records()).toHaveLength(4);
    expect(out.lines()[1]).toContain('[unreadable: TypeError]');
  });
});

describe('never hangs (linear time)', () => {
  // CPU time of one log call; the bound is loose (the bench measures the real numbers) so only
  // super-linear behaviour fails: from a bug, 1 MiB of ";a=b" took minutes.
  const cpu = (fn: () => void): number => {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  const spam: Record<string, (n: number) => string> = {
    ';a=b': (n) => ';a=b'.repeat(n / 4),
    '?x=y&': (n) => '?x=y&'.repeat(n / 5),
    'connection strings': (n) => 'DefaultEndpointsProtocol=https;AccountName=a;AccountKey='.repeat(n / 56),
    '&sig= without end': (n) => `?x=1${'&sig=a'.repeat(n / 6)}`,
  };
  it.each(Object.keys(spam))('logs 1 MiB of %s in linear time', (name) => {
    const out = sink();
    const log = createLogger({}, out.stream);
    const make = spam[name]!;
    const small = Math.min(...[1, 2, 3].map(() => cpu(() => log.info(make(1 << 18)))));
    const large = Math.min(...[1, 2, 3].map(() => cpu(() => log.info(make(1 << 20)))));
    // Four times the input: a linear cost is ~4x, a quadratic one 16x.
    expect(large).toBeLessThan(Math.max(8 * small, 50));
    expect(large).toBeLessThan(2000);
  });

  it('masks the line of a serializer input holding thousands of query objects in linear time', () => {
    const out = sink();
    const log = createLogger({}, out.stream);
    // A class instance under req is left for serializers and masked in the line, query objects included.
    class Req {
      constructor(readonly list: object[]) {}
    }
    const make = (n: number): Req => new Req(Array.from({ length: n }, (_, i) => ({ url: `/cb?code=c${i}0123456789abcdef&page=2`, query: { code: `c${i}0123456789abcdef`, page: '2' } })));
    const small = make(4000);
    const large = make(16000);
    log.info({ req: small });
    const t1 = Math.min(...[1, 2, 3].map(() => cpu(() => log.info({ req: small }))));
    const t2 = Math.min(...[1, 2, 3].map(() => cpu(() => log.info({ req: large }))));
    expect(t2).toBeLessThan(Math.max(8 * t1, 50));
    const last = out.lines().at(-1) ?? '';
    expect(last).not.toContain('c159990123456789abcdef');
    expect(last).toContain('"query":{"code":"****","page":"2"}');
  });

  it('masks secret parameters of query and params objects, in arrays and nested objects, and keeps the line JSON (from a second review)', () => {
    const out = sink();
    const log = createLogger({}, out.stream);
    const code = (n: number): string => `c${n}x7Qp2LmZ9rTb4Wk`;
    class Req {
      constructor(readonly url: string, readonly query: object) {}
    }
    log.info({ req: new Req('/cb?x', { filter: { x: '1', code: code(1) }, code: [code(2), code(3)], state: 'ok' }) });
    log.info({ req: new Req('/s', {}), search: { query: { match: 'x', code: 'US' } } });
    log.info({ req: { url: '/cb', query: { code: code(4), page: '2' }, params: { token: code(5) } } });
    log.info({ req: new Req('/n', {}), note: 'password":"hunter2' });
    log.info({ query: { code: [code(6)] } });
    const lines = out.lines();
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    const text = lines.join('\n');
    for (let n = 1; n <= 6; n++) expect(text).not.toContain(code(n));
    const records = out.records();
    expect(records[0]?.['req']).toMatchObject({ query: { filter: { x: '1', code: '****' }, code: ['****', '****'], state: 'ok' } });
    // Any "query" object is judged by parameter names: a search DSL's code field is masked too.
    expect(records[1]?.['search']).toEqual({ query: { match: 'x', code: '****' } });
    expect(records[2]?.['req']).toEqual({ url: '/cb', query: { code: '****', page: '2' }, params: { token: '****' } });
    expect(records[4]?.['query']).toEqual({ code: ['****'] });
  });
});

describe('time(2n) ≤ 2.5 × time(n) on adversarial strings (property)', () => {
  // Pieces the maskers, the query scanner and the detector's views react to. fast-check builds a
  // unit from them; the unit is repeated to n and 2n characters and each is logged (min of 3).
  const pieces = [';a=b', '?x=y&', '&sig=', 'api_key=', 'AccountKey=', '%3D', '%2F', '\\n', '\\x0A', '\\\\', 'ntn_', 'secret_', 'ghp_', 'eyJ', 'Bearer ', 'Basic ', 'password: ', '"token":"', 'aaaa', 'A', '=', '&', '%', ':', '/', '@', ' ', '\n', 'ZXhhbXBsZQ==', '0123'];
  const cpu = (fn: () => void): number => {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  it('holds for generated units of the pieces that trigger masking work', () => {
    const out = sink();
    const log = createLogger({}, out.stream);
    const n = 1 << 17;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
        const unit = parts.join('');
        const make = (len: number): string => unit.repeat(Math.ceil(len / unit.length)).slice(0, len);
        const small = make(n);
        const large = make(2 * n);
        log.info(small); // warm this shape's paths
        // Measured up to three times: a super-linear path fails every time, while a run that
        // shares two cores with the other packages' tests (CI) can be slowed once by a GC or
        // contention (from a CI run: 5.6 ms then 19.6 ms, where alone the same unit scales 2.0x).
        let t1 = 0;
        let t2 = 0;
        for (let attempt = 0; attempt < 3; attempt++) {
          t1 = Math.min(...[0, 1, 2].map(() => cpu(() => log.info(small))));
          t2 = Math.min(...[0, 1, 2].map(() => cpu(() => log.info(large))));
          if (t2 <= 2.5 * t1 + 5) break;
        }
        // 5 ms absorbs timer granularity on inputs that take a few milliseconds.
        expect(t2, `unit ${JSON.stringify(unit)}: ${t1.toFixed(1)} ms then ${t2.toFixed(1)} ms`).toBeLessThanOrEqual(2.5 * t1 + 5);
      }),
      { numRuns: 15, seed: 20261201 },
    );
  });
});

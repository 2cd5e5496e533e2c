import 'reflect-metadata';
import { randomBytes, randomInt } from 'node:crypto';
import { createServer, type IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { Logger, LoggerModule, type Params } from 'nestjs-pino';
import type { DestinationStream, Logger as PinoLogger } from 'pino';
import { pinoHttp } from 'pino-http';
import { describe, expect, it } from 'vitest';
import { createLogger, keywardPinoOptions } from '../src/index.js';
import { sink, token } from './helpers.js';

// fastify 5 and pino-http as users run them: the frameworks' req/res serializers keep working
// (they see the original objects; keyward masks their output), and nothing a request carries or
// a handler logs reaches the line raw (from bugs: "req":{} on every line, and a token in
// request.log.child bindings printed raw).

describe('fastify', () => {
  const setups: Record<string, (stream: NodeJS.WritableStream) => FastifyInstance> = {
    'loggerInstance: createLogger()': (stream) => Fastify({ loggerInstance: createLogger({}, stream) }) as unknown as FastifyInstance,
    'logger: keywardPinoOptions()': (stream) => Fastify({ logger: { ...keywardPinoOptions(), stream } }) as unknown as FastifyInstance,
  };

  it.each(Object.keys(setups))('%s: serializers keep req/res, tokens are masked', async (name) => {
    const secret = token();
    const out = sink();
    const app = setups[name]!(out.stream);
    app.get('/items', async (req) => {
      req.log.child({ notionToken: secret }).info({ body: { auth: `Bearer ${secret}` } }, `calling with ${secret}`);
      return { ok: true };
    });
    const res = await app.inject({ method: 'GET', url: `/items?access_token=${secret}&page=2`, headers: { authorization: `Bearer ${secret}` } });
    expect(res.statusCode).toBe(200);
    await app.close();
    const text = out.lines().join('\n');
    expect(text).not.toContain(secret);
    const records = out.records();
    const incoming = records.find((r) => r['msg'] === 'incoming request');
    expect(incoming?.['req']).toMatchObject({ method: 'GET' });
    expect(String((incoming?.['req'] as { url?: string }).url)).toContain('access_token=****');
    const done = records.find((r) => r['msg'] === 'request completed');
    expect(done?.['res']).toMatchObject({ statusCode: 200 });
    expect(records.some((r) => String(r['msg']).startsWith('calling with ntn_****'))).toBe(true);
  });

  it.each(Object.keys(setups))('%s: numbers and objects under secret names in a request child\'s bindings are masked (from a review: fastify builds the child, whose bindings pino does not format)', async (name) => {
    const pin = 100_000_000 + randomInt(800_000_000);
    const out = sink();
    const app = setups[name]!(out.stream);
    app.get('/', async (req) => {
      const child = req.log.child({ dbPassword: pin, upstream: { apiKey: pin + 1 }, attempt: 2 });
      child.info('calling upstream');
      child.child({ sessionSecret: pin + 2 }).info('nested');
      return 'ok';
    });
    await app.inject({ method: 'GET', url: '/' });
    await app.close();
    const text = out.lines().join('\n');
    for (const n of [pin, pin + 1, pin + 2]) expect(text).not.toContain(String(n));
    const calling = out.records().find((r) => r['msg'] === 'calling upstream');
    expect(calling).toMatchObject({ dbPassword: '****', upstream: { apiKey: '****' }, attempt: 2 });
    expect(out.records().find((r) => r['msg'] === 'nested')).toMatchObject({ dbPassword: '****', sessionSecret: '****', attempt: 2 });
  });
});

/** One GET through pino-http with a createLogger logger on a loopback server; `handle` runs after the middleware. */
async function throughPinoHttp(stream: NodeJS.WritableStream, path: string, headers: Record<string, string>, handle: (req: IncomingMessage & { log: PinoLogger }) => void, query?: Record<string, string>): Promise<void> {
  const middleware = pinoHttp({ logger: createLogger({}, stream as DestinationStream) });
  const server = createServer((req, res) => {
    if (query) (req as unknown as { query: Record<string, string> }).query = query;
    middleware(req, res);
    handle(req as IncomingMessage & { log: PinoLogger });
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve, reject) => {
    const r = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    r.on('error', reject);
    r.end();
  });
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

describe('pino-http (express-style)', () => {
  it('keeps its req/res serializers, masks headers by name and tokens by value', async () => {
    const secret = token();
    // A session id built at run time (no secret-shaped literal in the repository).
    const session = ['abc123', 'def456'].join('');
    const out = sink();
    await throughPinoHttp(out.stream, `/cb?code=${secret}`, { authorization: `Bearer ${secret}`, cookie: `session=${session}` }, (req) => req.log.info(`handling ${secret}`));
    const text = out.lines().join('\n');
    expect(text).not.toContain(secret);
    expect(text).not.toContain(session);
    const done = out.records().find((r) => r['msg'] === 'request completed');
    expect(done?.['req']).toMatchObject({ method: 'GET', headers: { authorization: 'Bearer ntn_****', cookie: '****' }, remoteAddress: '127.0.0.1' });
    expect(done?.['res']).toMatchObject({ statusCode: 200 });
  });

  it('masks a credential parameter of the parsed query (express\'s req.query) and a header whose token was masked inside (from a new-user trial)', async () => {
    const secret = token();
    // Random values with no token shape: only their names say they are secrets.
    const code = randomBytes(16).toString('hex');
    const sid = randomBytes(12).toString('hex');
    const out = sink();
    // What express puts on req before pino-http's serializer reads it.
    const query = { code, state: 'xyz', page: '2' };
    await throughPinoHttp(out.stream, `/cb?code=${code}&state=xyz&page=2`, { cookie: `sid=${sid}; gh=${secret}`, 'x-auth-token': `${sid}.${secret}` }, () => {}, query);
    const text = out.lines().join('\n');
    for (const raw of [secret, code, sid]) expect(text).not.toContain(raw);
    const done = out.records().find((r) => r['msg'] === 'request completed');
    expect(done?.['req']).toMatchObject({ query: { code: '****', state: 'xyz', page: '2' }, headers: { cookie: '****', 'x-auth-token': '****' } });
  });
});

describe('nestjs-pino (NestJS 11 on express)', () => {
  // Decorators applied as functions, as the TypeScript compiler emits them: the test needs no
  // decorator transform. The handler logs through nestjs-pino's Logger, which binds each
  // request's logger (req.log) itself.
  const recipes: Record<string, (stream: NodeJS.WritableStream) => Params> = {
    'pinoHttp: [keywardPinoOptions(), stream]': (stream) => ({ pinoHttp: [keywardPinoOptions(), stream as DestinationStream] }),
    'pinoHttp: { logger: createLogger() }': (stream) => ({ pinoHttp: { logger: createLogger({}, stream) } }),
  };

  it.each(Object.keys(recipes))('%s: request lines keep req/res, handler logs are masked', async (name) => {
    const secret = token();
    const out = sink();
    const nest: { logger?: Logger } = {};
    class ItemsController {
      items(): { ok: boolean } {
        nest.logger?.log(`calling with ${secret}`);
        nest.logger?.log({ notionToken: secret, page: 2 }, 'bound');
        return { ok: true };
      }
    }
    Controller('items')(ItemsController);
    Get()(ItemsController.prototype, 'items', Object.getOwnPropertyDescriptor(ItemsController.prototype, 'items') as PropertyDescriptor);
    class AppModule {}
    Module({ imports: [LoggerModule.forRoot(recipes[name]!(out.stream))], controllers: [ItemsController] })(AppModule);
    const app = await NestFactory.create(AppModule, { bufferLogs: true });
    const logger = app.get(Logger);
    nest.logger = logger;
    app.useLogger(logger);
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${port}/items?access_token=${secret}&page=2`, { headers: { authorization: `Bearer ${secret}` } });
    expect(res.status).toBe(200);
    await res.text();
    await app.close();
    const text = out.lines().join('\n');
    expect(text).not.toContain(secret);
    const records = out.records();
    const done = records.find((r) => r['msg'] === 'request completed');
    expect(done?.['req']).toMatchObject({ method: 'GET', headers: { authorization: 'Bearer ntn_****' } });
    expect(String((done?.['req'] as { url?: string }).url)).toContain('access_token=****');
    expect(done?.['res']).toMatchObject({ statusCode: 200 });
    const handler = records.find((r) => String(r['msg']).startsWith('calling with'));
    expect(handler?.['msg']).toBe('calling with ntn_****');
    expect(handler?.['req']).toMatchObject({ method: 'GET' }); // the request's own logger
    // Nest's LoggerService takes (message, context): the object is merged, "bound" is its context.
    expect(records.find((r) => r['context'] === 'bound')).toMatchObject({ notionToken: 'ntn_****', page: 2 });
  });
});

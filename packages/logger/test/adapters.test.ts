import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import winston from 'winston';
import { Writable } from 'node:stream';
import { keywardWinstonFormat, redactConsole, type WinstonInfo } from '../src/index.js';
import { token } from './helpers.js';

/** A stream that keeps what a winston transport writes to it. */
function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _e, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('keywardWinstonFormat', () => {
  it('masks message, metadata and splat without mutating the shared info object', () => {
    const t = token();
    const format = keywardWinstonFormat();
    const info: WinstonInfo = { level: 'info', message: `token ${t}`, meta: { apiKey: 'k' }, [Symbol.for('level')]: 'info', [Symbol.for('splat')]: [t] };
    const snapshot = JSON.stringify(info);
    const out = format.transform(info);
    expect(JSON.stringify(info)).toBe(snapshot);
    expect(out).not.toBe(info);
    expect(out).toMatchObject({ message: 'token ntn_****', meta: { apiKey: '****' } });
    expect(out[Symbol.for('level')]).toBe('info');
    expect(out[Symbol.for('splat')]).toEqual(['ntn_****']);
  });

  it('works inside a real winston pipeline', () => {
    const t = token('github-pat-classic');
    const { lines, stream } = capture();
    const log = winston.createLogger({ format: winston.format.combine(keywardWinstonFormat(), winston.format.json()), transports: [new winston.transports.Stream({ stream })] });
    log.info(`deploy with ${t}`, { headers: { authorization: `token ${t}` } });
    expect(lines.join('')).toContain('ghp_****');
    expect(lines.join('')).not.toContain(t);
  });

  it('keeps the message of an Error logged on its own, masked (from a user trial: format.simple() printed "error: undefined")', () => {
    const t = token('github-pat-classic');
    const { lines, stream } = capture();
    const log = winston.createLogger({ format: winston.format.combine(keywardWinstonFormat(), winston.format.simple()), transports: [new winston.transports.Stream({ stream })] });
    log.error(new Error(`push rejected for ${t}`));
    expect(lines.join('')).toBe('error: push rejected for ghp_****\n');
  });

  it('masks Map keys under prettyPrint (from a bug: util.inspect printed them raw)', () => {
    const t = token();
    const { lines, stream } = capture();
    const log = winston.createLogger({ format: winston.format.combine(keywardWinstonFormat(), winston.format.prettyPrint()), transports: [new winston.transports.Stream({ stream })] });
    log.info('cache', { byToken: new Map([[t, 1]]), sym: Symbol(t) });
    expect(lines.join('')).toContain('ntn_****');
    expect(lines.join('')).not.toContain(t.slice(4, 20));
  });
});

describe('redactConsole', () => {
  it('masks console output and restores the originals', () => {
    const t = token();
    const seen: unknown[][] = [];
    const fake = { log: (...a: unknown[]) => seen.push(a), info: () => {}, warn: () => {}, error: (...a: unknown[]) => seen.push(a), debug: () => {}, trace: () => {} };
    const original = fake.log;
    const restore = redactConsole(fake);
    fake.log(`token=${t}`, { password: 'p' });
    fake.error(new Error(`bad ${t}`));
    // One formatted, masked line per call, as console prints it.
    expect(seen[0]).toEqual(["token=ntn_**** { password: '****' }"]);
    expect(String(seen[1]?.[0])).toMatch(/^Error: bad ntn_\*{4}\n/);
    expect(String(seen[1]?.[0])).not.toContain(t);
    // From bugs: Map keys, Symbol descriptions, function names and %s-split tokens only exist in
    // the formatted text.
    const named = { [t]: () => 1 };
    fake.log(new Map([[t, 1]]), Symbol(t), named[t], 'x=%s%s', t.slice(0, 9), t.slice(9));
    expect(String(seen[2]?.[0])).not.toContain(t.slice(4, 20));
    restore();
    expect(fake.log).toBe(original);
  });

  it('masks what console.dir, table, assert, dirxml and group print, and restores them (from a review: they printed tokens raw)', () => {
    const t = token();
    const seen: [string, unknown[]][] = [];
    const record = (name: string) => (...a: unknown[]) => void seen.push([name, a]);
    const fake = { log: record('log'), info: record('info'), warn: record('warn'), error: record('error'), debug: record('debug'), trace: record('trace'), dir: record('dir'), table: record('table'), assert: record('assert'), dirxml: record('dirxml'), group: record('group'), groupCollapsed: record('groupCollapsed') };
    const originalDir = fake.dir;
    const restore = redactConsole(fake);
    fake.dir({ user: 'ada', notionToken: t, nested: new Map([['k', t]]) }, { depth: 4 });
    fake.table([{ name: 'prod', token: t }], ['name', 'token']);
    fake.assert(false, 'bad key %s', t);
    fake.assert(true);
    fake.dirxml({ note: `key ${t}` });
    fake.group(`deploy with ${t}`);
    fake.groupCollapsed();
    expect(inspect(seen, { depth: 8 })).not.toContain(t.slice(4, 20));
    expect(seen.map(([name]) => name)).toEqual(['dir', 'table', 'assert', 'assert', 'dirxml', 'group', 'groupCollapsed']);
    expect(seen[0]?.[1][1]).toEqual({ depth: 4 });
    expect(seen[1]?.[1]).toEqual([[{ name: 'prod', token: 'ntn_****' }], ['name', 'token']]);
    expect(seen[2]?.[1]).toEqual([false, 'bad key ntn_****']);
    expect(seen[3]?.[1]).toEqual([true]);
    expect(seen[5]?.[1]).toEqual(['deploy with ntn_****']);
    restore();
    expect(fake.dir).toBe(originalDir);
  });

  it('masks the labels of time, timeEnd, timeLog, count and countReset, which Node prints in its own warnings too (from an adversarial review)', () => {
    const t = token();
    const seen: [string, unknown[]][] = [];
    const record = (name: string) => (...a: unknown[]) => void seen.push([name, a]);
    const fake = { log: record('log'), info: record('info'), warn: record('warn'), error: record('error'), debug: record('debug'), trace: record('trace'), time: record('time'), timeEnd: record('timeEnd'), timeLog: record('timeLog'), count: record('count'), countReset: record('countReset') };
    const restore = redactConsole(fake);
    fake.time(t);
    fake.timeLog(t, 'step', { token: t });
    fake.timeEnd(t);
    fake.count(`key ${t}`);
    fake.countReset();
    expect(inspect(seen, { depth: 8 })).not.toContain(t.slice(4, 20));
    expect(seen.map(([name, args]) => [name, args[0]])).toEqual([['time', 'ntn_****'], ['timeLog', 'ntn_****'], ['timeEnd', 'ntn_****'], ['count', 'key ntn_****'], ['countReset', undefined]]);
    restore();
    // With the real console: Node's warning for an unknown label quotes the masked one.
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.message);
    process.on('warning', onWarning);
    const undo = redactConsole(console);
    try {
      console.timeEnd(`never-started-${t}`);
    } finally {
      undo();
    }
    return new Promise<void>((resolve) => setImmediate(() => {
      process.off('warning', onWarning);
      expect(warnings.join('\n')).not.toContain(t);
      resolve();
    }));
  });
});

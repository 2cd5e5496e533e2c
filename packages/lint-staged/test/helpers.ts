import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { catalog, createSampleGen } from '@keyward/core';
import { afterEach } from 'vitest';
import { type Io, run } from '../src/index.js';
import { checkReport } from './schemas.js';

let seed = 100;
/** A realistic token of `ruleId`, generated at run time. */
export function token(ruleId = 'notion-integration-token'): string {
  const rule = catalog.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.sample(createSampleGen(seed++));
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary directory holding `files`, removed after the test. */
export function project(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyward-cli-'));
  dirs.push(dir);
  write(dir, files);
  return dir;
}

export function write(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
}

/** Runs git in `dir`, returning stdout; isolated from the user's and CI's global git config. */
export function sh(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'Ada', GIT_AUTHOR_EMAIL: 'ada@example.test', GIT_COMMITTER_NAME: 'Ada', GIT_COMMITTER_EMAIL: 'ada@example.test' },
  });
}

export function repo(files: Record<string, string | Buffer> = {}): string {
  const dir = project(files);
  sh(dir, 'init', '-q', '-b', 'main');
  sh(dir, 'config', 'commit.gpgsign', 'false');
  return dir;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function cli(cwd: string, argv: string[], stdin = '', env: Record<string, string> = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (b: Buffer) => (out += b.toString()));
  stderr.on('data', (b: Buffer) => (err += b.toString()));
  const io: Io = { stdin: Readable.from([stdin]), stdout, stderr, cwd, env: { NO_COLOR: '1', ...env } };
  const code = await run(argv, io);
  checkReport(argv, out);
  return { code, stdout: out, stderr: err };
}

/**
 * A P-256 private key in SEC 1 DER without its optional public key (as `openssl ec -no_public
 * -outform DER` writes it: version, the 32-byte key, the curve's OID) that holds no NUL byte, so
 * it is not "binary" by the NUL test (most such keys).
 */
export function nulFreeEcKey(): Buffer {
  for (let i = 0; i < 1000; i++) {
    const der = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'der', type: 'sec1' });
    const body = der.subarray(2, 2 + 3 + 34 + 12);
    const bare = Buffer.concat([Buffer.from([0x30, body.length]), body]);
    if (!bare.includes(0)) return bare;
  }
  throw new Error('no NUL-free key in 1000 tries');
}

/**
 * A PKCS#12 file laid out as OpenSSL writes it (RFC 7292): version 3, an authSafe of type data,
 * a shrouded key bag whose (here random) encrypted key is `keyBytes` long.
 */
export function pfxWithKey(keyBytes: number): Buffer {
  const der = (tag: number, ...content: Buffer[]): Buffer => {
    const body = Buffer.concat(content);
    const n = body.length;
    const len = n < 0x80 ? [n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff];
    return Buffer.concat([Buffer.from([tag, ...len]), body]);
  };
  const oid = (...bytes: number[]): Buffer => der(0x06, Buffer.from([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, ...bytes]));
  const data = oid(0x07, 0x01);
  const bag = der(0x30, oid(0x0c, 0x0a, 0x01, 0x02), der(0xa0, der(0x04, randomBytes(keyBytes))));
  return der(0x30, der(0x02, Buffer.from([3])), der(0x30, data, der(0xa0, der(0x04, der(0x30, der(0x30, data, der(0xa0, der(0x04, der(0x30, bag)))))))));
}

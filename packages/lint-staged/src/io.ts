import { processEnv } from './env.js';

/** The streams and environment a command runs with; the bin passes the process's own. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const isWritable = (s: unknown): boolean => typeof s === 'object' && s !== null && typeof (s as { write?: unknown }).write === 'function';

/**
 * The streams and context of a run: what `io` gives, the process's own for the rest (a caller
 * that passes only stdout and stderr gets the process's stdin, cwd and environment). A field of
 * the wrong kind is a TypeError that names it, not an internal error later. stdin is never read
 * here: touching process.stdin loads Node's stream modules, which the pre-commit hook does not need.
 */
export function completeIo(io: Partial<Io> | undefined): Io {
  if (io !== undefined && (typeof io !== 'object' || io === null)) throw new TypeError('keyward run(argv, io): io must be an object with any of stdin, stdout, stderr, cwd, env.');
  const given = io ?? {};
  const problems: string[] = [];
  if (given.stdout !== undefined && !isWritable(given.stdout)) problems.push('io.stdout must be a writable stream (an object with write()).');
  if (given.stderr !== undefined && !isWritable(given.stderr)) problems.push('io.stderr must be a writable stream (an object with write()).');
  if (given.cwd !== undefined && (typeof given.cwd !== 'string' || given.cwd === '')) problems.push('io.cwd must be a non-empty string.');
  if (given.env !== undefined && (typeof given.env !== 'object' || given.env === null)) problems.push('io.env must be an object of environment variables.');
  if (problems.length > 0) throw new TypeError(`keyward run(argv, io): ${problems.join(' ')}`);
  if ('stdin' in given && given.stdout && given.stderr && given.cwd !== undefined && given.env) return given as Io;
  const full = {
    stdout: given.stdout ?? process.stdout,
    stderr: given.stderr ?? process.stderr,
    cwd: given.cwd ?? process.cwd(),
    env: given.env ?? processEnv(),
  };
  const stdin = Object.getOwnPropertyDescriptor(given, 'stdin');
  Object.defineProperty(full, 'stdin', stdin ?? { enumerable: true, get: () => process.stdin });
  return full as Io;
}

/** Exit status: 0 clean, 1 findings, 2 usage or configuration error. */
export const ExitCode = { Clean: 0, Findings: 1, Usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** All of a stream (standard input), refusing more than `limit` bytes with `onLimit`'s error. */
export async function readInput(stream: NodeJS.ReadableStream, limit = Number.POSITIVE_INFINITY, onLimit?: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > limit) throw onLimit ? onLimit() : new Error(`more than ${limit} bytes on standard input`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

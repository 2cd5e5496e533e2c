/** The streams and environment a command runs with; the bin passes the process's own. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
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

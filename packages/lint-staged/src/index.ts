export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  io.stdout.write(`keyward ${argv.join(' ')}\n`);
  return 0;
}

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createDetector, redact } from '@keyward/core';
import { loadConfig } from '../config.js';
import { ExitCode, type Io } from '../io.js';

export const redactHelp = `Usage: some-command | keyward redact [--config <file>]

Copy standard input to standard output with every token masked (ntn_****), line by line,
so it works on a live log stream (tail -f app.log | keyward redact).
`;

export async function redactCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout.write(redactHelp);
    return ExitCode.Clean;
  }
  const detector = createDetector({ config: (await loadConfig(io.cwd, values.config)).config });
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (!io.stdout.write(`${redact(line, { detector })}\n`)) await new Promise((r) => io.stdout.once('drain', r));
  }
  return ExitCode.Clean;
}

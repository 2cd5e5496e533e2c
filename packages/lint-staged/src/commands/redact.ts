import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createDetector, maskingConfig, redact } from '@keyward/core';
import { loadConfig } from '../config.js';
import { ExitCode, type Io } from '../io.js';

const MAX_BLOCK_LINES = 1000;
const MAX_BLOCK_BYTES = 70_000;

export const redactHelp = `Usage: some-command | keyward redact [--config <file>]

Copy standard input to standard output with every token masked (ntn_****), line by line,
so it works on a live log stream (tail -f app.log | keyward redact). A PEM block
(-----BEGIN … -----END) is held until it ends and masked whole. The config's custom
rules mask too; its disabledRules and allowlist apply to scans only and never unmask.
`;

export async function redactCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    io.stdout.write(redactHelp);
    return ExitCode.Clean;
  }
  // The config's custom rules mask too; its disabled rules and allowlists, which accept findings
  // in a scan, never let a token through (maskingConfig).
  const config = maskingConfig((await loadConfig(io.cwd, values.config)).config);
  const detector = createDetector(config ? { config } : {});
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  const write = async (text: string): Promise<void> => {
    if (!io.stdout.write(text)) await new Promise((r) => io.stdout.once('drain', r));
  };
  // A PEM block spans lines: from a "-----BEGIN" line its lines are held until "-----END" (or a
  // bound), then masked together, as core's redact masks a whole text (from a bug: redacting
  // line by line let multi-line private keys through).
  let block: string[] | undefined;
  let blockSize = 0;
  for await (const line of lines) {
    if (block) {
      block.push(line);
      blockSize += line.length + 1;
      if (line.includes('-----END') || block.length >= MAX_BLOCK_LINES || blockSize >= MAX_BLOCK_BYTES) {
        await write(`${redact(block.join('\n'), { detector })}\n`);
        block = undefined;
      }
    } else if (line.includes('-----BEGIN') && !line.includes('-----END')) {
      block = [line];
      blockSize = line.length + 1;
    } else {
      await write(`${redact(line, { detector })}\n`);
    }
  }
  if (block) await write(`${redact(block.join('\n'), { detector })}\n`);
  return ExitCode.Clean;
}

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BASELINE_FILE, writeBaseline } from '../baseline.js';
import { prepare } from '../context.js';
import { scanTargets } from '../engine.js';
import { ExitCode, type Io } from '../io.js';
import { parseMaxFileSize } from '../options.js';
import { listFiles } from '../sources/files.js';

export const baselineHelp = `Usage: keyward baseline [options] [paths...]

Record every current finding in ${BASELINE_FILE} so later scans report only new ones.
Entries are rule + path + a hash of the secret: no values, no line numbers, sorted, so edits
above a finding do not resurface it and merges rarely conflict. Re-run to prune stale entries.

Options:
  --output <file>        baseline file (default: ${BASELINE_FILE})
  --config <file>        configuration file
  --max-file-size <size> skip larger files (default: no limit)
  -h, --help             show this help
`;

export async function baselineCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { output: { type: 'string', short: 'o' }, config: { type: 'string', short: 'c' }, 'max-file-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(baselineHelp);
    return ExitCode.Clean;
  }
  const ctx = await prepare(io.cwd, { config: values.config, noBaseline: true });
  const { targets } = await listFiles(io.cwd, positionals);
  const report = await scanTargets(targets, { detector: ctx.detector, maxFileSize: parseMaxFileSize(values['max-file-size']), ...(ctx.policy ? { policy: ctx.policy } : {}) });
  const file = values.output ?? BASELINE_FILE;
  await writeBaseline(join(io.cwd, file), report.findings.map((f) => ({ rule: f.ruleId, path: f.path, hash: f.fingerprint })));
  io.stdout.write(`keyward: wrote ${report.findings.length} entr${report.findings.length === 1 ? 'y' : 'ies'} to ${file} (${report.filesScanned} files scanned).\n`);
  return ExitCode.Clean;
}

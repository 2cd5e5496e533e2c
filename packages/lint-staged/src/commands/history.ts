import { parseArgs } from 'node:util';
import { prepare } from '../context.js';
import { scanTargets } from '../engine.js';
import { UsageError } from '../errors.js';
import { ExitCode, type Io } from '../io.js';
import { FORMATS, parseFormat, parseMaxFileSize } from '../options.js';
import { finish, reportFlags } from '../output.js';
import { historyTargets } from '../sources/history.js';
import { verifyFlags, verifyHelp, verifyOptions, verifyReport } from '../verify/apply.js';

export const historyHelp = `Usage: keyward history [--since <rev> | --all] [options]

Scan the lines every commit added (HEAD's history by default). Findings carry the commit,
author and date that introduced them, so you know what to rotate and where to purge.

Options:
  --since <rev>          only commits after <rev> (e.g. origin/main)
  --all                  every branch and tag, not just HEAD
  --format <format>      ${FORMATS.join(' | ')} (default: text)
  --output <file>        write the report to a file instead of stdout
  --config <file>        configuration file
  --baseline <file>      accepted findings (default: .keyward-baseline.json when present)
  --no-baseline          report baselined findings too
  --max-file-size <size> skip larger additions (default: no limit)
  --reveal               print raw secret values
${verifyHelp}  --no-color             plain output
  -h, --help             show this help

Exit status: 0 no findings, 1 findings, 2 usage, configuration or git error.
`;

export async function historyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { ...reportFlags, ...verifyFlags, since: { type: 'string' }, all: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(historyHelp);
    return ExitCode.Clean;
  }
  if (positionals.length > 0) throw new UsageError(`keyward history takes no paths (got "${positionals[0]}"); use --since <rev> or --all.`);
  if (values.since && values.all) throw new UsageError('Use either --since or --all, not both.');
  parseFormat(values.format); // a bad --format fails before any scanning
  const verify = verifyOptions(values);
  const ctx = await prepare(io.cwd, { config: values.config, baseline: values.baseline, noBaseline: values['no-baseline'], noPolicy: true });
  const tty = io.stderr.isTTY === true;
  const report = await scanTargets(
    historyTargets(io.cwd, {
      ...(values.since ? { since: values.since } : {}),
      ...(values.all ? { all: true } : {}),
      ...(tty ? { onCommit: (n: number) => io.stderr.write(`\rkeyward: scanning history… ${n} commits`) } : {}),
    }),
    { detector: ctx.detector, maxFileSize: parseMaxFileSize(values['max-file-size']), reveal: values.reveal === true, keepSecrets: verify !== undefined, ...(ctx.baseline ? { baseline: ctx.baseline } : {}) },
  );
  if (tty) io.stderr.write('\r\x1b[K');
  return finish(verify ? await verifyReport(report, verify, values['only-verified'] === true) : report, io, values);
}

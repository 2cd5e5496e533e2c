// fs.promises is read where it is used: importing node:fs/promises costs a pre-commit run ~3 ms.
import { existsSync, promises as fsp } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError, UsageError } from './errors.js';
import type { ScanReport } from './engine.js';
import type { Io } from './io.js';
import { ExitCode } from './io.js';
import { colorFlag, type Format, parseExitCode, parseFormat, useColor } from './options.js';
import { formatCheckstyle } from './report/checkstyle.js';
import { formatGithub } from './report/github.js';
import { formatJson } from './report/json.js';
import { formatJunit } from './report/junit.js';
import { formatSarif } from './report/sarif.js';
import { formatNotes, formatText, plural } from './report/text.js';
import { shown } from './shown.js';
import { VERSION } from './version.js';
import { now } from './clock.js';

function body(report: ScanReport, format: Format, color: boolean, command: string): string {
  switch (format) {
    case 'text':
      return formatText(report, { color });
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, VERSION);
    case 'github':
      return formatGithub(report);
    case 'checkstyle':
      return formatCheckstyle(report);
    case 'junit':
      return formatJunit(report, `keyward ${command}`);
    default:
      return format satisfies never;
  }
}

/**
 * The flags every reporting command shares (scan, history). gitleaks' spellings are accepted
 * beside ours: -f/--report-format for --format, -r/--report-path for --output.
 */
export const reportFlags = {
  format: { type: 'string', short: 'f' },
  'report-format': { type: 'string' },
  output: { type: 'string', short: 'o' },
  'report-path': { type: 'string', short: 'r' },
  'exit-code': { type: 'string' },
  verbose: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  reveal: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Help lines for reportFlags, the same in every command. */
export const reportHelp = (formats: string): string => `  -f, --format <format>  ${formats} (default: text; also --report-format)
  -o, --output <file>    write the report to a file instead of stdout (also -r, --report-path)
  --exit-code <n>        exit status when secrets are found (default 1; 0 = report only)
  --verbose              print run details, and the findings too when the report goes to a file
  -c, --config <file>    configuration file (default: keyward.config.* or package.json#keyward)
  --baseline <file>      accepted findings (default: .keyward-baseline.json when present)
  --no-baseline          report baselined findings too
  --reveal               print raw secret values (never in CI logs)
  --color, --no-color    force colour on or off (default: NO_COLOR, FORCE_COLOR, a terminal)
`;

export interface ReportValues {
  readonly format?: string | undefined;
  readonly 'report-format'?: string | undefined;
  readonly output?: string | undefined;
  readonly 'report-path'?: string | undefined;
  readonly 'exit-code'?: string | undefined;
  readonly verbose?: boolean | undefined;
}

/** One value from a flag and its alias; both given and different is a usage error. */
function either(a: string | undefined, b: string | undefined, names: string): string | undefined {
  if (a !== undefined && b !== undefined && a !== b) throw new UsageError(`${names} name the same setting; give one.`);
  return a ?? b;
}

export interface OutputPlan {
  readonly format: Format;
  readonly output?: string;
  readonly exitCode: number;
  readonly verbose: boolean;
  readonly color: boolean;
  readonly stderrColor: boolean;
}

/** Reads and checks the report flags before any scanning, so a typo fails fast. */
export function outputPlan(values: ReportValues, args: readonly string[], io: Io): OutputPlan {
  const output = either(values.output, values['report-path'], '--output and --report-path');
  const flag = colorFlag(args);
  return {
    format: parseFormat(either(values.format, values['report-format'], '--format and --report-format')),
    ...(output !== undefined ? { output } : {}),
    exitCode: parseExitCode(values['exit-code']),
    verbose: values.verbose === true,
    color: useColor(io.stdout, io.env, flag),
    stderrColor: useColor(io.stderr, io.env, flag),
  };
}

/** What --verbose adds: where the config came from, what was read, and how long it took. */
export interface RunInfo {
  readonly command: string;
  readonly startedAt: number;
  readonly configSource?: string | undefined;
  readonly rules: number;
}

function verboseLine(report: ScanReport, run: RunInfo): string {
  const ms = Math.round(now() - run.startedAt);
  const commits = report.commitsScanned !== undefined ? `${plural(report.commitsScanned, 'commit')}, ` : '';
  return `keyward ${run.command}: ${commits}${plural(report.filesScanned, report.commitsScanned !== undefined ? 'text' : 'file')}, ${(report.bytesScanned / 1e6).toFixed(2)} MB scanned in ${ms} ms with ${run.rules} rules (config: ${run.configSource ? shown(run.configSource) : 'defaults'}); ${plural(report.findings.length, 'finding')}, ${report.skipped.length} skipped, ${report.baselined} baselined\n`;
}

/**
 * Creates the missing folders above a report, one level at a time: Node's recursive mkdir never
 * returns under /proc (seen in a new-user trial), where this fails at once.
 */
async function makeParents(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    missing.unshift(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing) await fsp.mkdir(d);
}

/**
 * Writes the report as planned (to --output or stdout), notes (skips, stale entries) to stderr,
 * and returns the exit status: --exit-code (default 1) with findings, else 0.
 */
export async function finish(report: ScanReport, io: Io, plan: OutputPlan, run: RunInfo): Promise<number> {
  const toFile = plan.output !== undefined;
  const text = body(report, plan.format, plan.color && !toFile, run.command);
  if (toFile) {
    const file = resolve(io.cwd, plan.output as string);
    try {
      await makeParents(dirname(file));
      await fsp.writeFile(file, text);
    } catch (error) {
      throw new CliError('KEYWARD_USAGE', `cannot write the report to ${shown(plan.output as string)} (${(error as NodeJS.ErrnoException).code ?? 'error'}); choose a writable path with --output.`);
    }
  } else io.stdout.write(text);
  // gitleaks' --verbose: the findings on the console even when the report goes elsewhere.
  if (plan.verbose && (toFile || plan.format !== 'text') && report.findings.length > 0) io.stderr.write(formatText(report, { color: plan.stderrColor, summary: false }));
  const notes = formatNotes(report, { color: plan.stderrColor });
  if (notes) io.stderr.write(notes);
  if (toFile) io.stderr.write(`keyward: wrote ${plan.format} report to ${shown(plan.output as string)} (${report.findings.length} ${report.findings.length === 1 ? 'finding' : 'findings'})\n`);
  if (plan.verbose) io.stderr.write(verboseLine(report, run));
  if (report.findings.length > 0) return plan.exitCode;
  // Fail closed: a file that could not be read was not judged, so "no secrets" would be a guess.
  // (Files skipped by choice, binary or over --max-file-size, are only noted.)
  const unread = report.skipped.filter((s) => s.reason.startsWith('could not be read')).length;
  if (unread > 0) {
    io.stderr.write(`keyward: ${unread === 1 ? '1 file' : `${unread} files`} could not be read (listed above), so the ${run.command} is incomplete; exit 2.\n`);
    return ExitCode.Usage;
  }
  return ExitCode.Clean;
}

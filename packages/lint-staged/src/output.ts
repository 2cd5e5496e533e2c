import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CliError } from './errors.js';
import type { ScanReport } from './engine.js';
import type { Io } from './io.js';
import { ExitCode } from './io.js';
import { type Format, parseFormat, useColor } from './options.js';
import { formatGithub } from './report/github.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatNotes, formatText } from './report/text.js';
import { shown } from './shown.js';
import { VERSION } from './version.js';

/** Writes the report in `format` to `--output` or stdout, and notes (skips, stale) to stderr. */
export async function emit(report: ScanReport, io: Io, options: { format: Format; output?: string; color: boolean; stderrColor: boolean }): Promise<void> {
  const toFile = options.output !== undefined;
  let body: string;
  switch (options.format) {
    case 'text':
      body = formatText(report, { color: options.color && !toFile });
      break;
    case 'json':
      body = formatJson(report);
      break;
    case 'sarif':
      body = formatSarif(report, VERSION);
      break;
    case 'github':
      body = formatGithub(report);
      break;
    default:
      options.format satisfies never;
      body = '';
  }
  if (toFile) {
    const file = resolve(io.cwd, options.output as string);
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, body);
    } catch (error) {
      throw new CliError('KEYWARD_USAGE', `cannot write the report to ${shown(options.output as string)} (${(error as NodeJS.ErrnoException).code ?? 'error'}); choose a writable path with --output.`);
    }
  }
  else io.stdout.write(body);
  const notes = formatNotes(report, { color: options.stderrColor });
  if (notes) io.stderr.write(notes);
  if (toFile) io.stderr.write(`keyward: wrote ${options.format} report to ${shown(options.output as string)} (${report.findings.length} findings)\n`);
}

/** The flags every reporting command shares (scan, history). */
export const reportFlags = {
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'no-baseline': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  reveal: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Emits the report as the flags ask and returns the exit status it implies. */
export async function finish(report: ScanReport, io: Io, flags: { format?: string | undefined; output?: string | undefined; 'no-color'?: boolean | undefined }): Promise<number> {
  await emit(report, io, {
    format: parseFormat(flags.format),
    ...(flags.output ? { output: flags.output } : {}),
    color: useColor(io.stdout, io.env, flags['no-color']),
    stderrColor: useColor(io.stderr, io.env, flags['no-color']),
  });
  return report.findings.length > 0 ? ExitCode.Findings : ExitCode.Clean;
}

import { UsageError } from './errors.js';

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** `5mb`, `512k`, `1048576` → bytes. */
export function parseSize(value: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const suffix = (m?.[2] ?? '').toLowerCase();
  // An own-property lookup: "1constructor" must not find Object.prototype.constructor.
  const unit = m && Object.hasOwn(UNITS, suffix) ? UNITS[suffix] : undefined;
  if (!m || unit === undefined) throw new UsageError(`${flag} takes a size such as 5mb, 512kb or 1048576; got "${value}".`);
  return Math.round(Number(m[1]) * unit);
}

/** --max-file-size: no limit unless given (every size is scanned, the largest as a stream). */
export function parseMaxFileSize(value: string | undefined): number {
  return value === undefined ? Number.POSITIVE_INFINITY : parseSize(value, '--max-file-size');
}

export const FORMATS = ['text', 'json', 'sarif', 'github', 'checkstyle', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${format}".`);
  return format as Format;
}

/**
 * --exit-code <n> (gitleaks' flag): the status when findings are reported, 0 to report only.
 * Usage and configuration errors stay 2 whatever it says.
 */
export function parseExitCode(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^\d{1,3}$/.test(value) || Number(value) > 125) throw new UsageError(`--exit-code takes a whole number from 0 to 125; got "${value}".`);
  return Number(value);
}

/**
 * Whether to colour `stream`, as no-color.org and Node.js decide it: --color / --no-color
 * first; then FORCE_COLOR (0 or false turns colour off, any other value on); then a non-empty
 * NO_COLOR or NODE_DISABLE_COLORS, or TERM=dumb, turn it off; else colour on a terminal only.
 */
export function useColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] || env['NODE_DISABLE_COLORS'] || env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}

/** --color / --no-color as one tri-state: the last one given wins (parseArgs keeps both). */
export function colorFlag(args: readonly string[]): boolean | undefined {
  const end = args.indexOf('--');
  const options = end === -1 ? args : args.slice(0, end);
  const last = Math.max(options.lastIndexOf('--color'), options.lastIndexOf('--no-color'));
  return last === -1 ? undefined : options[last] === '--color';
}

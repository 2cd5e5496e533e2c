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

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${format}".`);
  return format as Format;
}

/** Colour only on a terminal, and never when NO_COLOR is set or --no-color is given. */
export function useColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>, noColor: boolean | undefined): boolean {
  if (noColor || env['NO_COLOR'] !== undefined) return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true;
}

import { verifications } from '@keyward/core';
import type { ReportFinding, ScanReport } from '../engine.js';
import { UsageError } from '../errors.js';
import { createVerifier, parseEndpoints, type VerifyOptions } from './verify.js';

/** The flags of --verify, shared by scan and history. */
export const verifyFlags = {
  verify: { type: 'boolean' },
  'only-verified': { type: 'boolean' },
  'verify-timeout': { type: 'string' },
  'verify-endpoint': { type: 'string', multiple: true },
} as const;

export const verifyHelp = `  --verify               check each found token with its provider's read-only identity
                         endpoint (HTTPS, its own host only): verified, invalid or unknown
  --only-verified        report verified (live) tokens only; implies --verify
  --verify-timeout <ms>  per-request timeout (default 5000)
  --verify-endpoint <provider>=<url>
                         send <provider>'s checks to a loopback stub instead (tests only;
                         any other host is refused)
`;

interface VerifyFlagValues {
  verify?: boolean | undefined;
  'only-verified'?: boolean | undefined;
  'verify-timeout'?: string | undefined;
  'verify-endpoint'?: string[] | undefined;
}

/** Verifier options from the flags, or undefined without --verify; throws UsageError on bad values. */
export function verifyOptions(values: VerifyFlagValues): VerifyOptions | undefined {
  if (!values.verify && !values['only-verified']) {
    if (values['verify-endpoint']?.length || values['verify-timeout'] !== undefined) throw new UsageError('--verify-endpoint and --verify-timeout go with --verify.');
    return undefined;
  }
  const providers = new Set([...verifications.values()].map((v) => v.provider));
  const endpoints = parseEndpoints(values['verify-endpoint'], providers);
  const raw = values['verify-timeout'];
  const timeoutMs = raw === undefined ? 5000 : Number(raw);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 120_000) throw new UsageError(`--verify-timeout takes milliseconds from 1 to 120000; got "${raw}".`);
  return { timeoutMs, endpoints };
}

/**
 * The report with each finding's verdict; with `onlyVerified`, verified findings alone. Findings
 * whose rule has no verifier keep no verdict (and are dropped by `onlyVerified`).
 */
export async function verifyReport(report: ScanReport, options: VerifyOptions, onlyVerified: boolean): Promise<ScanReport> {
  const verifier = createVerifier(options);
  const secrets = report.secrets;
  const checked = await Promise.all(
    report.findings.map(async (f): Promise<ReportFinding> => {
      const secret = secrets?.get(f);
      const pending = secret === undefined ? undefined : verifier.check(f.ruleId, secret);
      return pending ? { ...f, verification: await pending } : f;
    }),
  );
  const findings = onlyVerified ? checked.filter((f) => f.verification?.status === 'verified') : checked;
  // --only-verified must not read as "no secrets": say what it left out, and why.
  const notes = [...report.notes];
  if (onlyVerified && findings.length < checked.length) {
    const count = (s: string | undefined): number => checked.filter((f) => f.verification?.status === s).length;
    const hidden = checked.length - findings.length;
    notes.push({ path: '--only-verified', reason: `${hidden} finding${hidden === 1 ? '' : 's'} not shown: ${count('invalid')} invalid, ${count('unknown')} unknown (could not be checked), ${count(undefined)} with no verifier` });
  }
  // The raw values are not needed past this point: the report that is printed drops them.
  return { findings, skipped: report.skipped, notes, filesScanned: report.filesScanned, bytesScanned: report.bytesScanned, baselined: report.baselined, stale: report.stale };
}

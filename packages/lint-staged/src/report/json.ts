import type { ReportFinding, ScanReport } from '../engine.js';

/** Where the JSON report's schema is published (shipped in this package as schema/report.schema.json). */
export const REPORT_SCHEMA = 'https://unpkg.com/@keyward/lint-staged@0/schema/report.schema.json';

/**
 * A finding as the JSON report holds it. `start`/`end` are offsets into the scanned file; a
 * history finding has none (it was found in a commit's added lines, not in a file a user can
 * open at an offset): its commit, path, line and column say where to look.
 */
function finding(f: ReportFinding): Omit<ReportFinding, 'start' | 'end'> & { start?: number; end?: number } {
  if (!f.commit) return f;
  const rest: { -readonly [K in keyof ReportFinding]?: ReportFinding[K] } = { ...f };
  delete rest.start;
  delete rest.end;
  return rest as Omit<ReportFinding, 'start' | 'end'>;
}

/**
 * Machine-readable report, version 1 (schema/report.schema.json). Findings hold masks and
 * fingerprints, never values (unless --reveal).
 */
export function formatJson(report: ScanReport): string {
  return `${JSON.stringify(
    {
      $schema: REPORT_SCHEMA,
      version: 1,
      findings: report.findings.map(finding),
      skipped: report.skipped,
      notes: report.notes,
      staleBaseline: report.stale,
      summary: {
        findings: report.findings.length,
        verified: report.findings.filter((f) => f.verification?.status === 'verified').length,
        filesScanned: report.filesScanned,
        bytesScanned: report.bytesScanned,
        ...(report.commitsScanned !== undefined ? { commitsScanned: report.commitsScanned } : {}),
        skipped: report.skipped.length,
        baselined: report.baselined,
      },
    },
    null,
    2,
  )}\n`;
}

import type { ScanReport } from '../engine.js';

/** Machine-readable report. Findings hold masks and fingerprints, never values (unless --reveal). */
export function formatJson(report: ScanReport): string {
  return `${JSON.stringify(
    {
      version: 1,
      findings: report.findings,
      skipped: report.skipped,
      notes: report.notes,
      staleBaseline: report.stale,
      summary: {
        findings: report.findings.length,
        verified: report.findings.filter((f) => f.verification?.status === 'verified').length, filesScanned: report.filesScanned, bytesScanned: report.bytesScanned, skipped: report.skipped.length, baselined: report.baselined },
    },
    null,
    2,
  )}\n`;
}

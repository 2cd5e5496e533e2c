import type { ScanReport } from '../engine.js';

// eslint-disable-next-line no-control-regex
const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
const property = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding on the pull request diff. */
export function formatGithub(report: ScanReport): string {
  const lines = report.findings.map((f) => {
    const level = f.severity === 'low' ? 'warning' : 'error';
    const live = f.verification?.status === 'verified' ? ' [verified LIVE]' : f.verification ? ` [${f.verification.status}]` : '';
    const message = `${f.description}: ${f.secret ?? f.redacted}${live}. ${f.rotate.how}${f.rotate.url ? ` ${f.rotate.url}` : ''}`;
    return `::${level} file=${property(f.path)},line=${f.line},col=${f.column},title=${property(`keyward ${f.ruleId}`)}::${data(message)}`;
  });
  for (const s of report.skipped) lines.push(`::notice file=${property(s.path)},title=keyward skipped::${data(s.reason)}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

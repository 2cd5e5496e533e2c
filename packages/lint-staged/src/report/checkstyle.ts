import type { ScanReport } from '../engine.js';
import { declaration, message, xml } from './xml.js';

const SEVERITY = { critical: 'error', high: 'error', medium: 'warning', low: 'info' } as const;

/**
 * Checkstyle XML (the format Jenkins' warnings-ng, reviewdog and many CI dashboards read), as
 * secretlint writes it: one <file> per path, one <error> per finding, source `keyward.<rule>`.
 */
export function formatCheckstyle(report: ScanReport): string {
  const byPath = new Map<string, ScanReport['findings']>();
  for (const f of report.findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const out = [`${declaration}<checkstyle version="4.3">`];
  for (const [path, findings] of byPath) {
    out.push(`  <file name="${xml(path)}">`);
    for (const f of findings) out.push(`    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}" message="${xml(message(f))}" source="keyward.${xml(f.ruleId)}"/>`);
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
}

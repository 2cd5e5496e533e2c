import type { ScanReport } from '../engine.js';
import { declaration, message, xml } from './xml.js';

/**
 * JUnit XML, for CI systems that show test reports (GitLab's `artifacts:reports:junit`, Jenkins,
 * Azure Pipelines): each finding is a failed test case named after its rule and location, each
 * skipped file a skipped case, and a clean scan one passing case, so the report shows it ran.
 */
export function formatJunit(report: ScanReport, name: string): string {
  const cases: string[] = [];
  for (const f of report.findings) {
    const where = `${f.path}:${f.line}:${f.column}`;
    const commit = f.commit ? ` (commit ${f.commit.sha.slice(0, 12)})` : '';
    cases.push(
      `    <testcase classname="${xml(f.path)}" name="${xml(`${f.ruleId} at ${where}${commit}`)}" file="${xml(f.path)}" line="${f.line}">`,
      `      <failure message="${xml(`${f.description}: ${f.secret ?? f.redacted}`)}" type="${xml(f.ruleId)}">${[where, message(f), ...(f.rotate.url ? [f.rotate.url] : [])].map(xml).join('\n')}</failure>`,
      '    </testcase>',
    );
  }
  for (const s of report.skipped) cases.push(`    <testcase classname="${xml(s.path)}" name="${xml(`scan ${s.path}`)}"><skipped message="${xml(s.reason)}"/></testcase>`);
  if (report.findings.length === 0) cases.push(`    <testcase classname="keyward" name="${xml(`no secrets in ${report.filesScanned} scanned files`)}"/>`);
  const tests = Math.max(report.findings.length, 1) + report.skipped.length;
  const counts = `tests="${tests}" failures="${report.findings.length}" errors="0" skipped="${report.skipped.length}"`;
  return `${declaration}<testsuites name="keyward" ${counts}>\n  <testsuite name="${xml(name)}" ${counts}>\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

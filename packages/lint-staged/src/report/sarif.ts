import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { ScanReport } from '../engine.js';

const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' } as const;

/**
 * SARIF 2.1.0 (validated against the OASIS schema in the tests). partialFingerprints carry the
 * content hash, so code scanning keeps tracking a finding when lines move.
 */
export function formatSarif(report: ScanReport, version: string): string {
  const rules: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  for (const f of report.findings) {
    if (index.has(f.ruleId)) continue;
    index.set(f.ruleId, rules.length);
    rules.push({
      id: f.ruleId,
      name: f.ruleId.replace(/(^|-)([a-z0-9])/g, (_, _s: string, ch: string) => ch.toUpperCase()),
      shortDescription: { text: f.description },
      fullDescription: { text: `${f.provider}: ${f.description}.` },
      help: { text: f.rotate.how, markdown: `${f.rotate.how}${f.rotate.url ? ` [How to rotate](${f.rotate.url})` : ''}` },
      ...(f.rotate.url ? { helpUri: f.rotate.url } : {}),
      defaultConfiguration: { level: LEVEL[f.severity] },
      properties: { tags: ['security', 'secret', f.provider], 'security-severity': f.severity === 'critical' ? '9.5' : f.severity === 'high' ? '8.0' : f.severity === 'medium' ? '5.5' : '3.0' },
    });
  }
  const results: Result[] = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId) ?? 0,
    // A token its provider accepts is an error whatever the rule's severity.
    level: f.verification?.status === 'verified' ? 'error' : LEVEL[f.severity],
    message: { text: `${f.provider} ${f.description}: ${f.secret ?? f.redacted}. ${f.rotate.how}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column },
        },
      },
    ],
    partialFingerprints: { 'keyward/v1': f.fingerprint },
    ...(f.commit || f.verification
      ? { properties: { ...(f.commit ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date } : {}), ...(f.verification ? { verification: f.verification.status, ...(f.verification.account ? { account: f.verification.account } : {}) } : {}) } }
      : {}),
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'keyward', semanticVersion: version, informationUri: 'https://github.com/keyward/keyward', rules } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

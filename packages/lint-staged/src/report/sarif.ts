import { catalog } from '@keyward/core';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { ReportFinding, ScanReport } from '../engine.js';

const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' } as const;
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' } as const;
const PRECISION = { high: 'very-high', medium: 'high', low: 'medium' } as const;

interface RuleInfo {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  readonly severity: keyof typeof LEVEL;
  readonly rotate: { readonly url: string; readonly how: string };
}

function descriptor(r: RuleInfo): ReportingDescriptor {
  return {
    id: r.id,
    name: r.id.replace(/(^|-)([a-z0-9])/g, (_, _s: string, ch: string) => ch.toUpperCase()),
    shortDescription: { text: r.description },
    // The description names the provider already ("Notion integration token (ntn_)").
    fullDescription: { text: r.description.toLowerCase().includes(r.provider.toLowerCase()) ? `${r.description}.` : `${r.provider}: ${r.description}.` },
    help: { text: r.rotate.how, markdown: `${r.rotate.how}${r.rotate.url ? ` [How to rotate](${r.rotate.url})` : ''}` },
    ...(r.rotate.url ? { helpUri: r.rotate.url } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['security', 'secret', r.provider], 'security-severity': SECURITY_SEVERITY[r.severity], precision: 'high' },
  };
}

function result(f: ReportFinding, index: number): Result {
  const live = f.verification?.status === 'verified';
  const where = f.commit ? ` Introduced in commit ${f.commit.sha.slice(0, 12)} (${f.commit.date}).` : '';
  return {
    ruleId: f.ruleId,
    ruleIndex: index,
    level: live ? 'error' : LEVEL[f.severity],
    message: { text: `${f.description}: ${f.secret ?? f.redacted}.${live ? ' Verified live with its provider.' : ''}${where} ${f.rotate.how}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column, ...(f.endLine !== undefined && f.endColumn !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}) },
        },
      },
    ],
    // Code scanning tracks alerts by primaryLocationLineHash: the secret's own fingerprint keeps
    // an alert when lines move, and tells two secrets on one line apart.
    partialFingerprints: { primaryLocationLineHash: f.fingerprint, 'keyward/v1': f.fingerprint },
    rank: f.confidence === 'high' ? 90 : f.confidence === 'medium' ? 60 : 30,
    properties: {
      confidence: f.confidence,
      precision: PRECISION[f.confidence],
      ...(f.commit ? { commit: f.commit.sha, author: f.commit.author, date: f.commit.date } : {}),
      ...(f.verification ? { verification: f.verification.status, ...(f.verification.account ? { account: f.verification.account } : {}) } : {}),
    },
  };
}

/**
 * SARIF 2.1.0 (validated against the OASIS schema in the tests): every catalog rule listed,
 * `%SRCROOT%` defined, full regions in UTF-16 code units, fingerprints from the secret rather
 * than the line, and the commit of history findings in the message and the run's provenance.
 */
export function formatSarif(report: ScanReport, version: string): string {
  const rules: ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const add = (r: RuleInfo): void => {
    if (index.has(r.id)) return;
    index.set(r.id, rules.length);
    rules.push(descriptor(r));
  };
  for (const r of catalog) add({ id: r.id, provider: r.provider, description: r.description, severity: r.severity, rotate: r.rotate });
  // Custom rules and policy findings are listed as they are met.
  for (const f of report.findings) add({ id: f.ruleId, provider: f.provider, description: f.description, severity: f.severity, rotate: f.rotate });
  const results = report.findings.map((f) => result(f, index.get(f.ruleId) ?? 0));
  const commits = [...new Set(report.findings.flatMap((f) => (f.commit ? [f.commit.sha] : [])))];
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'keyward', semanticVersion: version, informationUri: 'https://www.npmjs.com/package/keyward', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: './', description: { text: 'The repository root (the scanned folder outside a git repository): result paths are relative to it.' } } },
        columnKind: 'utf16CodeUnits',
        ...(commits.length > 0 ? { versionControlProvenance: commits.map((sha) => ({ repositoryUri: report.repositoryUri ?? 'file:///', revisionId: sha })) } : {}),
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

import { binaryRules } from '@keyward/core';
import { createColors } from 'picocolors';
import type { ReportFinding, ScanReport } from '../engine.js';
import { printable } from '../shown.js';

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

// Findings of core's binary judges cover a whole file, as the name policy's do.
const BINARY_RULE_IDS = new Set(binaryRules.map((r) => r.id));


/** One line for a --verify verdict: live tokens stand out, they are the ones to rotate first. */
function verdict(v: NonNullable<ReportFinding['verification']>, c: ReturnType<typeof createColors>): string {
  const who = v.account ? ` (account: ${v.account})` : '';
  if (v.status === 'verified') return c.red(c.bold(`verified: LIVE${who}, rotate it now`));
  if (v.status === 'invalid') return c.green(`verified: invalid (${v.reason ?? 'the provider rejects it'}; a token of a self-hosted instance is not checked there)`);
  return c.yellow(`verified: unknown${v.reason ? ` (${v.reason})` : ''}`);
}

/** Human report: file:line:col, severity, rule, provider, the mask, and how to rotate. */
export function formatText(report: ScanReport, options: { color: boolean; summary?: boolean }): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  for (const f of report.findings) {
    const where = `${printable(f.path)}:${f.line}:${f.column}`;
    const sev = f.severity === 'critical' || f.severity === 'high' ? c.red(f.severity) : c.yellow(f.severity);
    lines.push(`${c.bold(where)}  ${sev}  ${f.ruleId}  ${c.dim(`(${f.provider})`)}`);
    const commit = f.commit ? `  ${c.dim(`commit ${f.commit.sha.slice(0, 12)} by ${printable(f.commit.author)} on ${f.commit.date}`)}` : '';
    lines.push(`  ${f.description}: ${c.cyan(f.secret ?? f.redacted)}${commit}`);
    if (f.verification) lines.push(`  ${verdict(f.verification, c)}`);
    lines.push(`  ${c.dim('fix:')} ${f.rotate.how}${f.rotate.url ? ` ${c.underline(f.rotate.url)}` : ''}`);
  }
  if (options.summary === false) return lines.length ? `${lines.join('\n')}\n` : '';
  const files = new Set(report.findings.map((f) => f.path)).size;
  // A history scan reads each commit's changed files and its message: texts, not files.
  const texts = report.commitsScanned !== undefined ? `${plural(report.commitsScanned, 'commit')}, ${plural(report.filesScanned, 'text')} (changed files and messages)` : plural(report.filesScanned, 'file');
  const scanned = `${texts} scanned${report.skipped.length ? `, ${report.skipped.length} skipped` : ''}${report.baselined ? `, ${report.baselined} baselined` : ''}`;
  if (report.findings.length > 0) {
    lines.push('', c.red(`✖ ${plural(report.findings.length, 'secret')} in ${plural(files, 'file')} (${scanned}).`));
    // Values in code move to the environment; whole files (.env, key files and stores) leave the commit.
    const whole = report.findings.filter((f) => f.provider === 'keyward policy' || BINARY_RULE_IDS.has(f.ruleId)).length;
    if (whole < report.findings.length) lines.push('  Move each value to the environment (read it in your config module) and rotate it: a pushed secret is a leaked secret.');
    if (whole > 0) lines.push('  Take each secret file out of the commit (git rm --cached, then .gitignore) and rotate what it held: a pushed key is a leaked key.');
  } else {
    lines.push(c.green(`✔ No secrets found (${scanned}).`));
  }
  return `${lines.join('\n')}\n`;
}

/** Notes for stderr: skipped files, lenient decodes and stale baseline entries. */
export function formatNotes(report: ScanReport, options: { color: boolean }): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  for (const s of report.skipped) lines.push(c.yellow(`keyward: skipped ${printable(s.path)}: ${printable(s.reason)}`));
  for (const n of report.notes) lines.push(c.yellow(`keyward: ${printable(n.path)}: ${printable(n.reason)}`));
  for (const e of report.stale) lines.push(c.yellow(`keyward: stale baseline entry ${e.rule} in ${printable(e.path)} (the secret is gone; run keyward baseline to prune it)`));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

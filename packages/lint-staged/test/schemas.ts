import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { XMLValidator } from 'fast-xml-parser';

// Every report the test suite produces is checked here (helpers.cli calls checkReport): JSON
// against our shipped schema, SARIF against the official OASIS 2.1.0 schema, both with ajv and
// formats on; checkstyle and JUnit XML for well-formedness.
const require = createRequire(import.meta.url);

export interface Validator {
  (data: unknown): boolean;
  errors?: unknown;
}
type AjvClass = new (options: Record<string, unknown>) => { compile(schema: object): Validator };
// ajv, ajv-draft-04 and ajv-formats are CommonJS with default exports: taken from require().
const addFormats = (require('ajv-formats') as { default: (ajv: unknown) => void }).default;
const Ajv = (require('ajv') as { default: AjvClass }).default;
const AjvDraft04 = (require('ajv-draft-04') as { default: AjvClass }).default;

export const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
export const reportSchema = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

let sarif: Validator | undefined;
let report: Validator | undefined;

/** The OASIS SARIF 2.1.0 validator (draft-04; one of its patterns is not valid under the u flag). */
export function sarifValidator(): Validator {
  if (!sarif) {
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    sarif = ajv.compile(sarifSchema);
  }
  return sarif;
}

export function reportValidator(): Validator {
  if (!report) {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv);
    report = ajv.compile(reportSchema);
  }
  return report;
}

/** The --format a command line asks for (text when none). */
export function formatOf(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (a === '--format' || a === '-f' || a === '--report-format') return argv[i + 1] ?? 'text';
    const m = /^--(?:report-)?format=(.*)$/.exec(a);
    if (m) return m[1] as string;
  }
  return 'text';
}

/** Throws when a report on stdout breaks its schema. */
export function checkReport(argv: readonly string[], stdout: string): void {
  if (!['scan', 'history'].includes(argv[0] ?? '') || stdout.length === 0) return;
  const format = formatOf(argv);
  if (format === 'json' || format === 'sarif') {
    const validate = format === 'json' ? reportValidator() : sarifValidator();
    if (!validate(JSON.parse(stdout))) throw new Error(`${format} report breaks its schema: ${JSON.stringify(validate.errors)}`);
  } else if (format === 'checkstyle' || format === 'junit') {
    const result = XMLValidator.validate(stdout);
    if (result !== true) throw new Error(`${format} report is not well-formed XML: ${JSON.stringify(result.err)}`);
  }
}

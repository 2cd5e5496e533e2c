export { run, mainHelp } from './cli.js';
export { ExitCode, type Io } from './io.js';
export { CliError, GitError, UsageError } from './errors.js';
export { scanTargets, type ReportFinding, type ScanReport, type Skipped } from './engine.js';
export { Baseline, BASELINE_FILE, formatBaseline, type BaselineEntry } from './baseline.js';
export { loadConfig } from './config.js';
export { formatSarif } from './report/sarif.js';
export { VERSION } from './version.js';
export { withKeyward, type KeywardTaskOptions, type LintStagedFunction, type LintStagedTask } from './lint-staged-config.js';

import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { Baseline, BASELINE_FILE, type BaselineEntry, writeBaseline } from '../baseline.js';
import { fromRoot, prepare } from '../context.js';
import { scanTargets } from '../engine.js';
import { UsageError } from '../errors.js';
import { historyRoot } from '../git.js';
import { ExitCode, type Io } from '../io.js';
import { parseMaxFileSize } from '../options.js';
import { shown } from '../shown.js';
import { listFiles } from '../sources/files.js';
import { historySelection, historyTargets } from '../sources/history.js';

export const baselineHelp = `Usage: keyward baseline [options] [paths...]
       keyward baseline --history [<revision range>...] [-- <paths>...]

Record current findings in ${BASELINE_FILE} (at the repository root) so later scans report only
new ones. Entries are rule + path + a hash of the secret: no values, no line numbers, sorted by
code point, so edits above a finding do not resurface it and merges rarely conflict.

Updates are partial: a file scan replaces the file entries under the paths it scanned (default:
all of them) and keeps the rest; --history replaces the history entries (under its paths) and
keeps the file entries (with a revision range it only adds). Re-run to prune entries whose
secret is gone. Works from any folder of the repository.

Options:
  --history              record findings in history (the lines each commit added), so
                         keyward history reports only new ones; takes ranges and -- paths
  -o, --output <file>    baseline file (default: ${BASELINE_FILE} at the repository root)
  -c, --config <file>    configuration file
  --max-file-size <size> skip larger files (default: no limit)
  -h, --help             show this help
`;

/** Whether `path` (root-relative) is `scope` or inside it ('' is everything). */
const within = (path: string, scope: string): boolean => scope === '' || path === scope || path.startsWith(`${scope}/`);

export async function baselineCommand(args: string[], io: Io): Promise<number> {
  const { values, tokens } = parseArgs({
    args,
    options: { history: { type: 'boolean' }, output: { type: 'string', short: 'o' }, config: { type: 'string', short: 'c' }, 'max-file-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
    tokens: true,
  });
  if (values.help) {
    io.stdout.write(baselineHelp);
    return ExitCode.Clean;
  }
  const terminator = tokens.find((t) => t.kind === 'option-terminator')?.index ?? Number.POSITIVE_INFINITY;
  const before: string[] = [];
  const after: string[] = [];
  for (const t of tokens) if (t.kind === 'positional') (t.index > terminator ? after : before).push(t.value);
  const ctx = await prepare(io.cwd, { config: values.config, noBaseline: true });
  const file = values.output !== undefined ? resolve(io.cwd, values.output) : join(ctx.root, BASELINE_FILE);
  const existing = Baseline.load(file)?.entries ?? [];
  const maxFileSize = parseMaxFileSize(values['max-file-size']);
  const toScope = (p: string): string => relative(ctx.root, resolve(io.cwd, p)).split(sep).join('/');

  let fresh: BaselineEntry[];
  let kept: BaselineEntry[];
  let scanned: string;
  if (values.history) {
    const root = await historyRoot(io.cwd);
    const paths = after.map(toScope);
    if (paths.some((p) => p.startsWith('..'))) throw new UsageError('paths after -- must be inside the repository.');
    const options = { ...(before.length ? { revisions: before } : {}), ...(paths.length ? { paths: paths.map((p) => p || '.') } : {}) };
    const selection = await historySelection(root, options);
    let commits = 0;
    const report = await scanTargets(historyTargets(io.cwd, { ...options, selection, onCommit: () => commits++ }), { detector: ctx.detector, maxFileSize });
    fresh = report.findings.map((f) => ({ rule: f.ruleId, path: f.path, hash: f.fingerprint, history: true }));
    // History entries under the scanned paths are replaced; with a revision range, commits
    // outside it were not read, so nothing is known to be gone and entries are only added.
    kept = existing.filter((e) => !e.history || before.length > 0 || (paths.length > 0 && !paths.some((p) => within(e.path, p))));
    scanned = `${commits} commit${commits === 1 ? '' : 's'}`;
  } else {
    if (after.length > 0) throw new UsageError('paths after -- go with --history; name files and folders directly.');
    const listed = await listFiles(io.cwd, before);
    const targets = fromRoot(listed.targets, io.cwd, ctx.root);
    const report = await scanTargets(targets, { detector: ctx.detector, maxFileSize, ...(ctx.policy ? { policy: ctx.policy } : {}) });
    fresh = report.findings.map((f) => ({ rule: f.ruleId, path: f.path, hash: f.fingerprint }));
    const scopes = before.length ? before.map(toScope) : [toScope('.')];
    kept = existing.filter((e) => e.history || !scopes.some((s) => within(e.path, s)));
    scanned = `${report.filesScanned} file${report.filesScanned === 1 ? '' : 's'}`;
  }
  await writeBaseline(file, [...kept, ...fresh]);
  const total = new Set([...kept, ...fresh].map((e) => `${e.rule}\0${e.path}\0${e.hash}`)).size;
  io.stdout.write(`keyward: wrote ${total} entr${total === 1 ? 'y' : 'ies'} to ${shown(relative(io.cwd, file) || BASELINE_FILE)}: ${fresh.length} from this scan (${scanned}), ${kept.length} kept from outside it.\n`);
  return ExitCode.Clean;
}

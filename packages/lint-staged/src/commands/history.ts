import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { prepare } from '../context.js';
import { scanTargets } from '../engine.js';
import { UsageError } from '../errors.js';
import { git, historyRoot, repositoryUri } from '../git.js';
import { ExitCode, type Io } from '../io.js';
import { FORMATS, parseMaxFileSize } from '../options.js';
import { finish, outputPlan, reportFlags, reportHelp } from '../output.js';
import { startProgress } from '../progress.js';
import { shown } from '../shown.js';
import { countCommits, historySelection, historyTargets } from '../sources/history.js';
import { verifyFlags, verifyHelp, verifyOptions, verifyReport } from '../verify/apply.js';
import { now } from '../clock.js';

export const historyHelp = `Usage: keyward history [<revision range>...] [options] [-- <paths>...]

Scan the lines every commit added (HEAD's history by default). Findings carry the commit,
author and date that introduced them, so you know what to rotate and where to purge.

  keyward history                      every commit reachable from HEAD
  keyward history origin/main..HEAD    only the commits a branch adds (a pull request)
  keyward history v1.0 -- config/ .env only commits up to v1.0, only changes to these paths

Options:
  --since <rev>          only commits after <rev> (the same as <rev>..HEAD)
  --all                  every branch and tag, not just HEAD (tags' messages, blobs and trees too)
${reportHelp(FORMATS.join(' | '))}  --max-file-size <size> skip larger additions (default: no limit)
${verifyHelp}  -h, --help             show this help

Revisions are resolved to commits before git sees them; paths are git pathspecs from the
current directory. On a terminal a progress bar shows commits, rate and time left; in CI a line
is printed every 10 s of a long scan.

Exit status: 0 no findings, 1 findings (or --exit-code), 2 usage, configuration or git error.
`;

/** Pathspecs from the user's directory, made relative to the repository root (git runs there). */
async function rootPaths(cwd: string, root: string, paths: readonly string[]): Promise<string[]> {
  return Promise.all(
    paths.map(async (p) => {
      if (p.startsWith(':')) throw new UsageError(`pathspec magic ("${shown(p)}") is not supported; give plain paths or globs.`);
      const rel = relative(root, resolve(cwd, p)).split(sep).join('/');
      if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(`${shown(p)} is outside the repository.`);
      // A path no commit ever touched is most likely a typo: fail rather than scan nothing.
      const seen = await git(root, ['log', '--all', '-1', '--format=%H', '--', rel || '.']);
      if (seen.code !== 0 || seen.stdout.length === 0) throw new UsageError(`no commit in this repository touches ${shown(p)} (${shown(rel || '.')} from the repository root; paths are taken from the current folder); check the path.`);
      return rel || '.';
    }),
  );
}

export async function historyCommand(args: string[], io: Io): Promise<number> {
  const { values, tokens } = parseArgs({
    args,
    options: { ...reportFlags, ...verifyFlags, since: { type: 'string' }, all: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
    tokens: true,
  });
  if (values.help) {
    io.stdout.write(historyHelp);
    return ExitCode.Clean;
  }
  const started = now();
  // Positionals before `--` are revisions, after it paths (as git log takes them).
  const terminator = tokens.find((t) => t.kind === 'option-terminator')?.index ?? Number.POSITIVE_INFINITY;
  const revisions: string[] = [];
  const paths: string[] = [];
  for (const t of tokens) if (t.kind === 'positional') (t.index > terminator ? paths : revisions).push(t.value);
  if ([values.since !== undefined, values.all === true, revisions.length > 0].filter(Boolean).length > 1) throw new UsageError('Use one of --since, --all or revision ranges.');
  const plan = outputPlan(values, args, io); // a bad --format or --exit-code fails before any scanning
  const verify = verifyOptions(values);
  const ctx = await prepare(io.cwd, { config: values.config, baseline: values.baseline, noBaseline: values['no-baseline'], noPolicy: true });
  const root = await historyRoot(io.cwd);
  const options = {
    ...(values.since !== undefined ? { since: values.since } : {}),
    ...(values.all ? { all: true } : {}),
    ...(revisions.length ? { revisions } : {}),
    ...(paths.length ? { paths: await rootPaths(io.cwd, root, paths) } : {}),
  };
  let commits = 0;
  // The total for progress: one cheap rev-list over the same selection.
  const selection = await historySelection(root, options);
  const total = await countCommits(root, selection);
  const progress = await startProgress(io, { label: 'history', unit: 'commits', total });
  let report;
  try {
    report = await scanTargets(
      historyTargets(io.cwd, {
        ...options,
        selection,
        onCommit: () => {
          commits++;
          progress.tick(1);
        },
      }),
      { detector: ctx.detector, maxFileSize: parseMaxFileSize(values['max-file-size']), reveal: values.reveal === true, keepSecrets: verify !== undefined, ...(ctx.baseline ? { baseline: ctx.baseline } : {}) },
    );
  } finally {
    progress.stop();
  }
  // A shallow clone (CI's default fetch depth) holds only its newest commits: say that the older
  // ones were not read, rather than let "no secrets" stand for the whole history.
  if ((await git(root, ['rev-parse', '--is-shallow-repository'])).stdout.toString('utf8').trim() === 'true') {
    report.notes.push({ path: '(history)', reason: 'this is a shallow clone: commits before its depth were not scanned (git fetch --unshallow reads them)' });
  }
  const final = { ...(verify ? await verifyReport(report, verify, values['only-verified'] === true) : report), commitsScanned: commits, repositoryUri: await repositoryUri(root) };
  return finish(final, io, plan, { command: 'history', startedAt: started, configSource: ctx.configSource, rules: ctx.detector.rules.length });
}

import { parseArgs } from 'node:util';
import { scanTargets } from '../engine.js';
import { git, gitStream, hasHead, repoRoot } from '../git.js';
import { ExitCode, type Io, readInput } from '../io.js';
import { FORMATS, parseMaxFileSize } from '../options.js';
import { finish, outputPlan, reportFlags, reportHelp } from '../output.js';
import { startProgress } from '../progress.js';
import { fromRoot, prepare } from '../context.js';
import { GitError, UsageError } from '../errors.js';
import { ScanPool, workerCount } from '../parallel.js';
import { listFiles } from '../sources/files.js';
import { listStaged } from '../sources/staged.js';
import { loadWorker } from '../lazy.js';
import { PATCH_FLAGS } from '../sources/diff.js';
import { addedLinesFromStream, LineRanges, type Target } from '../sources/target.js';
import { relative, resolve, sep } from 'node:path';
import { verifyFlags, verifyHelp, verifyOptions, verifyReport } from '../verify/apply.js';
import { now } from '../clock.js';

export const scanHelp = `Usage: keyward scan [options] [paths...]

Scan files and folders (default: the current directory) for API tokens and secrets.
Honours .gitignore and .keywardignore; skips binary files (and files over --max-file-size).

Options:
  -                      scan standard input (with --stdin-filename <name> for path rules)
  --staged               scan what is staged in the git index (what will be committed)
  --diff                 report only lines added by the change (staged, or working tree vs HEAD)
${reportHelp(FORMATS.join(' | '))}  --no-policy            do not block .env files, key files and blockedFiles by name
  --max-file-size <size> skip larger files, saying so (default: no limit; files over
                         64 MiB are scanned as a stream, in windows)
  --workers <n>          worker threads for large scans (default: auto, over 24 MiB and 200 files;
                         1 = single thread)
${verifyHelp}  -h, --help             show this help

Exit status: 0 no findings, 1 findings (or --exit-code), 2 usage or configuration error.
`;

export const scanOptions = {
  ...reportFlags,
  staged: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  diff: { type: 'boolean' },
  'no-policy': { type: 'boolean' },
  workers: { type: 'string' },
  ...verifyFlags,
} as const;

/** Scans smaller than this finish in a few seconds and show no progress. */
const PROGRESS_MIN_BYTES = 64 * 1024 * 1024;

/** Working-tree files with only the lines changed since HEAD (or all lines, before a first commit). */
async function workingTreeDiff(cwd: string, paths: readonly string[]): Promise<Target[]> {
  const { targets } = await listFiles(cwd, paths);
  if (!(await hasHead(cwd))) return targets;
  const root = await repoRoot(cwd);
  const diff = gitStream(root, ['diff', 'HEAD', ...PATCH_FLAGS]);
  const added = await addedLinesFromStream(diff.stdout);
  const { code, stderr } = await diff.finished;
  if (code !== 0) throw new GitError(`git diff HEAD failed: ${stderr.trim() || `exit ${code}`}`);
  const tracked = new Set((await git(root, ['ls-files', '-z'])).stdout.toString('utf8').split('\0'));
  return targets.map((t) => {
    const fromRoot = relative(root, `${cwd}${sep}${t.path}`).split(sep).join('/');
    if (!tracked.has(fromRoot)) return t;
    const lines = added.get(fromRoot);
    // 'all': git showed the file as binary, so its added lines are unknown: scan it whole.
    return lines === 'all' ? t : { ...t, addedLines: lines ?? new LineRanges() };
  });
}

export async function scanCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: scanOptions, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(scanHelp);
    return ExitCode.Clean;
  }
  const started = now();
  const plan = outputPlan(values, args, io); // a bad --format or --exit-code fails before any scanning
  // No limit unless asked: the 5-13 MB bundles where frontend keys leak are scanned, and files
  // over 64 MiB are streamed in windows.
  const maxFileSize = parseMaxFileSize(values['max-file-size']);
  const verify = verifyOptions(values);
  const ctx = await prepare(io.cwd, { config: values.config, baseline: values.baseline, noBaseline: values['no-baseline'], noPolicy: values['no-policy'] });

  let targets: Target[];
  let listNotes: { path: string; reason: string }[] = [];
  if (values.staged) ({ targets, notes: listNotes } = await listStaged(io.cwd, { paths: positionals, diff: values.diff === true, env: io.env }));
  else if (values.diff) targets = await workingTreeDiff(io.cwd, positionals);
  else targets = [];
  const requested = values.workers === undefined ? undefined : Number(values.workers);
  if (requested !== undefined && (!Number.isInteger(requested) || requested < 1 || requested > 64)) throw new UsageError(`--workers takes a whole number from 1 to 64; got "${values.workers}".`);
  // Files on disk can be split across threads; staged blobs and diffs are already in memory.
  // Verification needs the raw values, which stay in this thread.
  const onDisk = !values.staged && !values.diff && !verify && !positionals.includes('-');
  const job = { cwd: ctx.root, config: ctx.config, maxFileSize, reveal: values.reveal === true, policy: ctx.policy !== undefined };
  const Worker = onDisk && requested !== 1 ? loadWorker() : undefined;
  let pool: ScanPool | undefined;
  // Automatic workers start while the list grows, as soon as it is large enough to want them (it
  // only grows). Asked-for ones wait for the list: `--workers 8` on one file needs no 8 threads.
  // Files outside the repository stay on this thread, so a named outside path starts none.
  const outsideNamed = positionals.some((p) => relative(ctx.root, resolve(io.cwd, p)).startsWith('..'));
  // Files listed so far (named from the root, as the workers read them), for a pool started late.
  const listedSoFar: Target[] = [];
  const startPool = (target: Target, files: number, bytes: number): void => {
    if (!Worker || requested !== undefined || outsideNamed) return;
    const fromTheRoot = fromRoot([target], io.cwd, ctx.root)[0] as Target;
    if (pool) {
      pool.offer(fromTheRoot);
      return;
    }
    listedSoFar.push(fromTheRoot);
    const count = workerCount(files, bytes);
    if (count > 1) {
      pool = new ScanPool(Worker, count, job);
      for (const t of listedSoFar.splice(0)) pool.offer(t);
    }
  };
  let report;
  try {
    if (positionals.includes('-')) {
      // `keyward scan -`: standard input, named by --stdin-filename for path-based rules and
      // allowlists (secretlint's --stdinFileName).
      if (positionals.length > 1 || values.staged || values.diff) throw new UsageError('"-" (standard input) cannot be combined with paths, --staged or --diff.');
      const content = await readInput(io.stdin);
      targets = [{ path: values['stdin-filename'] ?? '<stdin>', size: content.length, read: () => Promise.resolve(content) }];
    } else if (values['stdin-filename'] !== undefined) {
      throw new UsageError('--stdin-filename goes with "-" (scan standard input).');
    } else if (!values.staged && !values.diff) {
      const listed = await listFiles(io.cwd, positionals, startPool);
      targets = listed.targets;
      listNotes = listed.notes;
    }

    // Reports name files from the repository root (or the scan root outside git), whatever folder
    // keyward runs in, so SARIF, annotations and the baseline agree from any subfolder.
    if (!values.staged && !positionals.includes('-')) {
      targets = fromRoot(targets, io.cwd, ctx.root);
      listNotes = fromRoot(listNotes, io.cwd, ctx.root);
    }
    const outsideRoot = targets.some((t) => t.path.startsWith('../'));
    const total = targets.reduce((sum, t) => sum + t.size, 0);
    const workers = onDisk && !outsideRoot ? Math.min(workerCount(targets.length, total, requested), targets.length) : 0;
    if (workers > 1 && Worker) pool ??= new ScanPool(Worker, workers, job);
    else if (pool) {
      await pool.stop();
      pool = undefined;
    }
    // Progress for large scans only (a terminal bar after 1 s, or a line every 10 s in CI).
    const progress = await startProgress(io, { label: 'scan', unit: 'bytes', total: total >= PROGRESS_MIN_BYTES ? total : 0 });
    try {
      report = pool
        ? await pool.run(targets, ctx.baseline, (bytes) => progress.tick(bytes))
        : await scanTargets(targets, { detector: ctx.detector, maxFileSize, reveal: values.reveal === true, keepSecrets: verify !== undefined, onTarget: (t) => progress.tick(t.size), ...(ctx.policy ? { policy: ctx.policy } : {}), ...(ctx.baseline ? { baseline: ctx.baseline } : {}) });
    } finally {
      progress.stop();
    }
  } catch (error) {
    await pool?.stop();
    throw error;
  }
  report.notes.push(...listNotes);
  const final = verify ? await verifyReport(report, verify, values['only-verified'] === true) : report;
  return finish(final, io, plan, { command: 'scan', startedAt: started, configSource: ctx.configSource, rules: ctx.detector.rules.length });
}

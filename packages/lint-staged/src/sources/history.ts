import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { GitError, UsageError } from '../errors.js';
import { git, hasHead, repoRoot } from '../git.js';
import { shown } from '../shown.js';
import { type CommitInfo, type Target, unquote } from './target.js';

export interface HistoryOptions {
  /** Only commits after this revision (`REV..HEAD`). */
  readonly since?: string;
  /** Every ref, not just HEAD. */
  readonly all?: boolean;
  /** Called as commits are read, for a progress display. */
  readonly onCommit?: (count: number) => void;
}

/**
 * The lines each commit added, per file, streamed from one `git log -p -U0`: a finding in
 * history carries the commit, author and date that introduced it.
 */
export async function* historyTargets(cwd: string, options: HistoryOptions = {}): AsyncGenerator<Target> {
  const root = await repoRoot(cwd);
  // An empty repository has no history to walk (and git log fails on its unborn HEAD).
  if (!options.all && !(await hasHead(root))) return;
  let since: string | undefined;
  if (options.since !== undefined) {
    // A user-supplied revision never reaches git as an option (--since=--output=FILE made git
    // write FILE): it must resolve to a commit, and what git log gets is that commit's hash.
    const resolved = options.since.startsWith('-') ? undefined : await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${options.since}^{commit}`]);
    const sha = resolved?.code === 0 ? resolved.stdout.toString('utf8').trim() : '';
    if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new UsageError(`--since "${shown(options.since)}" is not a commit of this repository (try a branch, tag or commit hash).`);
    since = sha;
  }
  const range = options.all ? ['--all'] : since ? [`${since}..HEAD`] : ['HEAD'];
  // --diff-merges=first-parent: a merge commit shows what it adds to the branch it was made on,
  // so a token introduced only while resolving a conflict is scanned (from a bug: merges were
  // skipped, as git log -p does by default).
  const child = spawn('git', ['--no-optional-locks', '--no-replace-objects', '-c', 'core.quotepath=off', 'log', '-p', '-U0', '--diff-merges=first-parent', '--no-color', '--no-ext-diff', '--no-renames', '--diff-filter=ACMR', '--format=%x00commit %H%x00%an%x00%aI', ...range, '--'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });

  let commit: CommitInfo | undefined;
  let commits = 0;
  let path: string | undefined;
  let lines: string[] = [];
  let lineMap: number[] = [];
  let next = 0;
  const flush = (): Target | undefined => {
    if (!commit || !path || lines.length === 0) return undefined;
    const text = Buffer.from(lines.join('\n'), 'utf8');
    const target: Target = { path, size: text.length, read: () => Promise.resolve(text), commit, lineMap };
    lines = [];
    lineMap = [];
    return target;
  };

  for await (const line of createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.startsWith('\0commit ')) {
      const done = flush();
      if (done) yield done;
      const [sha = '', author = '', date = ''] = line.slice('\0commit '.length).split('\0');
      commit = { sha, author, date };
      path = undefined;
      options.onCommit?.(++commits);
    } else if (line.startsWith('+++ ')) {
      const done = flush();
      if (done) yield done;
      const name = line.slice(4);
      path = name === '/dev/null' ? undefined : unquote(name).replace(/^b\//, '');
    } else if (line.startsWith('@@')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line);
      next = m ? Number(m[1]) : 0;
    } else if (line.startsWith('+') && path) {
      lines.push(line.slice(1));
      lineMap.push(next++);
    }
  }
  const last = flush();
  if (last) yield last;
  const code = await exited;
  if (code !== 0 && !(options.all && /does not have any commits/.test(stderr))) {
    throw new GitError(`git log failed: ${stderr.trim() || `exit ${code}`}`);
  }
}

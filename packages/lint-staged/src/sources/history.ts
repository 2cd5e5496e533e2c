import { access, constants } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { GitError, UsageError } from '../errors.js';
import { git, gitOk, gitStream, hasHead, historyRoot } from '../git.js';
import { shown } from '../shown.js';
import { bomText } from '../engine.js';
import { DiffParser, HISTORY_PATCH_FLAGS, lfLines } from './diff.js';
import type { CommitInfo, Target } from './target.js';

export interface HistoryOptions {
  /** Only commits after this revision (`REV..HEAD`). */
  readonly since?: string;
  /** Every ref, not just HEAD. */
  readonly all?: boolean;
  /** Revisions and ranges as git takes them (`v1.0..main`, `a...b`, `^old`, `feature`). */
  readonly revisions?: readonly string[];
  /** Pathspecs relative to the repository root: only commits' changes to these paths. */
  readonly paths?: readonly string[];
  /** The selection from historySelection(), when the caller resolved it already. */
  readonly selection?: readonly string[];
  /** Called as each commit is read, for a progress display and the commit count. */
  readonly onCommit?: (count: number) => void;
}

/**
 * The lines each commit added, per file, streamed from one `git log -p -U0`: a finding in
 * history carries the commit, author and date that introduced it.
 */
/** A user-supplied revision as a commit hash: it never reaches git as an option or a range trick. */
async function commitOf(root: string, rev: string, flag: string): Promise<string> {
  // --since=--output=FILE once made git write FILE: a revision must resolve to a commit, and
  // what git log gets is that commit's hash.
  const resolved = rev.startsWith('-') ? undefined : await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  const sha = resolved?.code === 0 ? resolved.stdout.toString('utf8').trim() : '';
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new UsageError(`${flag} "${shown(rev)}" is not a commit of this repository (try a branch, tag or commit hash).`);
  return sha;
}

/** `a..b`, `a...b`, `^a` or `a`, with each side resolved to a commit (an empty side is HEAD). */
async function resolveRevision(root: string, rev: string): Promise<string> {
  const range = /^(.*?)(\.\.\.?)(.*)$/.exec(rev);
  if (range) {
    const [, from = '', dots = '..', to = ''] = range;
    return `${await commitOf(root, from || 'HEAD', 'revision')}${dots}${await commitOf(root, to || 'HEAD', 'revision')}`;
  }
  if (rev.startsWith('^')) return `^${await commitOf(root, rev.slice(1), 'revision')}`;
  return commitOf(root, rev, 'revision');
}

/** The git log arguments that select the commits: range, then `--` and the pathspecs. */
export async function historySelection(root: string, options: HistoryOptions): Promise<string[]> {
  let range: string[];
  if (options.all) range = ['--all'];
  else if (options.since !== undefined) range = [`${await commitOf(root, options.since, '--since')}..HEAD`];
  else if (options.revisions?.length) range = await Promise.all(options.revisions.map((r) => resolveRevision(root, r)));
  else range = ['HEAD'];
  return [...range, '--', ...(options.paths ?? [])];
}

/** How many commits the selection holds (the progress total). */
export async function countCommits(root: string, selection: readonly string[]): Promise<number> {
  const result = await git(root, ['rev-list', '--count', ...selection]);
  return result.code === 0 ? Number(result.stdout.toString('utf8').trim()) || 0 : 0;
}

/**
 * The lines each commit added, per file, streamed from one `git log -p -U0`: a finding in
 * history carries the commit, author and date that introduced it.
 */
export async function* historyTargets(cwd: string, options: HistoryOptions = {}): AsyncGenerator<Target> {
  const root = await historyRoot(cwd);
  // An empty repository has no history to walk (and git log fails on its unborn HEAD).
  if (!options.all && !options.revisions?.length && !(await hasHead(root))) return;
  const selection = options.selection ?? (await historySelection(root, options));
  const mergeFlag = await mergeDiffFlag(root);
  let commits = 0;
  const read = yield* patchTargets(root, [mergeFlag, ...selection], options.all === true, () => options.onCommit?.(++commits));
  if (!read) return; // `--all` in a repository whose refs hold no commit yet
  // git's re-merge skips octopus merges (three parents or more): their own lines are read against
  // the first parent, so what the other branches brought is reported once more for such a merge.
  if (mergeFlag === '--diff-merges=remerge') yield* patchTargets(root, ['--diff-merges=first-parent', '--min-parents=3', ...selection], options.all === true);
  yield* commitMessages(root, selection);
  // A tag may hold more than a commit: its own message (annotated tags), or a blob or a tree
  // (`git tag name <blob>`); `git push --tags` sends them all.
  if (options.all) yield* refObjects(root);
}

/** The added lines of every commit `git log -p <args>` shows, per file; returns whether git listed any commits. */
async function* patchTargets(root: string, args: readonly string[], all: boolean, onCommit?: () => void): AsyncGenerator<Target, boolean> {
  // --encoding: i18n.logOutputEncoding=UTF-16 would otherwise re-encode what git prints.
  // Names quoted (octal escapes for every byte over 0x7F): the lines are read as UTF-8, and a
  // name that is not UTF-8 keeps its bytes this way, shown as \xNN like a file scan shows it.
  const log = gitStream(root, ['-c', 'core.quotepath=on', 'log', '-p', '--encoding=UTF-8', ...HISTORY_PATCH_FLAGS, '--diff-filter=ACMR', '--format=%x00commit %H%x00%an%x00%aI', ...args]);

  let commit: CommitInfo | undefined;
  let path: string | undefined;
  let lines: string[] = [];
  let lineMap: number[] = [];
  // The old and new blob ids from the file's `index <old>..<new>` line (read before its +++ line).
  let nextBlobs: [string, string] | undefined;
  let blobs: [string, string] | undefined;
  const flush = (): Target | undefined => {
    if (!commit || !path || lines.length === 0) return undefined;
    const text = Buffer.from(lines.join('\n'), 'utf8');
    let target: Target = { path, size: text.length, read: () => Promise.resolve(text), commit, lineMap };
    if (blobs && lines.some(looksUtf16)) target = utf16Target(root, target, blobs) ?? target;
    if (blobs && !target.readBlob && mayHoldBinaryKey(lines, lineMap, text.length)) {
      const blob = blobs[1];
      target = { ...target, readBlob: () => gitOk(root, ['cat-file', 'blob', blob]) };
    }
    lines = [];
    lineMap = [];
    return target;
  };

  const parser = new DiffParser({
    names: 'shown',
    onFile: (file) => {
      const done = flush();
      if (done) pending.push(done);
      path = file;
      blobs = nextBlobs;
      nextBlobs = undefined;
    },
    onAdded: (text, line) => {
      if (!path) return;
      lines.push(text);
      lineMap.push(line);
    },
    onOther: (line) => {
      const index = /^index ([0-9a-f]{40,64})\.\.([0-9a-f]{40,64})(?: |$)/.exec(line);
      if (index) nextBlobs = [index[1] as string, index[2] as string];
      if (!line.startsWith('\0commit ')) return;
      const done = flush();
      if (done) pending.push(done);
      const [sha = '', author = '', date = ''] = line.slice('\0commit '.length).split('\0');
      commit = { sha, author, date };
      path = undefined;
      onCommit?.();
    },
  });
  const pending: Target[] = [];
  for await (const line of lfLines(log.stdout)) {
    parser.line(line);
    while (pending.length > 0) yield pending.shift() as Target;
  }
  const last = flush();
  if (last) yield last;
  const { code, stderr } = await log.finished;
  if (code !== 0 && !(all && /does not have any commits/.test(stderr))) {
    throw new GitError(`git log failed: ${stderr.trim() || `exit ${code}`}`);
  }
  return code === 0;
}

const ZERO_BLOB = /^0+$/;

/** A patch line cut from UTF-16 text: ASCII characters alternate with NULs (a NUL in every other place). */
function looksUtf16(line: string): boolean {
  if (line.length < 8 || !line.includes('\0')) return false;
  for (const parity of [0, 1]) {
    let nul = 0;
    for (let i = parity; i < line.length; i += 2) if (line.charCodeAt(i) === 0) nul++;
    if (nul * 2 >= line.length * 0.9 - 1) return true;
  }
  return false;
}

/**
 * A UTF-16 file's change (Windows tools write .env and .ps1 files that way): the patch cuts its
 * bytes at 0x0A, not at its lines, so the commit's two blobs are read by id, decoded, and the
 * lines of the new one that the old one lacks are scanned, as the patch's added lines would be.
 * Undefined (scan the patch's text) when the new blob has no UTF-16 byte-order mark.
 */
function utf16Target(root: string, patch: Target, [oldId, newId]: [string, string]): Target | undefined {
  if (patch.size > TEXT_LIMIT) return undefined;
  const lineMap: number[] = [];
  let added: Buffer | undefined;
  const load = async (): Promise<Buffer | undefined> => {
    if (added) return added;
    const text = bomText(await gitOk(root, ['cat-file', 'blob', newId]));
    if (text === undefined) return undefined;
    const before = ZERO_BLOB.test(oldId) ? '' : (bomText(await gitOk(root, ['cat-file', 'blob', oldId])) ?? '');
    const old = new Map<string, number>();
    for (const line of before.split(/\r\n|\r|\n/)) old.set(line, (old.get(line) ?? 0) + 1);
    const kept: string[] = [];
    text.split(/\r\n|\r|\n/).forEach((line, i) => {
      const left = old.get(line) ?? 0;
      if (left > 0) old.set(line, left - 1);
      else {
        kept.push(line);
        lineMap.push(i + 1);
      }
    });
    added = Buffer.from(kept.join('\n'), 'utf8');
    return added;
  };
  return {
    ...patch,
    lineMap,
    // Not a UTF-16 blob after all: the patch's own text, with its own line map.
    read: async () => (await load()) ?? (lineMap.push(...(patch.lineMap ?? [])), patch.read()),
  };
}

// A patch holds a binary file's bytes as UTF-8 text: 0x30 (a DER SEQUENCE: PKCS#12, DER keys)
// stays "0"; the Java KeyStore magic (FEEDFEED, CECECECE) becomes four U+FFFD, then its version.
const JKS_START = '\uFFFD\uFFFD\uFFFD\uFFFD\0\0\0';
// Blobs up to 4 MiB: as text each invalid byte became a 3-byte U+FFFD, so the text may be 3x that.
const TEXT_LIMIT = 3 * 4 * 1024 * 1024;

/**
 * Whether a commit's added lines are a whole binary file (from line 1, with a NUL or bytes that
 * are not UTF-8: a DER EC key often has no NUL) that may be key material.
 */
function mayHoldBinaryKey(lines: readonly string[], lineMap: readonly number[], size: number): boolean {
  const first = lines[0] ?? '';
  const version = first.charCodeAt(JKS_START.length);
  const keyLike = first.startsWith('0') || (first.startsWith(JKS_START) && (version === 1 || version === 2));
  if (lineMap[0] !== 1 || size > TEXT_LIMIT || !keyLike) return false;
  return lines.some((line) => line.includes('\0') || line.includes('\uFFFD'));
}

/**
 * How a merge commit's changes are read. git 2.36+ re-merges the parents and shows what the merge
 * commit changed against that (`remerge`): conflict resolutions and anything else added by hand,
 * but not what a branch brought in, which its own commits report. Older git: the diff against the
 * first parent (a branch's lines are then reported for the merge too).
 */
async function mergeDiffFlag(root: string): Promise<string> {
  const version = /git version (\d+)\.(\d+)/.exec((await git(root, ['version'])).stdout.toString('utf8'));
  const [major, minor] = [Number(version?.[1] ?? 0), Number(version?.[2] ?? 0)];
  if (!(major > 2 || (major === 2 && minor >= 36))) return '--diff-merges=first-parent';
  // The re-merge writes its objects to a temporary folder inside the object store: a read-only
  // repository (a mounted checkout) cannot, and git would stop at the first merge.
  const objects = (await git(root, ['rev-parse', '--git-path', 'objects'])).stdout.toString('utf8').trim();
  try {
    await access(isAbsolute(objects) ? objects : join(root, objects), constants.W_OK);
    return '--diff-merges=remerge';
  } catch {
    return '--diff-merges=first-parent';
  }
}

/** A tag's message is reported under this name after the tag's. */
export const TAG_MESSAGE = '(tag message)';

/**
 * What refs hold besides commits: each annotated tag's message, and every blob a ref (or an
 * annotated tag) points at directly or through a tree, named `<ref>:<path>`.
 */
async function* refObjects(root: string): AsyncGenerator<Target> {
  const refs = await gitOk(root, ['for-each-ref', '--format=%(objecttype)%00%(objectname)%00%(refname)%00%(*objecttype)%00%(*objectname)%00%(taggername)%00%(taggerdate:iso-strict)']);
  const lines = refs.toString('utf8').split('\n');
  // Branch and tag names are pushed too: scanned as one text when one may hold a token.
  const names = lines.map((line) => line.split('\0')[2] ?? '').filter((ref) => TOKEN_RUN.test(ref));
  if (names.length > 0) {
    const text = Buffer.from(names.join('\n'), 'utf8');
    yield { path: REF_NAMES, size: text.length, read: () => Promise.resolve(text) };
  }
  for (const line of lines) {
    const [type = '', id = '', ref = '', peeledType = '', peeledId = '', tagger = '', date = ''] = line.split('\0');
    if (type === 'commit' || ref === '') continue;
    if (type === 'tag') {
      // The message follows the header and a blank line (a signature after it is public).
      const raw = (await gitOk(root, ['cat-file', 'tag', id])).toString('utf8');
      const body = raw.slice(raw.indexOf('\n\n') + 2).replace(/\n+$/, '');
      if (body.length > 0) {
        const text = Buffer.from(body, 'utf8');
        yield { path: `${shown(ref)} ${TAG_MESSAGE}`, size: text.length, read: () => Promise.resolve(text), commit: { sha: id, author: tagger, date } };
      }
    }
    const [kind, object] = type === 'tag' ? [peeledType, peeledId] : [type, id];
    // A blob or tree has no author or date: reported by the ref's name and path alone.
    if (kind === 'blob') yield blobTarget(root, shown(ref), object);
    else if (kind === 'tree') {
      const listing = await gitOk(root, ['ls-tree', '-r', '-z', '--full-tree', object]);
      for (const entry of listing.toString('utf8').split('\0')) {
        // "<mode> blob <id>\t<path>"; submodules are commits and are skipped.
        const m = /^\d+ blob ([0-9a-f]{40,64})\t(.*)$/s.exec(entry);
        if (m) yield blobTarget(root, `${shown(ref)}:${shown(m[2] as string)}`, m[1] as string);
      }
    }
  }
}

/** A blob read by its id; its size is not known before the read (0: no --max-file-size check). */
function blobTarget(root: string, path: string, id: string): Target {
  return { path, size: 0, read: () => gitOk(root, ['cat-file', 'blob', id]) };
}

/** Commit messages are pushed with the code: each one is scanned, reported under this name. */
export const COMMIT_MESSAGE = '(commit message)';
/** A commit's author and committer (names and emails), reported under this name. */
export const COMMIT_IDENTITY = '(commit author)';
/** Ref names (branches, tags) that `--all` pushes, reported under this name. */
export const REF_NAMES = '(ref names)';
// A run of token characters as long as the shortest tokens: what makes a name worth a scan.
const TOKEN_RUN = /[A-Za-z0-9_-]{16,}/;

/** Fields of a byte stream that ends each one with NUL (a last field without one is kept too). */
async function* nulFields(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const data = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nul = data.indexOf(0); nul !== -1; nul = data.indexOf(0, start)) {
      yield data.toString('utf8', start, nul);
      start = nul + 1;
    }
    rest = data.subarray(start);
  }
  if (rest.length > 0) yield rest.toString('utf8');
}

/**
 * Each commit's message as a target, from one `git log -z`: sha, author, date and body, each
 * ending in NUL (or, should git separate commits rather than end them, the last body ends the
 * stream).
 */
async function* commitMessages(root: string, selection: readonly string[]): AsyncGenerator<Target> {
  const log = gitStream(root, ['log', '-z', '--encoding=UTF-8', '--format=%H%x00%an%x00%aI%x00%ae%x00%cn%x00%ce%x00%B', ...selection]);
  const fields: string[] = [];
  for await (const field of nulFields(log.stdout)) {
    fields.push(field);
    if (fields.length < 7) continue;
    const [sha = '', author = '', date = '', authorEmail = '', committer = '', committerEmail = '', body = ''] = fields.splice(0);
    const commit = { sha: sha.replace(/^\n/, ''), author, date };
    const text = Buffer.from(body.replace(/\n+$/, ''), 'utf8');
    if (text.length > 0) yield { path: COMMIT_MESSAGE, size: text.length, read: () => Promise.resolve(text), commit };
    // Names and emails are pushed with the commit too: scanned when one holds a run as long as a
    // token's (from an adversarial review: a token in an author's email was never looked at).
    const identity = `${author} <${authorEmail}>\n${committer} <${committerEmail}>`;
    if (TOKEN_RUN.test(identity)) {
      const bytes = Buffer.from(identity, 'utf8');
      yield { path: COMMIT_IDENTITY, size: bytes.length, read: () => Promise.resolve(bytes), commit };
    }
  }
  const { code, stderr } = await log.finished;
  if (code !== 0) throw new GitError(`git log (commit messages) failed: ${stderr.trim() || `exit ${code}`}`);
}

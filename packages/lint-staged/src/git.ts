import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GitError } from './errors.js';
import { spawn } from './lazy.js';

export interface GitResult {
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly code: number;
}

/** Runs git with `args` in `cwd`, feeding `input`; resolves with raw stdout. Never uses a shell. */
export function git(cwd: string, args: readonly string[], input?: string | Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    // --no-optional-locks: our reads never take index.lock, so they cannot collide with the git
    // commands lint-staged runs around the hook. --no-replace-objects: scan the objects that are
    // really committed and pushed, not what a local `git replace` shows in their place.
    const child = spawn('git', [...GIT_FLAGS, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (error) => reject(new GitError(`Could not run git (${error.message}); install git and make sure it is on PATH.`, { cause: error })));
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/** The global flags every git call gets (see `git`). */
const GIT_FLAGS = ['--no-optional-locks', '--no-replace-objects', '-c', 'core.quotepath=off'];

/**
 * git with `args` in `cwd`, its stdout as a stream (history is read as it is produced), and a
 * promise of its exit code and stderr. Never uses a shell.
 */
export function gitStream(cwd: string, args: readonly string[]): { stdout: AsyncIterable<Buffer>; finished: Promise<{ code: number; stderr: string }> } {
  const child = spawn('git', [...GIT_FLAGS, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const finished = new Promise<{ code: number; stderr: string }>((resolve, reject) => {
    child.on('error', (error) => reject(new GitError(`Could not run git (${error.message}); install git and make sure it is on PATH.`, { cause: error })));
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
  return { stdout: child.stdout, finished };
}

/** Like `git`, but throws a GitError with git's own message when it exits non-zero. */
export async function gitOk(cwd: string, args: readonly string[], input?: string | Buffer): Promise<Buffer> {
  const result = await git(cwd, args, input);
  if (result.code !== 0) {
    throw new GitError(`git ${args[0] ?? ''} failed: ${result.stderr.trim() || `exit ${result.code}`}`);
  }
  return result.stdout;
}

/** The repository's top-level directory, or a GitError saying the directory is not in one. */
export async function repoRoot(cwd: string): Promise<string> {
  // lint-staged runs tasks from the top level: skip a git process (pre-commit time is start-up time).
  if (existsSync(join(cwd, '.git'))) return cwd;
  const result = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (result.code !== 0) throw new GitError(`${cwd} is not inside a git repository; run git init, or scan files without --staged/--diff/history.`);
  return result.stdout.toString('utf8').trim();
}

/**
 * Where history commands run git: the work tree's top level, or the repository itself when it is
 * bare (a mirror or a server-side copy has history but no work tree).
 */
export async function historyRoot(cwd: string): Promise<string> {
  if (existsSync(join(cwd, '.git'))) return cwd;
  const bare = await git(cwd, ['rev-parse', '--is-bare-repository']);
  if (bare.code === 0 && bare.stdout.toString('utf8').trim() === 'true') return cwd;
  return repoRoot(cwd);
}

/**
 * The folder reports are relative to: the work tree's top level inside a git repository
 * (wherever in it keyward runs), else `cwd` (the scan root outside git). Never throws.
 */
export async function projectRoot(cwd: string): Promise<string> {
  if (existsSync(join(cwd, '.git'))) return cwd;
  const result = await git(cwd, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  const top = result?.code === 0 ? result.stdout.toString('utf8').trim() : '';
  return top === '' ? cwd : top;
}

/** Whether HEAD points at a commit (false in a repository with no commits yet). */
export async function hasHead(cwd: string): Promise<boolean> {
  return (await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD'])).code === 0;
}

/** NUL-separated fields as bytes: file names need not be UTF-8. */
export function splitNulBytes(buffer: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let nul = buffer.indexOf(0); nul !== -1; nul = buffer.indexOf(0, start)) {
    if (nul > start) out.push(buffer.subarray(start, nul));
    start = nul + 1;
  }
  if (start < buffer.length) out.push(buffer.subarray(start));
  return out;
}

/** Splits NUL-separated git output. */
export function splitNul(buffer: Buffer): string[] {
  return buffer.toString('utf8').split('\0').filter((s) => s.length > 0);
}

/**
 * The repository as an absolute URI for reports: the origin remote without credentials
 * (`https://user:token@host/…` keeps neither), scp-style `git@host:path` as `ssh://`, else the
 * root as a file: URL.
 */
export async function repositoryUri(root: string): Promise<string> {
  const remote = (await git(root, ['config', '--get', 'remote.origin.url'])).stdout.toString('utf8').trim();
  const scp = /^([\w.-]+@)?([\w.-]+):(?!\/\/)(.+)$/.exec(remote);
  const candidate = scp ? `ssh://${scp[1] ?? ''}${scp[2]}/${scp[3]}` : remote;
  try {
    const url = new URL(candidate);
    // Reports are shared: no credential, and no query or fragment (`?token=…` in a remote URL).
    url.search = '';
    url.hash = '';
    if (url.protocol !== 'file:') url.password = '';
    if (url.protocol === 'https:' || url.protocol === 'http:') url.username = '';
    return url.href;
  } catch {
    return pathToFileURL(`${root}/`).href;
  }
}

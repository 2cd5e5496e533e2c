import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { createDetector, type Detector, type KeywardConfig, validateConfig } from '@keyward/core';
import { Baseline, BASELINE_FILE } from './baseline.js';
import { loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { Policy } from './policy.js';
import { projectRoot } from './git.js';
import { shown } from './shown.js';

export interface ScanContext {
  readonly config: KeywardConfig;
  readonly detector: Detector;
  readonly policy?: Policy;
  readonly baseline?: Baseline;
  /** Where the configuration came from; undefined for the defaults. */
  readonly configSource?: string;
  /** The folder report paths are relative to: the repository root, or cwd outside git. */
  readonly root: string;
}

/**
 * Loads config, compiles the detector and reads the baseline, once per command. Run from a
 * subfolder of a repository, the config and baseline are the root's (as report paths are);
 * --config and --baseline paths are taken from the current folder.
 */
export async function prepare(cwd: string, flags: { config?: string | undefined; baseline?: string | undefined; noBaseline?: boolean | undefined; noPolicy?: boolean | undefined }): Promise<ScanContext> {
  const root = await projectRoot(cwd);
  const { config, source } = flags.config !== undefined ? await loadConfig(cwd, flags.config) : await loadConfig(root);
  // A bad config fails now; the detector itself is compiled on first use (a scan on worker
  // threads compiles one per worker and never needs this thread's).
  validateConfig(config, source ?? 'keyward config');
  let detector: Detector | undefined;
  // A baseline the user names must exist: a typo would otherwise report every accepted finding
  // (or, worse, a CI job would run without the baseline it was meant to use and nobody notice).
  if (!flags.noBaseline && flags.baseline !== undefined && !existsSync(resolve(cwd, flags.baseline))) {
    throw new UsageError(`the baseline "${shown(flags.baseline)}" does not exist; create it with "keyward baseline --output ${shown(flags.baseline)}" or drop --baseline.`);
  }
  const baseline = flags.noBaseline ? undefined : Baseline.load(flags.baseline !== undefined ? resolve(cwd, flags.baseline) : join(root, BASELINE_FILE));
  return {
    config,
    get detector(): Detector {
      detector ??= createDetector({ config });
      return detector;
    },
    root,
    ...(source ? { configSource: source } : {}),
    ...(flags.noPolicy ? {} : { policy: new Policy(config) }),
    ...(baseline ? { baseline } : {}),
  };
}

/**
 * File targets listed from `cwd`, renamed relative to `root` (the repository root): reports,
 * baselines and allowlists then name a file the same way from every folder. Files outside the
 * root keep their cwd-relative names.
 */
export function fromRoot<T extends { readonly path: string; readonly rawName?: Buffer }>(targets: readonly T[], cwd: string, root: string): T[] {
  if (root === cwd) return [...targets];
  const down = relative(root, cwd).split(sep).join('/');
  return targets.map((t) => {
    const rel = relative(root, resolve(cwd, t.path)).split(sep).join('/');
    if (rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return t;
    // A name that is not UTF-8 keeps its bytes, now from the root too.
    return t.rawName && !down.startsWith('..') ? { ...t, path: rel, rawName: Buffer.concat([Buffer.from(`${down}/`), t.rawName]) } : { ...t, path: rel };
  });
}

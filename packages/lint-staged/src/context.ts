import { join } from 'node:path';
import { createDetector, type Detector, type KeywardConfig } from '@keyward/core';
import { Baseline, BASELINE_FILE } from './baseline.js';
import { loadConfig } from './config.js';
import { Policy } from './policy.js';

export interface ScanContext {
  readonly config: KeywardConfig;
  readonly detector: Detector;
  readonly policy?: Policy;
  readonly baseline?: Baseline;
  /** Where the configuration came from; undefined for the defaults. */
  readonly configSource?: string;
}

/** Loads config, compiles the detector and reads the baseline: once per command. */
export async function prepare(cwd: string, flags: { config?: string; baseline?: string; noBaseline?: boolean; noPolicy?: boolean }): Promise<ScanContext> {
  const { config, source } = await loadConfig(cwd, flags.config);
  const detector = createDetector({ config });
  const baseline = flags.noBaseline ? undefined : Baseline.load(join(cwd, flags.baseline ?? BASELINE_FILE));
  return { config, detector, ...(source ? { configSource: source } : {}), ...(flags.noPolicy ? {} : { policy: new Policy(config) }), ...(baseline ? { baseline } : {}) };
}

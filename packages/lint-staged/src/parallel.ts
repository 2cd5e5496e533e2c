import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { KeywardConfig } from '@keyward/core';
import type { Baseline } from './baseline.js';
import type { ReportFinding, ScanReport, Skipped } from './engine.js';
import type { Target } from './sources/target.js';

/** Below these, one thread is faster than starting workers (each compiles the catalog). */
export const PARALLEL_MIN_BYTES = 24 * 1024 * 1024;
export const PARALLEL_MIN_FILES = 200;

/** What a worker is given: plain data only, so it can be cloned across threads. */
export interface WorkerJob {
  readonly cwd: string;
  readonly files: readonly { readonly path: string; readonly size: number }[];
  readonly config: KeywardConfig;
  readonly maxFileSize: number;
  readonly reveal: boolean;
  readonly policy: boolean;
}

export interface WorkerResult {
  readonly report: ScanReport;
  readonly scannedPaths: string[];
}

/** How many workers to use for `targets`, or 0 to stay on this thread. */
export function workerCount(targets: readonly Target[], requested?: number): number {
  if (requested !== undefined) return requested <= 1 ? 0 : requested;
  const bytes = targets.reduce((sum, t) => sum + t.size, 0);
  if (bytes < PARALLEL_MIN_BYTES || targets.length < PARALLEL_MIN_FILES) return 0;
  return Math.min(availableParallelism(), 4);
}

function workerUrl(): URL {
  const here = import.meta.url;
  // From source (tests), the built worker sits in dist/; from dist, beside this module.
  if (here.endsWith('.ts')) return new URL('../dist/worker.js', here);
  return new URL(here.endsWith('.cjs') ? './worker.cjs' : './worker.js', here);
}

/** Splits files across `count` workers with similar byte totals (largest first, to the lightest). */
function partition(targets: readonly Target[], count: number): { path: string; size: number }[][] {
  const bins = Array.from({ length: count }, () => ({ bytes: 0, files: [] as { path: string; size: number }[] }));
  for (const t of [...targets].sort((a, b) => b.size - a.size)) {
    const bin = bins.reduce((min, b) => (b.bytes < min.bytes ? b : min));
    bin.bytes += t.size;
    bin.files.push({ path: t.path, size: t.size });
  }
  return bins.map((b) => b.files);
}

/**
 * Scans disk files on worker threads, each with its own detector, and merges their reports in
 * the input's path order. The baseline is applied here, once, over all results.
 */
export async function scanInWorkers(targets: readonly Target[], count: number, job: Omit<WorkerJob, 'files'>, baseline?: Baseline): Promise<ScanReport> {
  const { Worker } = await import('node:worker_threads');
  const order = new Map(targets.map((t, i) => [t.path, i]));
  const results = await Promise.all(
    partition(targets, count).map(
      (files) =>
        new Promise<WorkerResult>((resolve, reject) => {
          const worker = new Worker(fileURLToPath(workerUrl()), { workerData: { ...job, files } satisfies WorkerJob });
          worker.once('message', (result: WorkerResult) => resolve(result));
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a scan worker exited with code ${code}`));
          });
        }),
    ),
  );
  const byPath = (a: { path: string }, b: { path: string }): number => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0);
  let baselined = 0;
  const findings: ReportFinding[] = results
    .flatMap((r) => r.report.findings)
    .filter((f) => {
      if (!baseline?.has({ rule: f.ruleId, path: f.path, hash: f.fingerprint })) return true;
      baselined++;
      return false;
    })
    .sort((a, b) => byPath(a, b) || a.line - b.line || a.column - b.column);
  const skipped: Skipped[] = results.flatMap((r) => r.report.skipped).sort(byPath);
  const notes: Skipped[] = results.flatMap((r) => r.report.notes).sort(byPath);
  return {
    findings,
    skipped,
    notes,
    filesScanned: results.reduce((n, r) => n + r.report.filesScanned, 0),
    bytesScanned: results.reduce((n, r) => n + r.report.bytesScanned, 0),
    baselined,
    stale: baseline?.stale(new Set(results.flatMap((r) => r.scannedPaths))) ?? [],
  };
}

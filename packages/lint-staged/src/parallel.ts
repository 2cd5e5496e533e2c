import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { KeywardConfig } from '@keyward/core';
import type { Baseline } from './baseline.js';
import type { ReportFinding, ScanReport, Skipped } from './engine.js';
import type { Target } from './sources/target.js';

/** Below these, one thread is faster than starting workers (each compiles the catalog). */
export const PARALLEL_MIN_BYTES = 24 * 1024 * 1024;
export const PARALLEL_MIN_FILES = 200;

/** What a worker is given at start: plain data only, so it can be cloned across threads. */
export interface WorkerJob {
  readonly cwd: string;
  readonly config: KeywardConfig;
  readonly maxFileSize: number;
  readonly reveal: boolean;
  readonly policy: boolean;
}

/** A share of the files, sent to a worker that asked for work; `null` means there is no more. */
export type WorkerBatch = readonly { readonly path: string; readonly size: number }[] | null;

/** A worker's answer: its report for the last batch (none for the first request). */
export interface WorkerResult {
  readonly report?: ScanReport;
  readonly scannedPaths?: string[];
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

/**
 * Cuts the files into batches, largest files first, each about 1/(16 × workers) of the bytes
 * (at least one file): workers pull the next batch when they finish one, so a worker that drew
 * slow files (minified bundles full of keyword hits) does not hold up the others.
 */
function batches(targets: readonly Target[], count: number): { path: string; size: number }[][] {
  const sorted = [...targets].sort((a, b) => b.size - a.size);
  const total = sorted.reduce((sum, t) => sum + t.size, 0);
  const goal = Math.max(1, total / (count * 16));
  const out: { path: string; size: number }[][] = [];
  let current: { path: string; size: number }[] = [];
  let bytes = 0;
  for (const t of sorted) {
    current.push({ path: t.path, size: t.size });
    bytes += t.size;
    if (bytes >= goal || current.length >= 512) {
      out.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Scans disk files on worker threads, each with its own detector, pulling batches from one
 * queue, and merges their reports in the input's path order. The baseline is applied here,
 * once, over all results.
 */
export async function scanInWorkers(targets: readonly Target[], count: number, job: WorkerJob, baseline?: Baseline, onBytes?: (bytes: number) => void): Promise<ScanReport> {
  const { Worker } = await import('node:worker_threads');
  const order = new Map(targets.map((t, i) => [t.path, i]));
  const queue = batches(targets, count);
  let next = 0;
  const reports: ScanReport[] = [];
  const scannedPaths: string[] = [];
  const workers: InstanceType<typeof Worker>[] = [];
  try {
    await Promise.all(
      Array.from(
        { length: Math.min(count, queue.length) },
        () =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(fileURLToPath(workerUrl()), { workerData: job });
            workers.push(worker);
            let finished = false;
            let current: WorkerBatch = null;
            worker.on('message', (result: WorkerResult) => {
              if (result.report) reports.push(result.report);
              if (current) onBytes?.(current.reduce((sum, f) => sum + f.size, 0));
              if (result.scannedPaths) scannedPaths.push(...result.scannedPaths);
              const batch: WorkerBatch = next < queue.length ? (queue[next++] ?? null) : null;
              current = batch;
              if (batch === null) finished = true;
              worker.postMessage(batch);
            });
            worker.once('error', reject);
            worker.once('exit', (code) => {
              if (code === 0 && finished) resolve();
              else reject(new Error(`a scan worker exited with code ${code}${finished ? '' : ' before the scan was done'}`));
            });
          }),
      ),
    );
  } catch (error) {
    // One failed worker fails the scan: stop the others now rather than after the queue.
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  const byPath = (a: { path: string }, b: { path: string }): number => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0);
  let baselined = 0;
  const findings: ReportFinding[] = reports
    .flatMap((r) => r.findings)
    .filter((f) => {
      if (!baseline?.has({ rule: f.ruleId, path: f.path, hash: f.fingerprint })) return true;
      baselined++;
      return false;
    })
    .sort((a, b) => byPath(a, b) || a.line - b.line || a.column - b.column);
  const skipped: Skipped[] = reports.flatMap((r) => r.skipped).sort(byPath);
  const notes: Skipped[] = reports.flatMap((r) => r.notes).sort(byPath);
  return {
    findings,
    skipped,
    notes,
    filesScanned: reports.reduce((n, r) => n + r.filesScanned, 0),
    bytesScanned: reports.reduce((n, r) => n + r.bytesScanned, 0),
    baselined,
    stale: baseline?.stale(new Set(scannedPaths)) ?? [],
  };
}

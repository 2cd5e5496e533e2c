import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
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
export type WorkerBatch = readonly WorkerFile[] | null;

/** A file as a worker reads it: `raw` holds the name's bytes when they are not UTF-8. */
export interface WorkerFile {
  readonly path: string;
  readonly size: number;
  readonly raw?: Uint8Array;
}

/** A worker's answer: its report for the last batch (none for the first request). */
export interface WorkerResult {
  readonly report?: ScanReport;
  readonly scannedPaths?: string[];
}

/** How many workers to use for `files` files of `bytes` in all, or 0 to stay on this thread. */
export function workerCount(files: number, bytes: number, requested?: number): number {
  if (requested !== undefined) return requested <= 1 ? 0 : requested;
  if (bytes < PARALLEL_MIN_BYTES || files < PARALLEL_MIN_FILES) return 0;
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
function batches(targets: readonly Target[], count: number): WorkerFile[][] {
  const sorted = [...targets].sort((a, b) => b.size - a.size);
  const total = sorted.reduce((sum, t) => sum + t.size, 0);
  const goal = Math.max(1, total / (count * 16));
  const out: WorkerFile[][] = [];
  let current: WorkerFile[] = [];
  let bytes = 0;
  for (const t of sorted) {
    current.push(t.rawName ? { path: t.path, size: t.size, raw: t.rawName } : { path: t.path, size: t.size });
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

type WorkerClass = typeof Worker;
type ScanWorker = InstanceType<WorkerClass>;

/**
 * Scan workers, each with its own detector, pulling batches from one queue. They are started
 * before the file list is complete (as soon as it is large enough to want them), so a worker
 * loads core and compiles its catalog while the main thread is still listing and stat-ing files:
 * on the 19,702-file benchmark tree that start-up (~90 ms) used to follow the listing.
 */
export class ScanPool {
  readonly #workers: ScanWorker[] = [];
  readonly #exits: Promise<void>[] = [];
  /** Workers that asked for work before run() had any. */
  readonly #waiting: ScanWorker[] = [];
  readonly #finished = new Set<ScanWorker>();
  #answer: ((worker: ScanWorker, result: WorkerResult) => void) | undefined;

  constructor(Worker: WorkerClass, count: number, job: WorkerJob) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(fileURLToPath(workerUrl()), { workerData: job });
      this.#workers.push(worker);
      worker.on('message', (result: WorkerResult) => {
        if (this.#answer) this.#answer(worker, result);
        else this.#waiting.push(worker);
      });
      const exit = new Promise<void>((resolve, reject) => {
        worker.once('error', reject);
        worker.once('exit', (code) => {
          if (code === 0 && this.#finished.has(worker)) resolve();
          else reject(new Error(`a scan worker exited with code ${code}${this.#finished.has(worker) ? '' : ' before the scan was done'}`));
        });
      });
      // Handled here so a worker that fails before run() is no unhandled rejection; run() awaits it.
      exit.catch(() => undefined);
      this.#exits.push(exit);
    }
  }

  /** Stops the workers (the scan did not need them, or failed). */
  async stop(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  /**
   * Scans `targets` (disk files) and merges the workers' reports in the input's path order. The
   * baseline is applied here, once, over all results. The pool is used up afterwards.
   */
  async run(targets: readonly Target[], baseline?: Baseline, onBytes?: (bytes: number) => void): Promise<ScanReport> {
    const order = new Map(targets.map((t, i) => [t.path, i]));
    const queue = batches(targets, this.#workers.length);
    let next = 0;
    const reports: ScanReport[] = [];
    const scannedPaths: string[] = [];
    const current = new Map<ScanWorker, WorkerBatch>();
    this.#answer = (worker, result) => {
      if (result.report) reports.push(result.report);
      const done = current.get(worker);
      if (done) onBytes?.(done.reduce((sum, f) => sum + f.size, 0));
      if (result.scannedPaths) scannedPaths.push(...result.scannedPaths);
      const batch: WorkerBatch = next < queue.length ? (queue[next++] ?? null) : null;
      current.set(worker, batch);
      if (batch === null) this.#finished.add(worker);
      worker.postMessage(batch);
    };
    for (const worker of this.#waiting.splice(0)) this.#answer(worker, {});
    try {
      await Promise.all(this.#exits);
    } catch (error) {
      // One failed worker fails the scan: stop the others now rather than after the queue.
      await this.stop();
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
}

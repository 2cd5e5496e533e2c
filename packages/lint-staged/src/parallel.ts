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

function workerFile(t: Target): WorkerFile {
  return t.rawName ? { path: t.path, size: t.size, raw: t.rawName } : { path: t.path, size: t.size };
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
    current.push(workerFile(t));
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

/** While the list still grows, files are sent in batches of about this much (or EARLY_BATCH_FILES). */
const EARLY_BATCH_BYTES = 4 * 1024 * 1024;
const EARLY_BATCH_FILES = 256;

type WorkerClass = typeof Worker;
type ScanWorker = InstanceType<WorkerClass>;

/**
 * Scan workers, each with its own detector, pulling batches from one queue. They are started
 * before the file list is complete (as soon as it is large enough to want them), and are fed
 * while it grows (`offer`): on the 19,709-file benchmark tree the workers used to wait for the
 * whole list, a third of a second. What is left when the list is complete (`run`) goes largest
 * first, so no large file discovered late holds up the end.
 */
export class ScanPool {
  readonly #workers: ScanWorker[] = [];
  readonly #exits: Promise<void>[] = [];
  /** Workers that asked for work while there was none yet. */
  readonly #waiting: ScanWorker[] = [];
  readonly #finished = new Set<ScanWorker>();
  /** Batches ready to send, from `#next` on. */
  readonly #queue: WorkerFile[][] = [];
  #next = 0;
  /** Offered files not yet in a batch. */
  #pending: WorkerFile[] = [];
  #pendingBytes = 0;
  /** Paths already offered: `run` sends only the others. */
  readonly #offered = new Set<string>();
  /** Set by `run`: no more files will come, so an empty queue means done. */
  #complete = false;
  readonly #reports: ScanReport[] = [];
  readonly #scannedPaths: string[] = [];
  readonly #current = new Map<ScanWorker, WorkerBatch>();
  #onBytes: ((bytes: number) => void) | undefined;
  #doneBytes = 0;

  constructor(Worker: WorkerClass, count: number, job: WorkerJob) {
    for (let i = 0; i < count; i++) {
      const worker = new Worker(fileURLToPath(workerUrl()), { workerData: job });
      this.#workers.push(worker);
      worker.on('message', (result: WorkerResult) => this.#answer(worker, result));
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

  /** A worker's report for its last batch (none for its first request), and its next batch. */
  #answer(worker: ScanWorker, result: WorkerResult): void {
    if (result.report) this.#reports.push(result.report);
    if (result.scannedPaths) this.#scannedPaths.push(...result.scannedPaths);
    const done = this.#current.get(worker);
    if (done) {
      const bytes = done.reduce((sum, f) => sum + f.size, 0);
      this.#doneBytes += bytes;
      this.#onBytes?.(bytes);
    }
    this.#current.delete(worker);
    this.#give(worker);
  }

  /** Sends `worker` the next batch, `null` when the list is complete and sent, or makes it wait. */
  #give(worker: ScanWorker): void {
    const batch = this.#next < this.#queue.length ? (this.#queue[this.#next++] as WorkerFile[]) : this.#complete ? null : undefined;
    if (batch === undefined) {
      this.#waiting.push(worker);
      return;
    }
    this.#current.set(worker, batch);
    if (batch === null) this.#finished.add(worker);
    worker.postMessage(batch);
  }

  #wake(): void {
    for (const worker of this.#waiting.splice(0)) this.#give(worker);
  }

  /** A file listed before the list is complete: it is sent to a worker with the next batch. */
  offer(target: Target): void {
    if (this.#complete || this.#offered.has(target.path)) return;
    this.#offered.add(target.path);
    this.#pending.push(workerFile(target));
    this.#pendingBytes += target.size;
    if (this.#pendingBytes >= EARLY_BATCH_BYTES || this.#pending.length >= EARLY_BATCH_FILES) {
      this.#queue.push(this.#pending);
      this.#pending = [];
      this.#pendingBytes = 0;
      this.#wake();
    }
  }

  /** Stops the workers (the scan did not need them, or failed). */
  async stop(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  /**
   * Scans `targets` (disk files: the complete list, offered ones included) and merges the
   * workers' reports in the input's path order. The baseline is applied here, once, over all
   * results. The pool is used up afterwards.
   */
  async run(targets: readonly Target[], baseline?: Baseline, onBytes?: (bytes: number) => void): Promise<ScanReport> {
    const order = new Map(targets.map((t, i) => [t.path, i]));
    // Bytes already scanned count now; the rest as batches come back.
    if (this.#doneBytes > 0) onBytes?.(this.#doneBytes);
    this.#onBytes = onBytes;
    const rest = targets.filter((t) => !this.#offered.has(t.path));
    if (this.#pending.length > 0) this.#queue.push(this.#pending);
    this.#pending = [];
    this.#queue.push(...batches(rest, this.#workers.length));
    this.#complete = true;
    this.#wake();
    try {
      await Promise.all(this.#exits);
    } catch (error) {
      // One failed worker fails the scan: stop the others now rather than after the queue.
      await this.stop();
      throw error;
    }
    const byPath = (a: { path: string }, b: { path: string }): number => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0);
    const reports = this.#reports;
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
      stale: baseline?.stale(new Set(this.#scannedPaths)) ?? [],
    };
  }
}

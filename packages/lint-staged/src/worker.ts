import { createReadStream, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createDetector } from '@keyward/core';
import { scanTargets } from './engine.js';
import type { WorkerBatch, WorkerJob, WorkerResult } from './parallel.js';
import { Policy } from './policy.js';
import type { Target } from './sources/target.js';

// A scan worker: its own detector; it asks the main thread for a batch of files, scans it, sends
// the report back with the next request, and exits when told there is no more.
const job = workerData as WorkerJob;
const detector = createDetector({ config: job.config });
const policy = job.policy ? new Policy(job.config) : undefined;
const port = parentPort;

async function scan(files: NonNullable<WorkerBatch>): Promise<WorkerResult> {
  const scannedPaths: string[] = [];
  const targets: Target[] = files.map((f) => {
    // A name that is not UTF-8 is opened by its bytes (f.path shows them escaped).
    const disk = f.raw ? Buffer.concat([Buffer.from(`${job.cwd}${sep}`), f.raw]) : join(job.cwd, f.path);
    return {
      path: f.path,
      size: f.size,
      read: () => {
        scannedPaths.push(f.path);
        return Promise.resolve().then(() => readFileSync(disk));
      },
      open: () => {
        scannedPaths.push(f.path);
        return createReadStream(disk, { highWaterMark: 1024 * 1024 });
      },
    };
  });
  const report = await scanTargets(targets, { detector, maxFileSize: job.maxFileSize, reveal: job.reveal, ...(policy ? { policy } : {}) });
  return { report, scannedPaths };
}

port?.on('message', (batch: WorkerBatch) => {
  if (batch === null) {
    port.close();
    return;
  }
  void scan(batch).then((result) => port.postMessage(result satisfies WorkerResult));
});
port?.postMessage({} satisfies WorkerResult);

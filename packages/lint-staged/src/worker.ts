import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createDetector } from '@keyward/core';
import { scanTargets } from './engine.js';
import type { WorkerJob, WorkerResult } from './parallel.js';
import { Policy } from './policy.js';
import type { Target } from './sources/target.js';

// A scan worker: its own detector over its share of the files; the report goes back as data.
const job = workerData as WorkerJob;
const scannedPaths: string[] = [];
const targets: Target[] = job.files.map((f) => ({
  path: f.path,
  size: f.size,
  read: () => {
    scannedPaths.push(f.path);
    return Promise.resolve().then(() => readFileSync(join(job.cwd, f.path)));
  },
}));
void scanTargets(targets, {
  detector: createDetector({ config: job.config }),
  maxFileSize: job.maxFileSize,
  reveal: job.reveal,
  ...(job.policy ? { policy: new Policy(job.config) } : {}),
}).then((report) => parentPort?.postMessage({ report, scannedPaths } satisfies WorkerResult));

import { createRequire } from 'node:module';
import type * as childProcess from 'node:child_process';
import type * as workerThreads from 'node:worker_threads';
import type picomatchType from 'picomatch';

const require = createRequire(import.meta.url);
let cached: typeof picomatchType | undefined;

/** picomatch, loaded on first use: most scans have no .keywardignore or blockedFiles. */
export function picomatch(...args: Parameters<typeof picomatchType>): ReturnType<typeof picomatchType> {
  cached ??= require('picomatch') as typeof picomatchType;
  return cached(...args);
}

let spawnFn: typeof childProcess.spawn | undefined;

/** child_process.spawn, loaded on first use (~3 ms): a pre-commit run usually reads git's files itself. */
export const spawn: typeof childProcess.spawn = ((...args: Parameters<typeof childProcess.spawn>) => {
  spawnFn ??= (require('node:child_process') as typeof childProcess).spawn;
  return spawnFn(...args);
}) as typeof childProcess.spawn;

/**
 * worker_threads' Worker, loaded when a scan may use threads. Through require() like the rest of
 * this file: the bin runs the CommonJS bundle from V8's code cache on Node 20, where an import()
 * written in the bundle has no module loader (see bin/compile-cache.cjs).
 */
export function loadWorker(): typeof workerThreads.Worker {
  return (require('node:worker_threads') as typeof workerThreads).Worker;
}

/** cli-progress (CommonJS), loaded only for a terminal run; through require() for the reason above. */
export function loadCliProgress(): unknown {
  return require('cli-progress') as unknown;
}

const IMPORT = Symbol.for('keyward.import');

/**
 * import() of a user's ES module (a keyward.config.mjs). The bin's compile cache on Node 20 hands
 * in its own import() under a global symbol, since one written in a cached bundle cannot load
 * modules there; everywhere else this is the plain import().
 */
export function importModule(url: string): Promise<unknown> {
  const fromBin = (globalThis as Record<symbol, unknown>)[IMPORT];
  return typeof fromBin === 'function' ? (fromBin as (u: string) => Promise<unknown>)(url) : import(url);
}

import { createRequire } from 'node:module';
import type * as childProcess from 'node:child_process';
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

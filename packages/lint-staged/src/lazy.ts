import { createRequire } from 'node:module';
import type picomatchType from 'picomatch';

const require = createRequire(import.meta.url);
let cached: typeof picomatchType | undefined;

/** picomatch, loaded on first use: most scans have no .keywardignore or blockedFiles. */
export function picomatch(...args: Parameters<typeof picomatchType>): ReturnType<typeof picomatchType> {
  cached ??= require('picomatch') as typeof picomatchType;
  return cached(...args);
}

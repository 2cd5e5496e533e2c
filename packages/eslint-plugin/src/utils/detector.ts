import { type AllowlistConfig, createDetector, type Detector } from '@keyward/core';

// ESLint calls create() once per file; a detector compiles 140+ rules, so build one per
// distinct allowlist and reuse it for every file.
const cache = new Map<string, Detector>();

export function detectorFor(allowlist: AllowlistConfig | undefined): Detector {
  const key = JSON.stringify(allowlist ?? {});
  let detector = cache.get(key);
  if (!detector) {
    detector = createDetector(allowlist ? { config: { allowlist } } : {});
    cache.set(key, detector);
  }
  return detector;
}

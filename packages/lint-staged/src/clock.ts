/**
 * Milliseconds from an arbitrary start, monotonic: what `performance.now()` gives, without its
 * first use loading node:perf_hooks (~1.4 ms of a pre-commit run).
 */
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

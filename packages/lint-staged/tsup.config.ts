import { defineConfig } from 'tsup';

export default defineConfig({
  // worker.ts runs on worker threads for large scans; it is loaded by path, so it is an entry.
  entry: ['src/index.ts', 'src/worker.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // import.meta.url locates the worker from the CJS build too.
  shims: true,
});

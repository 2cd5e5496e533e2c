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
  // One file per entry: the commands still load lazily (esbuild keeps their code behind a lazy
  // init), but a pre-commit run resolves and compiles one module instead of a dozen chunks
  // (measured: 160 -> 146 ms median wall for 20 staged files).
  splitting: false,
});

import { defineConfig } from 'tsup';

const common = { dts: true, sourcemap: true, target: 'node20', shims: true } as const;

export default defineConfig([
  // The library surface, for tests and for reuse: ESM + CJS like every package.
  { ...common, entry: ['src/index.ts'], format: ['esm', 'cjs'], clean: true },
  // The runnable entry points use top-level await: ESM only.
  { ...common, entry: ['src/main.ts', 'src/tour.ts'], format: ['esm'], dts: false },
]);

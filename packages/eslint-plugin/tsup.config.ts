import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // ESLint loads plugins with require() too: make the CJS build's module.exports the plugin.
  cjsInterop: true,
  // import.meta.url (the optional typescript-eslint parser lookup) in the CJS build too.
  shims: true,
  splitting: true,
});

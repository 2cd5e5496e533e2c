import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests run real git, husky and lint-staged; CI machines are slow and shared.
    testTimeout: 60_000,
    // The JSON report feeds the "N passed, N failed" line that .ci/run prints.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
  },
});

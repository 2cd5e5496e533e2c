import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tour runs git, husky, lint-staged, ESLint and an HTTP round trip.
    testTimeout: 120_000,
    // The JSON report feeds the "N passed, N failed" line that .ci/run prints.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: the browser and process suites each start servers of their own.
    maxWorkers: 2,
    // CI also writes a JSON report, from which .ci/run prints its closing "N passed, N failed" line.
    reporters:
      process.env.CI === 'true'
        ? ['verbose', ['json', { outputFile: 'test-output/vitest.json' }]]
        : ['default'],
  },
});

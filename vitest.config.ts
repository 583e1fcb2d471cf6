import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: the browser and process suites each start servers of their own.
    maxWorkers: 2,
    // CI also gets a closing line that counts files as files and setup failures as failures.
    reporters:
      process.env.CI === 'true'
        ? ['verbose', './test/reporter/closingLine.ts']
        : ['default', './test/reporter/closingLine.ts'],
  },
});

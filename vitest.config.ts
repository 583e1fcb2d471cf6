import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The board's rules loaded, as in the server (board/rules.ts).
    setupFiles: ['test/rules-loaded.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // A change reaching another screen is waited for, not timed: 1 s (vitest's default) was too
    // short with both cores busy. Product promises ("within one second") measure their own time.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: the browser and process suites each start servers of their own.
    maxWorkers: 2,
    // CI also gets a closing line that counts files as files and setup failures as failures.
    reporters:
      process.env.CI === 'true'
        ? ['verbose', './test/reporter/closing-line.ts']
        : ['default', './test/reporter/closing-line.ts'],
  },
});

// The tests Stryker runs against each mutant of board/: the board model's own tests and the
// localisation test that says board sentences in every language. They run in-process in a few
// seconds; suites that start servers, Redis or Chromium run the model in another process, where
// a mutant never reaches, so they would only make the run slower.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    {
      name: 'houseboard-mutation-forks',
      // Stryker asks vitest for worker threads, over any config. A thread cannot change its time
      // zone, and a board test moves the server's zone (process.env.TZ) to show that the house's
      // day ignores it; child processes can, so the pool is set back to forks once resolved.
      configureVitest({ project }) {
        project.config.pool = 'forks';
        project.config.isolate = false;
      },
    },
  ],
  test: {
    include: ['test/board/**/*.test.ts', 'test/ui/i18n.test.ts'],
    testTimeout: 30_000,
  },
});

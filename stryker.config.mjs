// Mutation testing of board/, the model the server and both screens trust: Stryker changes the
// code one small way at a time (a < for a <=, a removed check) and runs the board's tests against
// each change; a change no test notices is a gap in the tests. Run it with `npm run test:mutation`
// (minutes, so it stays out of .ci/run); the report is reports/mutation/mutation.html.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['board/**/*.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants) re-run every test for each; their score is left out.
  ignoreStatic: true,
  // Two cores, shared: one test process at a time.
  concurrency: 1,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/mutation/incremental.json',
  ignorePatterns: ['dist', 'data', 'test-output', 'bench/out', 'reports', '*.log'],
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};

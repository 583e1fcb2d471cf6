// CI's closing line, told truthfully: files are counted as files, and a test that could not run
// because its setup (a beforeAll, or the file itself) failed counts as failed, with the setup's
// error, never as skipped. Writes the counts to test-output/closing.json (or CLOSING_FILE) for
// .ci/run.
import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

export interface ClosingCounts {
  passed: number;
  failed: number;
  /** Tests that never ran because their setup failed (also counted in `failed`). */
  couldNotRun: number;
  /** Tests a `skip`, `todo` or `runIf(false)` left out on purpose. */
  skipped: number;
  files: number;
  filesFailed: number;
}

const OUTPUT = path.resolve(process.env.CLOSING_FILE || 'test-output/closing.json');

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split('\n')[0]!.slice(0, 300);
}

/** The nearest suite (or the file) around `test` whose setup failed, with its error. */
function failedSetup(test: TestCase): { where: string; error: string } | undefined {
  let parent: TestSuite | TestModule | undefined = test.parent;
  while (parent) {
    const errors = parent.errors();
    if (errors.length > 0) {
      const where =
        parent.type === 'module'
          ? parent.relativeModuleId
          : `${parent.module.relativeModuleId} > ${parent.fullName}`;
      return { where, error: firstLine(errors[0]?.message) };
    }
    parent = parent.type === 'suite' ? parent.parent : undefined;
  }
  return undefined;
}

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts: ClosingCounts = {
      passed: 0,
      failed: 0,
      couldNotRun: 0,
      skipped: 0,
      files: modules.length,
      filesFailed: 0,
    };
    const setups = new Map<string, { error: string; tests: number }>();
    for (const module of modules) {
      if (module.state() === 'failed' || module.errors().length > 0) counts.filesFailed++;
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests++;
        const { state } = test.result();
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else {
          const setup = failedSetup(test);
          const onPurpose = test.options.mode === 'skip' || test.options.mode === 'todo';
          if (setup && !onPurpose) {
            counts.failed++;
            counts.couldNotRun++;
            const seen = setups.get(setup.where) ?? { error: setup.error, tests: 0 };
            setups.set(setup.where, { ...seen, tests: seen.tests + 1 });
          } else counts.skipped++;
        }
      }
      // A file that failed to load has no tests at all: it is still a failure.
      if (tests === 0 && module.errors().length > 0) {
        counts.failed++;
        setups.set(module.relativeModuleId, {
          error: firstLine(module.errors()[0]?.message),
          tests: 0,
        });
      }
    }
    const lines: string[] = [''];
    for (const [where, { error, tests }] of setups) {
      const what = tests === 0 ? 'the file did not load' : `${tests} test${tests === 1 ? '' : 's'}`;
      lines.push(`could not run: ${where} (${what}): ${error}`);
    }
    lines.push(
      `files: ${counts.files - counts.filesFailed} passed, ${counts.filesFailed} failed`,
      `vitest: ${counts.passed} passed, ${counts.failed} failed` +
        (counts.skipped ? `, ${counts.skipped} skipped` : ''),
    );
    console.log(lines.join('\n'));
    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
    fs.writeFileSync(OUTPUT, JSON.stringify(counts));
  }
}

// The run's last line, over every vitest run .ci/run made: each run's counts (written by
// test/reporter/closing-line.ts), then one total. Fails when a run is missing, ran no test, or
// skipped one: in CI a skipped test is a test that did not run.
import fs from 'node:fs';

let failed = false;
const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.error(`${file}: this run wrote no counts (vitest did not finish)`);
    failed = true;
    continue;
  }
  const counts = JSON.parse(fs.readFileSync(file, 'utf8'));
  const run = file.replace(/^.*closing-|\.json$/g, '');
  console.log(
    `${run}: ${counts.passed} passed, ${counts.failed} failed` +
      (counts.couldNotRun ? ` (${counts.couldNotRun} could not run: their setup failed)` : '') +
      (counts.skipped ? `, ${counts.skipped} skipped` : '') +
      `; files ${counts.files - counts.filesFailed} passed, ${counts.filesFailed} failed`,
  );
  if (counts.passed + counts.failed === 0) {
    console.error(`${run}: no test ran`);
    failed = true;
  }
  if (counts.skipped > 0) {
    console.error(`${run}: tests were skipped`);
    failed = true;
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
console.log(
  `vitest: ${total.passed} passed, ${total.failed} failed` +
    (total.skipped ? `, ${total.skipped} skipped` : ''),
);
process.exit(failed || total.failed > 0 ? 1 : 0);

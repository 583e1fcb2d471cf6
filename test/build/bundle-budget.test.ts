// The size budget in .ci/run, run on the real build: it fails a page over its budget, passes
// pages within it, and refuses a budget it cannot read rather than passing quietly.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureScreensBuilt } from '../e2e/build-screens.ts';
import { REPO_ROOT } from '../helpers/server-process.ts';

function budget(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    [path.join(REPO_ROOT, '.ci/bundle-budget.mjs'), ...args],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the size budget', () => {
  beforeAll(() => ensureScreensBuilt(), 120_000);

  test('a page loading more than its budget before its first screen fails the run', () => {
    const run = budget('--budget', 'phone=1,kiosk=1');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/phone page[\s\S]*OVER BUDGET/);
    expect(run.out).toMatch(/kiosk page[\s\S]*OVER BUDGET/);
    expect(run.err).toContain('more JavaScript before its first screen');
  });

  test('pages within their budgets pass, each with its first chunks listed and summed', () => {
    const run = budget('--budget', 'phone=100000,kiosk=100000');
    expect(run.code, run.err).toBe(0);
    for (const page of ['phone', 'kiosk']) {
      expect(run.out).toMatch(new RegExp(`${page} page[\\s\\S]*assets/${page}-[\\w-]+\\.js`));
    }
    expect(run.out.match(/total, budget 100000 KB: fits/g)).toHaveLength(2);
  });

  test('only one page over its budget still fails the run', () => {
    const run = budget('--budget', 'phone=100000,kiosk=1');
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/phone page[\s\S]*fits[\s\S]*kiosk page[\s\S]*OVER BUDGET/);
  });

  test.each(['phone=lots', 'wall=60', '__proto__=1', 'constructor=1', 'phone=', 'phone'])(
    'a budget it cannot read (%s) stops the run instead of passing',
    (given) => {
      const run = budget('--budget', given);
      expect(run.code).toBe(2);
      expect(run.err).toContain('is not page=kilobytes');
    },
  );

  test('a build with no manifest stops the run instead of passing', () => {
    const run = budget('--dist', path.join(REPO_ROOT, 'test-output/no-such-build'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('build first');
  });
});

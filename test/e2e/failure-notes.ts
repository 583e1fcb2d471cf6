// When a browser test fails, what its screens and its server showed at that moment: a few lines
// in test-output/failures.txt, and each screen's screenshot beside it. .ci/run prints the file at
// the end of a failed run, so a failure in CI comes with what the screens said (live or not, the
// console's last warnings, the server's last lines), not only with what the test expected.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'playwright-core';
import { REPO_ROOT, type ServerProcess } from '../helpers/server-process.ts';
import { type PageWatch, shot } from './browser-devices.ts';

export const FAILURE_NOTES = path.join(REPO_ROOT, 'test-output/failures.txt');

/** A line cut to `max` characters, so one long log line cannot push the rest out of view. */
const cut = (line: string, max = 240) => (line.length > max ? `${line.slice(0, max)}…` : line);

/** Appends what each screen and the server showed when `testName` failed. */
export async function noteFailure(
  testName: string,
  browser: Browser | undefined,
  server: ServerProcess | undefined,
  watch: PageWatch,
): Promise<void> {
  const lines = [`## ${testName} (${new Date().toISOString()})`];
  const pages = browser?.contexts().flatMap((context) => context.pages()) ?? [];
  const slug = testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
  let people: string | undefined;
  for (const [index, page] of pages.entries()) {
    const where = `screen ${index} ${cut(new URL(page.url()).pathname, 80)}`;
    // One look inside the page: its own clock, on a phone whose it is, and who its board knows.
    // A page whose script is stuck answers nothing, so it gets 2 s.
    const seen = await Promise.race([
      page.evaluate(() => {
        type Board = { getMap: (name: string) => Map<string, { get: (key: string) => unknown }> };
        const app = document.querySelector('hb-phone-app, hb-kiosk') as {
          device?: { personId?: string };
          house?: { docs: { board: Board } };
        } | null;
        const board = app?.house?.docs.board;
        return {
          clock: new Date().toISOString(),
          person: app?.device?.personId,
          people: board
            ? [...board.getMap('people').entries()]
                .map(([id, person]) => `${id} ${String(person.get('name'))}`)
                .join(', ')
            : undefined,
        };
      }),
      sleep(2_000).then(() => undefined),
    ]).catch(() => undefined);
    if (!seen) {
      lines.push(`${where}: did not answer in 2 s`);
      continue;
    }
    const state = await page
      .locator('[data-testid=live-status]')
      .first()
      .getAttribute('data-state', { timeout: 500 })
      .catch(() => 'no live status shown');
    await shot(page, `failed-${slug}-${index}`).catch(() => undefined);
    const person = seen.person ? `, person ${seen.person}` : '';
    lines.push(`${where}: ${state}; its clock ${seen.clock}${person}`);
    // Who the board knows, as the first screen that has one sees it: two entries for one name,
    // or a person a phone does not know, shows here.
    people ??= seen.people;
  }
  if (people !== undefined) lines.push(`people on the board: ${cut(people, 400)}`);
  lines.push(...watch.console.slice(-6).map((line) => `console ${cut(line)}`));
  lines.push(...watch.errors.slice(-3).map((line) => `script error ${cut(line)}`));
  const serverLines = (server?.output() ?? '').trimEnd().split('\n').slice(-8);
  lines.push(...serverLines.map((line) => `server ${cut(line)}`));
  fs.mkdirSync(path.dirname(FAILURE_NOTES), { recursive: true });
  fs.appendFileSync(FAILURE_NOTES, `${lines.join('\n')}\n`);
}

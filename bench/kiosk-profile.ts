// `node --import tsx bench/kiosk-profile.ts`: where the wall's first board spends its time on a
// small machine. A paired wall is reloaded (HTTP cache on, its copy in IndexedDB) with the CPU
// slowed 4× and profiled by Chromium's sampling profiler (200 µs) from navigation to the board's
// first paint (the `houseboard:board-painted` mark, ui/copy-first.ts). Prints the page's own
// steps and the functions with the most time of their own, and writes the whole profile to
// test-output/kiosk-reload.cpuprofile (open it in Chromium's DevTools, Performance panel).
// A profile, not a benchmark: `npm run bench:kiosk` gives the figures.
import fs from 'node:fs';
import path from 'node:path';
import { E2E_ENV, joinAsAdmin, PageWatch, pairKiosk } from '../test/e2e/browser-devices.ts';
import { ensureScreensBuilt } from '../test/e2e/build-screens.ts';
import { launchChromium } from '../test/helpers/chromium.ts';
import { REPO_ROOT, startServerProcess } from '../test/helpers/server-process.ts';

const CPU_SLOWDOWN = 4;
const OUT = path.join(REPO_ROOT, 'test-output', 'kiosk-reload.cpuprofile');
/** Reloads before the profiled one, so the HTTP cache and the code cache are warm. */
const WARM_UPS = 2;

/** What is read of Chromium's CPU profile (CDP Profiler.Profile). */
interface Profile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }>;
  samples?: number[];
  timeDeltas?: number[];
}

/** Each function's own time in `profile`, most first: "12.3 ms  name  file:line". */
function ownTimes(profile: Profile, top: number): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const own = new Map<string, number>();
  profile.samples?.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const where = `${frame.functionName || '(anonymous)'}  ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
    own.set(where, (own.get(where) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  });
  return [...own]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([where, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${where}`);
}

async function main() {
  ensureScreensBuilt();
  const server = await startServerProcess({ env: { ...E2E_ENV, LOG_LEVEL: 'warn' } });
  const browser = await launchChromium();
  try {
    const watch = new PageWatch();
    const admin = await joinAsAdmin(browser, server, watch);
    const kiosk = await pairKiosk(browser, server, admin, watch);
    const context = kiosk.context();
    await kiosk.close();
    for (let run = 0; run <= WARM_UPS; run++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const profiled = run === WARM_UPS;
      if (profiled) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      await page.goto(`${server.url}/kiosk`, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => performance.getEntriesByName('houseboard:board-painted').length > 0,
        undefined,
        { polling: 100, timeout: 60_000 },
      );
      const steps = await page.evaluate(() =>
        performance
          .getEntriesByType('mark')
          .filter((mark) => mark.name.startsWith('houseboard:'))
          .map(
            (mark) => `${mark.name.slice('houseboard:'.length)} ${Math.round(mark.startTime)} ms`,
          ),
      );
      console.log(`${profiled ? 'profiled' : 'warm-up'} reload: ${steps.join(', ')}`);
      if (profiled) {
        const { profile } = await cdp.send('Profiler.stop');
        fs.mkdirSync(path.dirname(OUT), { recursive: true });
        fs.writeFileSync(OUT, JSON.stringify(profile));
        console.log(`Own time, CPU ${CPU_SLOWDOWN}× slower:\n${ownTimes(profile, 25).join('\n')}`);
        console.log(`The whole profile: ${OUT}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();

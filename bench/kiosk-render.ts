// `npm run bench:kiosk`: what the wall costs to open. The kiosk page's JavaScript and CSS from
// dist/, gzipped with zlib; and the time from navigation start to the chores card showing the
// seeded chores, in Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), on a
// kiosk already paired (its copy in IndexedDB, as after a reboot) — with the HTTP cache off and
// on. Five runs each by default (KIOSK_RUNS); prints the median and the max.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { E2E_ENV, joinAsAdmin, PageWatch, pairKiosk } from '../test/e2e/browser-devices.ts';
import { ensureScreensBuilt } from '../test/e2e/build-screens.ts';
import { launchChromium } from '../test/helpers/chromium.ts';
import { REPO_ROOT, startServerProcess } from '../test/helpers/server-process.ts';
import { percentile } from './percentiles.ts';

const RUNS = Number(process.env.KIOSK_RUNS || 5);
const CPU_SLOWDOWN = 4;
const SEEDED_CHORE = 'Empty the dishwasher';
const DIST = path.join(REPO_ROOT, 'dist');

/** The scripts and styles the kiosk page loads at start, and their gzipped bytes. */
function kioskBundle(): { files: string[]; bytes: number; gzipBytes: number } {
  const page = fs.readFileSync(path.join(DIST, 'kiosk/index.html'), 'utf8');
  const files = [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (found) => found[1] ?? '',
  );
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = fs.readFileSync(path.join(DIST, file));
    bytes += content.length;
    gzipBytes += zlib.gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

/**
 * In the page: performance.now() once a chore button with `title` shows, else false. The button
 * sits a few shadow roots down (kiosk → chores card → chore item), so every open root is walked —
 * with a list, not a named helper: tsx would wrap a named one in a function the page lacks.
 */
function choreShownAt(title: string): number | false {
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i]?.querySelectorAll('*') ?? []) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
      const tick = element.getAttribute('data-testid') === 'chore-tick';
      if (tick && element.textContent?.includes(title)) return performance.now();
    }
  }
  return false;
}

/** Milliseconds from navigation start until the seeded chore shows on the chores card. */
async function firstBoard(context: BrowserContext, url: string, cache: boolean): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
    await page.goto(url, { waitUntil: 'commit' });
    const shown = await page.waitForFunction(choreShownAt, SEEDED_CHORE, {
      polling: 'raf',
      timeout: 60_000,
    });
    return (await shown.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

const round = (n: number) => Math.round(n);

async function main() {
  ensureScreensBuilt();
  const bundle = kioskBundle();
  console.log(
    `kiosk bundle: ${bundle.files.length} files, ${(bundle.bytes / 1024).toFixed(1)} KiB, ` +
      `${(bundle.gzipBytes / 1024).toFixed(1)} KiB gzipped (${bundle.files.join(', ')})`,
  );
  const server = await startServerProcess({ env: { ...E2E_ENV, LOG_LEVEL: 'warn' } });
  const browser = await launchChromium();
  const results: Record<string, { runs_ms: number[]; median_ms: number; max_ms: number }> = {};
  try {
    const watch = new PageWatch();
    const admin = await joinAsAdmin(browser, server, watch);
    const kiosk = await pairKiosk(browser, server, admin, watch);
    const context = kiosk.context();
    await kiosk.close();
    for (const [label, cache] of [
      ['http_cache_off', false],
      ['http_cache_on', true],
    ] as const) {
      const runs: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await firstBoard(context, `${server.url}/kiosk`, cache));
      }
      const sorted = [...runs].sort((a, b) => a - b);
      results[label] = {
        runs_ms: runs.map(round),
        median_ms: round(percentile(sorted, 50)),
        max_ms: round(sorted[sorted.length - 1] ?? 0),
      };
      console.log(
        `first board render, CPU ${CPU_SLOWDOWN}× slower, ${label.replaceAll('_', ' ')}: ` +
          `median ${results[label].median_ms} ms, max ${results[label].max_ms} ms ` +
          `(${runs.map(round).join(', ')})`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(
    JSON.stringify({
      kiosk_bundle_gzip_bytes: bundle.gzipBytes,
      kiosk_bundle_bytes: bundle.bytes,
      cpu_slowdown: CPU_SLOWDOWN,
      first_board_render: results,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

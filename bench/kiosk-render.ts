// `npm run bench:kiosk`: what the wall and the phone cost to open, the way a small machine sees
// them. For each page, in Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate),
// on a device already joined (its copy of the board in IndexedDB, as after a reboot):
// - the JavaScript it loaded before the board showed: gzipped (zlib level 9 of each file in
//   dist/) and as transferred (the Resource Timing transfer size, 0 when it came from the cache);
// - first paint, and the first board render: navigation start to the first frame with the seeded
//   chore on the board (noted in the page: test/e2e/first-board.ts);
// - cold (HTTP cache off) and warm (HTTP cache on: a reload from the device's own copy).
// Five runs each by default (KIOSK_RUNS); prints the median and the max, then one JSON line, and
// with five runs or more writes its section of bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { E2E_ENV, joinAsAdmin, PageWatch, pairKiosk } from '../test/e2e/browser-devices.ts';
import { ensureScreensBuilt } from '../test/e2e/build-screens.ts';
import { type BoardShown, noteBoardShown } from '../test/e2e/first-board.ts';
import { launchChromium } from '../test/helpers/chromium.ts';
import { REPO_ROOT, startServerProcess } from '../test/helpers/server-process.ts';
import { percentile } from './percentiles.ts';
import { writeSection } from './report.ts';

const RUNS = Number(process.env.KIOSK_RUNS || 5);
const CPU_SLOWDOWN = 4;
const SEEDED_CHORE = 'Empty the dishwasher';
const DIST = path.join(REPO_ROOT, 'dist');

/**
 * In the page: the scripts fetched by `before` ms, the first paint, the page's own steps
 * (ui/copy-first.ts marks `houseboard:copy-read`, `board-drawn`, `board-painted`) and the time
 * its scripts ran in long frames (Long Animation Frames: module scripts, and all script by then).
 */
function loadedBy(before: number): {
  scripts: Array<{ url: string; transfer: number }>;
  firstPaint: number;
  steps: Record<string, number>;
  moduleScriptMs: number;
  scriptMs: number;
  layoutMs: number;
} {
  const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => /\.m?js(\?|$)/.test(entry.name) && entry.responseEnd <= before)
    .map((entry) => ({ url: new URL(entry.name).pathname, transfer: entry.transferSize }));
  const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-paint');
  const steps: Record<string, number> = {};
  for (const mark of performance.getEntriesByType('mark'))
    if (mark.name.startsWith('houseboard:')) steps[mark.name.slice(11)] ??= mark.startTime;
  type Frame = PerformanceEntry & {
    scripts: Array<{ invokerType: string; duration: number; forcedStyleAndLayoutDuration: number }>;
  };
  const frames = (performance.getEntriesByType('long-animation-frame') as Frame[]).filter(
    (frame) => frame.startTime < before,
  );
  const all = frames.flatMap((frame) => frame.scripts);
  return {
    scripts,
    firstPaint: paint?.startTime ?? -1,
    steps,
    // Sums written out: tsx would wrap a named helper in a function the page lacks.
    moduleScriptMs: all
      .filter((x) => x.invokerType === 'module-script')
      .reduce((total, x) => total + x.duration, 0),
    scriptMs: all.reduce((total, x) => total + x.duration, 0),
    layoutMs: all.reduce((total, x) => total + x.forcedStyleAndLayoutDuration, 0),
  };
}

/** The gzipped size of a file the server serves from dist/, by its path on the site. */
const gzipCache = new Map<string, number>();
function gzipBytes(urlPath: string): number {
  const known = gzipCache.get(urlPath);
  if (known !== undefined) return known;
  const file = path.join(DIST, urlPath);
  const size = fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length : 0;
  gzipCache.set(urlPath, size);
  return size;
}

interface Run {
  boardMs: number;
  firstPaintMs: number;
  /** The page's own steps (ui/copy-first.ts), ms from navigation. */
  steps: Record<string, number>;
  /** Script time in long frames before the board showed: module scripts, all, forced layout. */
  moduleScriptMs: number;
  scriptMs: number;
  layoutMs: number;
  scripts: string[];
  gzipBytes: number;
  transferBytes: number;
}

/** One load of `url`: when the board showed, and what JavaScript it took to get there. */
async function openOnce(context: BrowserContext, url: string, cache: boolean): Promise<Run> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
    await page.goto(url, { waitUntil: 'commit' });
    // Noted in the page, in the first frame the chore is there (test/e2e/first-board.ts): a script
    // the page asks for right after that paint is never counted as on the way to it.
    const shown = await page.waitForFunction(() => (window as BoardShown).boardShownOnPage, null, {
      polling: 'raf',
      timeout: 60_000,
    });
    const boardMs = (await shown.jsonValue()) as number;
    // The chore can be in the page a frame before the page marks its board painted (after the
    // next frame): the steps are read once that last one is there too, or a median would be NaN.
    await page.waitForFunction(
      () => performance.getEntriesByName('houseboard:board-painted').length > 0,
      undefined,
      { polling: 'raf', timeout: 10_000 },
    );
    const loaded = await page.evaluate(loadedBy, boardMs);
    const scripts = [...new Set(loaded.scripts.map((s) => s.url))];
    return {
      boardMs,
      firstPaintMs: loaded.firstPaint,
      steps: loaded.steps,
      moduleScriptMs: loaded.moduleScriptMs,
      scriptMs: loaded.scriptMs,
      layoutMs: loaded.layoutMs,
      scripts,
      gzipBytes: scripts.reduce((sum, file) => sum + gzipBytes(file), 0),
      transferBytes: loaded.scripts.reduce((sum, s) => sum + s.transfer, 0),
    };
  } finally {
    await page.close();
  }
}

const round = (n: number) => Math.round(n);
/**
 * The page's own steps on its way to the first board: painted from its plain copy (kiosk/main.ts,
 * client/main.ts), then from its IndexedDB copy (ui/copy-first.ts).
 */
const STEPS = ['plain-painted', 'copy-asked', 'copy-read', 'board-drawn', 'board-painted'] as const;
const stepsText = (s: Summary) =>
  `plain copy painted ${s.steps_ms['plain-painted']} ms; IndexedDB copy asked ${s.steps_ms['copy-asked']} ms, read ${s.steps_ms['copy-read']} ms, board drawn ${s.steps_ms['board-drawn']} ms, ` +
  `painted ${s.steps_ms['board-painted']} ms; script in long frames ${s.script_ms} ms ` +
  `(module scripts ${s.module_script_ms} ms, forced layout ${s.forced_layout_ms} ms)`;
const median = (values: number[]) =>
  round(
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    ),
  );
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

interface Summary {
  board_ms: { runs: number[]; median: number; max: number };
  first_paint_ms: { median: number };
  /** Medians: the page's own steps, and script time in long frames before the board showed. */
  steps_ms: Record<string, number>;
  module_script_ms: number;
  script_ms: number;
  forced_layout_ms: number;
  js_gzip_bytes: number;
  js_transfer_bytes: { median: number };
  scripts: string[];
}

async function measure(label: string, context: BrowserContext, url: string) {
  const out: Record<string, Summary> = {};
  for (const [temp, cache] of [
    ['cold', false],
    ['warm', true],
  ] as const) {
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await openOnce(context, url, cache));
    const board = runs.map((r) => round(r.boardMs));
    const last = runs[runs.length - 1] as Run;
    out[temp] = {
      board_ms: { runs: board, median: median(board), max: Math.max(...board) },
      first_paint_ms: { median: median(runs.map((r) => r.firstPaintMs)) },
      steps_ms: Object.fromEntries(
        STEPS.map((step) => [step, median(runs.map((r) => r.steps[step] ?? Number.NaN))]),
      ),
      module_script_ms: median(runs.map((r) => r.moduleScriptMs)),
      script_ms: median(runs.map((r) => r.scriptMs)),
      forced_layout_ms: median(runs.map((r) => r.layoutMs)),
      js_gzip_bytes: last.gzipBytes,
      js_transfer_bytes: { median: median(runs.map((r) => r.transferBytes)) },
      scripts: last.scripts,
    };
    const s = out[temp];
    console.log(
      `${label}, ${temp} (HTTP cache ${cache ? 'on' : 'off'}), CPU ${CPU_SLOWDOWN}× slower: ` +
        `first board median ${s.board_ms.median} ms, max ${s.board_ms.max} ms ` +
        `(${board.join(', ')}); first paint median ${s.first_paint_ms.median} ms; ` +
        `JavaScript before the board ${kb(s.js_gzip_bytes)} gzipped in ` +
        `${s.scripts.length} files, ${kb(s.js_transfer_bytes.median)} transferred; ` +
        `${stepsText(s)}`,
    );
  }
  return out;
}

async function main() {
  const loadAtStart = os.loadavg()[0] ?? 0;
  ensureScreensBuilt();
  const server = await startServerProcess({ env: { ...E2E_ENV, LOG_LEVEL: 'warn' } });
  const browser = await launchChromium();
  const results: Record<string, Record<string, Summary>> = {};
  try {
    const watch = new PageWatch();
    const admin = await joinAsAdmin(browser, server, watch);
    const kiosk = await pairKiosk(browser, server, admin, watch);
    const kioskContext = kiosk.context();
    await kioskContext.addInitScript(noteBoardShown, SEEDED_CHORE);
    await kiosk.close();
    const phoneContext = admin.context();
    await phoneContext.addInitScript(noteBoardShown, SEEDED_CHORE);
    await admin.close();
    results.kiosk = await measure('kiosk', kioskContext, `${server.url}/kiosk`);
    results.phone = await measure('phone', phoneContext, `${server.url}/`);
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(JSON.stringify({ cpu_slowdown: CPU_SLOWDOWN, runs: RUNS, pages: results }));
  if (RUNS >= 5) {
    const file = path.join(REPO_ROOT, 'bench', 'RESULTS.md');
    writeSection(file, SECTION, resultLines(results, loadAtStart));
    console.log(`results written to ${path.relative(process.cwd(), file)}`);
  }
}

const SECTION = 'The wall and the phone on a small machine (`npm run bench:kiosk`)';

function resultLines(results: Record<string, Record<string, Summary>>, load: number): string[] {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT })
    .toString()
    .trim();
  const lines = [
    `Commit ${commit}, ${new Date().toISOString().slice(0, 16)} UTC, load average ${load.toFixed(2)} at the start, ${os.cpus().length} cores; Chromium with the CPU slowed ${CPU_SLOWDOWN}×, a device already joined (its copy in IndexedDB), ${RUNS} runs each. Cold: HTTP cache off; warm: HTTP cache on. The phone's service worker serves its files from its own cache, so its transferred bytes are 0 either way.`,
    '',
    '| page | cache | first board: median (max) | first paint: median | JavaScript before the board: gzipped | transferred (median) | where the time goes (medians) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [page, temps] of Object.entries(results)) {
    for (const [temp, s] of Object.entries(temps)) {
      lines.push(
        `| ${page} | ${temp} | ${s.board_ms.median} ms (${s.board_ms.max} ms) | ${s.first_paint_ms.median} ms | ${kb(s.js_gzip_bytes)} in ${s.scripts.length} files | ${kb(s.js_transfer_bytes.median)} | ${stepsText(s)} |`,
      );
    }
  }
  return lines;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

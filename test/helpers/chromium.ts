// Debian's Chromium driven by playwright-core, for the browser tests. Never `playwright install`:
// these machines have no internet. Each launch gets a fresh temporary profile from Playwright.
import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { realClockEnv } from './real-clock-env.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT = 'install chromium (apt-get install chromium)';

/**
 * Whether the browser suites can run. Without Chromium they skip with a one-line notice —
 * except in CI (CI=true), where nothing may skip and a missing browser fails the run.
 */
export function chromiumReady(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: ${INSTALL_HINT}`);
  }
  console.warn(`Skipping browser tests: ${INSTALL_HINT}`);
  return false;
}

/**
 * Starts Chromium. Playwright gives each launch its own fresh user-data dir in the temp folder
 * and removes it on close (it refuses a --user-data-dir argument to launch()).
 */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    env: realClockEnv(),
  });
}

/**
 * When .ci/run moves the machine's clock for the tests (Debian's faketime, preloaded into every
 * process, FAKETIME="+N" or "-N" seconds), Chromium itself runs on the real clock (it is many
 * times slower under the preload) and each page's Date is moved by the same N seconds before any
 * of its own scripts run. Not Playwright's clock: that one sets a page back to the moment it was
 * installed at each navigation, and two screens would disagree about "now".
 */
export function movedClockMs(): number | undefined {
  const moved = process.env.FAKETIME;
  if (!moved) return undefined;
  if (!/^[+-]\d+$/.test(moved)) {
    throw new Error(
      `FAKETIME must be an offset in seconds such as +3600 for the browser tests, not "${moved}"`,
    );
  }
  return Number(moved) * 1000;
}

/** Runs in each page before its scripts: Date reads the real clock plus `shift` milliseconds. */
function moveDate(shift: number): void {
  const RealDate = Date;
  // Kept for pinClock, which gives the page back its own Date before Playwright's clock goes in.
  (globalThis as { realDate?: DateConstructor }).realDate = RealDate;
  function MovedDate(this: unknown, ...args: unknown[]) {
    const now = () => new RealDate(RealDate.now() + shift);
    if (!new.target) return now().toString();
    return args.length === 0 ? now() : new (RealDate as DateConstructor)(...(args as [string]));
  }
  MovedDate.prototype = RealDate.prototype;
  MovedDate.now = () => RealDate.now() + shift;
  MovedDate.parse = RealDate.parse;
  MovedDate.UTC = RealDate.UTC;
  globalThis.Date = MovedDate as unknown as DateConstructor;
}

/** Gives a page its own Date back, before its scripts run (undoes moveDate). */
function restoreDate(): void {
  const saved = (globalThis as { realDate?: DateConstructor }).realDate;
  if (saved) globalThis.Date = saved;
}

/**
 * Playwright's clock on one page, for a test that sets that device's own clock (wrong, or running
 * its timers on): on a moved clock the page first gets its own Date back, so the two never stack.
 * The house's time on a screen is the server's (ui/server-clock.ts): a test that needs another
 * hour in the house moves the server's clock (movable-clock.ts).
 */
export async function pinClock(page: Page, options: { time: number }): Promise<void> {
  // Playwright's clock is the whole context's: pinned before (on this page or another tab of the
  // same device), it is in this page already, and giving the page its own Date back now would put
  // the real, unmoved Date over it. Set the time instead.
  if (pinned.has(page.context())) return page.clock.setSystemTime(options.time);
  pinned.add(page.context());
  if (movedClockMs() !== undefined) {
    await page.addInitScript(restoreDate);
    await page.evaluate(restoreDate);
  }
  await page.clock.install(options);
}

/** Devices (browser contexts) whose clock is Playwright's (pinClock). */
const pinned = new WeakSet<BrowserContext>();

export interface DeviceOptions {
  width: number;
  height: number;
  touch?: boolean;
}

/**
 * A separate browser context per device, as two real devices would be: no shared storage and
 * no BroadcastChannel between them, so an edit can only travel through the server.
 */
export async function newDevice(browser: Browser, device: DeviceOptions): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: device.width, height: device.height },
    hasTouch: device.touch ?? false,
    isMobile: false,
  });
  const shift = movedClockMs();
  if (shift !== undefined) await context.addInitScript(moveDate, shift);
  return context;
}

export const PHONE: DeviceOptions = { width: 390, height: 844, touch: true };
export const KIOSK: DeviceOptions = { width: 1920, height: 1080, touch: true };

/**
 * Chromium with a profile dir the test chose, as one device set up like `newDevice`: for a test
 * that reads what the browser keeps on disk (IndexedDB's files). The dir stays after close.
 */
export async function launchWithProfile(
  profileDir: string,
  device: DeviceOptions,
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    env: realClockEnv(),
    viewport: { width: device.width, height: device.height },
    hasTouch: device.touch ?? false,
    isMobile: false,
  });
  const shift = movedClockMs();
  if (shift !== undefined) await context.addInitScript(moveDate, shift);
  return context;
}

// Debian's Chromium driven by playwright-core, for the browser tests. Never `playwright install`:
// these machines have no internet. Each launch gets a fresh temporary profile from Playwright.
import fs from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

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
    env: browserEnv(),
  });
}

/**
 * When .ci/run moves the machine's clock for the tests (Debian's faketime, preloaded into every
 * process), Chromium itself runs on the real clock (it is many times slower under the preload)
 * and each device's pages get the moved time from Playwright's clock instead, flowing as usual.
 */
const clockMoved = () => !!process.env.FAKETIME;

function browserEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'LD_PRELOAD' && !key.startsWith('FAKETIME'))
      env[key] = value;
  }
  return env;
}

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
  if (clockMoved()) await context.clock.install({ time: Date.now() });
  return context;
}

export const PHONE: DeviceOptions = { width: 390, height: 844, touch: true };
export const KIOSK: DeviceOptions = { width: 1920, height: 1080, touch: true };

// One house for a browser suite: the real server as its own process, Chromium, the admin's phone
// from the link the server printed, and when asked a paired kiosk and phones that joined by its
// QR code — all ready before the suite's first test and stopped after its last.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { NameDisplay } from '../../board/index.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { E2E_ENV, joinAsAdmin, joinByKioskCode, PageWatch, pairKiosk } from './browser-devices.ts';
import { ensureScreensBuilt } from './build-screens.ts';
import { noteFailure } from './failure-notes.ts';

export interface HouseOptions {
  /** The house's time zone (HOUSE_TIME_ZONE); by default one where it is midday now. */
  zone?: string;
  /** More environment for the server; the house is "Linden House" unless HOUSE_NAME says. */
  env?: Record<string, string | undefined>;
  /** A data dir of the suite's own (to restart on, or to read), removed after the suite. */
  dataDir?: string;
  /** Whether the admin opens the printed link on a phone (default true). */
  admin?: boolean;
  /** Pair a kiosk from the admin's phone; `{ byDay: false }` when the house may be at night. */
  kiosk?: boolean | { byDay: boolean };
  /** Phones that join by the kiosk's code, in order: a name, or a name and how it shows. */
  phones?: Array<string | [name: string, display: NameDisplay]>;
  /** Where the pages' script errors and dialogs are noted; a new PageWatch by default. */
  watch?: PageWatch;
  /** The time the whole setup (with `ready`) may take; 120 s by default. */
  timeoutMs?: number;
}

/** What a suite gets. `admin`, `kiosk` and `phones` are there when the options asked for them. */
export interface House {
  server: ServerProcess;
  browser: Browser;
  watch: PageWatch;
  admin: Page;
  kiosk: Page;
  phones: Page[];
}

/**
 * Sets the house up in the suite's beforeAll and takes it down in its afterAll. `ready` runs
 * last in the same beforeAll: the suite keeps what it needs and writes its day.
 */
export function withHouse(
  options: HouseOptions,
  ready?: (house: House) => void | Promise<void>,
): void {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const watch = options.watch ?? new PageWatch();

  beforeAll(async () => {
    ensureScreensBuilt();
    const zone: Record<string, string> = options.zone ? { HOUSE_TIME_ZONE: options.zone } : {};
    server = await startServerProcess({
      dataDir: options.dataDir,
      env: { HOUSE_NAME: 'Linden House', ...zone, ...options.env, ...E2E_ENV },
    });
    browser = await launchChromium();
    const house = { server, browser, watch, phones: [] as Page[] } as House;
    if (options.admin !== false) house.admin = await joinAsAdmin(browser, server, watch);
    if (options.kiosk) {
      const byDay = options.kiosk === true || options.kiosk.byDay;
      house.kiosk = await pairKiosk(browser, server, house.admin, watch, { byDay });
    }
    for (const phone of options.phones ?? []) {
      const [name, display] = typeof phone === 'string' ? [phone, undefined] : phone;
      house.phones.push(await joinByKioskCode(browser, house.kiosk, watch, name, display));
    }
    await ready?.(house);
  }, options.timeoutMs ?? 120_000);

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await noteFailure(`${task.file.name} > ${task.name}`, browser, server, watch);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (options.dataDir) fs.rmSync(options.dataDir, { recursive: true, force: true });
  });
}

// The phone app as an installed app: the server hands out a manifest and a service worker the
// page may use, the worker keeps the app shell so the board opens with no connection at all,
// and over plain http on a house network everything but that still works and the Admin tab
// says why.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumReady, launchChromium } from '../helpers/chromium.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import {
  adminLink,
  answerNamePrompt,
  E2E_ENV,
  newPhone,
  PageWatch,
  shot,
  showSection,
} from './browser-devices.ts';
import { ensureScreensBuilt } from './build-screens.ts';
import { choreTick } from './day-plan.ts';

const ENV = { HOUSE_NAME: 'Linden House', ...E2E_ENV };

/** The server's admin link, at another address that reaches the same server. */
async function adminLinkAt(server: ServerProcess, origin: string): Promise<string> {
  const link = new URL(await adminLink(server));
  return `${origin}${link.pathname}${link.hash}`;
}

/** What the page's service worker keeps, cache by cache. */
function keptFiles(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const kept: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      kept[name] = requests.map((request) => new URL(request.url).pathname);
    }
    return kept;
  });
}

describe.runIf(chromiumReady())(
  'the installable phone app',
  () => {
    let server: ServerProcess;
    let browser: Browser;
    const watch = new PageWatch();

    beforeAll(async () => {
      ensureScreensBuilt();
      server = await startServerProcess({ env: ENV });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    test('the server hands out the manifest and a root-scoped worker the page may run', async () => {
      const page = await fetch(`${server.url}/`);
      const policy = page.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("worker-src 'self'");
      expect(policy).toContain("manifest-src 'self'");
      expect(await page.text()).toContain('rel="manifest" href="/install/manifest.webmanifest"');

      const worker = await fetch(`${server.url}/sw.js`);
      expect(worker.status).toBe(200);
      expect(worker.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(worker.headers.get('cache-control')).toBe('no-cache');

      const response = await fetch(`${server.url}/install/manifest.webmanifest`);
      expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
      const manifest = await response.json();
      expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
      expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
      for (const icon of manifest.icons as Array<{ src: string; type: string }>) {
        const file = await fetch(`${server.url}${icon.src}`);
        expect(file.status, icon.src).toBe(200);
        expect(file.headers.get('content-type')).toContain(icon.type);
      }
    });

    test('a phone that opened the board once opens it again with no connection', async () => {
      browser = await launchChromium();
      // localhost is a secure context over plain http, as https would be.
      const origin = `http://localhost:${server.port}`;
      const phone = await newPhone(browser, watch);
      await phone.goto(await adminLinkAt(server, origin));
      await answerNamePrompt(phone, 'Robin');
      await choreTick(phone, 'Empty the dishwasher').waitFor();
      await phone.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

      const kept = await keptFiles(phone);
      const names = Object.keys(kept);
      expect(names).toHaveLength(1);
      const files = kept[names[0] ?? ''] ?? [];
      expect(files).toContain('/');
      expect(files.some((file) => file.startsWith('/assets/phone-'))).toBe(true);
      expect(files.filter((file) => /^\/(api|sync|socket\.io)/.test(file))).toEqual([]);

      // No connection at all: the browser is offline and the server is gone.
      await phone.context().setOffline(true);
      await server.stop();
      await phone.reload();
      await expect.poll(() => phone.getByTestId('house-name').textContent()).toBe('Linden House');
      await choreTick(phone, 'Empty the dishwasher').waitFor();
      expect(await phone.getByTestId('live-status').getAttribute('data-state')).not.toBe('live');
      expect(watch.errors).toEqual([]);
    }, 90_000);

    test('over plain http on a house network the board works and the Admin tab says why it cannot install', async () => {
      server = await startServerProcess({ env: ENV });
      // A house-network name over http is not a secure context (localhost would be).
      const insecure = await launchChromium([`--host-resolver-rules=MAP house.lan 127.0.0.1`]);
      try {
        const phone = await newPhone(insecure, watch);
        await phone.goto(await adminLinkAt(server, `http://house.lan:${server.port}`));
        await answerNamePrompt(phone, 'Robin');
        expect(await phone.evaluate(() => window.isSecureContext)).toBe(false);
        await choreTick(phone, 'Empty the dishwasher').click();
        await expect
          .poll(() => choreTick(phone, 'Empty the dishwasher').getAttribute('data-done'))
          .toBe('yes');
        await showSection(phone, 'admin');
        const notice = phone.getByTestId('install-notice');
        expect(await notice.getAttribute('data-secure')).toBe('no');
        expect((await notice.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
          "This board is opened without a secure connection (https), so phones can't install it or open it without a connection. Everything else works. Ask whoever set up the server to add a certificate.",
        );
        await notice.scrollIntoViewIfNeeded();
        await shot(phone, 'phone-admin-without-https');
        expect(await phone.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
        expect(watch.errors).toEqual([]);
      } finally {
        await insecure.close();
      }
    }, 90_000);
  },
  30_000,
);

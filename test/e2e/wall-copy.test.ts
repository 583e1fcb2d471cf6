// The wall as it last looked (kiosk/wall-copy.ts), up on a reload before any of its scripts has
// run: the house's own board, not to be touched, gone once the wall draws itself. Only today's,
// only the house the device still holds, and what people wrote on it stays their words, never
// markup. Every script file of the page is held here until the test lets it through, so what
// shows meanwhile can only be the copy.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { choreRecords } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { dayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot, waitLive } from './browser-devices.ts';
import { choreTick } from './day-plan.ts';
import { type HouseWriter, houseWriter } from './house-writer.ts';
import { wallCopyKept } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

const ZONE = dayZone();
const SCRIPTS = /\/assets\/[^/]+\.js$/;
/** Markup someone might type as a chore: it must stay text, in the copy too. */
const MARKUP_TITLE = 'Mop <img src=x onerror="window.__copyRan=1"> </template><b>floor</b>';

/** Holds every script file the page asks for until the returned function is called. */
async function holdScripts(page: Page): Promise<() => Promise<void>> {
  const waiting: Array<() => void> = [];
  const continued: Array<Promise<void>> = [];
  await page.route(SCRIPTS, (route) => {
    const letThrough = new Promise<void>((resolve) => waiting.push(resolve));
    continued.push(letThrough.then(() => route.continue()));
  });
  return async () => {
    for (const release of waiting.splice(0)) release();
    await Promise.all(continued.splice(0));
    await page.unroute(SCRIPTS);
  };
}

const copyOnPage = (page: Page) => page.locator('[data-wall-copy]');

/**
 * A computed style of what `path` finds in the wall's copy, one selector per shadow root inward;
 * "missing" when something on the way is not there.
 */
function styleInCopy(page: Page, path: string[], property: string): Promise<string> {
  return page.evaluate(
    ({ path, property }) => {
      let found: Element | null | undefined = document.querySelector('[data-wall-copy]');
      for (const selector of path) found = found?.shadowRoot?.querySelector(selector);
      return found ? getComputedStyle(found).getPropertyValue(property) : 'missing';
    },
    { path, property },
  );
}

// Reloads wait for the page to commit only: its load waits on the held scripts.

describe.runIf(chromiumReady())('the wall as it last looked', () => {
  let server: ServerProcess;
  let kiosk: Page;
  let admin: Page;
  let writer: HouseWriter;
  const watch = new PageWatch();

  withHouse({ zone: ZONE, watch, kiosk: true }, async (house) => {
    ({ server, kiosk, admin } = house);
    writer = await houseWriter(admin, server);
    const chores = choreRecords(writer.board.doc);
    for (const title of ['Water the plants', MARKUP_TITLE]) {
      chores.add({ title, schedule: { kind: 'daily' }, createdAt: Date.now() });
    }
    await choreTick(kiosk, 'Water the plants').waitFor({ state: 'attached' });
    await waitLive(kiosk);
  });

  afterAll(() => writer?.destroy());

  test('reloaded, the wall shows its last look before any script runs, untouchable, then draws itself', async () => {
    await expect.poll(() => wallCopyKept(kiosk), { timeout: 15_000 }).toContain('Water the plants');
    const release = await holdScripts(kiosk);
    try {
      await kiosk.reload({ waitUntil: 'commit' });
      await copyOnPage(kiosk).waitFor();
      expect(await copyOnPage(kiosk).getAttribute('inert')).toBe('');
      // No script of the wall has run: there is no wall element, only its copy.
      expect(await kiosk.locator('hb-kiosk').count()).toBe(0);
      await kiosk.getByText('Water the plants').first().waitFor();
      await shot(kiosk, 'kiosk-wall-copy-before-scripts');
      // Where a finger lands on a chore of the copy, nothing is there to take the tap: it
      // passes through to the page itself.
      const box = await kiosk.getByText('Water the plants').first().boundingBox();
      expect(box).not.toBeNull();
      const under = await kiosk.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
        x: box!.x + box!.width / 2,
        y: box!.y + box!.height / 2,
      });
      expect(under).toBe('body');
      // The clock keeps its place but shows no time: the copy's would be the time it was taken.
      expect(await styleInCopy(kiosk, ['[data-testid=house-clock] .time'], 'visibility')).toBe(
        'hidden',
      );
      // The join corner keeps its room but shows nothing: its code is left out (it changes every
      // few minutes), and "Scan the code" beside no code would send someone looking for one.
      expect(await styleInCopy(kiosk, ['hb-join-panel-copy', '.words'], 'visibility')).toBe(
        'hidden',
      );
      // Drawn with the wall's own styles: a card's edge (a border shorthand with a var(), its
      // top overridden) is there, as live.
      expect(await styleInCopy(kiosk, ['[data-kind]'], 'border-left-width')).toBe('2px');
    } finally {
      await release();
    }
    await kiosk.locator('hb-kiosk').waitFor();
    await expect.poll(() => copyOnPage(kiosk).count()).toBe(0);
    await waitLive(kiosk, 30_000);
    await choreTick(kiosk, 'Water the plants').waitFor({ state: 'attached' });
  }, 60_000);

  test('what someone wrote stays their words in the copy, never markup that runs', async () => {
    await expect.poll(() => wallCopyKept(kiosk), { timeout: 15_000 }).toContain('Mop');
    const release = await holdScripts(kiosk);
    try {
      await kiosk.reload({ waitUntil: 'commit' });
      await copyOnPage(kiosk).waitFor();
      const text = await copyOnPage(kiosk).evaluate((copy) => {
        const texts: string[] = [];
        let images = 0;
        const roots: Array<Element | ShadowRoot> = [
          copy,
          ...(copy.shadowRoot ? [copy.shadowRoot] : []),
        ];
        for (let i = 0; i < roots.length; i++) {
          const root = roots[i]!;
          images += root.querySelectorAll('img').length;
          for (const element of root.querySelectorAll('*')) {
            if (element.shadowRoot) roots.push(element.shadowRoot);
          }
          texts.push(root.textContent ?? '');
        }
        return { text: texts.join(' '), images };
      });
      expect(text.text).toContain('<img src=x onerror="window.__copyRan=1">');
      expect(text.images).toBe(0);
      expect(
        await kiosk.evaluate(() => (window as { __copyRan?: number }).__copyRan),
      ).toBeUndefined();
    } finally {
      await release();
    }
    await kiosk.locator('hb-kiosk').waitFor();
    await waitLive(kiosk, 30_000);
  }, 60_000);

  test('a copy from a day that has ended, one that does not read, or one not marked as the copy, is not shown', async () => {
    await expect.poll(() => wallCopyKept(kiosk), { timeout: 15_000 }).not.toBeNull();
    const kept = JSON.parse((await wallCopyKept(kiosk))!) as { until: number; html: string };
    const spoiled = [
      JSON.stringify({ ...kept, until: Date.now() - 1000 }),
      '{"v":1,"html":',
      JSON.stringify({ ...kept, html: '<div id="not-the-copy">Water the plants</div>' }),
    ];
    for (const copy of spoiled) {
      const release = await holdScripts(kiosk);
      try {
        // Written as the page goes, so the wall's own keeper cannot write over it first.
        await kiosk.evaluate(
          (text) =>
            addEventListener('pagehide', () => localStorage.setItem('houseboard.wallCopy', text)),
          copy,
        );
        await kiosk.reload({ waitUntil: 'commit' });
        // Parsed (its inline script has run); its script files are still held.
        await kiosk.waitForFunction(() => document.readyState !== 'loading');
        expect(await copyOnPage(kiosk).count()).toBe(0);
        expect(await kiosk.locator('#not-the-copy').count()).toBe(0);
      } finally {
        await release();
      }
      await kiosk.locator('hb-kiosk').waitFor();
      await waitLive(kiosk, 30_000);
    }
  }, 90_000);

  test('the page allows its own inline script, and no other', async () => {
    const response = await fetch(`${server.url}/kiosk`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = policy.split(';').find((part) => part.trim().startsWith('script-src'));
    expect(scriptSrc).toMatch(/^\s*script-src 'self' 'sha256-[A-Za-z0-9+/=]+'$/);
    expect(scriptSrc).not.toContain('unsafe-inline');
  });

  test('no screen hit a script error', () => {
    expect(watch.errors).toEqual([]);
  });
});

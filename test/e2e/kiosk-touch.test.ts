// The wall by touch alone, as someone passing uses it: adding a chore or an announcement with
// one tap on a common one or on the wall's own keyboard (only taps, never a key of a real
// keyboard), seeing it on a phone, and taking a mistaken tap back on the spot. Every target a
// finger can hit is at least 48×48 px, and nothing happens on hover only.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { announcementRecords, choreRecords } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { morningZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot } from './browser-devices.ts';
import { choreTick } from './day-plan.ts';
import {
  hoverRules,
  openHouseDoc,
  tapTargets,
  textContrasts,
  writeHouseSettings,
} from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

describe.runIf(chromiumReady())(
  'the wall by touch',
  () => {
    const zone = morningZone();
    let server: ServerProcess;
    let kiosk: Page;
    let admin: Page;
    /** Sam, a resident, on their phone. */
    let sam: Page;
    const watch = new PageWatch();

    const announcementOn = (page: Page, text: string) =>
      page.getByTestId('announcement-item').filter({ hasText: text });

    /** Taps each letter of `words` on the wall's keyboard (capitals come from its own shift). */
    async function tapOut(words: string) {
      const keyboard = kiosk.locator('hb-onscreen-keyboard');
      for (const letter of words.toLocaleLowerCase()) {
        const key = letter === ' ' ? 'space' : letter;
        await keyboard.locator(`[data-key="${key}"]`).tap();
      }
    }

    async function tooSmall(): Promise<string[]> {
      return (await tapTargets(kiosk))
        .filter((target) => target.width < 48 || target.height < 48)
        .map((target) => `${target.what}: ${target.width}×${target.height}`);
    }

    /** The board as the server holds it, read over a real connection. */
    async function onServer<T>(read: (board: import('yjs').Doc) => T): Promise<T> {
      const client = await openHouseDoc(server, admin, 'board');
      try {
        return read(client.doc);
      } finally {
        client.destroy();
      }
    }

    withHouse({ zone, watch, kiosk: true, phones: ['Sam Rivers'] }, (house) => {
      ({ server, admin, kiosk } = house);
      sam = house.phones[0]!;
    });

    test('a chore added with one tap on a common one shows on a phone, with Undo on the wall', async () => {
      await kiosk.getByTestId('kiosk-add-chore').tap();
      const panel = kiosk.getByTestId('quick-add');
      await panel.waitFor();
      expect(await tooSmall()).toEqual([]);
      await shot(kiosk, 'kiosk-quick-add-chore');
      await panel.getByTestId('quick-pick').filter({ hasText: 'Hoover the lounge' }).tap();
      await panel.waitFor({ state: 'detached' });
      await choreTick(kiosk, 'Hoover the lounge').waitFor();
      await choreTick(sam, 'Hoover the lounge').waitFor();
      const toast = kiosk.getByTestId('undo-toast');
      expect(await toast.textContent()).toContain('Added “Hoover the lounge”');
      expect(await tooSmall()).toEqual([]);
      await shot(kiosk, 'kiosk-undo-toast');
    });

    test('Undo on the spot takes the new chore off the wall and every phone', async () => {
      await kiosk.getByTestId('undo-toast-undo').tap();
      await expect.poll(() => choreTick(kiosk, 'Hoover the lounge').count()).toBe(0);
      await expect.poll(() => choreTick(sam, 'Hoover the lounge').count()).toBe(0);
      await eventually(async () => {
        const titles = await onServer((board) =>
          choreRecords(board)
            .values()
            .map((c) => c.title),
        );
        expect(titles).not.toContain('Hoover the lounge');
      });
      // The common one is offered again, now that it is not on the board.
      await kiosk.getByTestId('kiosk-add-chore').tap();
      await kiosk.getByTestId('quick-pick').filter({ hasText: 'Hoover the lounge' }).waitFor();
      await kiosk.getByTestId('quick-add-close').tap();
    });

    test('a chore written on the wall’s own keyboard, every day, shows on a phone', async () => {
      await kiosk.getByTestId('kiosk-add-chore').tap();
      await kiosk.getByTestId('quick-repeat-daily').tap();
      await kiosk.getByTestId('quick-write').tap();
      await tapOut('feed the catt');
      await kiosk.locator('hb-onscreen-keyboard [data-key="backspace"]').tap();
      expect(await kiosk.getByTestId('quick-typed').textContent()).toBe('Feed the cat');
      expect(await tooSmall()).toEqual([]);
      await shot(kiosk, 'kiosk-onscreen-keyboard');
      await kiosk.getByTestId('quick-save').tap();
      await choreTick(sam, 'Feed the cat').waitFor();
      await eventually(async () => {
        const chore = await onServer((board) =>
          choreRecords(board)
            .values()
            .find((c) => c.title === 'Feed the cat'),
        );
        expect(chore?.schedule.kind).toBe('daily');
      });
    });

    test('an announcement written with Spanish letters is posted by nobody and shows on a phone', async () => {
      await kiosk.getByTestId('kiosk-add-announcement').tap();
      await kiosk.getByTestId('quick-write').tap();
      await tapOut('té en el jardín?');
      await kiosk.locator('hb-onscreen-keyboard [data-key="backspace"]').tap();
      await tapOut('!');
      expect(await kiosk.getByTestId('quick-typed').textContent()).toBe('Té en el jardín!');
      await kiosk.getByTestId('quick-save').tap();
      await announcementOn(sam, 'Té en el jardín!').waitFor({ state: 'attached' });
      expect(await kiosk.getByTestId('undo-toast').textContent()).toContain('Té en el jardín!');
      await eventually(async () => {
        const note = await onServer((board) =>
          announcementRecords(board)
            .values()
            .find((a) => a.text === 'Té en el jardín!'),
        );
        expect(note).toBeDefined();
        // The wall is nobody's: no person, no name.
        expect(note?.by).toBeUndefined();
        expect(note?.author).toBeUndefined();
      });
    });

    test('a common announcement goes up with one tap and is not offered twice', async () => {
      await kiosk.getByTestId('kiosk-add-announcement').tap();
      await kiosk.getByTestId('quick-pick').filter({ hasText: 'Dinner is ready' }).tap();
      await announcementOn(sam, 'Dinner is ready').waitFor({ state: 'attached' });
      await kiosk.getByTestId('kiosk-add-announcement').tap();
      await kiosk.getByTestId('quick-pick').first().waitFor();
      const offered = await kiosk.getByTestId('quick-pick').allTextContents();
      expect(offered.map((words) => words.trim())).not.toContain('Dinner is ready');
      await kiosk.getByTestId('quick-add-close').tap();
    });

    test('a mistaken tick on the wall is undone on the spot, on the phone too', async () => {
      const onWall = choreTick(kiosk, 'Feed the cat');
      await onWall.tap();
      await expect.poll(() => choreTick(sam, 'Feed the cat').getAttribute('data-done')).toBe('yes');
      expect(await kiosk.getByTestId('undo-toast').textContent()).toContain('Feed the cat');
      await kiosk.getByTestId('undo-toast-undo').tap();
      await expect.poll(() => onWall.getAttribute('data-done')).toBe('no');
      await expect.poll(() => choreTick(sam, 'Feed the cat').getAttribute('data-done')).toBe('no');
      // Only that tap: the chore added before it stays.
      expect(await choreTick(sam, 'Feed the cat').count()).toBe(1);
    });

    test('every target on the wall is at least 48×48 px and nothing acts on hover only', async () => {
      const targets = await tapTargets(kiosk);
      expect(targets.length).toBeGreaterThan(4);
      expect(await tooSmall()).toEqual([]);
      expect(await hoverRules(kiosk)).toEqual([]);
    });

    test('the panel and the keyboard keep 7:1 contrast for every piece of text', async () => {
      await kiosk.getByTestId('kiosk-add-announcement').tap();
      await kiosk.getByTestId('quick-write').tap();
      const texts = await textContrasts(kiosk);
      expect(texts.filter((text) => text.text.startsWith('button')).length).toBeGreaterThan(40);
      const weak = texts.filter((text) => text.ratio < 7);
      expect(weak).toEqual([]);
      await kiosk.getByTestId('quick-add-close').tap();
    });

    test('in a Spanish house the wall offers common chores in Spanish and says Undo in Spanish', async () => {
      await writeHouseSettings(server, admin, { language: 'es' });
      await kiosk.locator('html[lang=es]').waitFor();
      await kiosk.getByTestId('kiosk-add-chore').tap();
      const pick = kiosk.getByTestId('quick-pick').filter({ hasText: 'Sacar la basura' });
      await shot(kiosk, 'kiosk-quick-add-es');
      await pick.tap();
      await choreTick(sam, 'Sacar la basura').waitFor();
      expect(await kiosk.getByTestId('undo-toast').textContent()).toContain('Deshacer');
      await kiosk.getByTestId('undo-toast-undo').tap();
      await expect.poll(() => choreTick(sam, 'Sacar la basura').count()).toBe(0);
      await writeHouseSettings(server, admin, { language: 'en' });
    });

    test('no script errors on any screen', () => {
      expect(watch.errors).toEqual([]);
    });
  },
  240_000,
);

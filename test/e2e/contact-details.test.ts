// Contact details on the screens (issue 15, item 6): the phone's forms and the wall's own keyboard
// say the kind sentence beside what was typed, keep the words so they can be changed, and nothing
// reaches the wall; with the number taken out, the same words go up.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { announcementRecords, personRecords } from '../../board/index.ts';
import { sentence } from '../../board/sentences.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot, showSection } from './browser-devices.ts';
import { choreTick, wallText } from './day-plan.ts';
import { openHouseDoc } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

const NO_CONTACT = sentence('noContact');

describe.runIf(chromiumReady())(
  'contact details on the screens',
  () => {
    let server: ServerProcess;
    let admin: Page;
    let kiosk: Page;
    let sam: Page;
    const watch = new PageWatch();

    withHouse({ watch, kiosk: true, phones: ['Sam Rivers'] }, (house) => {
      ({ server, admin, kiosk } = house);
      sam = house.phones[0]!;
    });

    /** The board as the server holds it, read over a real connection. */
    async function onServer<T>(read: (board: import('yjs').Doc) => T): Promise<T> {
      const client = await openHouseDoc(server, admin, 'board');
      try {
        return read(client.doc);
      } finally {
        client.destroy();
      }
    }

    test('an announcement with a phone number: the sentence under the words, nothing on the wall', async () => {
      await showSection(sam, 'announcements');
      await sam.getByTestId('add-announcement').click();
      const words = sam.getByTestId('announcement-text');
      await words.fill('Staff Kai mobile is 07700 900123');
      await sam.getByTestId('save').click();
      const problem = sam.getByTestId('problem-text');
      await problem.waitFor();
      expect((await problem.textContent())?.trim()).toBe(NO_CONTACT);
      expect(await words.inputValue()).toBe('Staff Kai mobile is 07700 900123');
      await shot(sam, 'phone-announcement-contact-refused');

      await words.fill('Staff Kai is in the office until 19:30');
      await sam.getByTestId('save').click();
      await sam.getByTestId('add-announcement').waitFor();
      await expect.poll(() => wallText(kiosk)).toContain('Staff Kai is in the office until 19:30');
      expect(await wallText(kiosk)).not.toContain('900123');
      const texts = await onServer((board) =>
        [...announcementRecords(board).map.values()].map((item) => String(item.get('text'))),
      );
      expect(texts.filter((text) => text.includes('900123'))).toEqual([]);
    });

    test('a chore title with an e-mail address is refused beside the title', async () => {
      await showSection(sam, 'chores');
      await sam.getByTestId('add-chore').click();
      await sam.getByTestId('field-title').fill('Ask kai@example.com about the bins');
      await sam.getByTestId('save').click();
      const problem = sam.getByTestId('problem-title');
      await problem.waitFor();
      expect((await problem.textContent())?.trim()).toBe(NO_CONTACT);
      await sam.getByTestId('field-title').fill('Ask Kai about the bins');
      await sam.getByTestId('save').click();
      await choreTick(kiosk, 'Ask Kai about the bins').waitFor();
    });

    test('a name with a handle is refused with the same sentence, and stays as it was', async () => {
      await showSection(sam, 'phone');
      await sam.getByTestId('profile-name').fill('Sam @sam_rivers');
      await sam.getByTestId('profile-save').click();
      await expect
        .poll(async () => (await sam.getByRole('alert').allTextContents()).join(' '))
        .toContain(NO_CONTACT);
      await shot(sam, 'phone-profile-contact-refused');
      const name = await onServer((board) =>
        personRecords(board)
          .values()
          .map((p) => p.name),
      );
      expect(name).toContain('Sam Rivers');
      expect(name.join(' ')).not.toContain('sam_rivers');
    });

    test('written on the wall’s own keyboard, a number is refused on the wall', async () => {
      await kiosk.getByTestId('kiosk-add-announcement').tap();
      await kiosk.getByTestId('quick-write').tap();
      const keyboard = kiosk.locator('hb-onscreen-keyboard');
      for (const letter of 'ring 07700 900123') {
        await keyboard.locator(`[data-key="${letter === ' ' ? 'space' : letter}"]`).tap();
      }
      await kiosk.getByTestId('quick-save').tap();
      const problem = kiosk.locator('hb-quick-add .problem');
      await problem.waitFor();
      expect((await problem.textContent())?.trim()).toBe(NO_CONTACT);
      expect(await kiosk.getByTestId('quick-typed').textContent()).toBe('Ring 07700 900123');
      await shot(kiosk, 'kiosk-contact-refused');
      await kiosk.getByTestId('quick-add-close').tap();
      expect(await wallText(kiosk)).not.toContain('900123');
    });

    test('no screen hit a script error', () => {
      expect(watch.errors).toEqual([]);
      expect(watch.dialogs).toEqual([]);
    });
  },
  60_000,
);

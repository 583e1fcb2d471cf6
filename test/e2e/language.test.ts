// A house that speaks Spanish: the wall and the phones follow the house's language, dates and
// times in Spanish (24-hour), and no English left on the main views. A phone may pick English
// for itself — kept on that phone — while the wall stays Spanish, and go back to the house's.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import { morningZone } from '../helpers/house-clock.ts';
import { PageWatch, shot, showSection, waitLive } from './browser-devices.ts';
import { addGroup, addShift, postAnnouncement, wallText } from './day-plan.ts';
import { withHouse } from './with-house.ts';

/** Words the English catalogue uses on the main views; none may show on a Spanish screen. */
const ENGLISH_WORDS = [
  'Chores',
  'Groups',
  'Announcements',
  'On shift',
  'Live',
  'Visitor mode',
  'Add',
  'Scan',
  'Done',
  'turn',
  'coming',
  'until',
  'Next',
  'Now',
  'Change',
  'This phone',
  'Undo',
  'Other days',
  'Nobody',
  'Someone',
  'ago',
  'Starts',
  'with',
  'from',
  'today',
  'Today',
  'the',
  'and',
  'am',
  'pm',
  "I'll do it",
  'Say thanks',
  'House board',
  ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  ...['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'],
  ...['September', 'October', 'November', 'December', 'Nov', 'Dec', 'Jan'],
];

/** What a new house starts with (board/seed.ts): the house's own content, not the screens' words. */
const SEEDED = [
  'Empty the dishwasher',
  'Take out the recycling',
  'Wipe the kitchen table',
  'kitchen',
  'Welcome to the Casa Tilo board. Anyone can add chores, groups and notes from their phone.',
];

/** The English catalogue words a screen still shows, beyond what people wrote on the board. */
function englishIn(screenText: string): string[] {
  const text = SEEDED.reduce((rest, content) => rest.replaceAll(content, ' '), screenText);
  return ENGLISH_WORDS.filter((word) =>
    new RegExp(`(^|[^\\p{L}'])${word}($|[^\\p{L}'])`, 'u').test(text),
  );
}

/** Elements whose words are cut off or spill out of their box. */
function clipped(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.matches(selector) && element.scrollWidth > element.clientWidth + 1)
          found.push(element.textContent?.trim() ?? element.tagName);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  }, selector);
}

/** The admin picks the house's language in the house settings, under Admin. */
async function chooseHouseLanguage(admin: Page, language: 'en' | 'es'): Promise<void> {
  await showSection(admin, 'admin');
  await admin.getByTestId('field-language').selectOption(language);
  await admin.getByTestId('settings-save').click();
  await admin.getByTestId('settings-saved').waitFor();
}

describe.runIf(chromiumReady())(
  'a house in Spanish',
  () => {
    const zone = morningZone();
    let admin: Page;
    let kiosk: Page;
    let sam: Page;
    const watch = new PageWatch();

    withHouse(
      {
        zone,
        watch,
        env: { HOUSE_NAME: 'Casa Tilo' },
        kiosk: true,
        phones: ['Sam'],
        timeoutMs: 180_000,
      },
      async (house) => {
        ({ admin, kiosk } = house);
        sam = house.phones[0]!;
        // A day on the board, written the way people write it.
        await showSection(sam, 'chores');
        await sam.getByTestId('add-chore').click();
        await sam.getByTestId('field-title').fill('Regar las plantas');
        await sam.getByTestId('save').click();
        await sam
          .getByTestId('chore')
          .filter({ hasText: 'Regar las plantas' })
          .getByTestId('chore-claim')
          .click();
        await addGroup(sam, zone, { title: 'Taller de arte', from: 10, to: 70, place: 'Salón' });
        await addShift(admin, zone, { from: -60, to: 180 });
        await postAnnouncement(sam, 'Hay sopa en la nevera.');
        await showSection(sam, 'chores');
        await chooseHouseLanguage(admin, 'es');
      },
    );

    test('the kiosk speaks Spanish: card titles, live status, the date in Spanish, a 24-hour clock', async () => {
      await kiosk.getByText('Tareas de hoy').waitFor({ timeout: 10_000 });
      expect(await kiosk.evaluate(() => document.documentElement.lang)).toBe('es');
      for (const title of ['Tareas de hoy', 'Grupos de hoy', 'De turno', 'Avisos']) {
        await expect(kiosk.locator('h2', { hasText: title }).count()).resolves.toBe(1);
      }
      await expect(kiosk.getByTestId('live-status').textContent()).resolves.toContain('En directo');
      const today = new Intl.DateTimeFormat('es-ES', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        timeZone: zone,
      }).format(new Date());
      const clock = kiosk.getByTestId('house-clock');
      await expect(clock.textContent()).resolves.toContain(today);
      expect(await clock.locator('.time').textContent()).toMatch(/^\d{2}:\d{2}$/);
      const chore = kiosk.getByTestId('chore-tick').filter({ hasText: 'Regar las plantas' });
      await expect(chore.textContent()).resolves.toContain('La hará Sam');
      const group = kiosk.getByTestId('group-item').filter({ hasText: 'Taller de arte' });
      expect(await group.textContent()).toMatch(/Empieza en \d+ min/);
      expect(englishIn(await wallText(kiosk, true))).toEqual([]);
    });

    test('a phone speaks the house language too, with nothing left in English', async () => {
      await sam.getByTestId('tab-today').getByText('Hoy').waitFor({ timeout: 10_000 });
      await expect(sam.getByTestId('live-status').textContent()).resolves.toContain('En directo');
      await expect(sam.getByTestId('tab-you').textContent()).resolves.toContain('Tú');
      const row = sam.getByTestId('chore').filter({ hasText: 'Regar las plantas' });
      await expect(row.getByTestId('chore-status').textContent()).resolves.toContain('La harás tú');
      for (const section of ['chores', 'groups', 'announcements', 'shifts', 'phone'] as const) {
        await showSection(sam, section);
        expect(englishIn(await wallText(sam, true)), section).toEqual([]);
      }
      for (const tab of ['week', 'food', 'list']) {
        await sam.getByTestId(`tab-${tab}`).click();
        expect(englishIn(await wallText(sam, true)), tab).toEqual([]);
      }
      await showSection(sam, 'chores');
    });

    test("the admin's phone speaks Spanish too, house settings included", async () => {
      await admin.getByTestId('tab-admin').getByText('Gestión').waitFor({ timeout: 10_000 });
      await admin.getByTestId('settings-saved').waitFor();
      expect(await admin.getByTestId('settings-saved').textContent()).toContain('Guardado.');
      expect(englishIn(await wallText(admin, true))).toEqual([]);
      await shot(admin, 'phone-es-admin');
    });

    test("the board's own sentences show in Spanish under the field, and what was typed stays", async () => {
      await showSection(sam, 'chores');
      await sam.getByTestId('add-chore').click();
      await sam.getByTestId('field-area').fill('jardín');
      await sam.getByTestId('save').click();
      await expect(sam.getByTestId('problem-title').textContent()).resolves.toContain(
        'Escribe la tarea, por favor.',
      );
      expect(await sam.getByTestId('field-area').inputValue()).toBe('jardín');
      await shot(sam, 'phone-es-chore-form');
      expect(englishIn(await wallText(sam, true))).toEqual([]);
      await sam.getByTestId('cancel').click();
    });

    test('the Spanish fits: the kiosk at 1920×1080 and the phone at 390×844', async () => {
      await waitLive(kiosk);
      await shot(kiosk, 'kiosk-es-1920x1080');
      await shot(sam, 'phone-es-390x844');
      expect(await clipped(kiosk, 'h1, h2, button, .time, .badge')).toEqual([]);
      expect(await clipped(sam, 'h1, h2, nav button, header button, .actions button')).toEqual([]);
      expect(await sam.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    });

    test('the phone picks English for itself, the wall stays Spanish, and back to the house', async () => {
      await showSection(sam, 'phone');
      const choice = sam.getByTestId('phone-language');
      await choice.scrollIntoViewIfNeeded();
      await shot(sam, 'phone-es-language-choice');
      await expect(choice.locator('[aria-pressed=true]').getAttribute('data-value')).resolves.toBe(
        'house',
      );
      await choice.locator('[data-value=en]').click();
      await sam.getByTestId('tab-today').getByText('Today').waitFor();
      expect(await sam.evaluate(() => document.documentElement.lang)).toBe('en');
      await expect(sam.getByTestId('live-status').textContent()).resolves.toContain('Live');
      // Kept on the phone: a reload still speaks English.
      await sam.reload();
      await waitLive(sam);
      await sam.getByTestId('tab-today').getByText('Today').waitFor();
      // The wall is the house's and stays Spanish.
      await expect(kiosk.getByTestId('live-status').textContent()).resolves.toContain('En directo');
      await kiosk.getByText('Tareas de hoy').waitFor();

      await showSection(sam, 'phone');
      await sam.getByTestId('phone-language').locator('[data-value=house]').click();
      await sam.getByTestId('tab-today').getByText('Hoy').waitFor();
      expect(await sam.evaluate(() => document.documentElement.lang)).toBe('es');
    });

    test('when the house goes back to English, the wall and the phone follow', async () => {
      await chooseHouseLanguage(admin, 'en');
      await kiosk.getByText('Chores today').waitFor({ timeout: 10_000 });
      await sam.getByTestId('tab-today').getByText('Today').waitFor({ timeout: 10_000 });
      expect(watch.errors).toEqual([]);
    });
  },
  300_000,
);

// The house meeting's agenda in real Chromium: on the meeting's day, a phone adds a point (without
// a name unless it ticks "Put my name on it") and the wall shows it; once the meeting has begun
// the wall marks a point "Carried to next time" and a staff phone sees it, and a second tap takes
// the mark back. The group editor says what a group is, and the wall's group row says it too.
// The phone's panel and the wall's card pass axe; screenshots at the usual and largest text.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cancelGroupOn, groupRecords } from '../../board/index.ts';
import { chromiumReady } from '../helpers/chromium.ts';
import { clockIn, dayZone } from '../helpers/house-clock.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { PageWatch, shot, showSection } from './browser-devices.ts';
import { groupOnWall } from './day-plan.ts';
import { houseWriter } from './house-writer.ts';
import { writeHouseSettings } from './kiosk-checks.ts';
import { withHouse } from './with-house.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${v.help}`),
  );
}

describe.runIf(chromiumReady())(
  "the house meeting's agenda",
  () => {
    // Midday in the house, whatever the machine's clock: the meeting is on now, all on today.
    const zone = dayZone();
    let server: ServerProcess;
    let kiosk: Page;
    /** Robin, the admin (staff); Sam lives here. */
    let robin: Page;
    let sam: Page;
    const watch = new PageWatch();
    const squeeze = (text: string | null) => text?.replace(/\s+/g, ' ').trim();

    withHouse({ zone, watch, kiosk: true, phones: [['Sam Rivers', 'full']] }, async (house) => {
      ({ server, kiosk, admin: robin } = house);
      sam = house.phones[0]!;
      const writer = await houseWriter(robin, server);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
      groupRecords(writer.board.doc).add({
        title: 'House meeting',
        schedule: { kind: 'once', day: today },
        start: clockIn(zone, -30),
        end: clockIn(zone, 90),
        kind: 'meeting',
      });
      await groupOnWall(kiosk, 'House meeting').waitFor();
      writer.destroy();
    });

    const card = () => kiosk.locator('hb-agenda-card');
    const wallPoint = (text: string) => kiosk.getByTestId('agenda-point').filter({ hasText: text });

    async function addPoint(phone: Page, text: string, withName = false) {
      await showSection(phone, 'groups');
      const panel = phone.getByTestId('agenda-panel');
      await panel.getByTestId('agenda-text').fill(text);
      const box = panel.getByTestId('agenda-with-name');
      expect(await box.isChecked()).toBe(false);
      if (withName) await box.check();
      await panel.getByTestId('agenda-submit').click();
      await panel.getByTestId('agenda-item').filter({ hasText: text }).waitFor();
    }

    test('on the meeting day the wall shows the agenda; a point added on a phone appears on it, named only when asked', async () => {
      await card().getByText('Nothing on the agenda yet').waitFor();
      expect(squeeze(await card().locator('h2').textContent())).toMatch(/^Agenda, /);
      expect(
        await groupOnWall(kiosk, 'House meeting').getByTestId('group-kind').textContent(),
      ).toBe('House meeting');

      await showSection(sam, 'groups');
      const heading = sam.getByTestId('agenda-panel').locator('h2');
      expect(squeeze(await heading.textContent())).toMatch(/^House meeting — today .*On now$/);
      await addPoint(sam, 'The noise after ten');
      await wallPoint('The noise after ten').waitFor();
      expect(squeeze(await wallPoint('The noise after ten').textContent())).not.toContain('Sam');

      await addPoint(sam, 'A film night?', true);
      await wallPoint('A film night?').waitFor();
      expect(squeeze(await wallPoint('A film night?').locator('.meta').textContent())).toBe(
        'Sam Rivers',
      );
      // Taken back by its author: gone from the wall too.
      await sam
        .getByTestId('agenda-item')
        .filter({ hasText: 'A film night?' })
        .getByTestId('agenda-remove')
        .click();
      await expect.poll(() => wallPoint('A film night?').count()).toBe(0);
    });

    test('at the meeting the wall marks a point carried, a staff phone sees it, and a second tap takes it back', async () => {
      const carry = wallPoint('The noise after ten').getByTestId('agenda-carry');
      expect(await carry.getAttribute('aria-pressed')).toBe('false');
      await carry.click();
      await expect.poll(() => carry.getAttribute('aria-pressed')).toBe('true');
      await showSection(robin, 'groups');
      const onStaffPhone = robin
        .getByTestId('agenda-item')
        .filter({ hasText: 'The noise after ten' })
        .getByTestId('agenda-carry');
      await expect.poll(() => onStaffPhone.getAttribute('aria-pressed')).toBe('true');
      // A member's phone has no carry button.
      expect(await sam.getByTestId('agenda-carry').count()).toBe(0);
      await carry.click();
      await expect.poll(() => onStaffPhone.getAttribute('aria-pressed')).toBe('false');
    });

    test('the phone panel and the wall card pass axe, at the usual and the largest text; screenshots', async () => {
      await addPoint(sam, 'Who takes the recycling when it is raining all week long?');
      await wallPoint('recycling').waitFor();
      for (const size of ['normal', 'largest'] as const) {
        await sam.evaluate(
          (zoom) => {
            document.documentElement.style.zoom = zoom;
          },
          size === 'largest' ? '2' : '',
        );
        expect(await violations(sam), size).toEqual([]);
        // The panel itself: nothing of it runs wider than its box.
        const width = await sam.locator('hb-agenda-panel').evaluate((panel) => {
          const section = panel.shadowRoot!.querySelector('section')!;
          return { scroll: section.scrollWidth, client: section.clientWidth };
        });
        expect(width.scroll, size).toBeLessThanOrEqual(width.client);
        await sam
          .locator('hb-agenda-panel')
          .evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
        await shot(sam, `agenda-phone-${size}`);
      }
      await sam.evaluate(() => {
        document.documentElement.style.zoom = '';
      });
      for (const size of [2, 4] as const) {
        await writeHouseSettings(server, robin, { textSize: size });
        await expect
          .poll(() =>
            kiosk.evaluate(() => document.querySelector<HTMLElement>('hb-kiosk')?.dataset.textSize),
          )
          .toBe(String(size));
        await kiosk.waitForTimeout(800);
        expect(await violations(kiosk), `wall ${size}`).toEqual([]);
        await shot(kiosk, `agenda-wall-size${size}`);
      }
      // The board in the night's colours, as a tap at night shows it: at the largest text, then 2.
      const dark = await kiosk.addStyleTag({ content: 'hb-kiosk { color-scheme: dark; }' });
      await kiosk.waitForTimeout(300);
      expect(await violations(kiosk), 'wall at night').toEqual([]);
      await shot(kiosk, 'agenda-wall-night-size4');
      await writeHouseSettings(server, robin, { textSize: 2 });
      await kiosk.waitForTimeout(800);
      await shot(kiosk, 'agenda-wall-night-size2');
      await dark.evaluate((tag) => (tag as Element).remove());
      expect(watch.errors).toEqual([]);
    });

    test('the group editor says what a group is, and the wall says "Outing" on an outing', async () => {
      await showSection(robin, 'groups');
      await robin.getByTestId('add-group').click();
      await robin.getByTestId('field-title').fill('Trip to the sea');
      await robin.getByTestId('choice-kind').locator('[data-value=outing]').click();
      await robin.getByTestId('leader-in-feed').locator('input').check();
      await robin.getByTestId('field-start').fill(clockIn(zone, 60));
      await robin.getByTestId('field-end').fill(clockIn(zone, 120));
      await robin.getByTestId('save').click();
      await robin.getByTestId('add-group').waitFor();
      const row = groupOnWall(kiosk, 'Trip to the sea');
      await row.waitFor();
      expect(await row.getByTestId('group-kind').textContent()).toBe('Outing');
      const writer = await houseWriter(robin, server);
      const saved = groupRecords(writer.board.doc)
        .values()
        .find((g) => g.title === 'Trip to the sea');
      writer.destroy();
      expect(saved?.kind).toBe('outing');
      expect(saved?.leaderInFeed).toBe(true);
    });

    test('on a day without a meeting the wall leaves the card out, and a phone shows no panel', async () => {
      const writer = await houseWriter(robin, server);
      const meeting = groupRecords(writer.board.doc)
        .values()
        .find((g) => g.title === 'House meeting')!;
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
      cancelGroupOn(writer.board.doc, meeting.id, today);
      await expect.poll(() => card().count()).toBe(0);
      await kiosk.locator('hb-announcements-card').waitFor();
      await expect.poll(() => sam.getByTestId('agenda-panel').count()).toBe(0);
      await shot(kiosk, 'agenda-wall-no-meeting');
      cancelGroupOn(writer.board.doc, meeting.id, today, false);
      await card().getByTestId('agenda-point').first().waitFor();
      writer.destroy();
    });
  },
  180_000,
);

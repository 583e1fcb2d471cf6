// Visitor mode on the wall, as the house lives it: while visitors are in, the join code gives way
// to a calm line, names of people on the board shrink to initials while free text that names
// nobody stays as written; the wall ends it with two taps (one alone does nothing, and lets go
// by itself), unless the house chose that only staff end it, from their phones.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chromiumReady } from '../helpers/chromium.ts';
import { dayZone } from '../helpers/house-clock.ts';
import { PageWatch, shot, showSection } from './browser-devices.ts';
import { addGroup, groupOnWall } from './day-plan.ts';
import { withHouse } from './with-house.ts';

/** How long the wall's first tap stays armed (VISITOR_END_ARMED_MS in kiosk/visitor-switch.ts). */
const VISITOR_END_ARMED_MS = 5_000;

describe.runIf(chromiumReady())(
  'visitor mode on the wall',
  () => {
    const zone = dayZone();
    let kiosk: Page;
    /** Robin, the admin, is staff; Sam Rivers lives here. Kai is nobody on this board. */
    let robin: Page;
    const watch = new PageWatch();
    const squeeze = (text: string | null) => text?.replace(/\s+/g, ' ').trim();

    withHouse({ zone, watch, kiosk: true, phones: [['Sam Rivers', 'full']] }, async (house) => {
      ({ kiosk, admin: robin } = house);
      await addGroup(robin, zone, {
        title: 'Evening walk',
        from: 60,
        to: 120,
        leader: 'everyone, Kai notes',
      });
      await addGroup(robin, zone, { title: 'Art group', from: 30, to: 90, leader: 'Robin' });
      await addGroup(robin, zone, {
        title: 'Garden hour',
        from: 130,
        to: 170,
        leader: 'Sam Rivers and the garden club',
      });
      await groupOnWall(kiosk, 'Garden hour').waitFor();
    });

    const leaderOf = async (title: string) =>
      squeeze(await groupOnWall(kiosk, title).locator('.meta').textContent());

    test('while visitors are in, the join code gives way to a calm line, and who leads keeps its words unless it names someone on the board', async () => {
      await kiosk.getByTestId('join-qr').waitFor();
      expect(await leaderOf('Art group')).toBe('with Robin');

      await kiosk.getByTestId('visitor-mode-on').click();
      await kiosk.getByTestId('visitor-notice').waitFor();
      const paused = kiosk.getByTestId('join-paused');
      await paused.waitFor();
      expect(squeeze(await paused.textContent())).toBe('Joining is paused while visitors are here');
      expect(await kiosk.getByTestId('join-qr').count()).toBe(0);
      expect(await kiosk.locator('[data-join-url]').count()).toBe(0);

      await expect.poll(() => leaderOf('Art group')).toBe('with R.');
      expect(await leaderOf('Evening walk')).toBe('with everyone, Kai notes');
      expect(await leaderOf('Garden hour')).toBe('with S. and the garden club');
      await shot(kiosk, 'kiosk-visitor-on');
    });

    test('the wall ends it with a second tap; one tap alone does not, and lets go by itself', async () => {
      const banner = kiosk.getByTestId('visitor-notice');
      await banner.click();
      const armed = kiosk.getByTestId('visitor-end-armed');
      await armed.waitFor();
      expect(squeeze(await armed.textContent())).toBe('Tap again to end visitor mode');
      await shot(kiosk, 'kiosk-visitor-armed');

      // Left alone, it lets go: still on, the code still paused.
      await sleep(VISITOR_END_ARMED_MS + 1000);
      expect(await armed.count()).toBe(0);
      expect(squeeze(await banner.textContent())).toMatch(/^Visitor mode — names hidden until/);
      expect(await kiosk.getByTestId('join-paused').count()).toBe(1);
      expect(await leaderOf('Art group')).toBe('with R.');

      // Two taps end it, and everything comes back.
      await banner.click();
      await armed.waitFor();
      await banner.click();
      await kiosk.getByTestId('visitor-mode-on').waitFor();
      await kiosk.getByTestId('join-qr').waitFor();
      expect(await kiosk.getByTestId('join-paused').count()).toBe(0);
      await expect.poll(() => leaderOf('Art group')).toBe('with Robin');
      expect(await leaderOf('Garden hour')).toBe('with Sam Rivers and the garden club');
      await expect.poll(() => robin.getByTestId('visitor-banner').count()).toBe(0);
    });

    test('when the house says only staff end it, the wall says so, taps there change nothing, and a staff phone ends it', async () => {
      await showSection(robin, 'admin');
      const form = robin.getByTestId('house-settings-form');
      await form.getByTestId('choice-visitorEndsOnWall').locator('[data-value=staff]').click();
      await shot(robin, 'phone-admin-visitor-end-setting');
      await form.getByTestId('settings-save').click();
      await form.getByTestId('settings-saved').waitFor();

      await kiosk.getByTestId('visitor-mode-on').click();
      const staffOnly = kiosk.getByTestId('visitor-ends-by-staff');
      await staffOnly.waitFor();
      expect(squeeze(await staffOnly.textContent())).toBe('Staff can end it from their phone.');
      const banner = kiosk.getByTestId('visitor-notice');
      await banner.click();
      await banner.click();
      await sleep(500);
      expect(await kiosk.getByTestId('visitor-end-armed').count()).toBe(0);
      expect(await kiosk.getByTestId('visitor-mode-on').count()).toBe(0);
      expect(await kiosk.getByTestId('join-paused').count()).toBe(1);
      await shot(kiosk, 'kiosk-visitor-staff-only');

      await robin.getByTestId('visitor-banner-off').click();
      await kiosk.getByTestId('visitor-mode-on').waitFor();
      await kiosk.getByTestId('join-qr').waitFor();
      expect(watch.errors).toEqual([]);
    });
  },
  180_000,
);

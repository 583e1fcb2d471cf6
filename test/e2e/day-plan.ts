// What the day-plan browser tests share: a house clock pinned to a morning, and the few steps a
// person takes on a phone to add a group, a shift or an announcement, done the way they do it.
import type { Locator, Page } from 'playwright-core';
import { clockIn } from '../helpers/house-clock.ts';
import { showSection } from './browser-devices.ts';

/** Today's chore on a screen (not yesterday's still-open one), by its title. */
export function choreTick(page: Page, title: string): Locator {
  return page.locator('[data-testid=chore-tick][data-still-open=no]').filter({ hasText: title });
}

/** Today's chore on a phone with the buttons under it. */
export function choreRow(page: Page, title: string): Locator {
  return page
    .getByTestId('chore')
    .filter({ has: page.locator('[data-still-open=no]'), hasText: title });
}

export function groupOnWall(page: Page, title: string): Locator {
  return page.getByTestId('group-item').filter({ hasText: title });
}

export function groupRow(page: Page, title: string): Locator {
  return page.getByTestId('group').filter({ hasText: title });
}

export interface NewGroup {
  title: string;
  /** Minutes from now. */
  from: number;
  to: number;
  place?: string;
  leader?: string;
}

/** The house's meeting, on now: what a full day on the wall starts with. */
export const MEETING_NOW: NewGroup = {
  title: 'Community meeting',
  from: -30,
  to: 45,
  place: 'Lounge',
};

export async function addGroup(phone: Page, zone: string, group: NewGroup): Promise<void> {
  await showSection(phone, 'groups');
  await phone.getByTestId('add-group').click();
  await phone.getByTestId('field-title').fill(group.title);
  await phone.getByTestId('field-start').fill(clockIn(zone, group.from));
  await phone.getByTestId('field-end').fill(clockIn(zone, group.to));
  if (group.place) await phone.getByTestId('field-place').fill(group.place);
  if (group.leader) await phone.getByTestId('field-leader').fill(group.leader);
  await phone.getByTestId('save').click();
  await phone.getByTestId('add-group').waitFor();
}

/** A shift today, from the On shift tab of a staff phone; the name is the phone's own unless given. */
export async function addShift(
  phone: Page,
  zone: string,
  shift: { from: number; to: number; name?: string },
): Promise<void> {
  await showSection(phone, 'shifts');
  await phone.getByTestId('add-shift').click();
  if (shift.name) await phone.getByTestId('field-name').fill(shift.name);
  await phone.getByTestId('field-start').fill(clockIn(zone, shift.from));
  await phone.getByTestId('field-end').fill(clockIn(zone, shift.to));
  await phone.getByTestId('save').click();
  await phone.getByTestId('add-shift').waitFor();
}

export async function postAnnouncement(
  phone: Page,
  text: string,
  options: { pinned?: boolean; expiry?: 'today' | 'three-days' | 'week' | 'two-weeks' } = {},
): Promise<void> {
  await showSection(phone, 'announcements');
  await phone.getByTestId('add-announcement').click();
  await phone.getByTestId('announcement-text').fill(text);
  if (options.expiry) {
    await phone.getByTestId('choice-expiry').locator(`[data-value=${options.expiry}]`).click();
  }
  if (options.pinned) await phone.getByTestId('choice-pinned').locator('[data-value=yes]').click();
  await phone.getByTestId('save').click();
  await phone.getByTestId('add-announcement').waitFor();
}

/**
 * Everything a screen shows, as text (shadow roots included), to check no name slips through;
 * `visibleOnly` leaves out what is hidden (a phone's other tabs, a page of announcements
 * waiting its turn).
 */
export function wallText(kiosk: Page, visibleOnly = false): Promise<string> {
  return kiosk.evaluate((visibleOnly) => {
    const parts: string[] = [];
    const shows = (node: Node) =>
      !visibleOnly ||
      (node.parentElement?.checkVisibility({
        visibilityProperty: true,
      } as CheckVisibilityOptions) ??
        true);
    const visit = (root: Document | ShadowRoot | Element) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE && shows(node)) parts.push(node.textContent ?? '');
        if (node instanceof Element) {
          if (node.shadowRoot) visit(node.shadowRoot);
          visit(node);
        }
      }
    };
    visit(document.body);
    return parts.join(' ').replace(/\s+/g, ' ');
  }, visibleOnly);
}

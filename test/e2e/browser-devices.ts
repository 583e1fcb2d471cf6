// Gets real devices into a house for the browser tests, the way people do it: the admin opens
// the link the server printed on first start, the kiosk shows a pairing code the admin types,
// and a phone joins by opening the address in the kiosk's QR code. Each device is its own
// browser context, so each holds its own cookie.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { NameDisplay } from '../../board/index.ts';
import { adminLinkIn } from '../helpers/admin-link.ts';
import { KIOSK, newDevice, PHONE } from '../helpers/chromium.ts';
import { eventually } from '../helpers/eventually.ts';
import { REPO_ROOT, type ServerProcess } from '../helpers/server-process.ts';

/** Environment for an e2e server: many tries at codes are fine when every device is 127.0.0.1. */
export const E2E_ENV = { GUESSES_PER_MINUTE: '1000' };

export const SCREENSHOTS = path.join(REPO_ROOT, 'test-output/screenshots');

/** A screenshot under test-output/screenshots/, with animations settled. */
export function shot(page: Page, name: string) {
  return page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

/** Script errors and dialogs on any page a test opened; a dialog is an injected script running. */
export class PageWatch {
  readonly errors: string[] = [];
  readonly dialogs: string[] = [];
  /** The pages' latest console warnings and errors, for the notes on a failed test. */
  readonly console: string[] = [];

  watch(page: Page): Page {
    page.on('pageerror', (error) => this.errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'warning' && message.type() !== 'error') return;
      this.console.push(`${new URL(page.url()).pathname} ${message.type()}: ${message.text()}`);
      this.console.splice(0, this.console.length - 20);
    });
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return page;
  }
}

/** The one-time admin link the server printed on its first start with an empty data dir. */
export async function adminLink(server: ServerProcess): Promise<string> {
  return eventually(
    () => {
      const link = adminLinkIn(server.output());
      if (!link) throw new Error(`no admin link in the server output:\n${server.output()}`);
      return link;
    },
    { timeoutMs: 10_000, intervalMs: 100 },
  );
}

export async function newPhone(browser: Browser, watch: PageWatch): Promise<Page> {
  return watch.watch(await (await newDevice(browser, PHONE)).newPage());
}

export function waitLive(page: Page, timeout = 15_000) {
  return page.locator('[data-testid=live-status][data-state=live]').waitFor({ timeout });
}

/** Answers the name prompt a phone shows after joining, and waits for the board. */
export async function answerNamePrompt(
  page: Page,
  name: string,
  display: NameDisplay = 'full',
): Promise<void> {
  const prompt = page.getByTestId('name-prompt');
  await prompt.waitFor();
  await prompt.getByTestId('profile-name').fill(name);
  await prompt.getByTestId('choice-nameDisplay').locator(`[data-value=${display}]`).click();
  await prompt.getByTestId('profile-save').click();
  await waitLive(page);
}

/** Opens the server's admin link on a new phone: the house's first admin, named. */
export async function joinAsAdmin(
  browser: Browser,
  server: ServerProcess,
  watch: PageWatch,
  name = 'Robin',
): Promise<Page> {
  const admin = await newPhone(browser, watch);
  await admin.goto(await adminLink(server));
  await answerNamePrompt(admin, name);
  return admin;
}

/**
 * A kiosk screen that is not paired yet, and the code it shows. `server` is the address the
 * kiosk uses: the server's, or a relay's in front of it.
 */
export async function openUnpairedKiosk(
  browser: Browser,
  server: Pick<ServerProcess, 'url'>,
  watch: PageWatch,
): Promise<{ kiosk: Page; code: string }> {
  const kiosk = watch.watch(await (await newDevice(browser, KIOSK)).newPage());
  await kiosk.goto(`${server.url}/kiosk`);
  const shown = kiosk.getByTestId('pairing-code');
  await shown.waitFor();
  return { kiosk, code: (await shown.getAttribute('data-code')) ?? '' };
}

/** The phone's sections that used to be tabs of their own, and now sit under Today or You. */
export type PhoneSectionName = 'chores' | 'groups' | 'announcements' | 'shifts' | 'phone' | 'admin';

/**
 * Opens a section of the phone as a person does: its tab in the bar (Today for the day's four,
 * You for this phone and the admin), then its button in the row at the top. A member's You is
 * this phone alone, with no row.
 */
export async function showSection(page: Page, section: PhoneSectionName): Promise<void> {
  const you = section === 'phone' || section === 'admin';
  await page.getByTestId(you ? 'tab-you' : 'tab-today').click();
  const button = page.getByTestId(`tab-${section}`);
  if (section === 'phone' && (await button.count()) === 0) return;
  await button.click();
}

/** The admin types the kiosk's code under Admin → Pair a kiosk, as a person would. */
export async function pairFromAdminPhone(admin: Page, code: string): Promise<void> {
  await showSection(admin, 'admin');
  await admin.getByTestId('field-pairCode').fill(code);
  await admin.getByTestId('pair-submit').click();
  await admin.getByTestId('pair-done').waitFor();
}

/**
 * A paired kiosk, live, and showing the board and a join code. A test whose house may be in its
 * night hours while it pairs (it moves the kiosk's clock itself later) says `byDay: false`: the
 * night view shows whether it is live, but no join code.
 */
export async function pairKiosk(
  browser: Browser,
  server: Pick<ServerProcess, 'url'>,
  admin: Page,
  watch: PageWatch,
  { byDay = true }: { byDay?: boolean } = {},
): Promise<Page> {
  const { kiosk, code } = await openUnpairedKiosk(browser, server, watch);
  await pairFromAdminPhone(admin, code);
  // The kiosk notices its pairing on its next poll, then connects: allow for a busy machine.
  await waitLive(kiosk, 30_000);
  if (byDay) await kiosk.getByTestId('join-qr').waitFor({ timeout: 10_000 });
  return kiosk;
}

/** The address in the kiosk's QR code right now. */
export async function joinUrl(kiosk: Page): Promise<string> {
  const url = await kiosk.getByTestId('join-qr').getAttribute('data-join-url');
  if (!url) throw new Error('the kiosk shows no join code');
  return url;
}

/** A new phone that opens the kiosk's QR code and answers the name prompt. */
export async function joinByKioskCode(
  browser: Browser,
  kiosk: Page,
  watch: PageWatch,
  name: string,
  display: NameDisplay = 'full',
): Promise<Page> {
  const phone = await newPhone(browser, watch);
  await phone.goto(await joinUrl(kiosk));
  await answerNamePrompt(phone, name, display);
  return phone;
}

/** The admin makes a new staff code and the member types it under This phone. */
export async function makeStaff(admin: Page, member: Page): Promise<void> {
  await showSection(admin, 'admin');
  await admin.getByTestId('staff-code-new').click();
  // A new code retires the old one: the admin says yes to that first.
  await admin.getByTestId('staff-code-confirm').click();
  const code = (await admin.getByTestId('staff-code-shown').textContent())?.trim() ?? '';
  await showSection(member, 'phone');
  await member.getByTestId('staff-code-open').click();
  await member.getByTestId('field-staffCode').fill(code.toLowerCase());
  await member.getByTestId('staff-code-submit').click();
  await member.locator('[data-testid=this-phone-role][data-role=staff]').waitFor();
}

/** This device as the server knows it, asked from the page itself (its cookie goes along). */
export function sessionOf(
  page: Page,
): Promise<{ joined: boolean; device?: { id: string; houseId: string } }> {
  return page.evaluate(async () => (await fetch('/api/session')).json());
}

/** The person a phone belongs to: their person id once devices carry one, else the device's id. */
export async function personIdOf(page: Page): Promise<string> {
  const device = (await sessionOf(page)).device as { id: string; personId?: string } | undefined;
  if (!device) throw new Error('this page has no device');
  return device.personId ?? device.id;
}

// Someone leaving the house, from their own phone ("I'm leaving the house") or told by staff or
// the admin ("X has left"): off every rota, picker, future claim and the wall at once, and every
// device of theirs let go. After the house's wait (settings `forgetAfterDays`; 0 is at once, and
// the admin may skip it), everything that names them is forgotten: their name entry, their own
// records, their shift records, their devices' rows and token hashes — and then every copy the
// server keeps is compacted past it (`scrub`).
import { docName } from '../../board/documents.ts';
import { departFromBoard, forgetOnBoard, forgetOnStaff } from '../../board/leaving.ts';
import { readSettings } from '../../board/settings.ts';
import { dayInZone } from '../../board/time.ts';
import type { Logger } from '../log.ts';
import type { AccessStore, Leaver } from '../store/access-store.ts';
import type { DocumentRegistry } from '../sync/registry.ts';
import { type Access, AccessError } from './access.ts';

const DAY_MS = 86_400_000;
/** How often the server looks for people whose wait is over. */
export const FORGET_CHECK_EVERY_MS = 60 * 60_000;

export interface DeparturesOptions {
  access: Access;
  store: AccessStore;
  registry: DocumentRegistry;
  log: Logger;
  /**
   * Makes every copy the server keeps of these documents forget what was deleted from them (the
   * stored log, the store's files, the screens' own copies). Called after a person is forgotten.
   */
  scrub?: (docNames: string[]) => Promise<void>;
  now?: () => number;
}

export class Departures {
  private readonly now: () => number;
  private timer?: NodeJS.Timeout;
  /** One forgetting at a time, so a check and the admin's "forget now" never overlap. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: DeparturesOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Looks for people whose wait is over now, then every `FORGET_CHECK_EVERY_MS`. */
  start(): void {
    const check = () =>
      this.forgetDue().catch((error) =>
        this.options.log.error({ err: error }, 'could not forget people who left'),
      );
    void check();
    this.timer = setInterval(check, FORGET_CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Who left a house and is not yet forgotten, with when they will be. */
  async leftFrom(houseId: string) {
    const waitDays = await this.waitDays(houseId);
    return (await this.options.store.leavers())
      .filter((l) => l.houseId === houseId)
      .map((l) => ({
        personId: l.personId,
        leftAt: l.leftAt,
        forgetAt: l.leftAt + waitDays * DAY_MS,
      }));
  }

  /**
   * A person leaves their house: noted first (so a crash half-way is finished by the next check),
   * then taken off the board's days from today on, and every device of theirs let go.
   */
  async leave(houseId: string, personId: string): Promise<void> {
    const { access, store, registry } = this.options;
    const devices = await access.devicesOf(houseId, personId);
    if (devices.length === 0)
      throw new AccessError(404, { key: 'personNotHere' }, 'no such person');
    if (devices.some((device) => device.role === 'kiosk'))
      throw new AccessError(400, { key: 'wallNotPerson' }, 'a kiosk is not a person');
    const now = this.now();
    await store.addLeaver({ houseId, personId, leftAt: now });
    const today = dayInZone(now, await this.timeZone(houseId));
    await registry.change(docName(houseId, 'board'), (doc) =>
      departFromBoard(doc, personId, today, now),
    );
    for (const device of devices) await access.revoke(houseId, device.id, now);
    this.options.log.info({ house: houseId, person: personId }, 'someone left the house');
    if ((await this.waitDays(houseId)) === 0) await this.forget(houseId, personId);
  }

  /** Forgets, now, someone who left (the admin's "forget this person now", or their wait is over). */
  forget(houseId: string, personId: string): Promise<void> {
    const run = this.queue.then(() => this.forgetNow(houseId, personId));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Forgets everyone whose wait is over at `now`. */
  async forgetDue(now = this.now()): Promise<Leaver[]> {
    const due: Leaver[] = [];
    for (const leaver of await this.options.store.leavers()) {
      const wait = (await this.waitDays(leaver.houseId)) * DAY_MS;
      if (leaver.leftAt + wait <= now) due.push(leaver);
    }
    for (const { houseId, personId } of due) await this.forget(houseId, personId);
    return due;
  }

  private async forgetNow(houseId: string, personId: string): Promise<void> {
    const { access, store, registry, scrub } = this.options;
    const leavers = await store.leavers();
    if (!leavers.some((l) => l.houseId === houseId && l.personId === personId))
      throw new AccessError(404, { key: 'personNotLeft' }, 'forget someone who has not left');
    const board = docName(houseId, 'board');
    const staff = docName(houseId, 'staff');
    await registry.change(board, (doc) => forgetOnBoard(doc, personId));
    await registry.change(staff, (doc) => forgetOnStaff(doc, personId));
    for (const device of await access.devicesOf(houseId, personId))
      await store.deleteDevice(device.id);
    // After the devices' rows: the store's scrub then reaches their freed pages too.
    await scrub?.([board, staff]);
    await store.removeLeaver(houseId, personId);
    this.options.log.info({ house: houseId }, 'forgot someone who left');
  }

  private async settings(houseId: string) {
    let settings: ReturnType<typeof readSettings> | undefined;
    await this.options.registry.change(docName(houseId, 'settings'), (doc) => {
      settings = readSettings(doc);
    });
    return settings!;
  }

  private async waitDays(houseId: string): Promise<number> {
    return (await this.settings(houseId)).forgetAfterDays;
  }

  private async timeZone(houseId: string): Promise<string> {
    return (await this.settings(houseId)).timeZone;
  }
}

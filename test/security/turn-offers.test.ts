// Issue 15, item 3: a turn or a place on a rota is asked for, never given. Over real sockets to a
// real server: nobody puts anyone else on a rota or takes them off it (staff no more than anyone,
// the kiosk not at all); a turn moves only with the yes of the person taking it; an offer is made
// only by the person offering and answered only by the person asked, while it is open. Each
// refused write closes its screen with 4422 and reaches neither the store nor any other screen.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  choreRecords,
  choreTurnRecords,
  joinRota,
  leaveRota,
  saveChore,
  turnOf,
} from '../../board/chore.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import { dayInZone } from '../../board/time.ts';
import {
  answerOffer,
  choreOfferRecords,
  inviteToRota,
  offerId,
  offerSwap,
} from '../../board/turn-offer.ts';
import { deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';

interface Person {
  id: string;
  token: string;
}

let server: TestServer;
let house: string;
let zone: string;
/** Another screen, open all along: it must never see a refused change. */
let watcher: SyncClient;
let jo: Person;
let rosa: Person;
let kai: Person;
let staff: Person;
let kioskToken: string;
let chore: string;

const today = () => dayInZone(Date.now(), zone);

async function storedBoard(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await server.store.load(`${house}/board`)).updates)
    Y.applyUpdate(doc, update);
  return doc;
}

/** A person on a phone of their own: the person id the server knows them by. */
async function person(name: string, role: 'member' | 'staff' = 'member'): Promise<Person> {
  const { device, token } = await server.access.join(server.access.joinToken(house).token);
  await server.access.setProfile(device, { name, nameDisplay: 'full' });
  if (role === 'staff')
    await server.access.becomeStaff(device, await server.access.rotateStaffCode(house));
  // Soon a device belongs to a person: the person's id, where the server gives one.
  const id = (device as { personId?: string }).personId ?? device.id;
  return { id, token };
}

/** Sends one change from a fresh screen and waits for the server to refuse it with 4422. */
async function refused(token: string, change: (doc: Y.Doc) => void) {
  const client = await connectSynced(server.url, house, 'board', token);
  let closedWith: number | undefined;
  client.provider.ws!.addEventListener('close', (event) => {
    closedWith = event.code;
  });
  change(client.doc);
  await eventually(() => expect(closedWith).toBe(CloseReasons.InvalidUpdate.code));
  client.destroy();
}

/** Sends one change from a fresh screen and waits until the watcher sees `seen`. */
async function accepted(token: string, change: (doc: Y.Doc) => void, seen: (doc: Y.Doc) => void) {
  const client = await connectSynced(server.url, house, 'board', token);
  let closedWith: number | undefined;
  client.provider.ws!.addEventListener('close', (event) => {
    closedWith = event.code;
  });
  change(client.doc);
  await eventually(() => seen(watcher.doc));
  expect(closedWith).toBeUndefined();
  client.destroy();
}

const rotation = (doc: Y.Doc) => choreRecords(doc).get(chore)?.rotation ?? [];

/** The rota as the watcher and the store hold it. */
async function rotaEverywhere(): Promise<{ seen: string[]; stored: string[] }> {
  // Each accepted change is stored before any screen is sent it.
  return { seen: rotation(watcher.doc), stored: rotation(await storedBoard()) };
}

beforeAll(async () => {
  server = await startTestServer();
  house = server.firstHouse.id;
  watcher = await connectSynced(server.url, house, 'board', server.adminToken);
  const settings = await connectSynced(server.url, house, 'settings', server.adminToken);
  zone = settings.doc.getMap('settings').get('timeZone') as string;
  settings.destroy();
  jo = await person('Jo');
  rosa = await person('Rosa');
  kai = await person('Kai');
  staff = await person('Sol', 'staff');
  kioskToken = await deviceToken(server, house, 'kiosk');
  chore = choreRecords(watcher.doc).values()[0]!.id;
  await eventually(() => expect(watcher.doc.getMap('people').size).toBeGreaterThanOrEqual(4));
});

afterAll(async () => {
  watcher?.destroy();
  await server?.close();
});

describe('a rota: you join it and leave it yourself', () => {
  test('a member putting someone else on a rota is refused, and it reaches nobody', async () => {
    await refused(jo.token, (doc) => choreRecords(doc).update(chore, { rotation: [rosa.id] }));
    expect(await rotaEverywhere()).toEqual({ seen: [], stored: [] });
  });

  test('staff and the admin have no more power over a rota than anyone', async () => {
    await refused(staff.token, (doc) => choreRecords(doc).update(chore, { rotation: [jo.id] }));
    await refused(server.adminToken, (doc) =>
      choreRecords(doc).update(chore, { rotation: [kai.id] }),
    );
    expect(await rotaEverywhere()).toEqual({ seen: [], stored: [] });
  });

  test('the kiosk, which writes for nobody, cannot change a rota', async () => {
    await refused(kioskToken, (doc) => choreRecords(doc).update(chore, { rotation: ['kiosk1'] }));
    expect(await rotaEverywhere()).toEqual({ seen: [], stored: [] });
  });

  test('"Count me in" and "Take me off" by the person themselves go through', async () => {
    await accepted(
      jo.token,
      (doc) => joinRota(doc, chore, jo.id),
      (doc) => expect(rotation(doc)).toEqual([jo.id]),
    );
    await accepted(
      rosa.token,
      (doc) => joinRota(doc, chore, rosa.id),
      (doc) => expect(rotation(doc)).toEqual([jo.id, rosa.id]),
    );
    // Rosa taking Jo off, or changing the order, is not hers to do.
    await refused(rosa.token, (doc) => leaveRota(doc, chore, jo.id));
    await refused(rosa.token, (doc) =>
      choreRecords(doc).update(chore, { rotation: [rosa.id, jo.id, kai.id] }),
    );
    await accepted(
      kai.token,
      (doc) => joinRota(doc, chore, kai.id),
      (doc) => expect(rotation(doc)).toEqual([jo.id, rosa.id, kai.id]),
    );
    await accepted(
      kai.token,
      (doc) => leaveRota(doc, chore, kai.id),
      (doc) => expect(rotation(doc)).toEqual([jo.id, rosa.id]),
    );
    expect(await rotaEverywhere()).toEqual({
      seen: [jo.id, rosa.id],
      stored: [jo.id, rosa.id],
    });
  });

  test('a new chore starts with an empty rota or with its maker only', async () => {
    const fields = { title: 'Sweep the porch', schedule: { kind: 'daily' as const } };
    await refused(jo.token, (doc) => saveChore(doc, undefined, { ...fields, rotation: [rosa.id] }));
    await refused(jo.token, (doc) =>
      saveChore(doc, undefined, { ...fields, rotation: [jo.id, rosa.id] }),
    );
    const titles = () =>
      choreRecords(watcher.doc)
        .values()
        .map((c) => c.title);
    expect(titles()).not.toContain('Sweep the porch');
    await accepted(
      jo.token,
      (doc) => saveChore(doc, undefined, { ...fields, rotation: [jo.id] }),
      (doc) =>
        expect(
          choreRecords(doc)
            .values()
            .find((c) => c.title === 'Sweep the porch')?.rotation,
        ).toEqual([jo.id]),
    );
  });
});

describe('a turn: it moves only with a yes', () => {
  const holderAndOther = () => {
    const holder = turnOf(watcher.doc, chore, today())!;
    return holder === jo.id ? { holder: jo, other: rosa } : { holder: rosa, other: jo };
  };

  test('writing a turn to yourself without an offer is refused', async () => {
    const { holder, other } = holderAndOther();
    await refused(other.token, (doc) =>
      choreTurnRecords(doc).add({ to: other.id }, `${chore}_${today()}`),
    );
    // Nor may anyone write a turn to someone else, the holder included.
    await refused(holder.token, (doc) =>
      choreTurnRecords(doc).add({ to: kai.id }, `${chore}_${today()}`),
    );
    expect(turnOf(watcher.doc, chore, today())).toBe(holder.id);
    expect(choreTurnRecords(await storedBoard()).values()).toEqual([]);
  });

  test('a declined swap leaves the turn where it was; accepted, it moves', async () => {
    const { holder, other } = holderAndOther();
    const id = offerId({ what: 'swap', chore, day: today(), from: holder.id, to: other.id });
    await accepted(
      holder.token,
      (doc) => offerSwap(doc, chore, today(), holder.id, other.id),
      (doc) => expect(choreOfferRecords(doc).get(id)?.answer).toBeUndefined(),
    );
    // Offered, not yet answered: the turn stays with the holder.
    expect(turnOf(watcher.doc, chore, today())).toBe(holder.id);
    await accepted(
      other.token,
      (doc) => answerOffer(doc, id, other.id, false, zone),
      (doc) => expect(choreOfferRecords(doc).get(id)?.answer).toBe('declined'),
    );
    expect(turnOf(watcher.doc, chore, today())).toBe(holder.id);
    expect(turnOf(await storedBoard(), chore, today())).toBe(holder.id);
    // A declined offer gives no right to the turn.
    await refused(other.token, (doc) =>
      choreTurnRecords(doc).add({ to: other.id }, `${chore}_${today()}`),
    );
    // Offered again, and accepted: the turn moves, the acceptor writing it to themselves.
    await accepted(
      holder.token,
      (doc) => offerSwap(doc, chore, today(), holder.id, other.id),
      (doc) => expect(choreOfferRecords(doc).get(id)?.answer).toBeUndefined(),
    );
    await accepted(
      other.token,
      (doc) => answerOffer(doc, id, other.id, true, zone),
      (doc) => expect(turnOf(doc, chore, today())).toBe(other.id),
    );
    expect(turnOf(await storedBoard(), chore, today())).toBe(other.id);
    // One yes moves the turn once: written again later, it is refused.
    await refused(other.token, (doc) =>
      choreTurnRecords(doc).update(`${chore}_${today()}`, { to: holder.id }),
    );
  });

  test('an offer answered by someone other than the person asked is refused', async () => {
    const { holder, other } = holderAndOther();
    const id = offerId({ what: 'swap', chore, day: today(), from: holder.id, to: other.id });
    await accepted(
      holder.token,
      (doc) => offerSwap(doc, chore, today(), holder.id, other.id),
      (doc) => expect(choreOfferRecords(doc).get(id)?.answer).toBeUndefined(),
    );
    await refused(kai.token, (doc) => choreOfferRecords(doc).update(id, { answer: 'accepted' }));
    // Nor by the one who asked, nor with a turn taken by the wrong person alongside.
    await refused(holder.token, (doc) => choreOfferRecords(doc).update(id, { answer: 'accepted' }));
    await refused(kai.token, (doc) =>
      doc.transact(() => {
        choreOfferRecords(doc).update(id, { answer: 'accepted' });
        choreTurnRecords(doc).update(`${chore}_${today()}`, { to: kai.id });
      }),
    );
    expect(choreOfferRecords(watcher.doc).get(id)?.answer).toBeUndefined();
    expect(turnOf(watcher.doc, chore, today())).toBe(holder.id);
    expect(choreOfferRecords(await storedBoard()).get(id)?.answer).toBeUndefined();
  });

  test('an offer is made only from the writer, a swap only of their own turn', async () => {
    const { holder, other } = holderAndOther();
    // Kai making an offer in Jo's name, or offering a turn that is not his.
    await refused(kai.token, (doc) => offerSwap(doc, chore, today(), holder.id, kai.id));
    await refused(kai.token, (doc) => inviteToRota(doc, chore, jo.id, rosa.id, zone));
    await refused(kai.token, (doc) => offerSwap(doc, chore, today(), kai.id, other.id));
    // The kiosk makes no offers.
    await refused(kioskToken, (doc) => inviteToRota(doc, chore, kai.id, rosa.id, zone));
    expect(
      choreOfferRecords(watcher.doc)
        .values()
        .filter((o) => o.from === kai.id || o.to === kai.id),
    ).toEqual([]);
  });

  test("an offer's from, to and what cannot change, and a lapsed one cannot be answered", async () => {
    const { holder, other } = holderAndOther();
    const id = offerId({ what: 'swap', chore, day: today(), from: holder.id, to: other.id });
    await refused(holder.token, (doc) => choreOfferRecords(doc).update(id, { to: kai.id }));
    await refused(holder.token, (doc) => choreOfferRecords(doc).update(id, { what: 'invite' }));
    // Made yesterday and never answered: it lapsed when the house's day ended.
    const yesterday = Date.now() - 86_400_000;
    const lapsed = offerId({
      what: 'invite',
      chore,
      day: dayInZone(yesterday, zone),
      from: jo.id,
      to: kai.id,
    });
    await accepted(
      jo.token,
      (doc) => inviteToRota(doc, chore, jo.id, kai.id, zone, yesterday),
      (doc) => expect(choreOfferRecords(doc).has(lapsed)).toBe(true),
    );
    await refused(kai.token, (doc) =>
      choreOfferRecords(doc).update(lapsed, { answer: 'accepted' }),
    );
    expect(choreOfferRecords(watcher.doc).get(lapsed)?.answer).toBeUndefined();
  });

  test('hostile offers are refused without harm: bad ids, bad fields, huge values', async () => {
    const good = { what: 'invite', chore, day: today(), from: jo.id, to: kai.id, at: Date.now() };
    const bad: Array<[string, Record<string, unknown>]> = [
      ['not its own id', { ...good }],
      ['a what the board does not know', { ...good, what: 'gift' }],
      ['a huge chore id', { ...good, chore: 'x'.repeat(5_000) }],
      ['to someone who is not a person id', { ...good, to: 'Rosa Smith' }],
      ['an extra field', { ...good, reason: 'because' }],
    ];
    for (const [, fields] of bad) {
      await refused(jo.token, (doc) => {
        const record = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) record.set(key, value);
        doc.getMap('choreOffers').set(`invite-${jo.id}-${chore}_${today()}_${rosa.id}`, record);
      });
    }
    expect(
      choreOfferRecords(watcher.doc).has(`invite-${jo.id}-${chore}_${today()}_${rosa.id}`),
    ).toBe(false);
    // The house carries on: Jo can still invite Kai.
    await accepted(
      jo.token,
      (doc) => inviteToRota(doc, chore, jo.id, kai.id, zone),
      (doc) =>
        expect(choreOfferRecords(doc).get(offerId({ ...good, what: 'invite' }))?.from).toBe(jo.id),
    );
  });

  test('an invitation accepted puts the person asked on the rota', async () => {
    const id = offerId({ what: 'invite', chore, day: today(), from: jo.id, to: kai.id });
    await accepted(
      kai.token,
      (doc) => answerOffer(doc, id, kai.id, true, zone),
      (doc) => expect(rotation(doc)).toContain(kai.id),
    );
    expect(choreOfferRecords(watcher.doc).get(id)?.answer).toBe('accepted');
    expect(rotation(await storedBoard())).toContain(kai.id);
  });
});

// Issue 15, item 6, over real sockets against a real server: a member's phone posted "Staff Kai
// mobile is 07700 900123" as an announcement and it showed on every screen. The phone's own check
// now refuses it before anything is sent; and when a phone sends it anyway (an old build, or a
// hostile one writing straight into Yjs), the server closes that socket with 4422 and the words
// reach no other screen, the store or any file in the data directory. The profile route refuses
// a name holding contact details with the same sentence.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { announcementRecords, saveAnnouncement } from '../../board/announcement.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import { newId } from '../../board/ids.ts';
import { personRecords } from '../../board/person.ts';
import { ValidationError } from '../../board/records.ts';
import { sentence } from '../../board/sentences.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import {
  anEditStillTravels,
  closeCodeAfter,
  connectSynced,
  type SyncClient,
} from '../helpers/sync-client.ts';

const NO_CONTACT = sentence('noContact');
const DAY = 86_400_000;
/** The words from the issue; the digits are what must be found nowhere. */
const KAI = 'Staff Kai mobile is 07700 900123';
const DIGITS = '900123';

let server: TestServer;
let house: string;
let watcher: SyncClient;
let otherScreen: SyncClient;
let member: { id: string; token: string };
let kioskToken: string;

beforeAll(async () => {
  server = await startTestServer();
  house = server.firstHouse.id;
  const { device, token } = await server.access.join(server.access.joinToken(house).token);
  await server.access.setProfile(device, { name: 'Sam Rivers', nameDisplay: 'full' });
  member = { id: device.id, token };
  kioskToken = await deviceToken(server, house, 'kiosk');
  const other = await deviceToken(server, house, 'member');
  watcher = await connectSynced(server.url, house, 'board', server.adminToken);
  otherScreen = await connectSynced(server.url, house, 'board', other);
  await eventually(() =>
    expect(personRecords(watcher.doc).get(member.id)?.name).toBe('Sam Rivers'),
  );
});

afterAll(async () => {
  watcher?.destroy();
  otherScreen?.destroy();
  await server?.close();
});

/** Every announcement text a document holds, valid or not. */
function texts(doc: Y.Doc): unknown[] {
  return [...announcementRecords(doc).map.values()].map((item) => item.get('text'));
}

async function storedBoard(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await server.store.load(`${house}/board`)).updates)
    Y.applyUpdate(doc, update);
  return doc;
}

/** The files of the data directory (SQLite file, its WAL) that hold `needle`, as raw bytes. */
function filesHolding(needle: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (fs.readFileSync(file).includes(needle)) found.push(file);
    }
  };
  walk(server.dataDir);
  return found;
}

/** An announcement written straight into Yjs, past the board's own check, as a hostile phone would. */
function rawAnnouncement(doc: Y.Doc, fields: Record<string, unknown>): string {
  const id = newId();
  const item = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) item.set(key, value);
  doc.getMap('announcements').set(id, item);
  return id;
}

/** Connects a screen, makes one change, and waits for the close code the server answers with. */
async function sendAndWaitForClose(token: string, change: (doc: Y.Doc) => void) {
  return closeCodeAfter(await connectSynced(server.url, house, 'board', token), change);
}

/** The house carries on, and an edit made after the refusal has arrived everywhere first. */
async function nothingOf(needle: string) {
  const fresh = await connectSynced(server.url, house, 'board', server.adminToken);
  await anEditStillTravels(fresh, watcher);
  await anEditStillTravels(fresh, otherScreen);
  const stored = await storedBoard();
  for (const doc of [watcher.doc, otherScreen.doc, fresh.doc, stored])
    expect(texts(doc).filter((t) => String(t).includes(needle))).toEqual([]);
  fresh.destroy();
  expect(filesHolding(needle)).toEqual([]);
}

describe('an announcement holding a phone number', () => {
  test("the phone's own check refuses it with the kind sentence, and nothing is sent", async () => {
    const phone = await connectSynced(server.url, house, 'board', member.token);
    let sent = 0;
    phone.doc.on('update', () => {
      sent += 1;
    });
    const at = Date.now();
    let refused: unknown;
    try {
      saveAnnouncement(phone.doc, undefined, { text: KAI, by: member.id, expiresAt: at + DAY });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).message).toBe(NO_CONTACT);
    expect((refused as ValidationError).sentence).toEqual({ key: 'noContact' });
    expect(sent).toBe(0);
    phone.destroy();
  });

  test('sent straight into Yjs by a member, it is refused with 4422 and reaches no screen, the store or a file', async () => {
    const at = Date.now();
    const code = await sendAndWaitForClose(member.token, (doc) =>
      rawAnnouncement(doc, { text: KAI, by: member.id, createdAt: at, expiresAt: at + DAY }),
    );
    expect(code).toBe(CloseReasons.InvalidUpdate.code);
    expect(code).toBe(4422);
    await nothingOf(DIGITS);
  });

  test('sent by the wall, which posts without a name, it is refused the same way', async () => {
    const at = Date.now();
    const code = await sendAndWaitForClose(kioskToken, (doc) =>
      rawAnnouncement(doc, {
        text: 'Ring Kai on +34 612 345 678',
        createdAt: at,
        expiresAt: at + DAY,
      }),
    );
    expect(code).toBe(4422);
    await nothingOf('345 678');
  });

  test('slipped into an announcement already up, the change is refused and the words stay as they were', async () => {
    const phone = await connectSynced(server.url, house, 'board', member.token);
    const at = Date.now();
    const id = saveAnnouncement(phone.doc, undefined, {
      text: 'Cake in the kitchen at 4:30',
      by: member.id,
      expiresAt: at + DAY,
    });
    await eventually(() =>
      expect(announcementRecords(otherScreen.doc).get(id)?.text).toBe(
        'Cake in the kitchen at 4:30',
      ),
    );
    phone.destroy();
    const code = await sendAndWaitForClose(member.token, (doc) =>
      (doc.getMap('announcements').get(id) as Y.Map<unknown>).set('text', 'Cake, kai@example.com'),
    );
    expect(code).toBe(4422);
    await nothingOf('kai@example.com');
    expect(announcementRecords(otherScreen.doc).get(id)?.text).toBe('Cake in the kitchen at 4:30');
    expect(announcementRecords(await storedBoard()).get(id)?.text).toBe(
      'Cake in the kitchen at 4:30',
    );
  });

  test('ordinary words with a date, a time and a room travel to every screen and the store', async () => {
    const phone = await connectSynced(server.url, house, 'board', member.token);
    const text = 'Film night 2026-07-02 19:30 in room 12, bring £3.50';
    const at = Date.now();
    const id = saveAnnouncement(phone.doc, undefined, { text, by: member.id, expiresAt: at + DAY });
    await eventually(() => expect(announcementRecords(otherScreen.doc).get(id)?.text).toBe(text));
    await eventually(async () =>
      expect(announcementRecords(await storedBoard()).get(id)?.text).toBe(text),
    );
    phone.destroy();
  });

  test('a hostile announcement of 20,000 characters is refused and the server carries on', async () => {
    const at = Date.now();
    const code = await sendAndWaitForClose(member.token, (doc) =>
      rawAnnouncement(doc, {
        text: `${'a at '.repeat(4_000)}`,
        by: member.id,
        createdAt: at,
        expiresAt: at + DAY,
      }),
    );
    expect(code).toBe(4422);
    await nothingOf('a at a at a at');
  });
});

describe('the profile route', () => {
  test.each([
    ['a phone number', 'Kai 07700 900123'],
    ['an e-mail address', 'kai@example.com'],
    ['a handle', 'Kai @kai_r'],
    ['a profile link', 'instagram.com/kai'],
  ])('a name holding %s is refused with the kind sentence and changes nothing', async (_, name) => {
    const response = await fetch(`${server.url}/api/me`, {
      method: 'POST',
      headers: {
        cookie: cookieFor(member.token),
        origin: server.url,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name, nameDisplay: 'full' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: NO_CONTACT, key: 'noContact' });
    expect((await server.access.authenticate(member.token))?.name).toBe('Sam Rivers');
    expect(personRecords(await storedBoard()).get(member.id)?.name).toBe('Sam Rivers');
    expect(personRecords(watcher.doc).get(member.id)?.name).toBe('Sam Rivers');
  });
});

// Hole 10 of issue 12, two of its small items: thanks records whose ids carry no date passed the
// schema, then vanished silently at the next load (housekeeping forgets per-day records by the
// day in their id); and names that were only zero-width characters, or held NUL, a right-to-left
// override or a line break, were accepted. Over a real sync client and the real profile route
// against a real server: each is refused and nothing of it is stored.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { choreRecords, choreThanksId, markChoreDone } from '../../board/chore.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import type { DocKind } from '../../board/documents.ts';
import { personRecords } from '../../board/person.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';

const DAY = '2026-03-30';

let server: TestServer;
let house: string;
let watcher: SyncClient;
let member: { id: string; token: string };
let staffToken: string;
let chore: string;

async function stored(kind: DocKind): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await server.store.load(`${house}/${kind}`)).updates)
    Y.applyUpdate(doc, update);
  return doc;
}

/** Sends one change from a fresh screen and waits for the server's answer to it. */
async function send(token: string, kind: DocKind, change: (doc: Y.Doc) => void) {
  const client = await connectSynced(server.url, house, kind, token);
  let closedWith: number | undefined;
  client.provider.ws!.addEventListener('close', (event) => {
    closedWith = event.code;
  });
  change(client.doc);
  await eventually(() => expect(closedWith).toBe(CloseReasons.InvalidUpdate.code));
  client.destroy();
}

function record(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

beforeAll(async () => {
  server = await startTestServer();
  house = server.firstHouse.id;
  watcher = await connectSynced(server.url, house, 'board', server.adminToken);
  const { device, token } = await server.access.join(server.access.joinToken(house).token);
  await server.access.setProfile(device, { name: 'Sam Rivers', nameDisplay: 'full' });
  member = { id: device.id, token };
  const staff = await server.access.join(server.access.joinToken(house).token);
  await server.access.becomeStaff(staff.device, await server.access.rotateStaffCode(house));
  staffToken = staff.token;
  chore = choreRecords(watcher.doc).values()[0]!.id;
  markChoreDone(watcher.doc, chore, DAY, undefined, 1);
  await eventually(() =>
    expect(personRecords(watcher.doc).get(member.id)?.name).toBe('Sam Rivers'),
  );
});

afterAll(async () => {
  watcher?.destroy();
  await server?.close();
});

describe('records that carry their day in their id', () => {
  test.each([
    ['a thanks whose id carries no day', 'choreThanks', () => `${chore}_${member.id}`],
    [
      'a thanks whose id carries a day that is no date',
      'choreThanks',
      () => `${chore}_2026-13-45_${member.id}`,
    ],
    ['an "I\'m coming" whose id carries no day', 'groupComing', () => `somegroup_${member.id}`],
    ['a done tick whose id carries no day', 'choreDone', () => `${chore}`],
  ])('%s is refused and never stored', async (_, section, id) => {
    await send(member.token, 'board', (doc) => doc.getMap(section).set(id(), record({ at: 5 })));
    expect(watcher.doc.getMap(section).has(id())).toBe(false);
    expect((await stored('board')).getMap(section).has(id())).toBe(false);
    // The same record under an id with its day is fine.
    const good = choreThanksId(chore, DAY, member.id);
    const client = await connectSynced(server.url, house, 'board', member.token);
    client.doc.getMap('choreThanks').set(good, record({ at: 6 }));
    await eventually(() => expect(watcher.doc.getMap('choreThanks').has(good)).toBe(true));
    client.destroy();
  });
});

const BAD_NAMES: Array<[string, string]> = [
  ['only zero-width spaces', '\u200B\u200B\u200B'],
  ['only a zero-width joiner and a word joiner', '\u200D\u2060'],
  ['a NUL', 'Sam\u0000Rivers'],
  ['a right-to-left override', 'Sam \u202Eseviр'],
  ['a bidi isolate', '\u2067Sam'],
  ['a line break', 'Sam\nRivers'],
  ['a line break at the end', 'Sam\n'],
];

describe('names hold something to see and nothing hidden', () => {
  test.each(BAD_NAMES)('a name entry with %s is refused and not stored', async (_, name) => {
    await send(member.token, 'board', (doc) =>
      (doc.getMap('people').get(member.id) as Y.Map<unknown>).set('name', name),
    );
    expect(personRecords(watcher.doc).get(member.id)?.name).toBe('Sam Rivers');
    expect(personRecords(await stored('board')).get(member.id)?.name).toBe('Sam Rivers');
  });

  test.each(BAD_NAMES)(
    'a staff name on shift with %s is refused and not stored',
    async (_, name) => {
      await send(staffToken, 'staff', (doc) =>
        doc.getMap('shifts').set('shift1', record({ name, start: 1, end: 5 })),
      );
      expect((await stored('staff')).getMap('shifts').has('shift1')).toBe(false);
    },
  );

  test.each(BAD_NAMES)(
    'a profile name with %s is refused with a kind sentence naming the name',
    async (_, name) => {
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
      expect((await response.json()).error).toMatch(
        /^Please (write your name with letters people can see|leave line breaks and hidden characters out of your name)\.$/,
      );
      expect((await server.access.authenticate(member.token))?.name).toBe('Sam Rivers');
      expect(personRecords(await stored('board')).get(member.id)?.name).toBe('Sam Rivers');
    },
  );
});

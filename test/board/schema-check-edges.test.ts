// The server's schema check at its edges, as a device's update reaches it: content a Y.Map's own
// API cannot show (list content hidden in a record), per-day records without their day, shared
// types where a record belongs, late edits to records the house has since forgotten, the staff
// document's own rules, and the checks made with only a role (a phone's undo) or no sender at
// all (the whole stored state). A refusal is an error the server can name; nothing crashes.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ANNOUNCEMENTS,
  announcementRecords,
  choreRecords,
  DOC_MAPS,
  type DocKind,
  groupRecords,
  handOver,
  removeChore,
  tidy,
} from '../../board/index.ts';
import { SchemaViolation, validateChanges } from '../../board/validation.ts';
import { at, validateDocument } from './helpers.ts';
import { serverCopy, writer } from './server-copy.ts';

const NOW = at('2026-03-30T09:00:00Z');
const DAY = 86_400_000;

/** A record written straight into Yjs, as a device that skips the board's validators would. */
function rawRecord(doc: Y.Doc, name: string, id: string, fields: Record<string, unknown>) {
  doc.getMap(name).set(id, new Y.Map(Object.entries(fields)));
}

/** List content put into a map: Y.Map's API has no way to do it, but a hostile client can. */
function insertListContent(map: Y.Map<unknown>, content: unknown[]) {
  Y.Array.prototype.insert.call(map as unknown as Y.Array<unknown>, 0, content);
}

const chore = { title: 'Dishes', schedule: { kind: 'daily' as const }, createdAt: NOW };

describe('list content hidden inside a record', () => {
  it('is refused when a device slips it into a chore already on the board', () => {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    const id = choreRecords(phone).add(chore);
    expect(server.send(phone, writer('sam01'))).toBeUndefined();

    insertListContent(phone.getMap<Y.Map<unknown>>('chores').get(id)!, ['x'.repeat(1000)]);
    // Invisible to the record's own reading…
    expect(choreRecords(phone).get(id)?.title).toBe('Dishes');
    // …but it would be stored and sent to every screen: refused.
    expect(server.send(phone, writer('sam01'))).toBeInstanceOf(SchemaViolation);
    expect(server.doc.getMap<Y.Map<unknown>>('chores').get(id)?.toJSON()).toEqual(chore);
  });

  it('is refused in a new record, in the visitor map and in the settings', () => {
    const board = serverCopy('board', NOW);
    const phone = board.device();
    const record = new Y.Map<unknown>(Object.entries(chore));
    phone.getMap('chores').set('chore1', record);
    insertListContent(record, ['hidden']);
    expect(board.send(phone, writer('sam01'))).toBeInstanceOf(SchemaViolation);

    const kiosk = board.device();
    insertListContent(kiosk.getMap('visitor'), [1, 2, 3]);
    expect(board.send(kiosk, writer('kiosk1', 'kiosk'))).toBeInstanceOf(SchemaViolation);

    const settings = serverCopy('settings', NOW);
    const admin = settings.device();
    insertListContent(admin.getMap('settings'), ['hidden']);
    expect(settings.send(admin, writer('admin1', 'admin'))).toBeInstanceOf(SchemaViolation);
  });
});

describe('per-day records carry their day in their id', () => {
  it.each([
    ['choreDone', 'chore1', 'chore1_2026-03-30', { by: 'sam01', at: NOW }],
    ['choreClaims', 'chore1_sam01', 'chore1_2026-03-30', { by: 'sam01' }],
    ['groupDays', 'group1', 'group1_2026-03-30', { cancelled: true }],
    ['choreThanks', 'chore1_2026-03-30', 'chore1_2026-03-30_sam01', { at: NOW }],
    ['groupComing', 'group1_sam01', 'group1_2026-03-30_sam01', { at: NOW }],
  ])(
    'a %s record without its day (%s) is refused; with it (%s) it passes',
    (name, bad, good, fields) => {
      const server = serverCopy('board', NOW);
      const phone = server.device();
      rawRecord(phone, name, bad, fields);
      // Stored, it would vanish at the next tidying, which forgets records by their day.
      expect(server.send(phone, writer('sam01'))).toBeInstanceOf(SchemaViolation);

      const other = server.device();
      rawRecord(other, name, good, fields);
      expect(server.send(other, writer('sam01'))).toBeUndefined();
      expect(server.doc.getMap(name).has(good)).toBe(true);
      expect(server.doc.getMap(name).has(bad)).toBe(false);
    },
  );
});

describe('what stands where a record belongs', () => {
  it.each([
    ['an empty list', () => new Y.Array()],
    ['an empty text', () => new Y.Text()],
    ['a list with content', () => Y.Array.from([1, 2])],
    ['a number', () => 42],
  ])('%s in place of a chore is refused as a schema problem, not a crash', (_what, make) => {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    phone.getMap('chores').set('chore1', make());
    expect(server.send(phone, writer('sam01'))).toBeInstanceOf(SchemaViolation);
    expect(server.doc.getMap('chores').size).toBe(0);
  });
});

describe('edits in place', () => {
  it("a resident renames a chore and moves a group's time on the board's own records", () => {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    const choreId = choreRecords(phone).add(chore);
    const groupId = groupRecords(phone).add({
      title: 'Art',
      schedule: { kind: 'daily' },
      start: '10:00',
      end: '11:00',
    });
    expect(server.send(phone, writer('sam01'))).toBeUndefined();

    const other = server.device();
    choreRecords(other).update(choreId, { title: 'Dishes after dinner' });
    groupRecords(other).update(groupId, { start: '14:00', end: '15:30' });
    expect(server.send(other, writer('alex02'))).toBeUndefined();
    expect(choreRecords(server.doc).get(choreId)?.title).toBe('Dishes after dinner');
    expect(groupRecords(server.doc).get(groupId)).toMatchObject({ start: '14:00', end: '15:30' });
  });

  it('an edit made offline to a chore the house has since forgotten is accepted quietly', () => {
    const server = serverCopy('board', NOW);
    const phone = server.device();
    const id = choreRecords(phone).add(chore);
    removeChore(phone, id, NOW);
    expect(server.send(phone, writer('sam01'))).toBeUndefined();

    // A phone offline since then brings the chore back and renames it…
    const offline = server.device();
    choreRecords(offline).update(id, { title: 'Dishes, please', removedAt: undefined });
    // …while the house forgot the chore a week after it was removed.
    expect(tidy(server.doc, 'board', NOW + 8 * DAY)).toBe(1);

    // Refusing the late edit would close the phone's connection, and it would send it again.
    expect(server.send(offline, writer('alex02'))).toBeUndefined();
    expect(choreRecords(server.doc).has(id)).toBe(false);
  });
});

describe('the staff document keeps its own rules', () => {
  it('staff who decide not to hand over take the waiting handoff away, from any staff phone', () => {
    const server = serverCopy('staff', NOW);
    const phone = server.device();
    const handoff = handOver(phone, 'shift01', 'Quiet night', NOW);
    expect(server.send(phone, writer('kai03', 'staff'))).toBeUndefined();

    // The board's "take off softly" rule is for records everyone writes; not for the staff's own.
    const otherPhone = server.device();
    otherPhone.getMap('handoffs').delete(handoff);
    expect(server.send(otherPhone, writer('kai03', 'staff'))).toBeUndefined();
    expect(server.doc.getMap('handoffs').size).toBe(0);
  });
});

describe('checks with a role only, or with no sender', () => {
  it('the whole stored board, pinned announcement and all, passes the check without a sender', () => {
    const doc = new Y.Doc();
    announcementRecords(doc).add({
      text: 'House meeting at 7',
      createdAt: NOW,
      expiresAt: NOW + DAY,
      pinned: true,
    });
    choreRecords(doc).add(chore);
    expect(() => validateDocument(doc, 'board')).not.toThrow();
  });

  it("a resident's phone may undo posting an announcement: taking it back passes the role check", () => {
    const doc = new Y.Doc();
    for (const name of DOC_MAPS.board) doc.getMap(name);
    const problems: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      try {
        validateChanges(doc, 'board', transaction, 'member', NOW);
      } catch (error) {
        problems.push(error);
      }
    });
    const id = announcementRecords(doc).add({
      text: 'Film night on Friday',
      createdAt: NOW,
      expiresAt: NOW + DAY,
    });
    announcementRecords(doc).remove(id);
    expect(problems).toEqual([]);
    expect(announcementRecords(doc).has(id)).toBe(false);
  });
});

describe('a refusal names what it refused, for the server log', () => {
  /** The refusal's message when `change` is sent by a resident's phone. */
  function refusedWith(change: (phone: Y.Doc) => void, kind: DocKind = 'board'): string {
    const server = serverCopy(kind, NOW);
    const phone = server.device();
    change(phone);
    const problem = server.send(phone, writer('sam01', kind === 'board' ? 'member' : 'admin'));
    expect(problem).toBeInstanceOf(SchemaViolation);
    return (problem as Error).message;
  }

  it('the map and the record, for a record that breaks its rules or is no record at all', () => {
    expect(refusedWith((p) => rawRecord(p, 'chores', 'chore7', { ...chore, title: 42 }))).toContain(
      'chores.chore7',
    );
    expect(refusedWith((p) => p.getMap('chores').set('chore8', 'a string'))).toContain(
      'chores.chore8',
    );
    expect(refusedWith((p) => rawRecord(p, 'chores', 'bad id!', chore))).toContain('chores');
    expect(refusedWith((p) => rawRecord(p, 'choreDone', 'chore1', { at: NOW }))).toContain(
      'choreDone',
    );
  });

  it('the field that holds a shared type, and the record that hides list content', () => {
    expect(
      refusedWith((p) => rawRecord(p, 'chores', 'chore9', { ...chore, area: new Y.Text('x') })),
    ).toContain('chores.chore9.area');
    expect(
      refusedWith((p) => {
        const record = new Y.Map<unknown>(Object.entries(chore));
        p.getMap('chores').set('chore10', record);
        insertListContent(record, ['x']);
      }),
    ).toContain('chores.chore10');
    expect(refusedWith((p) => insertListContent(p.getMap('groups'), ['x']))).toContain('groups');
  });

  it('a map the document does not hold, its name cut short so a long one cannot flood the log', () => {
    const message = refusedWith((p) => p.getMap(`diary${'x'.repeat(5000)}`).set('a', 1));
    expect(message).toContain('diary');
    expect(message.length).toBeLessThan(200);
  });

  it('the settings and the visitor map by name', () => {
    expect(refusedWith((p) => p.getMap('settings').set('textSize', 99), 'settings')).toContain(
      'settings',
    );
    expect(refusedWith((p) => p.getMap('visitor').set('until', 'soon'))).toContain('visitor');
  });

  it('what only staff may do, as the kind declares it', () => {
    const server = serverCopy('board', NOW);
    const staff = server.device();
    const id = announcementRecords(staff).add({
      text: 'House meeting at 7',
      createdAt: NOW,
      expiresAt: NOW + DAY,
    });
    expect(server.send(staff, writer('kai03', 'staff'))).toBeUndefined();
    const phone = server.device();
    announcementRecords(phone).update(id, { pinned: true });
    const problem = server.send(phone, writer('sam01'));
    expect((problem as Error).message).toContain(ANNOUNCEMENTS.staffFields!.pinned);
  });
});

// "What the board holds about me", as plain sections: the person's name entry, their devices,
// their chores, thanks, "I'm coming", announcements and shifts. Built from person-refs.ts, so it
// shows exactly what forgetting them would take. Instants are ISO strings and days YYYY-MM-DD,
// the same in the phone's page and in the file it downloads. Nothing of anyone else's is in it:
// a chore is its title and day, never who else is on its rota.

import { choreRecords } from './chore.ts';
import { groupRecords } from './group.ts';
import { dayIdOfRecordId, dayOfRecordId } from './ids.ts';
import { mealRecords } from './meal.ts';
import { type HouseDocs, type KindNaming, type NamingRecord, thingsNaming } from './person-refs.ts';
import { type NameDisplay, wallName } from './roles.ts';
import type { Day } from './time.ts';
import type { OwnDevice } from './wire.ts';

export interface AboutName {
  asWritten: string;
  nameDisplay: NameDisplay;
  /** How the wall shows it: as written, an initial; null when it does not show. */
  onTheWall: string | null;
  /** The pronouns on their latest shift that gave some. */
  pronouns?: string;
  awayUntil?: Day;
  /** Their birthday, a day and a month, if they gave it. */
  birthday?: { day: number; month: number };
  /** Whether the wall says it on the day (only with a birthday). */
  birthdayOnWall?: boolean;
}

export interface AboutDevice {
  id: string;
  role: OwnDevice['role'];
  thisDevice: boolean;
  joinedAt: string;
  lastSeenAt: string;
  letGoAt?: string;
}

/** A day's chore: its title (absent when the chore is no longer on the board) and the day. */
export interface ChoreDayItem {
  chore?: string;
  day: Day;
  /** When it was said, ticked or thanked, where the board keeps that. */
  at?: string;
  /** Taken back (un-ticked, "not after all"): the board keeps it for a while. */
  takenBackAt?: string;
}

export interface AboutPerson {
  madeAt: string;
  name?: AboutName;
  /** Undefined when the devices could not be asked for (offline). */
  devices?: AboutDevice[];
  chores: {
    saidYoudDo: ChoreDayItem[];
    ticked: ChoreDayItem[];
    rotas: Array<{ chore?: string; choreTakenOffAt?: string }>;
    turnsGivenToYou: ChoreDayItem[];
  };
  thanksYouGave: ChoreDayItem[];
  groupsYouAreComingTo: Array<{ group?: string; day: Day; at?: string; takenBackAt?: string }>;
  /** "I'll cook", "I'll eat" and "Not tonight", by day; whether the cook may see the name. */
  meals: Array<{
    meal?: 'dinner' | 'lunch';
    day: Day;
    said: 'cook' | 'eat' | 'notEating';
    showCook?: boolean;
    takenBackAt?: string;
  }>;
  /** Things on the shopping list and points on the agenda that carry their name. */
  listItems: Array<{ item: string; addedAt?: string }>;
  agendaPoints: Array<{ text: string; addedAt?: string }>;
  posted: Array<{
    text: string;
    signedAs?: string;
    postedAt?: string;
    until?: string;
    pinned: boolean;
    takenDownAt?: string;
  }>;
  shifts: Array<{
    start?: string;
    end?: string;
    endedAt?: string;
    pronouns?: string;
    upFor?: string;
  }>;
  handoffNotes: Array<{ at?: string; note?: string; takenOverAt?: string }>;
}

const iso = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 8.64e15
    ? new Date(value).toISOString()
    : undefined;
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Leaves out what is undefined, so the file and the page show the same keys. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Newest first, by a day or an instant; the rest in the order they came. */
function newestFirst<T>(items: T[], key: (item: T) => string | undefined): T[] {
  return items.sort((a, b) => (key(b) ?? '').localeCompare(key(a) ?? ''));
}

function recordsOf(found: Record<string, KindNaming>, kind: string): NamingRecord[] {
  return found[kind]?.records ?? [];
}

/** The item (chore, group) and day of a per-day record's id. */
function itemDay(id: string): { item: string; day: Day } | undefined {
  const dayId = dayIdOfRecordId(id);
  const day = dayOfRecordId(id);
  if (!dayId || !day) return undefined;
  return { item: dayId.slice(0, dayId.length - day.length - 1), day };
}

/** The birthday in a person's entry, as it is stored (a day and a month), when it is one. */
function birthdayOf(
  entry: Record<string, unknown>,
): Pick<AboutName, 'birthday' | 'birthdayOnWall'> {
  // The server checked it with birthdaySchema when it was written: only its shape is looked at.
  const { month, day } = (entry.birthday ?? {}) as Record<string, unknown>;
  if (!Number.isInteger(month) || !Number.isInteger(day)) return {};
  const birthday = { month: month as number, day: day as number };
  return { birthday, birthdayOnWall: entry.birthdayOnWall === true };
}

function name(found: Record<string, KindNaming>, pronouns?: string): AboutName | undefined {
  const entry = recordsOf(found, 'people')[0]?.fields;
  const asWritten = text(entry?.name);
  if (!entry || !asWritten) return undefined;
  const nameDisplay = (['full', 'initial', 'hidden'] as const).find((d) => d === entry.nameDisplay);
  const display = nameDisplay ?? 'full';
  return defined({
    asWritten,
    nameDisplay: display,
    onTheWall: wallName(display, asWritten) ?? null,
    pronouns,
    awayUntil: text(entry.awayUntil),
    ...birthdayOf(entry),
  });
}

export interface AboutOptions {
  /** This device's id, to mark it among theirs. */
  thisDevice?: string;
  /** Their devices as the server listed them; undefined when it could not be asked. */
  devices?: OwnDevice[];
  now: number;
}

/** What the board holds about a person, from the documents this screen has. */
export function aboutPerson(docs: HouseDocs, personId: string, options: AboutOptions): AboutPerson {
  const found = thingsNaming(docs, personId);
  const board = docs.board;
  const chores = board ? choreRecords(board) : undefined;
  const groups = board ? groupRecords(board) : undefined;
  const meals = board ? mealRecords(board) : undefined;
  const choreDay = ({ id, fields }: NamingRecord, at?: unknown): ChoreDayItem[] => {
    const where = itemDay(id);
    if (!where) return [];
    return [
      defined({
        chore: chores?.get(where.item)?.title,
        day: where.day,
        at: iso(at),
        takenBackAt: iso(fields.removedAt),
      }),
    ];
  };
  const byDay = (items: ChoreDayItem[]) => newestFirst(items, (item) => item.day);

  const shifts = newestFirst(
    recordsOf(found, 'shifts').map(({ fields }) =>
      defined({
        start: iso(fields.start),
        end: iso(fields.end),
        endedAt: iso(fields.endedAt),
        pronouns: text(fields.pronouns),
        upFor: text(fields.upFor),
      }),
    ),
    (shift) => shift.start,
  );
  const ownHandoffs = recordsOf(found, 'handoffs').filter(({ refs }) =>
    refs.some((ref) => ref.field === 'fromShift'),
  );

  return defined({
    madeAt: iso(options.now) ?? '',
    name: name(found, shifts.find((shift) => shift.pronouns)?.pronouns),
    // This device first, then the most recently used.
    devices: options.devices
      ?.slice()
      .sort(
        (a, b) =>
          Number(b.id === options.thisDevice) - Number(a.id === options.thisDevice) ||
          b.lastSeenAt - a.lastSeenAt,
      )
      .map((device) =>
        defined({
          id: device.id,
          role: device.role,
          thisDevice: device.id === options.thisDevice,
          joinedAt: iso(device.createdAt) ?? '',
          lastSeenAt: iso(device.lastSeenAt) ?? '',
          letGoAt: iso(device.revokedAt),
        }),
      ),
    chores: {
      saidYoudDo: byDay(recordsOf(found, 'choreClaims').flatMap((r) => choreDay(r))),
      ticked: byDay(recordsOf(found, 'choreDone').flatMap((r) => choreDay(r, r.fields.at))),
      rotas: recordsOf(found, 'chores').map(({ fields }) =>
        defined({ chore: text(fields.title), choreTakenOffAt: iso(fields.removedAt) }),
      ),
      turnsGivenToYou: byDay(recordsOf(found, 'choreTurns').flatMap((r) => choreDay(r))),
    },
    thanksYouGave: byDay(recordsOf(found, 'choreThanks').flatMap((r) => choreDay(r, r.fields.at))),
    groupsYouAreComingTo: newestFirst(
      recordsOf(found, 'groupComing').flatMap(({ id, fields }) => {
        const where = itemDay(id);
        if (!where) return [];
        return [
          defined({
            group: groups?.get(where.item)?.title,
            day: where.day,
            at: iso(fields.at),
            takenBackAt: iso(fields.removedAt),
          }),
        ];
      }),
      (item) => item.day,
    ),
    meals: newestFirst(
      [
        ...recordsOf(found, 'mealCooks').map((r) => ({ r, said: 'cook' as const })),
        ...recordsOf(found, 'mealEaters').map((r) => ({
          r,
          said: r.fields.answer === 'eat' ? ('eat' as const) : ('notEating' as const),
        })),
      ].flatMap(({ r, said }) => {
        const where = itemDay(r.id);
        // A cook record names its asked person too: only their own records are theirs here.
        if (!where || !r.refs.some((ref) => ref.how === 'id-suffix')) return [];
        const kind = meals?.get(where.item)?.kind;
        return [
          defined({
            meal: kind,
            day: where.day,
            said,
            showCook: said === 'eat' && r.fields.showCook === true ? true : undefined,
            takenBackAt: iso(r.fields.removedAt),
          }),
        ];
      }),
      (item) => item.day,
    ),
    listItems: newestFirst(
      recordsOf(found, 'shopping').map(({ fields }) =>
        defined({ item: text(fields.name) ?? '', addedAt: iso(fields.addedAt) }),
      ),
      (item) => item.addedAt,
    ),
    agendaPoints: newestFirst(
      recordsOf(found, 'agenda').map(({ fields }) =>
        defined({ text: text(fields.text) ?? '', addedAt: iso(fields.addedAt) }),
      ),
      (item) => item.addedAt,
    ),
    posted: newestFirst(
      recordsOf(found, 'announcements').map(({ fields }) =>
        defined({
          text: text(fields.text) ?? '',
          signedAs: text(fields.author),
          postedAt: iso(fields.createdAt),
          until: iso(fields.expiresAt),
          pinned: fields.pinned === true,
          takenDownAt: iso(fields.removedAt),
        }),
      ),
      (note) => note.postedAt,
    ),
    shifts,
    handoffNotes: newestFirst(
      ownHandoffs.map(({ fields }) =>
        defined({ at: iso(fields.at), note: text(fields.note), takenOverAt: iso(fields.takenAt) }),
      ),
      (handoff) => handoff.at,
    ),
  });
}

// What a screen may do to records on the board, judged in the transaction that applies its update:
// take them off only softly (`removedAt`), never wipe them; write only its own person's things
// (their name entry, thanks, "I'm coming", a `by` it signs with, a claim while it is up — the wall
// writes for no one); never put someone else's name to an announcement they wrote; never date a
// removal so far back that housekeeping forgets the record at once; and, unless staff, never pin
// or unpin — whether it edits fields in place or replaces the whole record.
import * as Y from 'yjs';
import { CHORE_TURNS, CHORES, onlyJoinedOrLeft, rotationTurn, turnOf } from './chore.ts';
import { RESTORE_DAYS } from './housekeeping.ts';
import type { HouseRules, RecordKind } from './records.ts';
import { isStaff, type Role } from './roles.ts';
import { fitsSchema } from './rules.ts';
import { english, type SentenceKey } from './sentences.ts';
import { addDays } from './time.ts';
import { CHORE_OFFERS, type ChoreOffer, isOpen, offerId } from './turn-offer.ts';
import { itemOf, keysEverSet } from './yjs-internals.ts';

/** Who sent an update, as the server knows them. */
export interface Writer {
  role: Role;
  /** The sender's person id: their device's id, which keys their `people` entry. */
  personId: string;
  /**
   * Yjs clients whose first change came from this device: a record one of them added may be
   * taken back whole (an undo on the spot), since nobody else has ever had it. Grows as the
   * device's screens start new clients; the server keeps it per device.
   */
  ownClients: Set<number>;
  /**
   * The house's settings as the server holds them at this moment (the wall may end visitor mode
   * only when the house lets it); undefined when they are not to hand, which allows no more.
   */
  house?: () => HouseRules | undefined;
}

/** The most Yjs clients remembered per device: a device starts one per screen load. */
const OWN_CLIENTS_KEPT = 64;

/**
 * A change to what is another person's (or, from the wall, anyone's): refused like a schema
 * break, and told to the sender's screen as its own sentence (close-codes.ts `NotYours`).
 */
export class NotYours {
  constructor(readonly words: string) {}
}

/** What a check found wrong, in words for the log; undefined when all is well. */
type Problem = string | NotYours | undefined;

/** Whether `item` was on the board just before `transaction` (present, not yet deleted). */
function liveBefore(item: Y.Item, transaction: Y.Transaction): boolean {
  const { client, clock } = item.id;
  if (clock >= (transaction.beforeState.get(client) ?? 0)) return false; // new in this one
  return !item.deleted || Y.isDeleted(transaction.deleteSet, item.id);
}

/** The entry that held `key` in `map` just before `transaction`, if any. */
function entryBefore(map: Y.Map<unknown>, key: string, transaction: Y.Transaction) {
  for (let item = keysEverSet(map).get(key) ?? null; item; item = item.left) {
    if (item.parentSub === key && liveBefore(item, transaction)) return item;
  }
  return undefined;
}

function contentOf(item: Y.Item): unknown {
  const content = item.content.getContent();
  return content[content.length - 1];
}

/** A field's value just before the transaction (deleted content is still readable until gc). */
export function fieldBefore(record: Y.Map<unknown>, key: string, transaction: Y.Transaction) {
  const item = entryBefore(record, key, transaction);
  return item && contentOf(item);
}

/** A record's fields just before the transaction, and the entry that held it; or undefined. */
export function recordBefore(records: Y.Map<unknown>, id: string, transaction: Y.Transaction) {
  const entry = entryBefore(records, id, transaction);
  const record = entry && contentOf(entry);
  if (!entry || !(record instanceof Y.Map)) return undefined;
  const fields: Record<string, unknown> = {};
  for (const key of keysEverSet(record).keys()) {
    const value = fieldBefore(record, key, transaction);
    if (value !== undefined) fields[key] = value;
  }
  return { fields, creator: entry.id.client };
}

type Fields = Record<string, unknown>;

/** Whether a record was made by one of this device's own Yjs clients. */
function own(creator: number | undefined, writer: Writer): boolean {
  return creator !== undefined && writer.ownClients.has(creator);
}

/**
 * A kind whose `by` says whose words a record is (`owner: 'author'`, announcements) keeps its
 * author while it is on the board; taken off, it may be reposted. (Who ticked or claimed a chore
 * may be replaced by a later tick or claim.)
 */
function checkOwner(kind: RecordKind, before: Fields, after: Fields): Problem {
  if (kind.owner !== 'author' || before.removedAt !== undefined || before.by === undefined) return;
  if (after.by !== before.by)
    return new NotYours(`${kind.name}: a record cannot be handed to someone else`);
}

const DAY_MS = 86_400_000;
/**
 * Housekeeping forgets a record `RESTORE_DAYS` after its `removedAt`: a screen may date a removal
 * back (a phone offline for a few days), but never so far that the house would have less than
 * this long to bring the record back.
 */
export const RESTORE_DAYS_KEPT = 2;

function checkRemovedAt(
  kind: RecordKind,
  before: Fields | undefined,
  after: Fields,
  now: number,
  own: boolean,
) {
  const at = after.removedAt;
  // What a device added itself it may wipe outright, so it may date its removal as it likes.
  if (own || typeof at !== 'number' || at === before?.removedAt) return;
  if (at < now - (RESTORE_DAYS - RESTORE_DAYS_KEPT) * DAY_MS)
    return `${kind.name}: a removal dated so far back would be forgotten before anyone could bring it back`;
}

/** Staff-only fields (pinning an announcement) set or changed by replacing the whole record. */
export function checkPin(kind: RecordKind, before: Fields | undefined, after: Fields, role: Role) {
  if (!kind.staffFields || isStaff(role)) return;
  for (const [field, what] of Object.entries(kind.staffFields)) {
    if (role === 'kiosk' && kind.wallFields?.includes(field)) continue;
    const changed = before ? before[field] !== after[field] : field in after;
    if (changed) return `only staff can ${what}`;
  }
}

/** The person a record belongs to by its id: their name entry, or their per-day record. */
function ownerById(kind: RecordKind, id: string): string | undefined {
  if (kind.owner !== 'person') return undefined;
  return kind.perDay === 'person-day' ? id.slice(id.lastIndexOf('_') + 1) : id;
}

/**
 * A person's own records (their name entry; their thanks and "I'm coming", whose ids end with
 * their id) are written only by their own devices, new or old: staff have no more say over them
 * than anyone else, and the wall, which writes for no one, has none.
 */
function checkPerson(kind: RecordKind, id: string, writer: Writer): Problem {
  const owner = ownerById(kind, id);
  if (owner === undefined) return;
  if (writer.role === 'kiosk') return new NotYours(`${kind.name}: the wall writes for no one`);
  if (owner !== writer.personId)
    return new NotYours(`${kind.name}: only a person's own devices change this`);
}

/** A `by` a screen signs with (`signed`) is its own person; the wall signs with none. */
function checkSigned(
  kind: RecordKind,
  before: Fields | undefined,
  after: Fields | undefined,
  writer: Writer,
) {
  if (!kind.signed || after?.by === undefined || after.by === before?.by) return;
  if (writer.role === 'kiosk' || after.by !== writer.personId)
    return new NotYours(`${kind.name}: a screen can only sign with its own person`);
}

/** A claim that is up (`owner: 'claimant'`) is changed or taken back only by its claimant. */
function checkClaim(
  kind: RecordKind,
  before: Fields | undefined,
  after: Fields | undefined,
  writer: Writer,
) {
  if (kind.owner !== 'claimant' || !before || before.removedAt !== undefined) return;
  if (before.by === undefined || before.by === writer.personId) return;
  if (after && after.by === before.by && after.removedAt === undefined) return; // untouched
  return new NotYours(`${kind.name}: only the person who said so can take it back`);
}

/**
 * A record added, replaced or taken away under `id` in a map of records. `after` is what the
 * map holds now (undefined when the key was deleted).
 */
export function checkRecordWrite(
  kind: RecordKind,
  id: string,
  after: Fields | undefined,
  transaction: Y.Transaction,
  writer: Writer,
  now: number,
): Problem {
  const map = transaction.doc.getMap(kind.name);
  const before = recordBefore(map, id, transaction);
  if (before === undefined && after === undefined) return; // added and gone in one update
  const person = checkPerson(kind, id, writer);
  if (person) return person;
  if (after === undefined) {
    // Wiped: only an undo, on the spot, of a record this device added itself.
    if (own(before!.creator, writer)) return;
    return `${kind.name}: records can only be taken off softly, so they can be brought back`;
  }
  return (
    checkSigned(kind, before?.fields, after, writer) ??
    checkClaim(kind, before?.fields, after, writer) ??
    (before && checkOwner(kind, before.fields, after)) ??
    // A new record is the sender's own.
    checkRemovedAt(kind, before?.fields, after, now, !before || own(before.creator, writer)) ??
    checkPin(kind, before?.fields, after, writer.role) ??
    checkTurnRights(kind, id, before?.fields, after, transaction, writer, now)
  );
}

/** Fields changed in place inside a record that was already on the board. */
export function checkFieldWrite(
  kind: RecordKind,
  id: string,
  record: Y.Map<unknown>,
  keys: Set<string | null>,
  transaction: Y.Transaction,
  writer: Writer,
  now: number,
): Problem {
  const person = checkPerson(kind, id, writer);
  if (person) return person;
  const turns = checkTurnFieldWrite(kind, id, record, transaction, writer, now);
  if (turns) return turns;
  if (!keys.has('by') && !keys.has('removedAt')) return;
  const before: Fields = {};
  for (const key of ['by', 'removedAt']) before[key] = fieldBefore(record, key, transaction);
  const after = record.toJSON() as Fields;
  return (
    checkSigned(kind, before, after, writer) ??
    checkClaim(kind, before, after, writer) ??
    (keys.has('by') ? checkOwner(kind, before, after) : undefined) ??
    checkRemovedAt(kind, before, after, now, own(itemOf(record)?.id.client, writer))
  );
}

/** Remembers the Yjs clients an accepted update started (their first change came in it). */
export function rememberNewClients(writer: Writer, transaction: Y.Transaction): void {
  for (const client of transaction.afterState.keys()) {
    if (transaction.beforeState.has(client)) continue;
    writer.ownClients.add(client);
    if (writer.ownClients.size > OWN_CLIENTS_KEPT) {
      const oldest = writer.ownClients.values().next().value as number;
      writer.ownClients.delete(oldest);
    }
  }
}

// Yes before a turn is yours (turn-offer.ts): nobody puts anyone else on a rota or takes them off
// it, a day's turn moves only to the person who says yes to a swap, and an offer is made only by
// the person offering and answered only by the person asked. Staff have no more power here than
// anyone; the kiosk, which writes for nobody, changes no rota, turn or offer.

const refused = (key: SentenceKey) => english({ key });

/** What a record of the chores, their turns or their offers needs; undefined when all is well. */
function checkTurnRights(
  kind: RecordKind,
  id: string,
  before: Fields | undefined,
  after: Fields,
  transaction: Y.Transaction,
  writer: Writer,
  now: number,
): Problem {
  if (kind.name === CHORES.name) return checkRotation(before, after, writer);
  if (kind.name === CHORE_TURNS.name) return checkTurn(id, before, after, transaction, writer);
  if (kind.name === CHORE_OFFERS.name)
    return checkOffer(id, before, after, transaction.doc, writer, now);
}

/** The same, for fields changed in place in a record that was already on the board. */
function checkTurnFieldWrite(
  kind: RecordKind,
  id: string,
  record: Y.Map<unknown>,
  transaction: Y.Transaction,
  writer: Writer,
  now: number,
): Problem {
  if (![CHORES.name, CHORE_TURNS.name, CHORE_OFFERS.name].includes(kind.name)) return;
  const before: Fields = {};
  for (const key of keysEverSet(record).keys()) {
    const value = fieldBefore(record, key, transaction);
    if (value !== undefined) before[key] = value;
  }
  const after = record.toJSON() as Fields;
  return checkTurnRights(kind, id, before, after, transaction, writer, now);
}

const listOf = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

/** A rota changes only by the writer joining or leaving it; a new chore starts with its maker at most. */
function checkRotation(before: Fields | undefined, after: Fields, writer: Writer): Problem {
  const was = listOf(before?.rotation);
  const is = listOf(after.rotation);
  if (JSON.stringify(was) === JSON.stringify(is)) return;
  if (writer.role === 'kiosk' || !onlyJoinedOrLeft(was, is, writer.personId))
    return refused('rotaOnlyYourself');
}

/**
 * Swap offers to the writer that they said yes to in this very change: a turn moves in the same
 * change as the yes that allows it, so each yes moves it once.
 */
function swapsAcceptedNow(transaction: Y.Transaction, writer: Writer): ChoreOffer[] {
  const offers = transaction.doc.getMap(CHORE_OFFERS.name);
  const accepted: ChoreOffer[] = [];
  for (const [id, record] of offers.entries()) {
    if (!(record instanceof Y.Map)) continue;
    const offer = record.toJSON() as ChoreOffer;
    if (offer.what !== 'swap' || offer.to !== writer.personId || offer.answer !== 'accepted')
      continue;
    if (offerId(offer) !== id || !recordBefore(offers, id, transaction)) continue;
    if (fieldBefore(record, 'answer', transaction) === undefined) accepted.push(offer);
  }
  return accepted;
}

/**
 * A day's turn (`<chore>_<day>`) goes to the writer only with their yes to a swap of that day; or
 * to the one who asked, on the writer's own next turn within two weeks, with that same yes.
 */
function checkTurn(
  id: string,
  before: Fields | undefined,
  after: Fields,
  transaction: Y.Transaction,
  writer: Writer,
): Problem {
  if (before?.to === after.to) return;
  const [, chore, day] = id.match(/^(.*)_(\d{4}-\d{2}-\d{2})$/) ?? [];
  const swaps = writer.role === 'kiosk' || !day ? [] : swapsAcceptedNow(transaction, writer);
  const allowed =
    after.to === writer.personId
      ? swaps.some((offer) => offer.chore === chore && offer.day === day)
      : swaps.some(
          (offer) =>
            offer.chore === chore &&
            offer.from === after.to &&
            day! > offer.day &&
            day! <= addDays(offer.day, 14) &&
            turnBefore(transaction.doc, chore!, day!, before) === writer.personId,
        );
  if (!allowed) return refused('turnNeedsYes');
}

/** Whose turn a day was before this change: its swap record then, or the rota. */
function turnBefore(doc: Y.Doc, choreId: string, day: string, before: Fields | undefined) {
  if (typeof before?.to === 'string') return before.to;
  const chore = doc.getMap(CHORES.name).get(choreId);
  if (!(chore instanceof Y.Map)) return undefined;
  const fields = chore.toJSON();
  return fitsSchema(CHORES, fields) ? rotationTurn(doc, fields as never, day) : undefined;
}

const OFFER_KEEPS = ['what', 'chore', 'day', 'from', 'to', 'at'] as const;

/**
 * An offer is made (or made again) only by its `from`, a swap only of their own turn; it is
 * answered only by its `to`, once, while it is open; what it is, from and to whom never change
 * (its id says them).
 */
function checkOffer(
  id: string,
  before: Fields | undefined,
  after: Fields,
  doc: Y.Doc,
  writer: Writer,
  now: number,
): Problem {
  const offer = after as ChoreOffer;
  const me = writer.personId;
  if (writer.role === 'kiosk' || offerId(offer) !== id || offer.from === offer.to)
    return refused('offerNotYours');
  if (me === offer.from) {
    if (offer.answer !== undefined && offer.answer !== before?.answer)
      return refused('offerNotYours');
    if (
      offer.what === 'swap' &&
      offer.answer === undefined &&
      turnOf(doc, offer.chore, offer.day) !== me
    )
      return refused('turnNeedsYes');
    return;
  }
  if (me !== offer.to || !before) return refused('offerNotYours');
  if (OFFER_KEEPS.some((key) => before[key] !== after[key])) return refused('offerNotYours');
  if (before.answer !== undefined || offer.answer === undefined) return refused('offerNotYours');
  const timeZone = writer.house?.()?.timeZone ?? 'UTC';
  if (!isOpen(before as ChoreOffer, now, timeZone)) return refused('offerGone');
}

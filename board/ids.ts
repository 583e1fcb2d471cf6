// Item ids: random, so two devices adding at once never pick the same one.

export function newId(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 16);
}

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** A person's id (their device's id): short and without "_", so it can end a record id. */
export const PERSON_ID_PATTERN = /^[A-Za-z0-9-]{1,24}$/;

/** The day inside a per-day record id (`<item>_<YYYY-MM-DD>[_<person>]`). */
export function dayOfRecordId(id: string): string | undefined {
  return id.match(/_(\d{4}-\d{2}-\d{2})(?:_|$)/)?.[1];
}

/** The day's part of a per-day record id: `<item>_<YYYY-MM-DD>`, without a person after it. */
export function dayIdOfRecordId(id: string): string | undefined {
  return id.match(/^(.*?_\d{4}-\d{2}-\d{2})(?:_|$)/)?.[1];
}

const DAY = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
/** A per-day record: `<item>_<YYYY-MM-DD>` (a day's chore or group meeting). */
export const DAY_RECORD_ID_PATTERN = new RegExp(`^[A-Za-z0-9_-]+_${DAY}$`);
/** A person's per-day record: `<item>_<YYYY-MM-DD>_<person>` (a thanks, an "I'm coming"). */
export const PERSON_DAY_RECORD_ID_PATTERN = new RegExp(
  `^[A-Za-z0-9_-]+_${DAY}_[A-Za-z0-9-]{1,24}$`,
);

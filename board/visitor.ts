// Visitor mode: one tap hides every name on the wall (initials at most) while visitors pass
// through. It lives in the board document so the kiosk itself can switch it on; it ends by itself
// after two hours. Ending it early is for staff — and for the wall too, when the house lets it
// (settings.ts `visitorEndsOnWall`); the server refuses everyone else.
import type * as Y from 'yjs';
import type * as z from 'zod/mini';
import { boardNow } from './clock.ts';
import { recordKind } from './records.ts';
import type * as S from './visitor-schema.ts';

export const VISITOR_MODE_HOURS = 2;

/**
 * One map of fields in the board. Not undoable: taking back "on" would end it early, which is
 * for staff. Switching on sets the end about two hours ahead; anything sooner is ending it early.
 */
export const VISITOR = recordKind<z.infer<typeof S.visitorSchema>>({
  name: 'visitor',
  doc: 'board',
  shape: 'fields',
  undoable: false,
  nonStaffCheck: (map, now, { role, house }) => {
    const until = map.get('until');
    if (typeof until === 'number' && until >= now + 30 * 60_000) return;
    // The wall ends it outright (two taps there), never by moving its end closer.
    if (role === 'kiosk' && until === undefined && house?.visitorEndsOnWall) return;
    return role === 'kiosk' && until === undefined
      ? 'the house lets only staff end visitor mode'
      : 'only staff can end visitor mode early';
  },
});

function visitorMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(VISITOR.name);
}

/** Until when visitor mode is on, if it is on at `now`. */
export function visitorModeUntil(doc: Y.Doc, now: number): number | undefined {
  const until = visitorMap(doc).get('until');
  return typeof until === 'number' && until > now ? until : undefined;
}

export function visitorModeOn(doc: Y.Doc, now: number): boolean {
  return visitorModeUntil(doc, now) !== undefined;
}

export function setVisitorMode(
  doc: Y.Doc,
  on: boolean,
  now = boardNow(),
  hours = VISITOR_MODE_HOURS,
) {
  if (on) visitorMap(doc).set('until', now + hours * 3_600_000);
  else visitorMap(doc).delete('until');
}

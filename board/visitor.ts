// Visitor mode: one tap hides every name on the wall (initials at most) while visitors pass
// through. It lives in the board document so the kiosk itself can switch it on; switching it off
// early is for staff (the server refuses others), and it ends by itself after two hours.
import type * as Y from 'yjs';
import { z } from 'zod';

export const VISITOR_MODE_HOURS = 2;

export const visitorSchema = z
  .object({ until: z.number().int().nonnegative().optional() })
  .strict();

function visitorMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('visitor');
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
  now = Date.now(),
  hours = VISITOR_MODE_HOURS,
) {
  if (on) visitorMap(doc).set('until', now + hours * 3_600_000);
  else visitorMap(doc).delete('until');
}

// Something a screen keeps on the device in step with its house: written a while after each
// change (a burst of edits once), and when the page goes away with a write still waiting. Used
// by the plain copy (ui/plain-copy-keeper.ts) and the wall's own copy (kiosk/wall-copy.ts).
import type { HouseConnection } from './house-connection.ts';

export interface AfterChangesOptions {
  /** How long after the last change the write comes. */
  afterMs: number;
  /** Write at once as well (else the first write comes `afterMs` after the start). */
  writeNow?: boolean;
}

/**
 * Calls `write` `afterMs` after each change to any of the house's documents, and on pagehide
 * when one is waiting; stops by itself once the house is closed. Returns a function that stops.
 */
export function afterHouseChanges(
  house: Pick<HouseConnection, 'docs' | 'closed'>,
  write: () => void,
  { afterMs, writeNow = false }: AfterChangesOptions,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const docs = Object.values(house.docs);
  const writeNowOrStop = () => {
    clearTimeout(timer);
    timer = undefined;
    if (house.closed) stop();
    else write();
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(writeNowOrStop, afterMs);
  };
  const pageHides = () => {
    if (timer !== undefined) writeNowOrStop();
  };
  for (const doc of docs) doc.on('update', soon);
  globalThis.addEventListener?.('pagehide', pageHides);
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
    for (const doc of docs) doc.off('update', soon);
    globalThis.removeEventListener?.('pagehide', pageHides);
  };
  if (writeNow) writeNowOrStop();
  else soon();
  return stop;
}

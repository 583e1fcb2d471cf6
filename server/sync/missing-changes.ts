// Whether an update builds on changes the server never received. Such content cannot be checked
// against the board's schema (Yjs would keep it aside until what it builds on arrives), so the
// server holds it a moment (held-updates.ts) and then refuses it (shared-document.ts).
import * as Y from 'yjs';

/** Why an update that builds on changes the server never received is refused. */
export const BUILDS_ON_MISSING = 'an update builds on changes this screen never sent';

/**
 * Whether the update refers to anything the document lacks and the update does not carry: an
 * earlier clock of one of its clients, an item it is placed next to or in, or a deleted range.
 */
export function buildsOnMissing(update: Uint8Array, doc: Y.Doc): boolean {
  const { from, to } = Y.parseUpdateMeta(update);
  for (const [client, clock] of from) if (clock > Y.getState(doc.store, client)) return true;
  const known = (client: number, clock: number) =>
    clock < Y.getState(doc.store, client) ||
    (clock >= (from.get(client) ?? Number.POSITIVE_INFINITY) && clock < (to.get(client) ?? 0));
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    for (const id of [struct.origin, struct.rightOrigin, struct.parent])
      if (id instanceof Y.ID && !known(id.client, id.clock)) return true;
  }
  for (const [client, ranges] of ds.clients)
    for (const { clock, len } of ranges) if (!known(client, clock + len - 1)) return true;
  return false;
}

// Forgetting for good reaches every copy the house controls. When a person has left and the
// server has changed a document so it no longer names them (a server-side transaction on the live
// document: Yjs, with gc on, keeps nothing of deleted content), this makes the history go too:
// the store's log is folded into one snapshot of the document as it is now and keeps nothing
// before it, the store's own files are rewritten without what was deleted (SQLite: VACUUM and
// an emptied write-ahead log; Redis: the stream copied without it, the AOF rewritten), and the
// screens open on the document connect again, which makes each one compact its own copy in
// IndexedDB (ui/connection.ts). Screens that are away compact theirs when they next connect.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log.ts';
import type { DocumentRegistry } from './registry.ts';

export interface ForgetHistoryOptions {
  /**
   * With a store shared by several server nodes: how long the other nodes get to read the last
   * entries of the log before it is cut, which it is without the usual margin. 1 s by default.
   */
  settleMs?: number;
  log?: Logger;
}

const SETTLE_MS = 1_000;

/**
 * Call right after the change that forgot (e.g. `registry.change(name, deletePerson)`), once per
 * purge, with every document that change touched (`docName(houseId, 'board')`, `…'staff'`).
 * Resolves once the store's log and files hold nothing of what the documents no longer hold;
 * rejects if the store could not do it (the documents carry on; calling again is safe).
 */
export async function forgetHistory(
  registry: DocumentRegistry,
  docNames: string | readonly string[],
  options: ForgetHistoryOptions = {},
): Promise<void> {
  const names = typeof docNames === 'string' ? [docNames] : [...docNames];
  for (const name of names) {
    await registry.using(name, async (document) => {
      await document.flush(); // the change that forgot is stored first
      if (registry.store.shared) await sleep(options.settleMs ?? SETTLE_MS);
      await document.forgetHistory(); // and its screens, on every node, connect again
    });
  }
  await registry.store.scrub?.();
  options.log?.info({ docs: names }, 'history forgotten');
}

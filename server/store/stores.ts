// The stores one server runs on, opened together on one backend (SQLite or Redis) and closed
// together: documents, houses and access always live in the same place.
import type { AccessStore } from './access-store.ts';
import type { DocumentStore } from './document-store.ts';
import type { HouseStore } from './house-store.ts';
import type { RedisClient } from './redis/client.ts';
import type { StoreBackup } from './store-contents.ts';

export interface Stores {
  documents: DocumentStore;
  houses: HouseStore;
  access: AccessStore;
  /**
   * Set on Redis: the connection socket.io's adapter fans out through, this node's id, and how
   * far behind it reads the other nodes' entries (seconds, since last asked).
   */
  redis?: { adapter: RedisClient; nodeId: string; readLag: () => number };
  /** Reading and writing everything at once, for backup and restore (server/backup/). */
  backup?: StoreBackup;
  /**
   * Who serves this store. A starting server calls `claim` once: it refuses (one line) a store
   * that must not be served as it is, and marks the store as in use by this process until
   * close(). The command line asks `runningServer` before it replaces what a store holds: one
   * line naming the server that uses it now, or undefined when none does.
   */
  serving?: { claim(): Promise<void>; runningServer(): Promise<string | undefined> };
  /** Closes every store and connection (and lets go of the claim); safe to call more than once. */
  close(): Promise<void>;
}

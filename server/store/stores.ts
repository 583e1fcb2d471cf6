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
  /** Closes every store and connection; safe to call more than once. */
  close(): Promise<void>;
}

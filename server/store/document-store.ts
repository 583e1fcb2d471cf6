// The one interface the sync core stores documents through: a log of updates per document and a
// snapshot that compaction folds it into. sqlite/ and redis/ implement it; the core never knows
// which it has, only whether the store is shared between server nodes.

/** Where an entry sits in a document's log; positions of one document compare in log order. */
export type Position = string;

export interface StoredDocument {
  /** Oldest first: the snapshot (if any), then the updates stored after it. */
  updates: Uint8Array[];
  /**
   * The position of the last entry these updates cover; for a document with nothing stored, a
   * position before any entry ('' on SQLite, '0-0' on Redis).
   */
  position: Position;
}

export interface StoredEntry {
  update: Uint8Array;
  position: Position;
  /** Written by this server node (already applied here). */
  own: boolean;
  /**
   * Not an update: the node that wrote it has forgotten the document's history (`forget`), so
   * every node asks its screens to connect again. `update` is empty.
   */
  forgotten?: boolean;
}

export interface DocumentStore {
  /**
   * Whether several server nodes share this store (Redis: true; SQLite: false). A shared store
   * offers `watch`, and a document's position comes from what the store reports back.
   */
  readonly shared: boolean;
  /** Everything stored for a document, with the position it reaches. */
  load(docName: string): Promise<StoredDocument>;
  /** Stores one update durably; resolves with its position once it would survive a crash. */
  append(docName: string, update: Uint8Array): Promise<Position>;
  /**
   * Stores several updates of one document in one durable write (a group commit), in order;
   * resolves with the last one's position once all of them would survive a crash.
   */
  appendAll(docName: string, updates: readonly Uint8Array[]): Promise<Position>;
  /**
   * Replaces the log up to `upTo` with one snapshot, which must contain every entry up to there.
   * Entries after `upTo` stay.
   */
  compact(docName: string, snapshot: Uint8Array, upTo: Position): Promise<void>;
  /**
   * Compaction done by the store itself, off the event loop (SQLite: its own thread reads and
   * folds the log, store-thread.ts): replaces the log, as far as it reaches when read, with one
   * snapshot, as `compact` does, without the server encoding the document. Entries stored
   * meanwhile stay. Resolves with how many updates it folded in: 0 when there were none, or when
   * a compaction or a forget wrote first (its snapshot stands).
   */
  compactLog?(docName: string): Promise<number>;
  /**
   * Forgetting for good (after a person left and the document was changed to no longer name
   * them): replaces the log up to `upTo` with `snapshot` like `compact`, keeping nothing of the
   * log up to there — not even the entries `compact` keeps a while for slow readers — and
   * leaving none of it behind in the store's own structures. Entries after `upTo` stay. A shared
   * store then tells every node watching the document (a `forgotten` entry).
   */
  forget?(docName: string, snapshot: Uint8Array, upTo: Position): Promise<void>;
  /**
   * Makes what the store has deleted unrecoverable from the files it keeps (SQLite: free pages
   * and the write-ahead log; Redis: the append-only file and any RDB snapshot), resolving once
   * that is done. Slow on a big store: run after `forget`, never inside an edit's write.
   */
  scrub?(): Promise<void>;
  /**
   * Stores shared by several server nodes: calls back, in log order, with every entry stored
   * after `from` (by any node) until the returned function is called. Offered only when `shared`.
   */
  watch?(docName: string, from: Position, onEntries: (entries: StoredEntry[]) => void): () => void;
  /** Resolves while the store answers; rejects when it does not. */
  ping(): Promise<void>;
  /**
   * Stops what this store runs itself: on SQLite the file (which the house and access stores
   * share), on Redis the stream reader. Closing the whole set (`Stores.close`) ends everything.
   */
  close(): Promise<void>;
}

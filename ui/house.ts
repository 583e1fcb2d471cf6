// What a screen's views read of a house: its three documents and how its connection is doing.
// A live house (ui/house-connection.ts) is one; so is the wall's first paint from its plain copy
// (ui/plain-copy.ts), which reads as a house not yet on its way to the server. Only what this
// names is read by the views, so the first paint needs none of Yjs.
import type * as Y from 'yjs';
import type { CloseReason, DocKind } from '../board/index.ts';

export interface House extends EventTarget {
  readonly houseId: string;
  readonly docs: Record<DocKind, Y.Doc>;
  /** Every document is connected, in step with the server, and the server answers. */
  readonly live: boolean;
  /** A connection to the server has ended (it could not be reached, or it dropped). */
  readonly failed: boolean;
  /** Why the server closed a connection, until the documents sync again. */
  readonly problem?: CloseReason;
  /** When every document was last known to match the server. */
  readonly lastSyncedAt?: number;
  /** Since when the board has not been in step with the server; undefined while live. */
  readonly offlineSince?: number;
  /** The sync sockets have been opened. */
  readonly online: boolean;
}

// What waits in the server's memory to be sent to a screen. A screen that stops reading must
// not make the node hold its messages without end: each socket may have only so much waiting,
// and all slow sockets of this process together only so much more.
import type { WebSocket } from 'ws';

/**
 * More than this waiting for a socket (beyond the largest message it was sent, so a board bigger
 * than this still reaches a slow phone), and nothing more is queued: the socket is let go.
 */
export const SOCKET_BACKLOG_LIMIT = 8 * 1024 * 1024;
/** A socket with more than this waiting counts as slow… */
export const SLOW_AFTER = 256 * 1024;
/** …and all slow sockets together may have this much waiting before the slow ones are let go. */
export const SLOW_PEERS_LIMIT = 64 * 1024 * 1024;

/** A socket that does not read what the server sends it. */
export class SlowReader extends Error {
  override name = 'SlowReader';
}

/** The process's sockets that had more than `SLOW_AFTER` waiting when last written to. */
const slowOutboxes = new Set<Outbox>();

/** What all slow sockets have waiting; those that drained meanwhile are no longer counted. */
function waitingOnSlowSockets(): number {
  let total = 0;
  for (const outbox of slowOutboxes) {
    const waiting = outbox.waiting;
    if (waiting <= SLOW_AFTER) slowOutboxes.delete(outbox);
    else total += waiting;
  }
  return total;
}

export class Outbox {
  private largest = 0;

  constructor(private readonly socket: WebSocket) {}

  /** Bytes written to the socket that the peer has not taken yet (beyond what the OS holds). */
  get waiting(): number {
    return this.socket.bufferedAmount;
  }

  /** Whether what was sent before is still waiting: the peer is not keeping up. */
  get backedUp(): boolean {
    return this.waiting > SLOW_AFTER;
  }

  /**
   * Checks that `bytes` more may be queued; throws `SlowReader` when the socket has not drained.
   * One message always fits an empty outbox, however large (a whole board's first sync).
   */
  admit(bytes: number): void {
    const waiting = this.waiting;
    if (waiting > SOCKET_BACKLOG_LIMIT + this.largest)
      throw new SlowReader(`${waiting} bytes not read by the screen`);
    this.largest = Math.max(this.largest, bytes);
    if (waiting + bytes <= SLOW_AFTER) {
      slowOutboxes.delete(this);
      return;
    }
    slowOutboxes.add(this);
    // Past the shared limit, the sockets that already have a backlog go first.
    if (waiting > SLOW_AFTER && waitingOnSlowSockets() + bytes > SLOW_PEERS_LIMIT)
      throw new SlowReader(`slow screens hold ${waitingOnSlowSockets()} bytes`);
  }

  /** The socket closed: its backlog is freed with it. */
  forget(): void {
    slowOutboxes.delete(this);
  }
}

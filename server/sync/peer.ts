// What a shared document knows of a screen connected to it: whose device it is, the presence ids
// it brought in, and how to send it something. The document depends on this, never on the
// socket behind it, so the sync core's pieces import in one direction only.
import type { CloseReason } from '../../board/close-codes.ts';
import type { DeviceRecord } from '../store/access-store.ts';

export interface Peer {
  /** The document this screen has open, as `<house>/<kind>`. */
  readonly docName: string;
  /** The device on the other end: its role and id decide what it may write and whose it is. */
  readonly device: DeviceRecord;
  /** The presence ids this screen brought in: only it may change those states. */
  readonly awarenessClients: Set<number>;
  readonly isClosed: boolean;
  send(message: Uint8Array): void;
  /** Writes frames made once for every screen a broadcast reaches (`binaryFrame`). */
  sendFrames(frames: readonly Buffer[]): void;
  close(reason: CloseReason): void;
}

// Where a change to a shared document (or its awareness) came from.
import type { Peer } from './peer.ts';

export type TransactionOrigin =
  | { kind: 'connection'; connection: Peer }
  /** A change the server makes itself (seeding, maintenance). */
  | { kind: 'local' }
  /** A client's update, applied and checked against the schema in one transaction. */
  | { kind: 'accepted' }
  /** A change another server node stored: already durable, only to be relayed. */
  | { kind: 'remote' };

export const LOCAL_ORIGIN: TransactionOrigin = { kind: 'local' };
export const ACCEPTED_ORIGIN: TransactionOrigin = { kind: 'accepted' };
export const REMOTE_ORIGIN: TransactionOrigin = { kind: 'remote' };

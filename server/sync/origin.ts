// Where a change to a shared document came from. The document decides on it whom to relay to.
import type { SyncConnection } from './connection.ts';

export type TransactionOrigin =
  | { kind: 'connection'; connection: SyncConnection }
  /** A change the server makes itself (seeding, maintenance). */
  | { kind: 'local' }
  /** A change another server node stored: already durable, only to be relayed. */
  | { kind: 'remote' };

export const LOCAL_ORIGIN: TransactionOrigin = { kind: 'local' };
export const REMOTE_ORIGIN: TransactionOrigin = { kind: 'remote' };

export function isRemote(origin: unknown): boolean {
  return (origin as TransactionOrigin | null)?.kind === 'remote';
}

export function connectionOf(origin: unknown): SyncConnection | undefined {
  const o = origin as TransactionOrigin | null | undefined;
  return o && typeof o === 'object' && o.kind === 'connection' ? o.connection : undefined;
}

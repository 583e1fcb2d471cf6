// Presence (awareness) from the screens of one document. Each state is small, each screen sends
// a few a second, and a screen changes only the presence ids it brought in itself: nobody can
// flood the house's memory or overwrite, or take away, someone else's presence.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { TransactionOrigin } from './origin.ts';
import type { Peer } from './peer.ts';
import { ProtocolError } from './protocol.ts';
import { TokenBucket } from './rate.ts';

/** The most one presence state may take, as the JSON the protocol carries it in. */
export const MAX_PRESENCE_BYTES = 1024;
/** Presence ids one connection may bring in: a y-websocket screen uses one. */
export const PRESENCE_IDS_PER_CONNECTION = 4;
/** Presence updates a connection may send per second, after a burst (a screen sends one every 15 s). */
export const PRESENCE_PER_SECOND = 5;
export const PRESENCE_BURST = 20;
/** How long the clock of a presence id whose screen left is kept. */
const FORGET_CLOCKS_AFTER_MS = 60_000;

/** A presence state over `MAX_PRESENCE_BYTES`. */
export class PresenceTooLarge extends Error {
  override name = 'PresenceTooLarge';
}

/** Presence updates faster than `PRESENCE_PER_SECOND` allows. */
export class PresenceTooFast extends Error {
  override name = 'PresenceTooFast';
}

interface Entry {
  clientId: number;
  clock: number;
  state: unknown;
  json: string;
}

function readEntries(update: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    if (Buffer.byteLength(json) > MAX_PRESENCE_BYTES)
      throw new PresenceTooLarge(`a presence state of ${Buffer.byteLength(json)} bytes`);
    entries.push({ clientId, clock, state: JSON.parse(json), json }); // malformed JSON throws
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after presence');
  return entries;
}

function writeEntries(entries: readonly Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, json } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}

/** Who brought in each presence id of one document. */
export class PresenceOwners {
  private readonly owners = new Map<number, Peer>();
  private readonly rates = new WeakMap<Peer, TokenBucket>();

  constructor(private readonly awareness: awarenessProtocol.Awareness) {}

  /**
   * Applies the part of a screen's presence update it may make; entries for other screens' ids
   * are dropped. Throws on a malformed update, a state that is too large, or too many updates.
   */
  receive(update: Uint8Array, connection: Peer): void {
    // A y-websocket screen sends back every presence change it is shown: those entries are
    // dropped here, and only a screen's changes to its own presence count against its rate.
    const allowed = readEntries(update).filter((entry) => this.mayChange(entry, connection));
    if (allowed.length === 0) return;
    let rate = this.rates.get(connection);
    if (!rate) {
      rate = new TokenBucket(PRESENCE_PER_SECOND, PRESENCE_BURST);
      this.rates.set(connection, rate);
    }
    if (!rate.take()) throw new PresenceTooFast('over the presence rate');
    const origin: TransactionOrigin = { kind: 'connection', connection };
    awarenessProtocol.applyAwarenessUpdate(this.awareness, writeEntries(allowed), origin);
  }

  /** A connection closed: its presence leaves every screen, and its ids are free again. */
  release(connection: Peer): void {
    const ids = [...connection.awarenessClients].filter((id) => this.owners.get(id) === connection);
    connection.awarenessClients.clear();
    if (ids.length === 0) return;
    for (const id of ids) this.owners.delete(id);
    awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
    // The clocks stay a while, so that what other screens send back of the states they were
    // shown is known as old; after that they are let go, or they would be kept for as long as
    // the document is.
    setTimeout(() => {
      for (const id of ids)
        if (!this.owners.has(id) && !this.awareness.states.has(id)) this.awareness.meta.delete(id);
    }, FORGET_CLOCKS_AFTER_MS).unref();
  }

  private mayChange(entry: Entry, connection: Peer): boolean {
    const { clientId } = entry;
    if (clientId === this.awareness.clientID) return false; // the server's own
    const owner = this.owners.get(clientId);
    if (owner === connection) return true;
    // Another device's presence is never this connection's to change. The same device may take
    // its own id over: a phone that reconnects on new Wi-Fi before its old socket has timed out.
    const held = owner !== undefined && !owner.isClosed;
    if (held && owner.device.id !== connection.device.id) return false;
    if (entry.state === null) return false; // nothing of its own to take away
    // Not newer than what the server has: a screen sending back a state it was shown.
    if (entry.clock <= (this.awareness.meta.get(clientId)?.clock ?? 0)) return false;
    if (connection.awarenessClients.size >= PRESENCE_IDS_PER_CONNECTION) return false;
    owner?.awarenessClients.delete(clientId);
    this.owners.set(clientId, connection);
    connection.awarenessClients.add(clientId);
    return true;
  }
}

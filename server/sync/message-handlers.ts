// What the server does with each kind of message a screen sends: a table, not a growing switch.
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { heartbeatAnswer, readHeartbeatAsk } from '../../board/heartbeat-message.ts';
import type { HeldUpdates } from './held-updates.ts';
import type { Peer } from './peer.ts';
import {
  awarenessMessage,
  isEmptyUpdate,
  MessageType,
  ProtocolError,
  readLastBytes,
  SyncStep,
} from './protocol.ts';
import type { SharedDocument } from './shared-document.ts';
import type { SyncAnswers } from './sync-answers.ts';

/** The screen a message came from, as the handlers see it (the sync socket is one). */
export interface Sender extends Peer {
  /** Whether this screen may change this document; if not, its writes are dropped. */
  readonly writable: boolean;
  readonly syncAnswers: SyncAnswers;
  readonly heldUpdates: HeldUpdates;
  /** A read-only screen tried to write. */
  refuseWrite(): void;
}

type Handler = (decoder: decoding.Decoder, connection: Sender, document: SharedDocument) => void;

const syncHandlers: Record<number, Handler> = {
  [SyncStep.One]: (decoder, connection, document) => {
    const stateVector = readLastBytes(decoder);
    Y.decodeStateVector(stateVector); // throws on a malformed state vector
    connection.syncAnswers.request(stateVector, document);
  },
  [SyncStep.Two]: (decoder, connection, document) =>
    receiveUpdate(decoder, connection, document, true),
  [SyncStep.Update]: (decoder, connection, document) =>
    receiveUpdate(decoder, connection, document, false),
};

function receiveUpdate(
  decoder: decoding.Decoder,
  connection: Sender,
  document: SharedDocument,
  isStepTwo: boolean,
) {
  const update = readLastBytes(decoder);
  if (!connection.writable) {
    // Nothing to add (what a read-only screen answers the server's step 1 with) is no write.
    if (!isEmptyUpdate(update)) {
      document.metrics.updateRefused('ReadOnly');
      connection.refuseWrite();
    }
    return;
  }
  connection.heldUpdates.receive(update, isStepTwo, document);
}

export const messageHandlers: Record<number, Handler> = {
  [MessageType.Sync]: (decoder, connection, document) => {
    const step = decoding.readVarUint(decoder);
    const handler = syncHandlers[step];
    if (!handler) throw new ProtocolError(`unknown sync step ${step}`);
    handler(decoder, connection, document);
  },
  [MessageType.Awareness]: (decoder, connection, document) => {
    if (!connection.writable) return; // a read-only screen's presence is not shared
    document.presence.receive(readLastBytes(decoder), connection);
  },
  [MessageType.QueryAwareness]: (decoder, connection, document) => {
    if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after query');
    const clients = [...document.awareness.getStates().keys()];
    if (clients.length > 0) connection.send(awarenessMessage(document.awareness, clients));
  },
  // Answered in turn with everything else the screen sent, so an answer also says the server
  // has dealt with the edits before it; the server's time lets the screen set its clock.
  [MessageType.Heartbeat]: (decoder, connection) => {
    let seq: number;
    try {
      seq = readHeartbeatAsk(decoder);
    } catch (error) {
      throw new ProtocolError((error as Error).message);
    }
    connection.send(heartbeatAnswer(seq, Date.now()));
  },
};

/** Reads one message and hands it to its handler; throws on anything malformed. */
export function handleMessage(message: Uint8Array, connection: Sender, document: SharedDocument) {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  const handler = messageHandlers[type];
  if (!handler) throw new ProtocolError(`unknown message type ${type}`);
  handler(decoder, connection, document);
}

// The y-websocket wire format: message types and the encoders the server sends.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { HEARTBEAT_MESSAGE } from '../../board/heartbeat-message.ts';

export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /** Ours: a screen asks whether the server still answers (board/heartbeat-message.ts). */
  Heartbeat: HEARTBEAT_MESSAGE,
} as const;
export const SyncStep = {
  One: syncProtocol.messageYjsSyncStep1,
  Two: syncProtocol.messageYjsSyncStep2,
  Update: syncProtocol.messageYjsUpdate,
} as const;

/** Something in a message that the protocol does not allow. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  return message(MessageType.Sync, (e) => syncProtocol.writeSyncStep1(e, doc));
}

/** Built with one copy of the update: an answer can be a whole board of several megabytes. */
export function syncStep2Message(update: Uint8Array): Uint8Array {
  const header = message(MessageType.Sync, (e) => {
    encoding.writeVarUint(e, SyncStep.Two);
    encoding.writeVarUint(e, update.byteLength);
  });
  const whole = new Uint8Array(header.byteLength + update.byteLength);
  whole.set(header);
  whole.set(update, header.byteLength);
  return whole;
}

export function updateMessage(update: Uint8Array): Uint8Array {
  return message(MessageType.Sync, (e) => syncProtocol.writeUpdate(e, update));
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]) {
  return message(MessageType.Awareness, (e) =>
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, clients)),
  );
}

/**
 * A message as one unmasked binary WebSocket frame (RFC 6455 §5.2), made once and written as is
 * to every socket a broadcast reaches instead of being framed again per socket.
 */
export function binaryFrame(message: Uint8Array): Buffer {
  const length = message.byteLength;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x82; // FIN, binary
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(message, headerLength);
  return frame;
}

/** An update with no structs and no deletions: what a screen sends when it has nothing to add. */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/** Reads a length-prefixed byte array and insists nothing is left over after it. */
export function readLastBytes(decoder: decoding.Decoder): Uint8Array {
  const bytes = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the payload');
  return bytes;
}

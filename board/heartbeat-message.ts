// The heartbeat on a sync socket, a message type of our own beside y-websocket's (0–3): a screen
// asks every few seconds, the server answers at once with its own time. A stock y-websocket
// client never sends it, so it never gets an answer it cannot read.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const HEARTBEAT_MESSAGE = 100;
/** The largest heartbeat number: a screen counts up and starts again. */
export const HEARTBEAT_MAX_SEQ = 0xffff_ffff;

export interface HeartbeatAnswer {
  seq: number;
  /** The server's clock when it answered, in milliseconds since 1970. */
  serverTime: number;
}

/** What a screen sends: the type and its number for this ask. */
export function heartbeatAsk(seq: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, HEARTBEAT_MESSAGE);
  encoding.writeVarUint(encoder, seq);
  return encoding.toUint8Array(encoder);
}

/** Reads the number of an ask after its type; throws on anything else in it. */
export function readHeartbeatAsk(decoder: decoding.Decoder): number {
  const seq = decoding.readVarUint(decoder);
  if (seq > HEARTBEAT_MAX_SEQ) throw new RangeError('heartbeat number out of range');
  if (decoding.hasContent(decoder)) throw new RangeError('trailing bytes after a heartbeat');
  return seq;
}

/** What the server answers: the same number and its own time. */
export function heartbeatAnswer(seq: number, serverTime: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, HEARTBEAT_MESSAGE);
  encoding.writeVarUint(encoder, seq);
  encoding.writeVarUint(encoder, Math.max(0, Math.round(serverTime)));
  return encoding.toUint8Array(encoder);
}

/** Reads an answer after its type; undefined when it is not one. */
export function readHeartbeatAnswer(decoder: decoding.Decoder): HeartbeatAnswer | undefined {
  try {
    const seq = decoding.readVarUint(decoder);
    const serverTime = decoding.readVarUint(decoder);
    return { seq, serverTime };
  } catch {
    return undefined;
  }
}

// What crosses the wire between the server and the screens over HTTP: the device and session
// payloads, a refusal (English for people reading the JSON, the sentence's key and values for
// the screens), and how a code is written. The server, the phone and the wall import these.
import type { NameDisplay, Role } from './roles.ts';
import { english, isSentenceKey, type Sentence, type SentenceKey } from './sentences.ts';

/** A device as the server keeps it. */
export interface DeviceRecord {
  id: string;
  houseId: string;
  /**
   * The person this device belongs to: their id keys their name entry and everything that names
   * them. A person's first device gives them its id; a device they move to keeps it.
   */
  personId: string;
  role: Role;
  name?: string;
  nameDisplay: NameDisplay;
  createdAt: number;
  lastSeenAt: number;
  revokedAt?: number;
}

/** A device as the server shows it (an admin's device list, a revoke, a pairing). */
export type DeviceListing = Omit<DeviceRecord, 'houseId'>;

/** A device in the admin's list: whether it has a screen open right now, too. */
export interface ListedDevice extends DeviceListing {
  connected: boolean;
}
/** One of a person's own devices, as they are shown it: no name, no token, nobody else's. */
export type OwnDevice = Pick<
  DeviceRecord,
  'id' | 'role' | 'createdAt' | 'lastSeenAt' | 'revokedAt'
> & {
  /** The device asking (as the server lists them). */
  thisOne?: boolean;
};
/** A person as staff and the admin see them to confirm a new phone is theirs. */
export interface PersonListing {
  personId: string;
  name?: string;
  nameDisplay: NameDisplay;
  /** What the person may do on their strongest device. */
  role: Role;
  firstJoinedAt: number;
  lastJoinedAt: number;
  /** Devices not let go. */
  devices: number;
}

/** This device, as the session tells it: its house too. */
export interface SessionDevice extends DeviceListing {
  houseId: string;
  houseName?: string;
}

/** The code a kiosk waiting to be paired shows, and until when. */
export interface Pairing {
  code: string;
  expiresAt: number;
}

export type Session =
  | { joined: false; build: string; pairing?: Pairing }
  | { joined: true; build: string; device: SessionDevice };

/** The server said no: `error` in English for people reading the JSON, `key` for the screens. */
export type Refusal = { error: string } & Sentence;

export function refusal(key: SentenceKey, values?: Sentence['values']): Refusal {
  const said: Sentence = values ? { key, values } : { key };
  return { error: english(said), ...said };
}

/** The sentence in a refusal the server sent; undefined when the answer carries none. */
export function refusalSentence(answer: unknown): Sentence | undefined {
  const { key, values } = (answer ?? {}) as Partial<Refusal>;
  if (!isSentenceKey(key)) return undefined;
  return values && typeof values === 'object' ? { key, values } : { key };
}

/** "ABCD-EF23": a code as people read it off a wall or a phone, however it was typed. */
export function formatCode(code: string): string {
  const plain = code.toUpperCase().replace(/[\s-]/g, '');
  return plain.length > 4 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

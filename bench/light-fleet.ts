// Many light clients over many rooms, in this process: connects them (a bounded number at a
// time), sends edits, and times each edit until every other client of its room has it.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import * as Y from 'yjs';
// The board's rules: the records written here are checked with them, as on the server.
import '../board/rules.ts';
import { seedHouse } from '../board/seed.ts';
import { LightClient } from './light-client.ts';
import { clientCookie } from './servers.ts';

export interface RoomTarget {
  /** Full WebSocket URL of the room's document. */
  url: string;
  /** Several nodes serving the room: client i connects to `urls[i % urls.length]` instead. */
  urls?: readonly string[];
  /** Device cookies: client i sends `cookies[i % cookies.length]` (one device per client). */
  cookies?: readonly string[];
}

/** Where an edit's latencies go: one list, or split by the receiver's node (sender's or another). */
export type LatencySink = number[] | { sameNode: number[]; crossNode: number[] };

export interface FleetOptions {
  /** A label for error messages. */
  label: string;
  clientsPerRoom: number;
  /** Connections in flight at once while connecting. */
  concurrency: number;
  syncTimeoutMs: number;
  /** Send the seeded board from each room's first client, for a server that starts empty. */
  seedRooms: boolean;
}

interface Pending {
  sentAt: number;
  sender: LightClient;
  remaining: number;
  /** Where this edit's latencies go; null for warm-up edits. */
  into: LatencySink | null;
}

export const BENCH_DAY = '2026-11-27';

let seedUpdate: Uint8Array | undefined;
/** A new house's board, as our server seeds it, for the reference's empty rooms. */
function seededBoard(): Uint8Array {
  if (!seedUpdate) {
    const docs = { board: new Y.Doc(), staff: new Y.Doc(), settings: new Y.Doc() };
    seedHouse(docs, { houseName: 'Bench', timeZone: 'UTC' });
    seedUpdate = Y.encodeStateAsUpdate(docs.board);
  }
  return seedUpdate;
}

export class LightFleet {
  /** clients[room][i] */
  readonly clients: LightClient[][] = [];
  /** Which of the room's URLs each client connected to. */
  private readonly nodeOf = new Map<LightClient, number>();
  private readonly pending = new Map<string, Pending>();
  private drained: (() => void) | null = null;
  private disconnects = 0;
  connectMs = 0;

  private constructor(private readonly options: FleetOptions) {}

  static async connect(rooms: RoomTarget[], options: FleetOptions): Promise<LightFleet> {
    const fleet = new LightFleet(options);
    const started = performance.now();
    const jobs: Array<() => Promise<void>> = [];
    rooms.forEach((target, r) => {
      const room: LightClient[] = [];
      fleet.clients.push(room);
      for (let i = 0; i < options.clientsPerRoom; i++) {
        jobs.push(async () => {
          const node = target.urls ? i % target.urls.length : 0;
          const client: LightClient = new LightClient({
            url: target.urls ? target.urls[node]! : target.url,
            cookie: clientCookie(target.cookies, i),
            onUpdate: (editId) => fleet.received(client, editId),
            onClose: () => {
              fleet.disconnects += 1;
            },
          });
          room[i] = client;
          fleet.nodeOf.set(client, node);
          await client.synced;
          if (i === 0 && options.seedRooms) client.sendUpdate(seededBoard());
        });
      }
      void r;
    });
    let next = 0;
    let synced = 0;
    const worker = async () => {
      while (next < jobs.length) await jobs[next++]!().then(() => synced++);
    };
    const all = Promise.all(Array.from({ length: options.concurrency }, worker));
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        all,
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new Error(
                  `${options.label}: only ${synced} of ${jobs.length} light clients synced within ${options.syncTimeoutMs} ms`,
                ),
              ),
            options.syncTimeoutMs,
          );
        }),
      ]);
    } catch (error) {
      fleet.close();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    fleet.connectMs = performance.now() - started;
    return fleet;
  }

  get rooms(): number {
    return this.clients.length;
  }

  /** One edit from one client; its deliveries to the room's other clients go into `into`. */
  edit(room: number, client: number, choreId: string, into: LatencySink | null): void {
    const members = this.clients[room]!;
    const sender = members[client]!;
    const sentAt = performance.now();
    const id = sender.edit(choreId, BENCH_DAY);
    this.pending.set(id, { sentAt, sender, remaining: members.length - 1, into });
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /** Deliveries still owed by the edits in flight. */
  missing(): number {
    let missing = 0;
    for (const entry of this.pending.values()) missing += entry.remaining;
    return missing;
  }

  /** Resolves once every edit sent so far has reached every other client of its room. */
  async drain(timeoutMs: number): Promise<boolean> {
    if (this.pending.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const done = await Promise.race([
      new Promise<boolean>((resolve) => {
        this.drained = () => resolve(true);
      }),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    this.drained = null;
    return done;
  }

  /** Forgets edits still in flight (after a drain that timed out). */
  abandon(): void {
    this.pending.clear();
  }

  checkConnected(): void {
    if (this.disconnects > 0) {
      throw new Error(`${this.options.label}: ${this.disconnects} light clients disconnected`);
    }
  }

  close(): void {
    for (const room of this.clients) for (const client of room) client?.close();
  }

  private received(client: LightClient, editId: string | undefined): void {
    if (!editId) return;
    const entry = this.pending.get(editId);
    if (!entry || entry.sender === client) return; // the reference echoes to the sender too
    const latency = performance.now() - entry.sentAt;
    const into = entry.into;
    if (Array.isArray(into)) into.push(latency);
    else if (into) {
      const same = this.nodeOf.get(client) === this.nodeOf.get(entry.sender);
      (same ? into.sameNode : into.crossNode).push(latency);
    }
    entry.remaining -= 1;
    if (entry.remaining === 0) {
      this.pending.delete(editId);
      if (this.pending.size === 0) this.drained?.();
    }
  }
}

export interface PaceSettings {
  warmup: number;
  edits: number;
  intervalMs: number;
  deliveryTimeoutMs: number;
}

/**
 * Paced edits: edit i at start + i·interval, from `pick(i)` (room, client), unique chore ids.
 * Returns the measured latencies (warm-up edits are not counted).
 */
export async function pacedEdits(
  fleet: LightFleet,
  settings: PaceSettings,
  pick: (i: number) => [room: number, client: number],
  label: string,
): Promise<number[]> {
  const latencies: number[] = [];
  await pacedEditsInto(fleet, settings, pick, label, latencies);
  return latencies;
}

/** `pacedEdits`, with the measured latencies going into `into` (split by node, say). */
export async function pacedEditsInto(
  fleet: LightFleet,
  settings: PaceSettings,
  pick: (i: number) => [room: number, client: number],
  label: string,
  into: LatencySink,
): Promise<void> {
  const total = settings.warmup + settings.edits;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + i * settings.intervalMs - performance.now();
    if (wait > 0) await sleep(wait);
    const [room, client] = pick(i);
    fleet.edit(room, client, `lite${i}`, i < settings.warmup ? null : into);
  }
  if (!(await fleet.drain(settings.deliveryTimeoutMs))) {
    throw new Error(
      `${label}: ${fleet.missing()} deliveries of ${fleet.inFlight} edits never arrived within ${settings.deliveryTimeoutMs} ms`,
    );
  }
  fleet.checkConnected();
}

// One blocking XREAD loop per node over the streams of the documents it holds, so every node
// sees every other node's updates in log order. A change to the set unblocks the read at once.
import { RESP_TYPES } from 'redis';
import type { Logger } from '../../log.ts';
import type { StoredEntry } from '../document-store.ts';
import type { RedisClient } from './client.ts';

interface Watched {
  position: string;
  onEntries: (entries: StoredEntry[]) => void;
}

type StreamReply = Array<{
  name: Buffer;
  messages: Array<{ id: Buffer; message: Record<string, Buffer> }>;
}> | null;

/** How often a node reads Redis's clock again, for `takeLag`. */
const CLOCK_READ_EVERY_MS = 60_000;

export class StreamReader {
  private readonly watched = new Map<string, Watched>();
  private connectionId?: number;
  private running = true;
  private reading = false;
  /** Counts changes to the watched set; a read issued before the latest change is stale. */
  private changes = 0;
  private readFor = 0;
  private unblocking = false;
  private wake?: () => void;
  private readonly done: Promise<void>;
  /** The longest an entry waited in its stream before this node read it, since last asked. */
  private longestWaitMs = 0;
  /** Since when reading the streams has failed, while it does. */
  private failingSince?: number;
  /** How far Redis's clock runs ahead of this node's (ms, negative when behind), as last read. */
  private redisAheadMs = 0;
  /** When (this node's clock) Redis's clock was last read; 0: never. */
  private clockReadAt = 0;

  constructor(
    private readonly commands: RedisClient,
    private readonly blocking: RedisClient,
    private readonly nodeId: string,
    private readonly log: Logger,
  ) {
    this.done = this.loop();
  }

  watch(key: string, from: string, onEntries: Watched['onEntries']): () => void {
    const entry = { position: from || '0-0', onEntries };
    this.watched.set(key, entry);
    this.interrupt();
    return () => {
      if (this.watched.get(key) === entry) this.watched.delete(key);
    };
  }

  /**
   * How far behind the other nodes this node reads, in seconds: the longest an entry waited
   * before it was read since the last call, or how long reading has failed. Stream ids carry
   * Redis's clock, which this node reads every minute (TIME) to set its own beside it: a node on
   * another machine whose clock is minutes off still shows the wait, not the difference.
   */
  takeLag(): number {
    const failing = this.failingSince === undefined ? 0 : Date.now() - this.failingSince;
    const lag = Math.max(this.longestWaitMs, failing);
    this.longestWaitMs = 0;
    return lag / 1000;
  }

  async stop(): Promise<void> {
    this.running = false;
    this.interrupt();
    await this.done;
  }

  private interrupt(): void {
    this.changes += 1;
    this.wake?.();
    if (!this.unblocking) void this.unblock();
  }

  /**
   * Ends a blocked read that does not cover the watched set. CLIENT UNBLOCK comes on another
   * connection: if it reaches Redis before the read does, nothing is blocked yet and it answers 0,
   * so it is sent again until the stale read has ended (else a new document's stream would wait
   * out the read's 5 s).
   */
  private async unblock(): Promise<void> {
    this.unblocking = true;
    try {
      for (let tries = 0; tries < 200; tries++) {
        if (!this.reading || this.readFor === this.changes || this.connectionId === undefined)
          return;
        const unblocked = await this.commands
          .sendCommand(['CLIENT', 'UNBLOCK', String(this.connectionId)])
          .catch(() => undefined);
        if (Number(unblocked) === 1) return;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    } finally {
      this.unblocking = false;
    }
  }

  private async loop(): Promise<void> {
    const reader = this.blocking.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    let failures = 0;
    while (this.running) {
      if (this.watched.size === 0) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        this.wake = undefined;
        continue;
      }
      // Read before the first entries are, then again every minute beside the reads.
      if (this.clockReadAt === 0) await this.readRedisClock();
      else if (Date.now() - this.clockReadAt >= CLOCK_READ_EVERY_MS) void this.readRedisClock();
      try {
        this.connectionId ??= Number(await this.blocking.sendCommand(['CLIENT', 'ID']));
        const streams = [...this.watched].map(([key, w]) => ({ key, id: w.position }));
        this.readFor = this.changes;
        this.reading = true;
        const reply = (await reader.xRead(streams, {
          BLOCK: 5000,
          COUNT: 1000,
        })) as unknown as StreamReply;
        this.reading = false;
        failures = 0;
        this.failingSince = undefined;
        for (const stream of reply ?? []) this.deliver(stream.name.toString(), stream.messages);
      } catch (error) {
        this.reading = false;
        this.connectionId = undefined;
        if (!this.running) break;
        failures += 1;
        this.failingSince ??= Date.now();
        this.log.warn({ err: error, failures }, 'reading the update streams failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** failures, 3000)));
      }
    }
  }

  /**
   * Sets `redisAheadMs` from Redis's TIME, taken as read halfway through the round trip. A failed
   * read keeps the last figure and is tried again a minute later.
   */
  private async readRedisClock(): Promise<void> {
    this.clockReadAt = Date.now();
    try {
      const sent = Date.now();
      const [seconds, micros] = (await this.commands.sendCommand(['TIME'])) as [string, string];
      const answered = Date.now();
      const redisMs = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
      if (Number.isFinite(redisMs)) this.redisAheadMs = redisMs - (sent + answered) / 2;
    } catch {
      // Redis is away: the read of the streams fails too, and says so.
    }
  }

  private deliver(key: string, messages: NonNullable<StreamReply>[number]['messages']): void {
    const watched = this.watched.get(key);
    if (!watched || messages.length === 0) return;
    const entries: StoredEntry[] = messages.map(({ id, message }) => ({
      position: id.toString(),
      update: new Uint8Array(message.u ?? []),
      own: message.n?.toString() === this.nodeId,
      ...(message.f ? { forgotten: true } : {}),
    }));
    watched.position = entries[entries.length - 1]!.position;
    const storedAt = Number.parseInt(entries[0]!.position, 10); // Redis's clock
    const waited = Math.max(0, Date.now() + this.redisAheadMs - storedAt);
    if (waited > this.longestWaitMs) this.longestWaitMs = waited;
    try {
      watched.onEntries(entries);
    } catch (error) {
      this.log.error({ key, err: error }, 'applying stored updates failed');
    }
  }
}

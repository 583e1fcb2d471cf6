// The shared store for several nodes: one Redis stream per document is both the durable log
// (XADD must succeed before an update is relayed) and the fan-out between nodes; a snapshot
// key holds what compaction folded, under a lock so two nodes never compact one document at once.
import { RESP_TYPES } from 'redis';
import type { Logger } from '../../log.ts';
import type { DocumentStore, Position, StoredDocument, StoredEntry } from '../document-store.ts';
import type { RedisClient } from './client.ts';
import { compareIds, nextId } from './stream-ids.ts';
import { StreamReader } from './stream-reader.ts';

const keys = {
  log: (doc: string) => `hb:doc:${doc}:log`,
  snapshot: (doc: string) => `hb:doc:${doc}:snap`,
  lock: (doc: string) => `hb:doc:${doc}:lock`,
};

/** Snapshot and the entries after it, read in one step so a compaction between cannot hide any. */
const LOAD = `
local snap = redis.call('HMGET', KEYS[1], 'data', 'upTo')
local from = snap[2] or '0-0'
return {snap[1] or false, from, redis.call('XRANGE', KEYS[2], '(' .. from, '+')}
`;

/** Writes a newer snapshot and trims what it covers — never entries younger than ARGV[3]. */
const COMPACT = `
local current = redis.call('HGET', KEYS[1], 'upTo')
if current then
  local cm, cs = string.match(current, '(%d+)-(%d+)')
  local nm, ns = string.match(ARGV[2], '(%d+)-(%d+)')
  if tonumber(nm) < tonumber(cm) or (tonumber(nm) == tonumber(cm) and tonumber(ns) <= tonumber(cs)) then
    return 0
  end
end
redis.call('HSET', KEYS[1], 'data', ARGV[1], 'upTo', ARGV[2])
redis.call('XTRIM', KEYS[2], 'MINID', ARGV[3])
return 1
`;

/**
 * Forgetting: writes the snapshot unless one up to a later entry is there (one up to the same
 * entry is replaced: this one was folded from the store, with nothing deleted in it), then keeps
 * of the log only the entries after ARGV[2], copied into a new stream rather than trimmed in place:
 * XTRIM and XDEL only flag entries inside a node they do not empty, and such a node still holds
 * the bytes (an RDB, or an AOF rewritten with its RDB preamble, would write them out). The
 * stream keeps its last id (a stand-in entry with it is added and deleted), so ids still grow.
 * Last, an entry with no update tells every node watching the stream that this happened.
 */
const FORGET = `
local current = redis.call('HGET', KEYS[1], 'upTo')
local newer = true
if current then
  local cm, cs = string.match(current, '(%d+)-(%d+)')
  local nm, ns = string.match(ARGV[2], '(%d+)-(%d+)')
  if tonumber(nm) < tonumber(cm) or (tonumber(nm) == tonumber(cm) and tonumber(ns) < tonumber(cs)) then
    newer = false
  end
end
if newer then redis.call('HSET', KEYS[1], 'data', ARGV[1], 'upTo', ARGV[2]) end
if redis.call('EXISTS', KEYS[2]) == 1 then
  local info = redis.call('XINFO', 'STREAM', KEYS[2])
  local last = '0-0'
  for i = 1, #info, 2 do
    if info[i] == 'last-generated-id' then last = info[i + 1] end
  end
  local keep = redis.call('XRANGE', KEYS[2], '(' .. ARGV[2], '+')
  redis.call('DEL', KEYS[2])
  for _, entry in ipairs(keep) do redis.call('XADD', KEYS[2], entry[1], unpack(entry[2])) end
  if #keep == 0 or keep[#keep][1] ~= last then
    redis.call('XADD', KEYS[2], last, 'n', '', 'u', '')
    redis.call('XDEL', KEYS[2], last)
  end
end
redis.call('XADD', KEYS[2], '*', 'n', ARGV[3], 'f', '1')
return newer and 1 or 0
`;

/** How often the end of a background save or AOF rewrite is asked about, and for how long. */
const PERSISTENCE_POLL_MS = 50;
const PERSISTENCE_WAIT_MS = 120_000;

/** The `field:value` lines of INFO. */
function infoFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of text.split('\r\n')) {
    const at = line.indexOf(':');
    if (at > 0) fields[line.slice(0, at)] = line.slice(at + 1);
  }
  return fields;
}

/** Entries a slow node might not have read yet are kept this long after compaction. */
const TRIM_MARGIN_MS = 60_000;

type LoadReply = [Buffer | null, Buffer, Array<[Buffer, Buffer[]]>];

function fieldsOf(pairs: Buffer[]): Record<string, Buffer> {
  const fields: Record<string, Buffer> = {};
  for (let i = 0; i + 1 < pairs.length; i += 2) fields[pairs[i]!.toString()] = pairs[i + 1]!;
  return fields;
}

export class RedisDocumentStore implements DocumentStore {
  readonly shared = true;
  private readonly reader: StreamReader;
  private readonly binary;

  constructor(
    private readonly client: RedisClient,
    blocking: RedisClient,
    private readonly nodeId: string,
    private readonly log: Logger,
  ) {
    this.binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    this.reader = new StreamReader(client, blocking, nodeId, log);
  }

  async load(docName: string): Promise<StoredDocument> {
    const [snapshot, from, entries] = (await this.binary.eval(LOAD, {
      keys: [keys.snapshot(docName), keys.log(docName)],
    })) as unknown as LoadReply;
    const updates: Uint8Array[] = snapshot ? [new Uint8Array(snapshot)] : [];
    for (const [, pairs] of entries) {
      const u = fieldsOf(pairs).u;
      if (u) updates.push(new Uint8Array(u));
    }
    const last = entries[entries.length - 1];
    return { updates, position: last ? last[0].toString() : from.toString() };
  }

  async append(docName: string, update: Uint8Array): Promise<Position> {
    return this.client.xAdd(keys.log(docName), '*', { n: this.nodeId, u: Buffer.from(update) });
  }

  /** One MULTI/EXEC round trip: the whole batch is in the stream, or none of it. */
  async appendAll(docName: string, updates: readonly Uint8Array[]): Promise<Position> {
    if (updates.length === 1) return this.append(docName, updates[0]!);
    const multi = this.client.multi();
    for (const update of updates) {
      multi.xAdd(keys.log(docName), '*', { n: this.nodeId, u: Buffer.from(update) });
    }
    const ids = await multi.exec();
    return String(ids[ids.length - 1]);
  }

  async compact(docName: string, snapshot: Uint8Array, upTo: Position): Promise<void> {
    if (!upTo || upTo === '0-0') return;
    const lock = keys.lock(docName);
    if ((await this.client.set(lock, this.nodeId, { NX: true, PX: 10_000 })) !== 'OK') return;
    try {
      const margin = `${Date.now() - TRIM_MARGIN_MS}-0`;
      const trimBefore = compareIds(nextId(upTo), margin) < 0 ? nextId(upTo) : margin;
      await this.client.eval(COMPACT, {
        keys: [keys.snapshot(docName), keys.log(docName)],
        arguments: [Buffer.from(snapshot) as unknown as string, upTo, trimBefore],
      });
    } finally {
      if ((await this.client.get(lock)) === this.nodeId) await this.client.del(lock);
    }
  }

  /**
   * Keeps nothing of the log up to `upTo`, not even the margin for slow nodes: a node that has
   * not read the entries by now misses them (forgetHistory gives the nodes a moment first).
   */
  async forget(docName: string, snapshot: Uint8Array, upTo: Position): Promise<void> {
    if (!upTo || upTo === '0-0') return;
    await this.client.eval(FORGET, {
      keys: [keys.snapshot(docName), keys.log(docName)],
      arguments: [Buffer.from(snapshot) as unknown as string, upTo, this.nodeId],
    });
  }

  /**
   * Rewrites the AOF (and, where Redis also saves RDB snapshots, takes a new one) from what
   * Redis holds now, and waits until that is done: what was forgotten then lives on in no file
   * Redis writes. A rewrite already running started from older data, so another one follows it.
   */
  async scrub(): Promise<void> {
    const before = await this.persistence();
    if (before.aof_enabled === '1') {
      await this.untilPersistence((now) => now.aof_rewrite_in_progress !== '1');
      const started = Number((await this.persistence()).aof_rewrites);
      await this.client.sendCommand(['BGREWRITEAOF']);
      const done = await this.untilPersistence(
        (now) =>
          Number(now.aof_rewrites) > started &&
          now.aof_rewrite_in_progress === '0' &&
          now.aof_rewrite_scheduled === '0',
      );
      if (done.aof_last_bgrewrite_status !== 'ok') throw new Error('the AOF rewrite failed');
    }
    if (await this.savesRdb()) {
      await this.untilPersistence((now) => now.rdb_bgsave_in_progress !== '1');
      const saved = Number((await this.persistence()).rdb_saves);
      await this.client.sendCommand(['BGSAVE']);
      const done = await this.untilPersistence(
        (now) => Number(now.rdb_saves) > saved && now.rdb_bgsave_in_progress === '0',
      );
      if (done.rdb_last_bgsave_status !== 'ok') throw new Error('the RDB save failed');
    }
    this.log.info({ node: this.nodeId }, 'Redis files rewritten without what was forgotten');
  }

  private async persistence(): Promise<Record<string, string>> {
    return infoFields(String(await this.client.info('persistence')));
  }

  private async untilPersistence(
    done: (fields: Record<string, string>) => boolean,
  ): Promise<Record<string, string>> {
    const deadline = Date.now() + PERSISTENCE_WAIT_MS;
    for (;;) {
      const fields = await this.persistence();
      if (done(fields)) return fields;
      if (Date.now() > deadline) throw new Error('Redis did not finish writing its files in time');
      await new Promise((resolve) => setTimeout(resolve, PERSISTENCE_POLL_MS));
    }
  }

  /** Whether Redis takes RDB snapshots on its own (CONFIG may be closed off: then it is not asked). */
  private async savesRdb(): Promise<boolean> {
    try {
      const reply = (await this.client.sendCommand(['CONFIG', 'GET', 'save'])) as unknown;
      const values = Array.isArray(reply) ? reply : Object.values(reply as object);
      return typeof values[1] === 'string' && values[1].trim() !== '';
    } catch (error) {
      this.log.warn({ err: error }, 'cannot ask Redis whether it saves RDB snapshots');
      return false;
    }
  }

  watch(docName: string, from: Position, onEntries: (entries: StoredEntry[]) => void): () => void {
    return this.reader.watch(keys.log(docName), from, onEntries);
  }

  /** How far behind this node reads the streams, in seconds (StreamReader.takeLag). */
  readLag(): number {
    return this.reader.takeLag();
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    await this.reader.stop();
    this.log.debug({ node: this.nodeId }, 'Redis store closed');
  }
}

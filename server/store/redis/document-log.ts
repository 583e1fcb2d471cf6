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

  watch(docName: string, from: Position, onEntries: (entries: StoredEntry[]) => void): () => void {
    return this.reader.watch(keys.log(docName), from, onEntries);
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async close(): Promise<void> {
    await this.reader.stop();
    this.log.debug({ node: this.nodeId }, 'Redis store closed');
  }
}

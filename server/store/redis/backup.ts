// Backup and restore on Redis: every Houseboard key read by one script, which Redis runs whole,
// with nothing else in between (a consistent snapshot while the nodes keep writing), turned into
// the same contents SQLite gives; and the few writes a restore needs. The key names are the ones
// access-records.ts, document-log.ts and house-list.ts write.
import { RESP_TYPES } from 'redis';
import * as Y from 'yjs';
import type { DeviceRecord } from '../access-store.ts';
import type { HouseRecord } from '../house-store.ts';
import { emptyContents, type StoreBackup, type StoreContents } from '../store-contents.ts';
import type { RedisClient } from './client.ts';
import { compareIds } from './stream-ids.ts';

/** Every key under a pattern: its name, type, time to live (ms, -1 for none) and value. */
const READ_ALL = `
local out = {}
local cursor = '0'
repeat
  local page = redis.call('SCAN', cursor, 'MATCH', ARGV[1], 'COUNT', 1000)
  cursor = page[1]
  for _, key in ipairs(page[2]) do
    local kind = redis.call('TYPE', key)['ok']
    local value = false
    if kind == 'string' then value = redis.call('GET', key)
    elseif kind == 'hash' then value = redis.call('HGETALL', key)
    elseif kind == 'set' then value = redis.call('SMEMBERS', key)
    elseif kind == 'stream' then value = redis.call('XRANGE', key, '-', '+')
    end
    if value then table.insert(out, {key, kind, redis.call('PTTL', key), value}) end
  end
until cursor == '0'
return out
`;

/** Deletes every key under a pattern, in one script. */
const DELETE_ALL = `
local cursor = '0'
local deleted = 0
repeat
  local page = redis.call('SCAN', cursor, 'MATCH', ARGV[1], 'COUNT', 1000)
  cursor = page[1]
  for _, key in ipairs(page[2]) do deleted = deleted + redis.call('DEL', key) end
until cursor == '0'
return deleted
`;

type Value = Buffer | Buffer[] | Array<[Buffer, Buffer[]]>;
type ReadReply = Array<[Buffer, Buffer, number, Value]>;

function pairs(list: Buffer[]): Map<string, Buffer> {
  const map = new Map<string, Buffer>();
  for (let i = 0; i + 1 < list.length; i += 2) map.set(list[i]!.toString(), list[i + 1]!);
  return map;
}

function interpret(reply: ReadReply, now: number): StoreContents {
  const contents = emptyContents();
  const devices = new Map<string, DeviceRecord>();
  const tokens = new Map<string, string>();
  const snapshots = new Map<string, { data: Buffer; upTo: string }>();
  const logs = new Map<string, Array<[Buffer, Buffer[]]>>();
  const text = (value: Value) => (value as Buffer).toString();
  /** What each kind of key becomes: matched by name, given the name's parts. */
  const readers: Array<[RegExp, (id: string, value: Value, ttl: number) => void]> = [
    [
      /^hb:secret:join$/,
      (_, value) => {
        contents.secret = Buffer.from(text(value), 'base64').toString('base64');
      },
    ],
    [
      /^hb:houses$/,
      (_, value) => {
        for (const json of pairs(value as Buffer[]).values())
          contents.houses.push(JSON.parse(json.toString()) as HouseRecord);
      },
    ],
    [
      /^hb:leavers$/,
      (_, value) => {
        for (const [who, leftAt] of pairs(value as Buffer[])) {
          const [houseId = '', personId = ''] = who.split(' ');
          contents.leavers.push({ houseId, personId, leftAt: Number(leftAt.toString()) });
        }
      },
    ],
    [/^hb:device:([^:]+)$/, (id, value) => devices.set(id, JSON.parse(text(value)))],
    [/^hb:device:([^:]+):token$/, (id, value) => tokens.set(id, text(value))],
    [
      /^hb:house:([^:]+):staff-code$/,
      (houseId, value) => {
        contents.staffCodes.push({ houseId, codeHash: text(value) });
      },
    ],
    [
      /^hb:house:([^:]+):calendar-feed$/,
      (houseId, value) => {
        contents.calendarFeeds.push({ houseId, ...JSON.parse(text(value)) });
      },
    ],
    [
      /^hb:admin-invite:(.+)$/,
      (tokenHash, value, ttl) => {
        if (ttl > 0)
          contents.adminInvites.push({ houseId: text(value), tokenHash, expiresAt: now + ttl });
      },
    ],
    [
      /^hb:doc:(.+):snap$/,
      (name, value) => {
        const fields = pairs(value as Buffer[]);
        const data = fields.get('data');
        if (data) snapshots.set(name, { data, upTo: fields.get('upTo')?.toString() ?? '0-0' });
      },
    ],
    [/^hb:doc:(.+):log$/, (name, value) => logs.set(name, value as Array<[Buffer, Buffer[]]>)],
  ];
  for (const [rawKey, , ttl, value] of reply) {
    const key = rawKey.toString();
    for (const [pattern, read] of readers) {
      const match = key.match(pattern);
      if (match) {
        read(match[1] ?? '', value, ttl);
        break;
      }
    }
  }
  for (const [id, device] of devices) {
    const tokenHash = tokens.get(id);
    device.personId ??= device.id;
    if (tokenHash) contents.devices.push({ device, tokenHash });
  }
  for (const name of new Set([...snapshots.keys(), ...logs.keys()])) {
    const snapshot = snapshots.get(name);
    const updates: Uint8Array[] = snapshot ? [snapshot.data] : [];
    for (const [id, fields] of logs.get(name) ?? []) {
      if (snapshot && compareIds(id.toString(), snapshot.upTo) <= 0) continue;
      const update = pairs(fields).get('u');
      if (update && update.length > 0) updates.push(update);
    }
    if (updates.length > 0) contents.documents.push({ name, update: Y.mergeUpdates(updates) });
  }
  contents.houses.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  contents.devices.sort((a, b) => a.device.createdAt - b.device.createdAt);
  contents.documents.sort((a, b) => a.name.localeCompare(b.name));
  return contents;
}

export function redisBackup(client: RedisClient): StoreBackup {
  const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  return {
    async read() {
      const reply = (await binary.eval(READ_ALL, { arguments: ['hb:*'] })) as unknown as ReadReply;
      return interpret(reply, Date.now());
    },
    async isEmpty() {
      // KEYS walks every key: fine for a command run by hand, never on an edit's path.
      return (
        (await client.hLen('hb:houses')) === 0 && (await client.keys('hb:device:*')).length === 0
      );
    },
    async clear() {
      await client.eval(DELETE_ALL, { arguments: ['hb:*'] });
    },
    async removeHouse(houseId) {
      const devices = await client.sMembers(`hb:house:${houseId}:devices`);
      const multi = client.multi().hDel('hb:houses', houseId);
      for (const id of devices) {
        const token = await client.get(`hb:device:${id}:token`);
        multi.del([`hb:device:${id}`, `hb:device:${id}:token`]);
        if (token) multi.del(`hb:device-token:${token}`);
      }
      const feed = await client.get(`hb:house:${houseId}:calendar-feed`);
      if (feed)
        multi.del(`hb:calendar-feed:${(JSON.parse(feed) as { tokenHash: string }).tokenHash}`);
      for (const [who] of Object.entries(await client.hGetAll('hb:leavers')))
        if (who.startsWith(`${houseId} `)) multi.hDel('hb:leavers', who);
      await multi.exec();
      await client.eval(DELETE_ALL, { arguments: [`hb:house:${houseId}:*`] });
      await client.eval(DELETE_ALL, { arguments: [`hb:doc:${houseId}/*`] });
    },
    async setServerSecret(secret) {
      await client.set('hb:secret:join', secret.toString('base64'));
    },
  };
}

// Several Houseboard server processes sharing one redis-server of the test's own: starting
// them, their first admin, another house made with the command line, and what Redis holds.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { createClient, RESP_TYPES } from 'redis';
import * as Y from 'yjs';
import { adminLinkIn, adminTokenFromOutput, redeemAdminLink } from '../helpers/admin-link.ts';
import { eventually } from '../helpers/eventually.ts';
import { dayZone } from '../helpers/house-clock.ts';
import type { RedisServer } from '../helpers/redis-server.ts';
import { REPO_ROOT, type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { marksIn } from './phones.ts';

export function nodeEnv(redis: RedisServer): Record<string, string> {
  return { REDIS_URL: redis.url, LOG_LEVEL: 'warn', HOUSE_TIME_ZONE: dayZone() };
}

/**
 * Starts `count` nodes on one Redis at once, each with its own data dir. Every node that started
 * is added to `started` (for afterAll) even when another one failed.
 */
export async function startNodes(
  redis: RedisServer,
  count: number,
  started: ServerProcess[],
): Promise<ServerProcess[]> {
  const results = await Promise.allSettled(
    Array.from({ length: count }, () => startServerProcess({ env: nodeEnv(redis) })),
  );
  const nodes: ServerProcess[] = [];
  for (const result of results) if (result.status === 'fulfilled') nodes.push(result.value);
  started.push(...nodes);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return nodes;
}

/** The admin token of a fresh Redis: exactly one of the nodes printed the admin link. */
export async function adminToken(nodes: ServerProcess[]): Promise<string> {
  // A node answers /healthz before its log lines may have reached this process: wait for them.
  const printer = await eventually(
    () => {
      const found = nodes.find((n) => adminLinkIn(n.output()));
      if (!found) throw new Error(`no node printed an admin link:\n${outputs(nodes)}`);
      return found;
    },
    { timeoutMs: 10_000, intervalMs: 50 },
  );
  return adminTokenFromOutput(printer.url, printer.output);
}

/** Everything the nodes printed, for failure messages and bug reports. */
export function outputs(nodes: ServerProcess[]): string {
  return nodes.map((n, i) => `--- node ${i} (${n.url}) ---\n${n.output()}`).join('\n');
}

/**
 * What a node starting now would load for a document straight from a Redis: the snapshot and
 * every log entry (replaying ones the snapshot already covers changes nothing).
 */
export async function storedMarks(redisUrl: string, doc: string): Promise<Set<string>> {
  const client = createClient({ url: redisUrl });
  await client.connect();
  try {
    const binary = client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    const snapshot = await binary.hGet(`hb:doc:${doc}:snap`, 'data');
    const entries = await binary.xRange(`hb:doc:${doc}:log`, '-', '+');
    const ydoc = new Y.Doc();
    if (snapshot) Y.applyUpdate(ydoc, new Uint8Array(snapshot as unknown as Buffer));
    for (const entry of entries ?? []) {
      if (!entry) continue;
      const u = (entry.message as unknown as Record<string, Buffer>).u;
      if (u) Y.applyUpdate(ydoc, new Uint8Array(u));
    }
    const marks = marksIn(ydoc);
    ydoc.destroy();
    return marks;
  } finally {
    await client.close();
  }
}

/** /healthz of a node: the status code, or 0 when it does not answer at all. */
export async function health(node: ServerProcess): Promise<number> {
  try {
    return (await fetch(`${node.url}/healthz`, { signal: AbortSignal.timeout(3000) })).status;
  } catch {
    return 0;
  }
}

/**
 * Another house, made the way whoever runs the server makes one (the command line, on the same
 * Redis), with an admin device from its one-time link redeemed on `node`.
 */
export async function createHouse(
  redis: RedisServer,
  name: string,
  node: ServerProcess,
): Promise<{ house: string; token: string }> {
  const dataDir = tempDir('houseboard-cli-');
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'server/cli.ts', 'house', 'create', name],
      { cwd: REPO_ROOT, env: { ...process.env, ...nodeEnv(redis), DATA_DIR: dataDir } },
    );
    const house = stdout.match(/\(id (\S+), time zone/)?.[1];
    const link = adminLinkIn(stdout);
    if (!house || !link) throw new Error(`the command line made no house:\n${stdout}`);
    return { house, token: (await redeemAdminLink(node.url, link)).token };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

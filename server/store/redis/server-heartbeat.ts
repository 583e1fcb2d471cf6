// Which servers use this Redis now: each node keeps a key of its own (`hb:server:<node id>`) that
// it renews every few seconds with a short time to live, and deletes when it stops. A node that
// was killed (or lost its machine) stops renewing, and Redis drops its key by itself within
// HEARTBEAT_TTL_MS: a restore is held off while any node may still be running, and never longer.
import os from 'node:os';
import type { Logger } from '../../log.ts';
import { type RedisClient, shownUrl } from './client.ts';

export const HEARTBEAT_TTL_MS = 15_000;
const RENEW_EVERY_MS = 5_000;
const PREFIX = 'hb:server:';

interface NodeSign {
  pid: number;
  host: string;
  startedAt: string;
}

export class NodeHeartbeat {
  private timer?: NodeJS.Timeout;
  private readonly key: string;
  private readonly sign: string;

  constructor(
    private readonly client: RedisClient,
    nodeId: string,
    private readonly log: Logger,
  ) {
    this.key = `${PREFIX}${nodeId}`;
    const sign: NodeSign = {
      pid: process.pid,
      host: os.hostname(),
      startedAt: new Date().toISOString(),
    };
    this.sign = JSON.stringify(sign);
  }

  async start(): Promise<void> {
    await this.renew();
    this.timer = setInterval(() => {
      // While Redis is down the renewal fails; the next one after it answers sets the key again.
      this.renew().catch((error) => this.log.debug({ err: error }, 'heartbeat not renewed'));
    }, RENEW_EVERY_MS);
    this.timer.unref();
  }

  private async renew(): Promise<void> {
    await this.client.set(this.key, this.sign, { PX: HEARTBEAT_TTL_MS });
  }

  /** Stops renewing and says goodbye at once, so a restore need not wait for the key to expire. */
  async stop(): Promise<void> {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    await this.client.del(this.key).catch(() => {});
  }
}

/** One line naming the servers that use this Redis now; undefined when none does. */
export async function runningNodes(client: RedisClient, url: string): Promise<string | undefined> {
  // KEYS walks every key: fine for a command run by hand, never on an edit's path.
  const keys = await client.keys(`${PREFIX}*`);
  const nodes: string[] = [];
  for (const key of keys) {
    const [value, ttl] = await Promise.all([client.get(key), client.pTTL(key)]);
    if (value === null) continue; // expired in between
    let sign: Partial<NodeSign> = {};
    try {
      sign = JSON.parse(value) as NodeSign;
    } catch {
      // Shown without its details.
    }
    const seen = Math.max(0, Math.round((HEARTBEAT_TTL_MS - Math.max(0, ttl)) / 1000));
    nodes.push(`on ${sign.host ?? 'a machine'}, pid ${sign.pid ?? '?'}, seen ${seen} s ago`);
  }
  if (nodes.length === 0) return undefined;
  return `${nodes.length === 1 ? 'a Houseboard server is' : `${nodes.length} Houseboard servers are`} running on Redis at ${shownUrl(url)} (${nodes.join('; ')}): stop every server that uses it first, then try again. A server that was killed is forgotten ${HEARTBEAT_TTL_MS / 1000} s after it was last seen.`;
}

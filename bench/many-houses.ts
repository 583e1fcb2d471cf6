// Many houses on one node: N rooms × 5 light clients, the server's RSS idle and with every
// house loaded, and edit → other-client latency over a sample of edits spread across houses.
import { setTimeout as sleep } from 'node:timers/promises';
import { LightFleet, pacedEdits } from './light-fleet.ts';
import { watchOthers } from './machine-load.ts';
import { type LatencySummary, summarize } from './percentiles.ts';
import { cpuSeconds, rssMiB, type ServerKind, startWithRooms } from './servers.ts';

export interface ManyHousesSettings {
  houses: number;
  clientsPerHouse: number;
  warmup: number;
  edits: number;
  intervalMs: number;
  syncTimeoutMs: number;
  deliveryTimeoutMs: number;
}

export interface ManyHousesResult {
  latency: LatencySummary;
  connectMs: number;
  /** CPU the server used meanwhile (user + system): steadier than the time on a busy machine. */
  connectCpuMs: number;
  rssIdleMiB: number;
  rssLoadedMiB: number;
  rssAfterEditsMiB: number;
  /** (loaded − idle) / houses, in KiB. */
  perHouseKiB: number;
  /** Cores other processes used meanwhile. */
  others: number;
}

/** RSS once it has settled a little (the lowest of a few readings over a second). */
async function settledRss(pid: number): Promise<number> {
  let low = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    await sleep(250);
    low = Math.min(low, rssMiB(pid));
  }
  return low;
}

export async function runManyHouses(
  kind: ServerKind,
  s: ManyHousesSettings,
): Promise<ManyHousesResult> {
  const { server, rooms } = await startWithRooms(kind, s.houses);
  let fleet: LightFleet | undefined;
  const othersCpu = watchOthers([server.pid]);
  try {
    const rssIdleMiB = await settledRss(server.pid);
    const cpuBefore = cpuSeconds(server.pid);
    fleet = await LightFleet.connect(rooms, {
      label: `${kind} ${s.houses} houses`,
      clientsPerRoom: s.clientsPerHouse,
      concurrency: 50,
      syncTimeoutMs: s.syncTimeoutMs,
      seedRooms: kind === 'ref',
    });
    const connectCpuMs = (cpuSeconds(server.pid) - cpuBefore) * 1000;
    await sleep(1000); // the reference's seeding and any connect-time traffic
    const rssLoadedMiB = await settledRss(server.pid);
    // A spread sample: edit i goes to a house far from edit i−1's, from a rotating client.
    const stride = Math.max(1, Math.floor(s.houses * 0.618));
    const latencies = await pacedEdits(
      fleet,
      {
        warmup: s.warmup,
        edits: s.edits,
        intervalMs: s.intervalMs,
        deliveryTimeoutMs: s.deliveryTimeoutMs,
      },
      (i) => [(i * stride + Math.floor(i / s.houses)) % s.houses, i % s.clientsPerHouse],
      `${kind} ${s.houses} houses`,
    );
    const rssAfterEditsMiB = rssMiB(server.pid);
    return {
      latency: summarize(latencies),
      connectMs: fleet.connectMs,
      connectCpuMs,
      rssIdleMiB,
      rssLoadedMiB,
      rssAfterEditsMiB,
      perHouseKiB: ((rssLoadedMiB - rssIdleMiB) * 1024) / s.houses,
      others: othersCpu(),
    };
  } finally {
    fleet?.close();
    await server.stop();
  }
}

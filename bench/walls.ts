// Ten thousand walls: N houses on one node, each watched by one light client (a wall) and
// nobody editing. The server's RSS idle, once every wall is connected, once the quiet houses'
// documents sleep (HIBERNATE_AFTER_MS, short here), and after every wall has left. The reference
// has rooms and nothing that sleeps: it gets the same walls (its rooms seeded with our board).
import { setTimeout as sleep } from 'node:timers/promises';
import { LightFleet } from './light-fleet.ts';
import { watchOthers } from './machine-load.ts';
import { round3 } from './percentiles.ts';
import { ms, type Row, ratio } from './report.ts';
import { rssMiB, type ServerKind, startWithRooms } from './servers.ts';

export interface WallsSettings {
  houses: number;
  /** HIBERNATE_AFTER_MS for our server in this case. */
  hibernateAfterMs: number;
  /** UNLOAD_AFTER_MS for our server in this case. */
  unloadAfterMs: number;
  syncTimeoutMs: number;
}

export interface WallsResult {
  connectMs: number;
  rssIdleMiB: number;
  rssConnectedMiB: number;
  /** Ours: once every document has slept; the reference: as long after as ours waits. */
  rssAsleepMiB: number;
  rssLeftMiB: number;
  /** Cores other processes used meanwhile. */
  others: number;
}

/** RSS once it has settled (the lowest of a few readings over two seconds). */
async function settledRss(pid: number): Promise<number> {
  let low = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 8; i++) {
    await sleep(250);
    low = Math.min(low, rssMiB(pid));
  }
  return low;
}

export async function runWalls(kind: ServerKind, s: WallsSettings): Promise<WallsResult> {
  const { server, rooms } = await startWithRooms(kind, s.houses, {
    HIBERNATE_AFTER_MS: String(s.hibernateAfterMs),
    UNLOAD_AFTER_MS: String(s.unloadAfterMs),
  });
  let fleet: LightFleet | undefined;
  const othersCpu = watchOthers([server.pid]);
  try {
    const rssIdleMiB = await settledRss(server.pid);
    fleet = await LightFleet.connect(rooms, {
      label: `${kind} ${s.houses} walls`,
      clientsPerRoom: 1,
      concurrency: 50,
      syncTimeoutMs: s.syncTimeoutMs,
      seedRooms: kind === 'ref',
    });
    const connectMs = fleet.connectMs;
    const rssConnectedMiB = await settledRss(server.pid);
    // Each document sleeps 1 to 1.25 quiet periods after its last use (the last wall's sync).
    await sleep(s.hibernateAfterMs * 1.5 + 1000);
    const rssAsleepMiB = await settledRss(server.pid);
    fleet.checkConnected(); // no wall noticed
    fleet.close();
    fleet = undefined;
    await sleep(s.unloadAfterMs + 3000); // every document unloaded, stored first
    const rssLeftMiB = await settledRss(server.pid);
    return {
      connectMs,
      rssIdleMiB,
      rssConnectedMiB,
      rssAsleepMiB,
      rssLeftMiB,
      others: othersCpu(),
    };
  } finally {
    fleet?.close();
    await server.stop();
  }
}

const mib = (n: number | undefined) => (n === undefined ? null : Math.round(n * 10) / 10);
const div = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && b > 0 ? round3(a / b) : null;

/** The case's figures for the JSON line. */
export function wallsFigures(
  s: WallsSettings,
  r: Partial<Record<ServerKind, WallsResult>>,
): Record<string, number | null> {
  const { ours, ref } = r;
  return {
    houses: s.houses,
    hibernate_after_ms: s.hibernateAfterMs,
    unload_after_ms: s.unloadAfterMs,
    rss_idle_mib: mib(ours?.rssIdleMiB),
    rss_connected_mib: mib(ours?.rssConnectedMiB),
    rss_asleep_mib: mib(ours?.rssAsleepMiB),
    rss_left_mib: mib(ours?.rssLeftMiB),
    connect_ms: ours ? Math.round(ours.connectMs) : null,
    ref_rss_idle_mib: mib(ref?.rssIdleMiB),
    ref_rss_connected_mib: mib(ref?.rssConnectedMiB),
    ref_rss_later_mib: mib(ref?.rssAsleepMiB),
    ref_rss_left_mib: mib(ref?.rssLeftMiB),
    ref_connect_ms: ref ? Math.round(ref.connectMs) : null,
    others_cpu: ours?.others ?? null,
    ref_others_cpu: ref?.others ?? null,
  };
}

/** The case's rows in the results table. */
export function wallsRows(f: Record<string, number | null>): Row[] {
  const m = (n: number | null | undefined) => (n == null ? '-' : `${n} MiB`);
  const row = (what: string, a: number | null | undefined, b: number | null | undefined) => ({
    what,
    ours: m(a),
    ref: m(b),
    ratio: ratio(div(a, b)),
  });
  const what = `${f.houses} houses, one wall each, no edits, one node (light client)`;
  return [
    row(`${what}: RSS idle`, f.rss_idle_mib, f.ref_rss_idle_mib),
    row('… RSS, every wall connected', f.rss_connected_mib, f.ref_rss_connected_mib),
    row(
      `… RSS once the quiet documents sleep (HIBERNATE_AFTER_MS=${f.hibernate_after_ms}; the reference has nothing that sleeps)`,
      f.rss_asleep_mib,
      f.ref_rss_later_mib,
    ),
    row('… RSS after every wall has left', f.rss_left_mib, f.ref_rss_left_mib),
    {
      what: '… connect + sync every wall',
      ours: ms(f.connect_ms),
      ref: ms(f.ref_connect_ms),
      ratio: ratio(div(f.connect_ms, f.ref_connect_ms)),
    },
  ];
}

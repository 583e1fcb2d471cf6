// Ten thousand walls: N houses on one node, each watched by one light client (a wall) and
// nobody editing. The server's RSS idle, once every wall is connected, once the quiet houses'
// documents sleep (HIBERNATE_AFTER_MS, short here), and after every wall has left. The reference
// has rooms and nothing that sleeps: it gets the same walls (its rooms seeded with our board).

import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../test/helpers/free-port.ts';
import { LightFleet } from './light-fleet.ts';
import { inspectArgs, type LiveHeap, openLiveHeap } from './live-heap.ts';
import { watchOthers } from './machine-load.ts';
import { round3 } from './percentiles.ts';
import { ms, type Row, ratio } from './report.ts';
import { type RunningServer, rssMiB, type ServerKind, startWithRooms } from './servers.ts';

export interface WallsSettings {
  houses: number;
  /** HIBERNATE_AFTER_MS for our server in this case. */
  hibernateAfterMs: number;
  /** UNLOAD_AFTER_MS for our server in this case. */
  unloadAfterMs: number;
  syncTimeoutMs: number;
}

/** Ours only (from /metrics): documents in memory, and of them asleep. */
export interface ServerHeld {
  loaded: number;
  asleep: number;
}

/** One reading of the server: RSS as it is, then the heap and RSS once garbage is collected. */
export interface WallsReading {
  rssMiB: number;
  heapMiB: number;
  rssAfterGcMiB: number;
  /** Ours only. */
  held?: ServerHeld;
}

export const STAGES = ['idle', 'connected', 'asleep', 'left'] as const;
export type Stage = (typeof STAGES)[number];

export interface WallsResult {
  connectMs: number;
  /** `asleep`: ours once every document sleeps; the reference as long after as ours waits. */
  readings: Record<Stage, WallsReading>;
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

/** Reads our server's /metrics (METRICS=true); undefined for the reference. */
async function held(server: RunningServer): Promise<ServerHeld | undefined> {
  if (server.kind !== 'ours') return undefined;
  const text = await (await fetch(`${server.baseUrl}/metrics`)).text();
  const value = (name: string) =>
    Number(text.match(new RegExp(`^houseboard_${name} (\\S+)$`, 'm'))?.[1] ?? Number.NaN);
  return {
    loaded: value('documents_loaded'),
    asleep: value('documents_asleep'),
  };
}

/** Waits (up to `timeoutMs`) until our server's /metrics pass `done`; the reference just waits. */
async function until(
  server: RunningServer,
  done: (h: ServerHeld) => boolean,
  timeoutMs: number,
  referenceWaitMs: number,
): Promise<void> {
  if (server.kind !== 'ours') {
    await sleep(referenceWaitMs);
    return;
  }
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const h = await held(server);
    if (h && done(h)) return;
    await sleep(500);
  }
  throw new Error(`walls: ${JSON.stringify(await held(server))} after ${timeoutMs} ms`);
}

export async function runWalls(kind: ServerKind, s: WallsSettings): Promise<WallsResult> {
  const inspectorPort = await freePort();
  const { server, rooms } = await startWithRooms(
    kind,
    s.houses,
    {
      HIBERNATE_AFTER_MS: String(s.hibernateAfterMs),
      UNLOAD_AFTER_MS: String(s.unloadAfterMs),
      METRICS: 'true',
    },
    1,
    inspectArgs(inspectorPort),
  );
  let fleet: LightFleet | undefined;
  let heap: LiveHeap | undefined;
  const othersCpu = watchOthers([server.pid]);
  try {
    heap = await openLiveHeap(inspectorPort);
    const read = async (): Promise<WallsReading> => {
      const rss = await settledRss(server.pid);
      const held_ = await held(server);
      const gc = await heap!.read();
      return { rssMiB: rss, heapMiB: gc.heapMiB, rssAfterGcMiB: gc.rssMiB, held: held_ };
    };
    const idle = await read();
    fleet = await LightFleet.connect(rooms, {
      label: `${kind} ${s.houses} walls`,
      clientsPerRoom: 1,
      concurrency: 50,
      syncTimeoutMs: s.syncTimeoutMs,
      seedRooms: kind === 'ref',
    });
    const connectMs = fleet.connectMs;
    const connected = await read();
    // Each document sleeps 1 to 1.25 quiet periods after its last use (the last wall's sync).
    const quiet = s.hibernateAfterMs * 1.5 + 1000;
    await until(server, (h) => h.asleep === h.loaded, quiet + 60_000, quiet);
    const asleep = await read();
    fleet.checkConnected(); // no wall noticed
    fleet.close();
    fleet = undefined;
    // Every document unloaded (its writes stored first) some time after its wall left.
    const unload = s.unloadAfterMs + 3000;
    await until(server, (h) => h.loaded === 0, unload + 60_000, unload);
    const left = await read();
    return { connectMs, readings: { idle, connected, asleep, left }, others: othersCpu() };
  } finally {
    heap?.close();
    fleet?.close();
    await server.stop();
  }
}

const mib = (n: number | undefined) => (n === undefined ? null : Math.round(n * 10) / 10);
const div = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && b > 0 ? round3(a / b) : null;

/** The case's figures for the JSON line: `<stage>_<measure>`, and `ref_` for the reference. */
export function wallsFigures(
  s: WallsSettings,
  r: Partial<Record<ServerKind, WallsResult>>,
): Record<string, number | null> {
  const out: Record<string, number | null> = {
    houses: s.houses,
    hibernate_after_ms: s.hibernateAfterMs,
    unload_after_ms: s.unloadAfterMs,
  };
  for (const kind of ['ours', 'ref'] as const) {
    const x = r[kind];
    const p = kind === 'ref' ? 'ref_' : '';
    out[`${p}connect_ms`] = x ? Math.round(x.connectMs) : null;
    out[`${p}others_cpu`] = x?.others ?? null;
    for (const stage of STAGES) {
      const reading = x?.readings[stage];
      out[`${p}${stage}_rss_mib`] = mib(reading?.rssMiB);
      out[`${p}${stage}_heap_mib`] = mib(reading?.heapMiB);
      out[`${p}${stage}_rss_after_gc_mib`] = mib(reading?.rssAfterGcMiB);
      if (kind === 'ours') {
        out[`${stage}_documents`] = reading?.held?.loaded ?? null;
        out[`${stage}_documents_asleep`] = reading?.held?.asleep ?? null;
      }
    }
  }
  return out;
}

const STAGE_WORDS: Record<Stage, string> = {
  idle: 'idle (houses exist, none loaded)',
  connected: 'every wall connected',
  asleep: 'once the quiet documents sleep',
  left: 'after every wall has left',
};

/** The case's rows in the results table. */
export function wallsRows(f: Record<string, number | null>): Row[] {
  const m = (n: number | null | undefined) => (n == null ? '-' : `${n} MiB`);
  const row = (what: string, key: string) => ({
    what,
    ours: m(f[key]),
    ref: m(f[`ref_${key}`]),
    ratio: ratio(div(f[key], f[`ref_${key}`])),
  });
  const rows: Row[] = [];
  for (const stage of STAGES) {
    const what =
      stage === 'idle'
        ? `${f.houses} houses, one wall each, no edits, one node (light client, HIBERNATE_AFTER_MS=${f.hibernate_after_ms}): RSS ${STAGE_WORDS[stage]}`
        : `… RSS ${STAGE_WORDS[stage]}`;
    rows.push(row(what, `${stage}_rss_mib`));
    rows.push(row('… … heap in use once garbage is collected', `${stage}_heap_mib`));
    rows.push(row('… … RSS once garbage is collected', `${stage}_rss_after_gc_mib`));
  }
  rows.push({
    what: '… documents in memory (of them asleep): every wall connected / once they sleep / after every wall left',
    ours: `${f.connected_documents} (${f.connected_documents_asleep}) / ${f.asleep_documents} (${f.asleep_documents_asleep}) / ${f.left_documents}`,
    ref: 'n/a',
    ratio: '-',
  });
  rows.push({
    what: '… connect + sync every wall',
    ours: ms(f.connect_ms),
    ref: ms(f.ref_connect_ms),
    ratio: ratio(div(f.connect_ms, f.ref_connect_ms)),
  });
  return rows;
}

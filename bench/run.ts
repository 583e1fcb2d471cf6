// `npm run bench`: our server next to the reference @y/websocket-server@0.1.1 on the same
// workloads in one run — edit → other-client latency on one document (2, 50, 200 clients), many
// houses on one node, sustained updates per second, cold load, multi-node. See bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { REDIS_SERVER_PATH } from '../test/helpers/redis-server.ts';
import { type ColdLoadResult, runColdLoad } from './cold-load.ts';
import { caseLabel, type LatencyFigures, LatencyRuns, latencyCases } from './latency-cases.ts';
import { leastDisturbed } from './machine-load.ts';
import { type ManyHousesResult, runManyHouses } from './many-houses.ts';
import {
  commandsLine,
  multiNodeFigures,
  type NodeFigures,
  redisAvailable,
  runMultiNode,
  stageRows,
} from './multi-node.ts';
import { round3 } from './percentiles.ts';
import { type PresenceResult, runPresence } from './presence.ts';
import { type RampResult, runRamp } from './ramp.ts';
import { type RecordsSummary, recordsRows, recordsSection } from './records-section.ts';
import {
  machine,
  ms,
  perS,
  type Row,
  rampTable,
  ratio,
  table,
  writeResults,
  writeSection,
} from './report.ts';
import { abortAll, OURS_ENTRY, type ServerKind } from './servers.ts';
import { CASE_NAMES, settings } from './settings.ts';
import { runWalls, type WallsResult, wallsFigures, wallsRows } from './walls.ts';

const RESULTS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');
const kinds: ServerKind[] =
  settings.only === 'ref' ? ['ref'] : settings.only === 'ours' ? ['ours'] : ['ours', 'ref'];
const has = (name: (typeof CASE_NAMES)[number]) => settings.cases.includes(name);
const div = (a: number | null | undefined, b: number | null | undefined) =>
  a != null && b != null && b > 0 ? round3(a / b) : null;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function latencySection(): Promise<LatencyFigures[]> {
  const runs = new LatencyRuns(settings);
  const cases = latencyCases(settings);
  for (let round = 0; round < settings.rounds; round++) {
    // Alternate who goes first, so neither server always runs on a "warmer" machine.
    const order = round % 2 === 0 ? kinds : [...kinds].reverse();
    for (const c of cases) {
      for (const kind of order) {
        await runs.run(kind, c, round);
        await sleep(500);
      }
    }
  }
  return cases.map((c) => runs.figures(c));
}

async function housesSection() {
  const r: Partial<Record<ServerKind, ManyHousesResult>> = {};
  const once = (kind: ServerKind) =>
    runManyHouses(kind, {
      houses: settings.houses,
      clientsPerHouse: settings.houseClients,
      warmup: settings.warmupEdits,
      edits: settings.houseEdits,
      intervalMs: settings.intervalMs,
      syncTimeoutMs: Math.max(settings.syncTimeoutMs, 180_000),
      deliveryTimeoutMs: settings.deliveryTimeoutMs,
    });
  for (const kind of kinds) {
    // A long case: repeated once (not twice) when other processes took much of the CPU.
    const x = await leastDisturbed(`houses ${kind}`, () => once(kind), 1);
    r[kind] = x;
    console.log(
      `houses ${kind.padEnd(4)} ${settings.houses} × ${settings.houseClients}: ` +
        `p50 ${x.latency.p50.toFixed(2)} ms, p99 ${x.latency.p99.toFixed(2)} ms, ` +
        `max ${x.latency.max.toFixed(2)} ms, ` +
        `RSS idle ${x.rssIdleMiB.toFixed(1)} MiB, loaded ${x.rssLoadedMiB.toFixed(1)} MiB, ` +
        `after edits ${x.rssAfterEditsMiB.toFixed(1)} MiB, ${x.perHouseKiB.toFixed(1)} KiB/house, ` +
        `connect ${Math.round(x.connectMs)} ms (server CPU ${Math.round(x.connectCpuMs)} ms), ` +
        `others ${x.others} cores`,
    );
  }
  const { ours, ref } = r;
  const mib = (n?: number) => (n === undefined ? null : Math.round(n * 10) / 10);
  return {
    houses: settings.houses,
    clients_per_house: settings.houseClients,
    client: 'light',
    p50_ms: ours ? round3(ours.latency.p50) : null,
    p99_ms: ours ? round3(ours.latency.p99) : null,
    max_ms: ours ? round3(ours.latency.max) : null,
    deliveries: ours?.latency.count ?? 0,
    ref_p50_ms: ref ? round3(ref.latency.p50) : null,
    ref_p99_ms: ref ? round3(ref.latency.p99) : null,
    ref_max_ms: ref ? round3(ref.latency.max) : null,
    ref_deliveries: ref?.latency.count ?? 0,
    ratio_p50: div(ours?.latency.p50, ref?.latency.p50),
    ratio_p99: div(ours?.latency.p99, ref?.latency.p99),
    rss_idle_mib: mib(ours?.rssIdleMiB),
    rss_loaded_mib: mib(ours?.rssLoadedMiB),
    rss_after_edits_mib: mib(ours?.rssAfterEditsMiB),
    per_house_kib: mib(ours?.perHouseKiB),
    ref_rss_idle_mib: mib(ref?.rssIdleMiB),
    ref_rss_loaded_mib: mib(ref?.rssLoadedMiB),
    ref_rss_after_edits_mib: mib(ref?.rssAfterEditsMiB),
    ref_per_house_kib: mib(ref?.perHouseKiB),
    ratio_per_house: div(ours?.perHouseKiB, ref?.perHouseKiB),
    connect_ms: ours ? Math.round(ours.connectMs) : null,
    ref_connect_ms: ref ? Math.round(ref.connectMs) : null,
    connect_cpu_ms: ours ? Math.round(ours.connectCpuMs) : null,
    ref_connect_cpu_ms: ref ? Math.round(ref.connectCpuMs) : null,
    others_cpu: ours?.others ?? null,
    ref_others_cpu: ref?.others ?? null,
  };
}

async function rampSection() {
  const r: Partial<Record<ServerKind, RampResult>> = {};
  for (const kind of kinds) {
    r[kind] = await runRamp(kind, {
      rooms: settings.rampRooms,
      clientsPerRoom: Math.max(1, Math.round(settings.rampClients / settings.rampRooms)),
      startRate: settings.rampStart,
      maxRate: settings.rampMax,
      windowMs: 10_000,
      limitMs: settings.rampLimitMs,
      syncTimeoutMs: settings.syncTimeoutMs,
    });
  }
  const { ours, ref } = r;
  return {
    rooms: settings.rampRooms,
    clients: settings.rampClients,
    limit_ms: settings.rampLimitMs,
    measure: ours?.measure ?? ref?.measure ?? null,
    sustained_eld: ours?.sustained_eld ?? null,
    ref_sustained_eld: ref?.sustained_eld ?? null,
    ratio_eld: div(ours?.sustained_eld, ref?.sustained_eld),
    sustained_delivery: ours?.sustained_delivery ?? null,
    ref_sustained_delivery: ref?.sustained_delivery ?? null,
    ratio_delivery: div(ours?.sustained_delivery, ref?.sustained_delivery),
    steps: ours?.steps ?? [],
    ref_steps: ref?.steps ?? [],
  };
}

async function presenceSection() {
  const r: Partial<Record<ServerKind, PresenceResult>> = {};
  for (const kind of kinds) {
    r[kind] = await runPresence(kind, {
      clients: settings.presenceClients,
      seconds: settings.presenceSeconds,
      syncTimeoutMs: Math.max(settings.syncTimeoutMs, 60_000),
    });
    console.log(`presence ${kind.padEnd(4)} ${JSON.stringify(r[kind])}`);
  }
  const { ours, ref } = r;
  return {
    clients: settings.presenceClients,
    seconds: ours?.seconds ?? ref?.seconds ?? settings.presenceSeconds,
    ours: ours ?? null,
    ref: ref ?? null,
    ratio_messages: div(ours?.messagesPerS, ref?.messagesPerS),
    ratio_bytes: div(ours?.bytesPerS, ref?.bytesPerS),
    ratio_cpu: div(ours?.serverCpuPerS, ref?.serverCpuPerS),
  };
}

async function wallsSection() {
  const wallSettings = {
    houses: settings.walls,
    hibernateAfterMs: settings.wallsHibernateMs,
    unloadAfterMs: settings.wallsUnloadMs,
    syncTimeoutMs: Math.max(settings.syncTimeoutMs, 300_000),
  };
  const r: Partial<Record<ServerKind, WallsResult>> = {};
  for (const kind of kinds) {
    r[kind] = await runWalls(kind, wallSettings);
    console.log(`walls ${kind.padEnd(4)} ${settings.walls}: ${JSON.stringify(r[kind])}`);
  }
  return wallsFigures(wallSettings, r);
}

/** The walls case's own section of RESULTS.md, written whenever it ran in full (both servers). */
function writeWallsSection(walls: Record<string, number | null>, durationS: number): void {
  writeSection(RESULTS_FILE, 'Ten thousand walls (`BENCH_CASES=walls npm run bench`)', [
    `Run of ${new Date().toISOString()} (the whole bench run took ${durationS} s), load average at the end ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(
        ' / ',
      )}; other processes used ${walls.others_cpu} cores during ours, ${walls.ref_others_cpu} during the reference's.`,
    '',
    ...table(wallsRows(walls)),
    '',
    `- Each house has one light client on its board and nobody edits. Ours runs with HIBERNATE_AFTER_MS=${walls.hibernate_after_ms} and UNLOAD_AFTER_MS=${walls.unload_after_ms}; its houses are made before it starts (bench/make-houses.ts). The reference's rooms are sent our seeded board, and it is read as long after its walls connected as ours.`,
    '- RSS: VmRSS of the server process, the lowest of eight readings over two seconds. Then, through the inspector of the server (started with `--inspect` on a free port, bench/live-heap.ts), two full garbage collections, and the heap in use and RSS after them: an idle process seldom collects, and V8 keeps pages it has grown into, so RSS alone does not show memory coming back.',
  ]);
}

function coldFigures(c: ColdLoadResult) {
  return {
    updates: c.updates,
    log_bytes: c.log_bytes,
    sync_bytes: c.uncompacted.sync_bytes,
    uncompacted_ms: median(c.uncompacted.cold_ms),
    uncompacted_runs_ms: c.uncompacted.cold_ms,
    compacted_ms: median(c.compacted.cold_ms),
    compacted_runs_ms: c.compacted.cold_ms,
    warm_uncompacted_runs_ms: c.uncompacted.warm_ms,
    warm_compacted_runs_ms: c.compacted.warm_ms,
    reference: 'n/a (no persistence: nothing to load)',
  };
}

type Summary = {
  latency?: LatencyFigures[];
  houses?: Awaited<ReturnType<typeof housesSection>>;
  ramp?: Awaited<ReturnType<typeof rampSection>>;
  cold?: ReturnType<typeof coldFigures> | { skipped: string };
  multi?: ReturnType<typeof multiNodeFigures> | { skipped: string };
  presence?: Awaited<ReturnType<typeof presenceSection>>;
  records?: RecordsSummary;
  walls?: Awaited<ReturnType<typeof wallsSection>>;
};

function rows(s: Summary): Row[] {
  const out: Row[] = [];
  const add = (what: string, ours: string, ref: string, r: string) =>
    out.push({ what, ours, ref, ratio: r });
  for (const f of s.latency ?? []) {
    const label = caseLabel({ clients: f.clients, client: f.client, edits: 0 });
    const client = f.client === 'light' ? 'light client' : 'y-websocket';
    add(
      `${label}, one document (${client}): p50`,
      ms(f.p50_ms),
      ms(f.ref_p50_ms),
      ratio(f.ratio_p50),
    );
    add('… p99', ms(f.p99_ms), ms(f.ref_p99_ms), ratio(f.ratio_p99));
    const cpu = (xs: number[]) => (xs.length > 0 ? median(xs) : null);
    const [oursCpu, refCpu] = [
      cpu(f.server_cpu_ms_per_edit_by_round),
      cpu(f.ref_server_cpu_ms_per_edit_by_round),
    ];
    add(
      '… server CPU per edit (median of rounds)',
      ms(oursCpu),
      ms(refCpu),
      ratio(div(oursCpu, refCpu)),
    );
  }
  const h = s.houses;
  if (h) {
    const kib = (n: number | null) => (n === null ? '-' : `${n} KiB`);
    const mib = (n: number | null) => (n === null ? '-' : `${n} MiB`);
    const both = (a: number | null, b: number | null, f: (n: number | null) => string) =>
      [f(a), f(b), ratio(div(a, b))] as const;
    const what = `${h.houses} houses × ${h.clients_per_house} clients, one node (light client)`;
    add(`${what}: p50`, ms(h.p50_ms), ms(h.ref_p50_ms), ratio(h.ratio_p50));
    add('… p99', ms(h.p99_ms), ms(h.ref_p99_ms), ratio(h.ratio_p99));
    add('… max', ...both(h.max_ms, h.ref_max_ms, ms));
    add('… RSS idle', ...both(h.rss_idle_mib, h.ref_rss_idle_mib, mib));
    add('… RSS, all houses loaded', ...both(h.rss_loaded_mib, h.ref_rss_loaded_mib, mib));
    add('… RSS after the edits', ...both(h.rss_after_edits_mib, h.ref_rss_after_edits_mib, mib));
    add('… memory per loaded house', ...both(h.per_house_kib, h.ref_per_house_kib, kib));
    add('… connect + sync all clients', ...both(h.connect_ms, h.ref_connect_ms, ms));
    add('… server CPU meanwhile', ...both(h.connect_cpu_ms, h.ref_connect_cpu_ms, ms));
  }
  const r = s.ramp;
  if (r) {
    const what = `sustained updates/s, ${r.clients} clients on ${r.rooms} documents`;
    const eld = `${what}, server event-loop delay p99 < ${r.limit_ms} ms`;
    add(eld, perS(r.sustained_eld), perS(r.ref_sustained_eld), ratio(r.ratio_eld));
    const delivery = `… edit → other-client p99 < ${r.limit_ms} ms`;
    add(
      delivery,
      perS(r.sustained_delivery),
      perS(r.ref_sustained_delivery),
      ratio(r.ratio_delivery),
    );
  }
  const c = s.cold;
  if (c && 'skipped' in c) add('cold load', c.skipped, 'n/a', '-');
  else if (c) {
    const runs = (xs: number[]) => `${ms(median(xs))} (runs: ${xs.join(', ')})`;
    const what = `cold load, board with ${c.updates} un-compacted updates: connect → synced`;
    add(`${what} (median)`, runs(c.uncompacted_runs_ms), 'n/a', '-');
    add('… after compaction', runs(c.compacted_runs_ms), 'n/a', '-');
    add(
      '… a second client (document in memory), un-compacted',
      runs(c.warm_uncompacted_runs_ms),
      'n/a',
      '-',
    );
  }
  const m = s.multi;
  if (m && 'skipped' in m) add('multi-node', m.skipped, 'n/a', '-');
  else if (m) {
    const what = `${m.nodes} nodes + Redis, ${m.clients} clients spread`;
    const split = (label: string, f: NodeFigures) => {
      add(
        `${what} (${label}): edit on one node → client on another: p50`,
        ms(f.cross_p50_ms),
        'n/a',
        '-',
      );
      add('… p99', ms(f.cross_p99_ms), 'n/a', '-');
      add(
        "… client on the sender's node: p50 / p99",
        `${ms(f.same_p50_ms)} / ${ms(f.same_p99_ms)}`,
        'n/a',
        '-',
      );
      add('… Redis commands per edit (all nodes)', commandsLine(f), 'n/a', '-');
      for (const [name, v] of stageRows(f)) add(`… p50 / p99 of ${name}`, v, 'n/a', '-');
    };
    split('light clients', m);
    split('y-websocket clients', m.ywebsocket);
  }
  const p = s.presence;
  if (p) {
    const what = `presence only, ${p.clients} y-websocket clients, no edits, ${p.seconds} s`;
    const f = (x: PresenceResult | null, pick: (x: PresenceResult) => number, unit: string) =>
      x ? `${pick(x)}${unit}` : '-';
    add(
      `${what}: messages sent to the clients`,
      f(p.ours, (x) => x.messagesPerS, '/s'),
      f(p.ref, (x) => x.messagesPerS, '/s'),
      ratio(p.ratio_messages),
    );
    add(
      '… bytes sent to the clients',
      f(p.ours, (x) => x.bytesPerS, ' B/s'),
      f(p.ref, (x) => x.bytesPerS, ' B/s'),
      ratio(p.ratio_bytes),
    );
    add(
      '… server CPU (cores busy)',
      f(p.ours, (x) => x.serverCpuPerS, ''),
      f(p.ref, (x) => x.serverCpuPerS, ''),
      ratio(p.ratio_cpu),
    );
    add(
      "… clients that lost someone's presence",
      f(p.ours, (x) => x.lostPresence, ''),
      f(p.ref, (x) => x.lostPresence, ''),
      '-',
    );
  }
  if (s.records) out.push(...recordsRows(s.records));
  return out;
}

const NOTES = [
  '- Latency: edit → every other client of the same document, one clock (all clients live in the bench process). Ratios are ours / reference: above 1 our figure is larger (slower, or more memory); for updates/s above 1 ours sustains more.',
  '- "light client": a raw `ws` socket speaking the y-protocols sync messages without a Y.Doc for what it receives (bench/light-client.ts), so the bench process does not dominate the figure; both servers get the same client. With 200 y-websocket clients most of the latency is the bench process decoding 199 copies of each edit.',
  "- Many houses: the reference's rooms are sent the same seeded board our houses start with. RSS from /proc/<pid>/status VmRSS of the server process (lowest of five readings over a second); memory per house = (RSS loaded − RSS idle) / houses.",
  "- Sustained updates/s: the rate grows by √2 every step (400, 566, 800, 1131, 1600, 2263, 3200, …), each step laid over one 10 s window of the server's event-loop delay (/healthz `eventLoopDelayP99Ms`; the reference reports the same figure, measured the same way); each client re-ticks its own 20 chores. The per-screen message limit of our server (RATE_LIMIT) is lifted for this case only.",
  "- Cold load: one light client, connect → the server's syncStep2, a fresh server each run (COMPACT_EVERY=1000000), after one connection to the house's small settings document.",
  "- Day records: every client connects at once; each is timed from its connect to the server's syncStep2, the total until the last one synced. The reference's room is sent the same board first. Server CPU is over the connect.",
  '- The machine is shared: other work (tests of other helpers) ran at the same time, so figures are noisy; compare ours and the reference within one run. The bench watches the CPU other processes use (/proc/stat minus the bench and the servers, "others" in cores): a latency run, a many-houses run or the multi-node run during which others used more than 0.5 cores is repeated (up to twice, once for many houses; within BENCH_RETRY_BUDGET_S, 150 s per run) and the least disturbed run is kept; a failed ramp step is tried once more, and again while disturbed. `others_cpu` in the JSON says how disturbed each kept run still was.',
];

function sections(s: Summary, durationS: number): string[][] {
  const out: string[][] = [
    ['# Bench results', '', `\`npm run bench\`, ${durationS} s. Machine:`, '', ...machine()],
    ['## Results', '', ...table(rows(s))],
    ['## Notes', '', ...NOTES],
  ];
  if (s.ramp) {
    out.push([
      '## Sustained updates/s, step by step',
      '',
      `Measure: ${s.ramp.measure}. Server cpu: cores busy over the step. Bench eld: the bench process's own event-loop delay (high: the client side is the limit).`,
      '',
      ...rampTable('ours', s.ramp.steps),
      '',
      ...rampTable('reference', s.ramp.ref_steps),
    ]);
  }
  return out;
}

async function main(): Promise<void> {
  const started = performance.now();
  if (kinds.includes('ours') && !fs.existsSync(OURS_ENTRY)) {
    throw new Error(
      `${OURS_ENTRY} does not exist yet (set BENCH_ONLY=ref to run the reference alone)`,
    );
  }
  console.log(
    `Houseboard bench${settings.quick ? ' (quick)' : ''}: ${settings.cases.join(', ')}; ` +
      `load average ${os.loadavg()[0]!.toFixed(2)}`,
  );
  const s: Summary = {};
  if (has('latency')) s.latency = await latencySection();
  if (has('houses')) s.houses = await housesSection();
  if (has('ramp')) s.ramp = await rampSection();
  if (has('cold') && kinds.includes('ours')) {
    const cold = await runColdLoad({
      updates: settings.coldUpdates,
      repeats: settings.coldRepeats,
    });
    s.cold = coldFigures(cold);
    console.log(`cold load: ${JSON.stringify(s.cold)}`);
  }
  if (has('multinode') && kinds.includes('ours')) {
    if (!redisAvailable()) {
      s.multi = { skipped: `skipped: ${REDIS_SERVER_PATH} is missing` };
      console.log(`multi-node: ${s.multi.skipped}`);
    } else {
      const once = () =>
        runMultiNode(settings.nodes, {
          clients: settings.multiClients,
          edits: settings.multiEdits,
          warmupEdits: settings.warmupEdits,
          intervalMs: settings.intervalMs,
          syncTimeoutMs: settings.syncTimeoutMs,
          deliveryTimeoutMs: settings.deliveryTimeoutMs,
        });
      const m = await leastDisturbed('multi-node', once);
      s.multi = multiNodeFigures(m);
      console.log(`multi-node: ${JSON.stringify(s.multi)}`);
    }
  }
  if (has('presence')) s.presence = await presenceSection();
  if (has('records')) {
    s.records = await recordsSection(kinds, settings);
    console.log(`records: ${JSON.stringify(s.records)}`);
  }
  if (has('walls')) s.walls = await wallsSection();
  const durationS = Math.round((performance.now() - started) / 100) / 10;
  const report = sections(s, durationS);
  console.log('');
  console.log(table([...rows(s), ...(s.walls ? wallsRows(s.walls) : [])]).join('\n'));
  console.log('');
  if (s.walls && !settings.quick && !settings.only) writeWallsSection(s.walls, durationS);
  const full =
    !settings.quick &&
    !settings.only &&
    settings.cases.length === CASE_NAMES.length &&
    settings.latencyClients.length === 0;
  if (full) {
    writeResults(RESULTS_FILE, report);
    console.log(`results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  }
  const byClients = (clients: number, client = 'y-websocket') => {
    const f = s.latency?.find((x) => x.clients === clients && x.client === client);
    if (!f) return null;
    const { clients: _c, ...rest } = f;
    return rest;
  };
  const fifty = s.latency?.find((x) => x.clients === 50 && x.client === 'y-websocket');
  console.log(
    JSON.stringify({
      ...(fifty ?? {}),
      clients2: byClients(2),
      clients200: byClients(200, 'light'),
      clients200_ywebsocket: byClients(200),
      houses: s.houses ?? null,
      ramp: s.ramp ?? null,
      cold_load: s.cold ?? null,
      multi_node: s.multi ?? null,
      presence: s.presence ?? null,
      records: s.records ?? null,
      walls: s.walls ?? null,
      settings: {
        ...settings,
        sqlite_sync: process.env.SQLITE_SYNC || 'server default',
        node: process.version,
      },
      load_average: os.loadavg().map((n) => Math.round(n * 100) / 100),
      duration_s: durationS,
    }),
  );
}

function fail(error: unknown): never {
  abortAll();
  const message = error instanceof Error ? error.message : String(error);
  console.error(`bench failed: ${message.replace(/\s+/g, ' ')}`);
  process.exit(1);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    abortAll();
    console.error(`bench failed: interrupted by ${signal}`);
    process.exit(130);
  });
}

main().then(
  () => {
    abortAll();
    process.exit(0);
  },
  (error) => fail(error),
);

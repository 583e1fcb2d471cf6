// Edit → other-client latency on one document, ours and the reference interleaved round by
// round: 2 and 50 y-websocket clients, and 200 clients — light clients (the headline: the
// server's fan-out) and y-websocket clients (whose decoding in this one process dominates).
import { setTimeout as sleep } from 'node:timers/promises';
import { LightFleet, pacedEdits } from './light-fleet.ts';
import { leastDisturbed, watchOthers } from './machine-load.ts';
import { type LatencySummary, round3, summarize } from './percentiles.ts';
import { cpuSeconds, type ServerKind, startServer } from './servers.ts';
import type { Settings } from './settings.ts';
import { runWorkload } from './workload.ts';

export type ClientKind = 'y-websocket' | 'light';

export interface LatencyCase {
  clients: number;
  client: ClientKind;
  edits: number;
}

interface CaseFigures {
  latencies: number[];
  p99ByRound: number[];
  connectMs: number[];
  /** Cores other processes used during each kept run. */
  othersByRound: number[];
  /** CPU the server used per edit in each kept run, ms. */
  cpuByRound: number[];
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');

export function latencyCases(s: Settings): LatencyCase[] {
  const all: LatencyCase[] = [
    { clients: 2, client: 'y-websocket', edits: s.edits2 },
    { clients: 50, client: 'y-websocket', edits: s.edits50 },
    { clients: 200, client: 'light', edits: s.edits200 },
    { clients: 200, client: 'y-websocket', edits: s.edits200 },
  ];
  const only = s.latencyClients;
  return only.length === 0 ? all : all.filter((c) => only.includes(c.clients));
}

export const caseLabel = (c: LatencyCase) =>
  `${c.clients} clients${c.client === 'light' ? ' (light)' : ''}`;

export class LatencyRuns {
  private readonly results = new Map<string, CaseFigures>();

  constructor(private readonly s: Settings) {}

  private key(kind: ServerKind, c: LatencyCase) {
    return `${kind}:${c.clients}:${c.client}`;
  }

  async run(kind: ServerKind, c: LatencyCase, round: number): Promise<void> {
    const run = await leastDisturbed(`round ${round + 1}  ${kind.padEnd(4)} ${caseLabel(c)}`, () =>
      this.once(kind, c),
    );
    const { latencies, connectMs, others, cpuMsPerEdit } = run;
    const summary = summarize(latencies);
    const figures = this.results.get(this.key(kind, c)) ?? {
      latencies: [],
      p99ByRound: [],
      connectMs: [],
      othersByRound: [],
      cpuByRound: [],
    };
    // One by one: spreading a few hundred thousand samples into push overflows the stack.
    for (const latency of latencies) figures.latencies.push(latency);
    figures.p99ByRound.push(round3(summary.p99));
    figures.connectMs.push(Math.round(connectMs));
    figures.othersByRound.push(others);
    figures.cpuByRound.push(round3(cpuMsPerEdit));
    this.results.set(this.key(kind, c), figures);
    console.log(
      `round ${round + 1}  ${kind.padEnd(4)} ${caseLabel(c).padEnd(20)}: ` +
        `${summary.count} deliveries, p50 ${fmt(summary.p50)} ms, p99 ${fmt(summary.p99)} ms, ` +
        `max ${fmt(summary.max)} ms, server cpu ${fmt(cpuMsPerEdit)} ms/edit, ` +
        `connect ${Math.round(connectMs)} ms, others ${others} cores`,
    );
  }

  /** One run of a case on a fresh server, with the CPU other processes used meanwhile. */
  private async once(kind: ServerKind, c: LatencyCase) {
    // Ours: one device per client, as real phones have (a device may hold only a few sockets).
    const server = await startServer(kind, { devices: c.clients });
    const perRound = Math.ceil(c.edits / this.s.rounds);
    const othersCpu = watchOthers([server.pid]);
    let latencies: number[];
    let connectMs: number;
    let others: number;
    let cpuMsPerEdit: number;
    try {
      if (c.client === 'y-websocket') {
        ({
          latencies,
          connectMs,
          serverCpuMsPerEdit: cpuMsPerEdit,
        } = await runWorkload(server, {
          clients: c.clients,
          edits: perRound,
          warmupEdits: this.s.warmupEdits,
          intervalMs: this.s.intervalMs,
          syncTimeoutMs: this.s.syncTimeoutMs,
          deliveryTimeoutMs: this.s.deliveryTimeoutMs,
        }));
      } else {
        const fleet = await LightFleet.connect(
          [{ url: `${server.wsUrl}/${server.room}`, cookies: server.cookies }],
          {
            label: `${kind} ${c.clients} light clients`,
            clientsPerRoom: c.clients,
            concurrency: 50,
            syncTimeoutMs: this.s.syncTimeoutMs,
            seedRooms: false, // as in the y-websocket cases: the reference's room starts empty
          },
        );
        try {
          await sleep(500);
          connectMs = fleet.connectMs;
          const cpuAtStart = cpuSeconds(server.pid);
          latencies = await pacedEdits(
            fleet,
            {
              warmup: this.s.warmupEdits,
              edits: perRound,
              intervalMs: this.s.intervalMs,
              deliveryTimeoutMs: this.s.deliveryTimeoutMs,
            },
            (i) => [0, i % c.clients],
            `${kind} ${c.clients} light clients`,
          );
          const edits = this.s.warmupEdits + perRound;
          cpuMsPerEdit = ((cpuSeconds(server.pid) - cpuAtStart) * 1000) / edits;
        } finally {
          fleet.close();
        }
      }
      others = othersCpu();
    } finally {
      await server.stop();
    }
    return { latencies, connectMs, others, cpuMsPerEdit };
  }

  /** The figures of one case, ours and the reference, in the JSON's shape. */
  figures(c: LatencyCase) {
    const get = (kind: ServerKind): LatencySummary | null => {
      const f = this.results.get(this.key(kind, c));
      return f ? summarize(f.latencies) : null;
    };
    const ours = get('ours');
    const ref = get('ref');
    const ratio = (a?: number, b?: number) =>
      a !== undefined && b !== undefined && b > 0 ? round3(a / b) : null;
    return {
      clients: c.clients,
      client: c.client,
      p50_ms: ours ? round3(ours.p50) : null,
      p99_ms: ours ? round3(ours.p99) : null,
      max_ms: ours ? round3(ours.max) : null,
      deliveries: ours?.count ?? 0,
      ref_p50_ms: ref ? round3(ref.p50) : null,
      ref_p99_ms: ref ? round3(ref.p99) : null,
      ref_max_ms: ref ? round3(ref.max) : null,
      ref_deliveries: ref?.count ?? 0,
      ratio_p50: ratio(ours?.p50, ref?.p50),
      ratio_p99: ratio(ours?.p99, ref?.p99),
      p99_by_round: this.results.get(this.key('ours', c))?.p99ByRound ?? [],
      ref_p99_by_round: this.results.get(this.key('ref', c))?.p99ByRound ?? [],
      connect_ms: this.results.get(this.key('ours', c))?.connectMs ?? [],
      ref_connect_ms: this.results.get(this.key('ref', c))?.connectMs ?? [],
      others_cpu_by_round: this.results.get(this.key('ours', c))?.othersByRound ?? [],
      ref_others_cpu_by_round: this.results.get(this.key('ref', c))?.othersByRound ?? [],
      server_cpu_ms_per_edit_by_round: this.results.get(this.key('ours', c))?.cpuByRound ?? [],
      ref_server_cpu_ms_per_edit_by_round: this.results.get(this.key('ref', c))?.cpuByRound ?? [],
    };
  }
}

export type LatencyFigures = ReturnType<LatencyRuns['figures']>;

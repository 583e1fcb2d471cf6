// The numbers /metrics shows, in Prometheus's text format, in a registry of this server's own (two
// servers in one process never share one). Edits only bump counters and histograms; what can be
// counted when asked (connections, documents, Redis lag) is counted at scrape time.
import {
  Counter,
  collectDefaultMetrics,
  Gauge,
  Histogram,
  type Registry as PromRegistry,
  Registry,
} from 'prom-client';
import { ROLES } from '../../board/roles.ts';
import type { SyncMetrics } from '../sync/sync-metrics.ts';

export const PREFIX = 'houseboard_';

/** What the server holds now, read when /metrics is asked. */
export interface MetricsSources {
  /** Open sync connections per device role. */
  connectionsByRole: () => Map<string, number>;
  documentsLoaded: () => number;
  /** Of those, the ones held encoded while nobody changes them (HIBERNATE_AFTER_MS). */
  documentsAsleep?: () => number;
  /** On Redis: this node's id and how far behind it reads the streams (seconds). */
  redis?: { nodeId: string; readLag: () => number };
}

/** Store writes are a SQLite insert (tens of µs) or a Redis round trip (under a ms on a LAN). */
const STORE_BUCKETS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1,
];
/** An edit reaches the other screens within a blink: a few ms, 100 ms is already slow. */
const RELAY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** Refusals shown from the start (at 0), so a graph of their rate has a line before the first. */
const REFUSAL_REASONS = ['InvalidUpdate', 'NotYours', 'ReadOnly', 'MalformedMessage'];

export class Metrics implements SyncMetrics {
  readonly registry: PromRegistry = new Registry();
  private sources?: MetricsSources;
  private readonly accepted: Counter;
  private readonly refused: Counter<'reason'>;
  private readonly storeWrites: Histogram;
  private readonly relays: Histogram;

  constructor() {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
    this.accepted = new Counter({
      name: `${PREFIX}updates_accepted_total`,
      help: 'Edits from screens that passed the board rules and were stored.',
      registers,
    });
    this.refused = new Counter({
      name: `${PREFIX}updates_refused_total`,
      help: 'Edits from screens refused, by reason (InvalidUpdate, NotYours, ReadOnly, MalformedMessage).',
      labelNames: ['reason'],
      registers,
    });
    for (const reason of REFUSAL_REASONS) this.refused.inc({ reason }, 0);
    this.storeWrites = new Histogram({
      name: `${PREFIX}store_write_seconds`,
      help: 'How long one write of accepted edits to the store took (SQLite or Redis).',
      buckets: STORE_BUCKETS,
      registers,
    });
    this.relays = new Histogram({
      name: `${PREFIX}relay_seconds`,
      help: 'From accepting an edit to sending it on to the other screens (stored first).',
      buckets: RELAY_BUCKETS,
      registers,
    });
    const sources = () => this.sources;
    new Gauge({
      name: `${PREFIX}connections`,
      help: 'Open sync connections, by the role of the device (one per document a screen has open).',
      labelNames: ['role'],
      registers,
      collect() {
        const counts = sources()?.connectionsByRole() ?? new Map<string, number>();
        for (const role of ROLES) this.set({ role }, counts.get(role) ?? 0);
      },
    });
    new Gauge({
      name: `${PREFIX}documents_loaded`,
      help: 'House documents held in memory on this node.',
      registers,
      collect() {
        this.set(sources()?.documentsLoaded() ?? 0);
      },
    });
    new Gauge({
      name: `${PREFIX}documents_asleep`,
      help: 'Of the documents in memory, those held encoded because nobody changed them for a while.',
      registers,
      collect() {
        this.set(sources()?.documentsAsleep?.() ?? 0);
      },
    });
    new Gauge({
      name: `${PREFIX}redis_stream_lag_seconds`,
      help: 'On Redis: the longest an entry waited before this node read it, since the last scrape.',
      labelNames: ['node'],
      registers,
      collect() {
        const redis = sources()?.redis;
        if (redis) this.set({ node: redis.nodeId }, redis.readLag());
      },
    });
  }

  /** What the gauges read from, once the server has it. */
  watch(sources: MetricsSources): void {
    this.sources = sources;
  }

  /** The metrics as Prometheus reads them, with the content type to send them with. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }

  updateAccepted(): void {
    this.accepted.inc();
  }

  updateRefused(reason: string): void {
    this.refused.inc({ reason });
  }

  storeWrite(seconds: number): void {
    this.storeWrites.observe(seconds);
  }

  relayed(seconds: number): void {
    this.relays.observe(seconds);
  }
}

// The measured workload: N y-websocket clients on one document; a rotating sender sets one key
// of a Y.Map at a steady pace; every other client notes when the edit arrives.
// Sender and receivers share this process, so one clock (performance.now) times both ends.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
// The board's rules: the records written here are checked with them, as on the server.
import '../board/rules.ts';
import { choreDayId, choreDoneRecords, markChoreDone } from '../board/chore.ts';
import { socketWithCookie } from '../test/helpers/cookie-socket.ts';
import { clientCookie, cpuSeconds, type RunningServer } from './servers.ts';

export interface WorkloadSettings {
  clients: number;
  warmupEdits: number;
  edits: number;
  intervalMs: number;
  syncTimeoutMs: number;
  deliveryTimeoutMs: number;
  /** Several nodes of one server: client c connects to nodes[c % nodes.length]. */
  nodes?: RunningServer[];
}

export interface WorkloadResult {
  /** Edit → other-client latencies in ms, one per delivery of a measured edit. */
  latencies: number[];
  /** With several nodes: the deliveries to a client on another node than the sender's. */
  crossNode: number[];
  sameNode: number[];
  /** Time until all clients had synced, in ms. */
  connectMs: number;
  /** CPU the server process used per measured edit (first measured send to last delivery), ms. */
  serverCpuMsPerEdit: number;
}

interface Pending {
  sentAt: number;
  /** The sender's node (with several nodes). */
  node: number;
  counted: boolean;
  remaining: number;
}

function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve) => {
    const onSync = (synced: boolean) => {
      if (!synced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what())), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const BENCH_DAY = '2026-11-27';

export async function runWorkload(
  server: RunningServer,
  settings: WorkloadSettings,
): Promise<WorkloadResult> {
  const { clients } = settings;
  const docs: Y.Doc[] = [];
  const providers: WebsocketProvider[] = [];
  const pending = new Map<string, Pending>();
  const latencies: number[] = [];
  const crossNode: number[] = [];
  const sameNode: number[] = [];
  const nodes = settings.nodes ?? [server];
  let drained: (() => void) | null = null;
  let disconnects = 0;
  let measuring = false;

  // Each y-websocket provider adds a process 'exit' listener; 50 is expected here, not a leak.
  process.setMaxListeners(Math.max(process.getMaxListeners(), clients + 10));
  try {
    const connectStart = performance.now();
    for (let c = 0; c < clients; c++) {
      const node = c % nodes.length;
      const doc = new Y.Doc();
      choreDoneRecords(doc).map.observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const key of event.keysChanged) {
          const entry = pending.get(key);
          if (!entry) continue;
          if (entry.counted) {
            latencies.push(now - entry.sentAt);
            (entry.node !== node ? crossNode : sameNode).push(now - entry.sentAt);
          }
          entry.remaining -= 1;
          if (entry.remaining === 0) {
            pending.delete(key);
            if (pending.size === 0 && drained) drained();
          }
        }
      });
      const provider = new WebsocketProvider(nodes[node]!.wsUrl, server.room, doc, {
        // The device cookie our server wants (the reference ignores it).
        WebSocketPolyfill: socketWithCookie(clientCookie(server.cookies, c)),
        disableBc: true, // all clients share this process: they must talk through the server only
      });
      provider.on('status', ({ status }) => {
        if (status === 'disconnected' && measuring) disconnects += 1;
      });
      docs.push(doc);
      providers.push(provider);
    }
    await withTimeout(
      Promise.all(providers.map(whenSynced)),
      settings.syncTimeoutMs,
      () =>
        `${server.kind}: only ${providers.filter((p) => p.synced).length} of ${clients} clients synced within ${settings.syncTimeoutMs} ms`,
    );
    const connectMs = performance.now() - connectStart;
    measuring = true;
    await sleep(500); // let the connect-time awareness traffic settle

    const phases: Array<{ prefix: string; count: number; counted: boolean }> = [
      { prefix: 'w', count: settings.warmupEdits, counted: false },
      { prefix: 'k', count: settings.edits, counted: true },
    ];
    let sent = 0;
    let cpuAtStart = 0;
    for (const phase of phases) {
      if (phase.counted) cpuAtStart = cpuSeconds(server.pid);
      const start = performance.now();
      for (let i = 0; i < phase.count; i++) {
        const due = start + i * settings.intervalMs;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        const key = choreDayId(`bench${phase.prefix}${i}`, BENCH_DAY);
        const doc = docs[sent % clients]!;
        const node = (sent % clients) % nodes.length;
        sent += 1;
        pending.set(key, {
          sentAt: performance.now(),
          node,
          counted: phase.counted,
          remaining: clients - 1,
        });
        // A realistic edit that passes the board's schema: a chore ticked done for a day.
        markChoreDone(doc, `bench${phase.prefix}${i}`, BENCH_DAY, undefined, Date.now());
      }
    }
    if (pending.size > 0) {
      await withTimeout(
        new Promise<void>((resolve) => {
          drained = resolve;
        }),
        settings.deliveryTimeoutMs,
        () => {
          let missing = 0;
          for (const entry of pending.values()) missing += entry.remaining;
          return `${server.kind}: ${missing} deliveries of ${pending.size} edits never arrived within ${settings.deliveryTimeoutMs} ms`;
        },
      );
    }
    const serverCpuMsPerEdit = ((cpuSeconds(server.pid) - cpuAtStart) * 1000) / settings.edits;
    if (disconnects > 0) {
      throw new Error(`${server.kind}: ${disconnects} client disconnects during the run`);
    }
    return { latencies, crossNode, sameNode, connectMs, serverCpuMsPerEdit };
  } finally {
    measuring = false;
    for (const provider of providers) provider.destroy();
    for (const doc of docs) doc.destroy();
  }
}

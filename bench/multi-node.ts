// Multi-node: three of our nodes sharing one Redis (started here, on a free port in a temp dir,
// never the machine's own), 50 clients spread over the nodes; edit → other-client latency, split
// into deliveries on another node than the sender's and on the same node. Run with light clients
// (what the nodes deliver) and then with y-websocket clients (whose decoding of every edit, 49
// times in this one process, adds its own queue), on the same nodes.
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REDIS_SERVER_PATH, startRedisServer } from '../test/helpers/redis-server.ts';
import {
  commandCalls,
  commandsPerEdit,
  STAGE_NAMES,
  type StageFigures,
  takeStages,
} from './edit-stages.ts';
import { LightFleet, pacedEditsInto } from './light-fleet.ts';
import { watchOthers } from './machine-load.ts';
import { type LatencySummary, round3, summarize } from './percentiles.ts';
import { makeTempDir, type RunningServer, removeTempDir, startServer } from './servers.ts';
import { runWorkload, type WorkloadSettings } from './workload.ts';

export interface NodeSplit {
  cross_node: LatencySummary;
  same_node: LatencySummary;
  connect_ms: number;
  /** Where the time goes, stage by stage (bench/edit-stages.ts). */
  stages: StageFigures;
  /** Redis commands per edit, by command, over all three nodes. */
  redis_commands_per_edit: Record<string, number>;
}

/** What one run measured, with the stages and commands read around it. */
async function measured(
  redisUrl: string,
  stageFiles: string[],
  edits: number,
  run: () => Promise<Omit<NodeSplit, 'stages' | 'redis_commands_per_edit'>>,
): Promise<NodeSplit> {
  takeStages(stageFiles); // what connecting wrote
  const before = await commandCalls(redisUrl);
  const split = await run();
  const after = await commandCalls(redisUrl);
  await sleep(400); // the nodes write their stage lines every 200 ms
  return {
    ...split,
    stages: takeStages(stageFiles),
    redis_commands_per_edit: commandsPerEdit(before, after, edits),
  };
}

export interface MultiNodeResult {
  nodes: number;
  clients: number;
  light: NodeSplit;
  ywebsocket: NodeSplit;
  /** Cores other processes (not the bench, nodes or Redis) used meanwhile. */
  others: number;
}

/** A private redis-server: append-only, fsync every second, no RDB snapshots. */
async function startRedis() {
  const dir = makeTempDir('houseboard-bench-redis-');
  const redis = await startRedisServer({ dir, appendfsync: 'everysec' });
  return {
    url: redis.url,
    pid: redis.pid,
    stop: async () => {
      await redis.stop();
      removeTempDir(dir);
    },
  };
}

export function redisAvailable(): boolean {
  return fs.existsSync(REDIS_SERVER_PATH);
}

export async function runMultiNode(
  nodeCount: number,
  workload: Omit<WorkloadSettings, 'nodes'>,
): Promise<MultiNodeResult> {
  const redis = await startRedis();
  const stagesDir = makeTempDir('houseboard-bench-stages-');
  const stageFiles = Array.from({ length: nodeCount }, (_, i) =>
    path.join(stagesDir, `node-${i}.txt`),
  );
  const nodes: RunningServer[] = [];
  try {
    const env = (i: number) => ({ REDIS_URL: redis.url, EDIT_STAGES_FILE: stageFiles[i]! });
    // The house is made in Redis before the first node starts, with one device per client (a
    // device may hold only a few sockets); every node finds it there.
    nodes.push(await startServer('ours', { env: env(0), devices: workload.clients }));
    for (let i = 1; i < nodeCount; i++) nodes.push(await startServer('ours', { env: env(i) }));
    const othersCpu = watchOthers([redis.pid, ...nodes.map((n) => n.pid)]);
    const edits = workload.warmupEdits + workload.edits;
    const light = await measured(redis.url, stageFiles, edits, () => lightRun(nodes, workload));
    await sleep(500);
    const ywebsocket = await measured(redis.url, stageFiles, edits, async () => {
      const result = await runWorkload(nodes[0]!, { ...workload, nodes });
      return {
        cross_node: summarize(result.crossNode),
        same_node: summarize(result.sameNode),
        connect_ms: Math.round(result.connectMs),
      };
    });
    const others = othersCpu();
    return { nodes: nodeCount, clients: workload.clients, light, ywebsocket, others };
  } finally {
    for (const node of nodes) await node.stop();
    await redis.stop();
    removeTempDir(stagesDir);
  }
}

/** Light clients spread over the nodes (client i on node i mod n), edits from each in turn. */
async function lightRun(
  nodes: RunningServer[],
  workload: Omit<WorkloadSettings, 'nodes'>,
): Promise<Omit<NodeSplit, 'stages' | 'redis_commands_per_edit'>> {
  const { room, cookies } = nodes[0]!;
  const label = `multi-node ${workload.clients} light clients`;
  const fleet = await LightFleet.connect(
    [{ url: '', urls: nodes.map((n) => `${n.wsUrl}/${room}`), cookies }],
    {
      label,
      clientsPerRoom: workload.clients,
      concurrency: 25,
      syncTimeoutMs: workload.syncTimeoutMs,
      seedRooms: false,
    },
  );
  try {
    await sleep(500);
    const into = { sameNode: [] as number[], crossNode: [] as number[] };
    await pacedEditsInto(
      fleet,
      {
        warmup: workload.warmupEdits,
        edits: workload.edits,
        intervalMs: workload.intervalMs,
        deliveryTimeoutMs: workload.deliveryTimeoutMs,
      },
      (i) => [0, i % workload.clients],
      label,
      into,
    );
    return {
      cross_node: summarize(into.crossNode),
      same_node: summarize(into.sameNode),
      connect_ms: Math.round(fleet.connectMs),
    };
  } finally {
    fleet.close();
  }
}

function splitFigures(s: NodeSplit) {
  return {
    cross_p50_ms: round3(s.cross_node.p50),
    cross_p99_ms: round3(s.cross_node.p99),
    cross_max_ms: round3(s.cross_node.max),
    cross_deliveries: s.cross_node.count,
    same_p50_ms: round3(s.same_node.p50),
    same_p99_ms: round3(s.same_node.p99),
    same_deliveries: s.same_node.count,
    connect_ms: s.connect_ms,
    redis_commands_per_edit: s.redis_commands_per_edit,
    stages: s.stages,
  };
}

/** The stage lines of the report: p50 / p99 of each stage. */
export function stageRows(f: NodeFigures): Array<[string, string]> {
  return STAGE_NAMES.map((name) => {
    const s = f.stages[name];
    return [name, s ? `${s.p50_ms.toFixed(2)} / ${s.p99_ms.toFixed(2)} ms` : 'n/a'];
  });
}

/** "xadd 1, xread 3" */
export function commandsLine(f: NodeFigures): string {
  const parts = Object.entries(f.redis_commands_per_edit).map(([name, n]) => `${name} ${n}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

export type NodeFigures = ReturnType<typeof splitFigures>;

/** The figures the report and its JSON line give: light clients first, y-websocket inside. */
export function multiNodeFigures(m: MultiNodeResult) {
  return {
    nodes: m.nodes,
    clients: m.clients,
    client: 'light',
    ...splitFigures(m.light),
    ywebsocket: splitFigures(m.ywebsocket),
    others_cpu: m.others,
    reference: 'n/a (one process, no multi-node mode)',
  };
}

// How long a node waits before it reads a document's stream it has just started to watch, while
// its read is blocked on other streams: another node stores an entry right after the watch starts.
// `node --import tsx bench/new-stream-wait.ts` (starts a redis-server of its own).
import { createLogger } from '../server/log.ts';
import { openRedisStores } from '../server/store/redis/open.ts';
import { startRedisServer } from '../test/helpers/redis-server.ts';
import { round3, summarize } from './percentiles.ts';

const ROUNDS = 200;
const redis = await startRedisServer();
const log = createLogger('silent');
const [a, b] = await Promise.all([
  openRedisStores(redis.url, log),
  openRedisStores(redis.url, log),
]);
try {
  const stops = [a.documents.watch!('house0/board', '0-0', () => undefined)];
  const waits: number[] = [];
  for (let i = 1; i <= ROUNDS; i++) {
    const doc = `house${i}/board`;
    const seen = new Promise<number>((resolve) => {
      stops.push(a.documents.watch!(doc, '0-0', () => resolve(performance.now())));
    });
    const stored = performance.now();
    await b.documents.append(doc, new Uint8Array([i % 256]));
    waits.push((await seen) - stored);
  }
  for (const stop of stops) stop();
  const s = summarize(waits);
  console.log(
    JSON.stringify({
      rounds: ROUNDS,
      p50_ms: round3(s.p50),
      p99_ms: round3(s.p99),
      max_ms: round3(s.max),
    }),
  );
} finally {
  await a.close();
  await b.close();
  await redis.dispose();
}

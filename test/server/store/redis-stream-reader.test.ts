// The blocking stream reader of a Redis node, on a real redis-server of the test's own: it reads
// another node's entry as soon as it is stored, also on a document it has only just started to
// watch while its read was blocked (its read waits up to 5 s for entries when nothing comes).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Stores } from '../../../server/store/stores.ts';
import { redisServerReady } from '../../helpers/redis-server.ts';
import { redis, type StoreBackend } from './store-backends.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Well under the 5 s a read blocks for, well over a round trip on a busy machine. */
const AT_ONCE_MS = 1500;

/** Resolves with how long `doc` took to come in on `reader` after `writer` stored an entry. */
async function readAfterStoring(reader: Stores, writer: Stores, doc: string): Promise<number> {
  const { position } = await reader.documents.load(doc);
  let arrived: (at: number) => void = () => undefined;
  const seen = new Promise<number>((resolve) => {
    arrived = resolve;
  });
  const stop = reader.documents.watch!(doc, position, () => arrived(performance.now()));
  try {
    const stored = performance.now();
    await writer.documents.append(doc, bytes(`${doc} from the other node`));
    const timeout = new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), 6000));
    return (await Promise.race([seen, timeout])) - stored;
  } finally {
    stop();
  }
}

describe.skipIf(!redisServerReady())('the Redis stream reader', () => {
  let backend: StoreBackend;
  beforeEach(async () => {
    backend = await redis.setup();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await backend.dispose();
  });

  test("reads another node's entry at once, on documents it starts to watch one after another while its read blocks", async () => {
    const [a, b] = await Promise.all([backend.open(), backend.open()]);
    // One document watched for the whole test, so the reader is always blocked on something.
    const stopFirst = a.documents.watch!('house1/board', '0-0', () => undefined);
    const waits: number[] = [];
    for (let i = 0; i < 40; i++) {
      waits.push(await readAfterStoring(a, b, `house${i + 2}/board`));
    }
    stopFirst();
    expect(waits.filter((ms) => ms > AT_ONCE_MS)).toEqual([]);
  });

  test('reads at once when a document starts to be watched just as another node stores to it', async () => {
    const [a, b] = await Promise.all([backend.open(), backend.open()]);
    const stopFirst = a.documents.watch!('house1/board', '0-0', () => undefined);
    // The entry is stored while the node is still asking for the new stream to be read.
    const waits = await Promise.all(
      Array.from({ length: 20 }, (_, i) => readAfterStoring(a, b, `house${i + 2}/board`)),
    );
    stopFirst();
    expect(waits.filter((ms) => ms > AT_ONCE_MS)).toEqual([]);
  });

  // Stream ids carry Redis's clock. A node on a machine whose clock is a day off Redis's must
  // still show how long an entry waited, not the day (it showed 86,400 s before it read TIME).
  test.each([
    ['a day ahead of', 86_400_000],
    ['a day behind', -86_400_000],
  ])("shows the read lag, not the clocks' difference, on a node %s Redis", async (_, offset) => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + offset });
    const [a, b] = await Promise.all([backend.open(), backend.open()]);
    a.redis!.readLag(); // from now on
    const waited = await readAfterStoring(a, b, 'house1/board');
    expect(waited).toBeLessThan(AT_ONCE_MS);
    const lag = a.redis!.readLag();
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(AT_ONCE_MS / 1000);
  });
});

// The heap a server process still holds once garbage is collected: through the inspector of a
// server started with `--inspect` on a free port, the bench asks V8 for a full collection and then
// reads `process.memoryUsage()`. RSS alone cannot show memory coming back: V8 keeps pages it
// has grown into, and an idle process seldom collects.
import WebSocket from 'ws';

/** Node flags that let the bench reach the server's inspector on `port`. */
export const inspectArgs = (port: number) => [`--inspect=127.0.0.1:${port}`];

export interface LiveHeap {
  /** Collects garbage, then reads the heap in use and RSS, in MiB. */
  read(): Promise<{ heapMiB: number; rssMiB: number }>;
  close(): void;
}

export async function openLiveHeap(port: number): Promise<LiveHeap> {
  const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as Array<{
    webSocketDebuggerUrl?: string;
  }>;
  const url = list[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error(`live heap: no inspector on port ${port}`);
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let next = 1;
  const waiting = new Map<number, (result: unknown) => void>();
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
    if (message.id !== undefined) waiting.delete(message.id);
  });
  const call = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  return {
    async read() {
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const result = (await call('Runtime.evaluate', {
        expression: 'JSON.stringify(process.memoryUsage())',
        returnByValue: true,
      })) as { result: { value: string } };
      const usage = JSON.parse(result.result.value) as { heapUsed: number; rss: number };
      return { heapMiB: mib(usage.heapUsed), rssMiB: mib(usage.rss) };
    },
    close: () => ws.terminate(),
  };
}

// A plain TCP relay between one browser and the server, so a test can take that one device off
// the network — its sockets torn down, new ones refused — while every other screen stays on,
// and put it back on the same address. Nothing is read or changed on the way through.
import net from 'node:net';

export interface TcpProxy {
  /** http://127.0.0.1:<port>, the address the device uses instead of the server's. */
  url: string;
  port: number;
  /** Connections open through the relay now. */
  readonly open: number;
  /** Drops every open connection and refuses new ones, as a pulled cable would. */
  cut(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetPort: number, port = 0): Promise<TcpProxy> {
  const pairs = new Set<net.Socket>();
  const relay = (client: net.Socket) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    pairs.add(client);
    pairs.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(client);
      pairs.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  };
  let server = net.createServer(relay);
  const listen = (on: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(on, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
    });
  const stop = () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of pairs) socket.destroy();
    pairs.clear();
    return closed;
  };
  const bound = await listen(port);
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    get open() {
      return pairs.size / 2;
    },
    cut: stop,
    async restore() {
      server = net.createServer(relay);
      await listen(bound);
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}

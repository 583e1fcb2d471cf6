// The reference: the stock @y/websocket-server@0.1.1 relay, no persistence, run as its own
// process by bench/servers.ts. Env: PORT (required), HOST (default 127.0.0.1).
// The room (document) name is the URL path, as y-websocket clients send it. /healthz reports the
// event loop's p99 delay measured exactly as our server measures it (server/loop-delay.ts).
import http from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { EventLoopDelay } from '../server/loop-delay.ts';

const port = Number(process.env.PORT);
const host = process.env.HOST || '127.0.0.1';
if (!Number.isInteger(port) || port <= 0) {
  console.error('referenceServer: PORT must be set to a free port');
  process.exit(2);
}

const wss = new WebSocketServer({ noServer: true });
const loopDelay = new EventLoopDelay();

const server = http.createServer((req, res) => {
  if (req.url !== '/healthz') {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ status: 'ok', eventLoopDelayP99Ms: loopDelay.p99() }));
});

server.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (conn) => {
    const docName = (req.url || '/').slice(1).split('?')[0] || 'default';
    setupWSConnection(conn, req, { docName });
  });
});

server.listen(port, host, () => {
  console.log(`reference y-websocket server on ${host}:${port}`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    for (const client of wss.clients) client.terminate();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  });
}

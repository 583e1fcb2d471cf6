// The reference: the stock @y/websocket-server@0.1.1 relay, no persistence, run as its own
// process by bench/servers.ts. Env: PORT (required), HOST (default 127.0.0.1).
// The room (document) name is the URL path, as y-websocket clients send it.
import http from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT);
const host = process.env.HOST || '127.0.0.1';
if (!Number.isInteger(port) || port <= 0) {
  console.error('referenceServer: PORT must be set to a free port');
  process.exit(2);
}

const wss = new WebSocketServer({ noServer: true });

const server = http.createServer((req, res) => {
  res.writeHead(req.url === '/healthz' ? 200 : 404, { 'Content-Type': 'text/plain' });
  res.end(req.url === '/healthz' ? 'ok' : 'not found');
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

// /metrics on a port of its own (METRICS_PORT), bound to 127.0.0.1 unless METRICS_HOST says
// otherwise: Prometheus on the same machine, or on a private network, scrapes it there while the
// house's port never shows it. It answers /metrics and nothing else.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.ts';
import type { Metrics } from './metrics.ts';

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/** Answers GET /metrics with the scrape; anything else is 404, so the port says nothing more. */
export function metricsHandler(metrics: Metrics, log: Logger) {
  return (request: http.IncomingMessage, response: http.ServerResponse): void => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    metrics.scrape().then(
      ({ contentType, text }) => {
        response.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : text);
      },
      (error) => {
        log.error({ err: error }, 'could not collect the metrics');
        response.writeHead(500, { 'content-type': 'text/plain' }).end('Could not collect\n');
      },
    );
  };
}

export async function startMetricsServer(
  metrics: Metrics,
  place: { port: number; host: string },
  log: Logger,
): Promise<MetricsServer> {
  const server = http.createServer(metricsHandler(metrics, log));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `METRICS_PORT ${place.port} on ${place.host} cannot be used (${error.code ?? error.message}); choose a free port, or an address this machine has for METRICS_HOST`,
        ),
      ),
    );
    server.listen(place.port, place.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = place.host.includes(':') ? `[${place.host}]` : place.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// The HTTP side: the two screens (compressed at build time, kept as long as each may be: see
// static-files.ts), a health check, the JSON API the screens start from, and where screens
// report their script errors.
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import { refusal } from '../../board/wire.ts';
import type { TrustProxy } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { metricsHandler } from '../metrics/metrics-server.ts';
import { type AccessRoutesOptions, accessRoutes } from './access-routes.ts';
import { type CalendarFeedOptions, calendarFeedRoutes } from './calendar-feed-route.ts';
import { clientErrorRoutes } from './client-errors.ts';
import { inlineScriptHashes } from './inline-scripts.ts';
import { sameOriginOnly } from './same-origin.ts';
import { A_DAY, ALWAYS_ASK, builtFiles, FOREVER, sendBuilt } from './static-files.ts';

export interface HttpOptions extends AccessRoutesOptions, CalendarFeedOptions {
  distDir: string;
  log: Logger;
  trustProxy: TrustProxy;
  /** Where the house reaches the server, if set: requests from its pages are same-origin. */
  publicUrl?: string;
  /** Tell browsers to come back over HTTPS only: the server or its PUBLIC_URL speaks HTTPS. */
  hsts: boolean;
  /** Resolves while the store answers. */
  storeHealth: () => Promise<void>;
  stats: () => { documents: number; connections: number; eventLoopDelayP99Ms: number };
  /** Set only with METRICS=true: /metrics on this port. Otherwise it is not here at all (404). */
  metrics?: Metrics;
}

const NOT_BUILT =
  'The screens have not been built yet. Run "npm run build", then reload this page.';

function sendPage(distDir: string, page: string) {
  const file = path.resolve(distDir, page, 'index.html');
  return (req: express.Request, res: express.Response) =>
    sendBuilt(req, res, file, ALWAYS_ASK, () => {
      res.status(503).type('text/plain').send(NOT_BUILT);
    });
}

/** One file at the top of the build (the service worker, the site's icon). */
function sendTopFile(distDir: string, name: string, cacheControl: string) {
  const file = path.resolve(distDir, name);
  return (req: express.Request, res: express.Response) =>
    sendBuilt(req, res, file, cacheControl, () => {
      res.status(404).type('text/plain').send(NOT_BUILT);
    });
}

export function createHttpApp(options: HttpOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          // Same origin, and the built pages' own inline scripts, by hash.
          scriptSrc: ["'self'", ...inlineScriptHashes(options.distDir)],
          // Lit sets a few style attributes.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          // The phone app's service worker and manifest, from this server only.
          workerSrc: ["'self'"],
          manifestSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
        },
      },
      // Plain http on a house network is normal; HSTS there would lock a LAN address out. Under
      // TLS it keeps a phone from being talked down to http; only this host, not its neighbours.
      strictTransportSecurity: options.hsts
        ? { maxAge: 180 * 86_400, includeSubDomains: false }
        : false,
    }),
  );

  app.get('/healthz', async (_req, res) => {
    try {
      await withTimeout(options.storeHealth(), 2000);
      res.json({ status: 'ok', build: options.build, ...options.stats() });
    } catch (error) {
      options.log.warn({ err: error }, 'health check failed');
      // A store that answers but cannot write (a full disk) says why.
      const reason =
        (error as { healthReason?: string }).healthReason ?? 'the store is not answering';
      res.status(503).json({ status: 'unavailable', reason });
    }
  });

  if (options.metrics) app.get('/metrics', metricsHandler(options.metrics, options.log));

  // Nothing from another site's page changes anything here, and no cookie is set or replaced.
  app.use(
    '/api',
    sameOriginOnly(options.publicUrl, (req, why) =>
      options.log.warn({ path: req.path, reason: why }, 'refused a request from another site'),
    ),
  );
  // Error reports first: they read their own, smaller body.
  app.use('/api', clientErrorRoutes(options));
  app.use('/api', express.json({ limit: '16kb' }), accessRoutes(options));
  app.use(calendarFeedRoutes(options));

  app.use('/assets', builtFiles(path.join(options.distDir, 'assets'), FOREVER));
  app.use('/install', builtFiles(path.join(options.distDir, 'install'), A_DAY));
  // The service worker lives at the root so it may serve every phone address; the browser must
  // ask again each time, so a new build's worker is found at once.
  app.get('/sw.js', sendTopFile(options.distDir, 'sw.js', ALWAYS_ASK));
  app.get('/favicon.ico', sendTopFile(options.distDir, 'favicon.ico', A_DAY));
  app.get('/favicon.svg', sendTopFile(options.distDir, 'favicon.svg', A_DAY));
  const phone = sendPage(options.distDir, 'client');
  app.get('/', phone);
  app.get('/join', phone);
  app.get('/admin', phone);
  app.get('/kiosk', sendPage(options.distDir, 'kiosk'));

  app.use((_req: express.Request, res: express.Response) => {
    res.status(404).json(refusal('nothingHere'));
  });
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      if (error.type === 'entity.too.large') {
        return void res.status(413).json(refusal('tooMuch'));
      }
      if (error.type === 'entity.parse.failed') {
        return void res.status(400).json(refusal('unreadable'));
      }
      options.log.error({ err: error }, 'request failed');
      res.status(500).json(refusal('serverWrong'));
    },
  );
  return app;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

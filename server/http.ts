// The HTTP side: the two screens, a health check and the small JSON API the screens start from.
import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Logger } from './log.ts';

export interface HttpOptions {
  distDir: string;
  build: string;
  log: Logger;
  /** The house a screen sees; for now every device sees the first house. */
  sessionHouse: () => { id: string; name: string };
  /** Resolves while the store answers. */
  storeHealth: () => Promise<void>;
  stats: () => { documents: number; connections: number };
  kiosksOnline: (houseId: string) => Promise<number>;
  reloadKiosks: (houseId: string) => void;
}

const NOT_BUILT =
  'The screens have not been built yet. Run "npm run build", then reload this page.';

function sendPage(distDir: string, page: string) {
  const file = path.join(distDir, page, 'index.html');
  return (_req: express.Request, res: express.Response) => {
    if (!fs.existsSync(file)) return res.status(503).type('text/plain').send(NOT_BUILT);
    res.set('Cache-Control', 'no-cache').sendFile(file);
  };
}

export function createHttpApp(options: HttpOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_req, res) => {
    try {
      await withTimeout(options.storeHealth(), 2000);
      res.json({ status: 'ok', build: options.build, ...options.stats() });
    } catch (error) {
      options.log.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', reason: 'the store is not answering' });
    }
  });

  app.get('/api/session', (_req, res) => {
    const house = options.sessionHouse();
    res.json({ houseId: house.id, houseName: house.name, build: options.build });
  });

  app.get('/api/kiosks', async (_req, res) => {
    res.json({ online: await options.kiosksOnline(options.sessionHouse().id) });
  });

  app.post('/api/kiosks/reload', (_req, res) => {
    options.reloadKiosks(options.sessionHouse().id);
    res.status(202).json({ status: 'asked' });
  });

  app.use(
    '/assets',
    express.static(path.join(options.distDir, 'assets'), {
      immutable: true,
      maxAge: '1y',
      index: false,
    }),
  );
  app.get('/', sendPage(options.distDir, 'client'));
  app.get('/kiosk', sendPage(options.distDir, 'kiosk'));

  app.use((_req: express.Request, res: express.Response) => {
    res.status(404).json({ error: 'There is nothing at this address.' });
  });
  app.use(
    (error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      options.log.error({ err: error }, 'request failed');
      res.status(500).json({ error: 'Something went wrong on the server.' });
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

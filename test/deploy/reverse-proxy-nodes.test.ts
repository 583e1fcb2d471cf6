// Three nodes on one Redis behind a proxy, as compose.yaml's scale profile and the README's
// "More than one machine" section run them: deploy/Caddyfile (Caddy from Debian's package) and
// the README's nginx upstream example, each in front of three real nodes on a redis-server of
// the test's own. Phones spread over the nodes with no sticky sessions and still see each
// other's changes; a node that stops is passed over.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { freePort } from '../helpers/free-port.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { type RedisServer, startRedisServer } from '../helpers/redis-server.ts';
import { REPO_ROOT } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import {
  CADDY,
  get,
  NGINX,
  nginxConfig,
  type ProxyProcess,
  phoneSocket,
  requireBinary,
  startProxy,
  untilProxied,
} from './proxy-process.ts';
import { readmeExample } from './readme-example.ts';

interface Proxy {
  url: string;
  process: ProxyProcess;
}

/** deploy/Caddyfile as compose.yaml gives it: the site and the nodes from the environment. */
async function caddyInFront(dir: string, url: string, nodes: TestServer[]): Promise<Proxy> {
  const caddy = requireBinary(CADDY, 'caddy');
  const config = path.join(dir, 'Caddyfile');
  // No admin endpoint, so it never touches another Caddy's :2019.
  const shipped = fs.readFileSync(path.join(REPO_ROOT, 'deploy/Caddyfile'), 'utf8');
  fs.writeFileSync(config, `{\n\tadmin off\n}\n${shipped}`);
  const process = startProxy(caddy, ['run', '--config', config, '--adapter', 'caddyfile'], {
    SITE_ADDRESS: url,
    UPSTREAMS: nodes.map((node) => `127.0.0.1:${node.port}`).join(' '),
    XDG_DATA_HOME: dir,
    XDG_CONFIG_HOME: dir,
    HOME: dir,
  });
  return { url, process };
}

/** The README's nginx example for several nodes, on plain http (the certificate is not its point). */
async function nginxInFront(dir: string, url: string, nodes: TestServer[]): Promise<Proxy> {
  const nginx = requireBinary(NGINX, 'nginx');
  const example = readmeExample('More than one machine: Redis', 'upstream houseboard');
  const addresses = ['10.0.0.11:8080', '10.0.0.12:8080', '10.0.0.13:8080'];
  let site = example.replace('listen 443 ssl;', `listen ${new URL(url).host};`);
  addresses.forEach((address, i) => {
    site = site.replace(address, `127.0.0.1:${nodes[i]!.port}`);
  });
  const config = nginxConfig(dir, site);
  const process = startProxy(nginx, ['-p', dir, '-c', config, '-e', 'stderr']);
  return { url, process };
}

async function connections(node: TestServer): Promise<number> {
  const health = await get(`${node.url}/healthz`);
  return (JSON.parse(health.body) as { connections: number }).connections;
}

describe.each([
  ['deploy/Caddyfile', caddyInFront],
  ["the README's nginx upstream example", nginxInFront],
])('%s in front of three nodes on one Redis', (_name, inFront) => {
  let redis: RedisServer;
  let dir: string;
  let proxy: Proxy;
  const nodes: TestServer[] = [];
  const providers: WebsocketProvider[] = [];

  beforeAll(async () => {
    dir = tempDir('houseboard-nodes-proxy-');
    redis = await startRedisServer();
    const url = `http://127.0.0.1:${await freePort()}`;
    for (let i = 0; i < 3; i++) {
      nodes.push(
        await startTestServer({ REDIS_URL: redis.url, TRUST_PROXY: '1', PUBLIC_URL: url }),
      );
    }
    proxy = await inFront(dir, url, nodes);
    await untilProxied(proxy.url, proxy.process);
  }, 60_000);

  afterAll(async () => {
    for (const provider of providers) provider.destroy();
    await proxy?.process.stop();
    for (const node of nodes) await node.close();
    await redis?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('phones spread over the nodes see one board', async () => {
    const page = await get(`${proxy.url}/`);
    expect(page.status).toBe(200);
    const houseId = nodes[0]!.firstHouse.id;
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
    for (const doc of docs) {
      const token = await deviceToken(nodes[0]!, houseId, 'member');
      const provider = new WebsocketProvider(
        `${proxy.url.replace(/^http/, 'ws')}/sync`,
        `${houseId}/board`,
        doc,
        { WebSocketPolyfill: phoneSocket(cookieFor(token), proxy.url), disableBc: true },
      );
      providers.push(provider);
      await eventually(() => expect(provider.synced).toBe(true), { timeoutMs: 15_000 });
    }
    const held = await Promise.all(nodes.map(connections));
    expect(held.reduce((sum, count) => sum + count, 0)).toBe(3);
    expect(held.filter((count) => count > 0).length).toBeGreaterThanOrEqual(2);

    choreRecords(docs[0]!).add({
      title: 'Fold the towels',
      schedule: { kind: 'daily' },
      createdAt: Date.now(),
    });
    for (const doc of docs.slice(1)) {
      await eventually(() =>
        expect(
          choreRecords(doc)
            .values()
            .map((chore) => chore.title),
        ).toContain('Fold the towels'),
      );
    }
  });

  test('with one node stopped, every request still gets an answer from another', async () => {
    await nodes.pop()!.close();
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) statuses.push((await get(`${proxy.url}/healthz`)).status);
    expect(statuses).toEqual(Array(9).fill(200));
  });
});

// The README's reverse-proxy examples, run for real: Caddy and nginx from Debian's packages,
// configured with the README's own text (only the site address, ports and certificate paths put
// to this test's), in front of a real server. Through each: the phone page, /healthz, a live
// sync between two devices over the proxied WebSocket, and a client's own X-Forwarded-For, which
// must not let it past the guess limiter.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { selfSignedCertificate } from '../helpers/certificate.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { freePort } from '../helpers/free-port.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
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

const HTTPS_SECTION = 'Phones over https: installing and working offline';

/** Everything the proxies need: the server, its port, a folder and the proxy's own address. */
interface Setup {
  server: TestServer;
  proxyUrl: string;
  dir: string;
  proxy: ProxyProcess;
}

/** The server as the README says to start it behind one proxy: TRUST_PROXY=1 and PUBLIC_URL. */
async function serverBehind(proxyUrl: string): Promise<TestServer> {
  return startTestServer({ TRUST_PROXY: '1', PUBLIC_URL: proxyUrl, GUESSES_PER_MINUTE: '10' });
}

async function startCaddy(): Promise<Setup> {
  const caddy = requireBinary(CADDY, 'caddy');
  const dir = tempDir('houseboard-caddy-');
  const proxyUrl = `http://127.0.0.1:${await freePort()}`;
  const server = await serverBehind(proxyUrl);
  // Over plain http on a free port (the test cannot get a certificate for a public name), and
  // no admin endpoint, so it never touches another Caddy's :2019.
  const site = readmeExample(HTTPS_SECTION, 'reverse_proxy')
    .replace('board.example.org', proxyUrl)
    .replace('127.0.0.1:8080', `127.0.0.1:${server.port}`);
  const config = path.join(dir, 'Caddyfile');
  fs.writeFileSync(config, `{\n\tadmin off\n}\n${site}`);
  const proxy = startProxy(caddy, ['run', '--config', config, '--adapter', 'caddyfile'], {
    XDG_DATA_HOME: dir,
    XDG_CONFIG_HOME: dir,
    HOME: dir,
  });
  await untilProxied(proxyUrl, proxy);
  return { server, proxyUrl, dir, proxy };
}

async function startNginx(): Promise<Setup> {
  const nginx = requireBinary(NGINX, 'nginx');
  const dir = tempDir('houseboard-nginx-');
  const { certFile, keyFile } = selfSignedCertificate(dir);
  const port = await freePort();
  const proxyUrl = `https://127.0.0.1:${port}`;
  const server = await serverBehind(proxyUrl);
  const site = readmeExample(HTTPS_SECTION, 'server_name board.example.org')
    .replace('listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`)
    .replace(/\/etc\/letsencrypt\/live\/board\.example\.org\/fullchain\.pem/, certFile)
    .replace(/\/etc\/letsencrypt\/live\/board\.example\.org\/privkey\.pem/, keyFile)
    .replace('http://127.0.0.1:8080', `http://127.0.0.1:${server.port}`);
  const config = nginxConfig(dir, site);
  const proxy = startProxy(nginx, ['-p', dir, '-c', config, '-e', 'stderr']);
  await untilProxied(proxyUrl, proxy);
  return { server, proxyUrl, dir, proxy };
}

/** A wrong staff code sent through the proxy, claiming to come from `claimed`; the status. */
function wrongStaffCode(proxyUrl: string, token: string, claimed: string): Promise<number> {
  const client = proxyUrl.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      `${proxyUrl}/api/staff`,
      {
        method: 'POST',
        rejectUnauthorized: false,
        headers: {
          cookie: cookieFor(token),
          'content-type': 'application/json',
          'x-forwarded-for': claimed,
          origin: proxyUrl,
        },
      },
      (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      },
    );
    request.once('error', reject);
    request.end(JSON.stringify({ code: 'WRONG-CODE' }));
  });
}

describe.each([
  ['Caddy', startCaddy],
  ['nginx', startNginx],
])("the README's %s example in front of the server", (_name, start) => {
  let setup: Setup;
  const providers: WebsocketProvider[] = [];

  beforeAll(async () => {
    setup = await start();
  }, 60_000);

  afterAll(async () => {
    for (const provider of providers) provider.destroy();
    await setup?.proxy.stop();
    await setup?.server.close();
    if (setup) fs.rmSync(setup.dir, { recursive: true, force: true });
  });

  test('the phone page and the health check come through it', async () => {
    const page = await get(`${setup.proxyUrl}/`);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.body).toMatch(/<script[^>]+type="module"/);
    const health = await get(`${setup.proxyUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ status: 'ok' });
  });

  test('a chore added on one phone shows on another, both synced through the proxy', async () => {
    const { server, proxyUrl } = setup;
    const houseId = server.firstHouse.id;
    const docs = [new Y.Doc(), new Y.Doc()] as const;
    for (const doc of docs) {
      const token = await deviceToken(server, houseId, 'member');
      providers.push(
        new WebsocketProvider(`${proxyUrl.replace(/^http/, 'ws')}/sync`, `${houseId}/board`, doc, {
          WebSocketPolyfill: phoneSocket(cookieFor(token), proxyUrl),
          disableBc: true,
        }),
      );
    }
    await eventually(() => expect(providers.every((p) => p.synced)).toBe(true), {
      timeoutMs: 15_000,
    });
    choreRecords(docs[0]).add({
      title: 'Water the plants',
      schedule: { kind: 'daily' },
      createdAt: Date.now(),
    });
    await eventually(() =>
      expect(
        choreRecords(docs[1])
          .values()
          .map((chore) => chore.title),
      ).toContain('Water the plants'),
    );
  });

  test("a client's own X-Forwarded-For does not make each wrong guess a new address", async () => {
    const { server, proxyUrl } = setup;
    const member = await deviceToken(server, server.firstHouse.id, 'member');
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      statuses.push(await wrongStaffCode(proxyUrl, member, `10.9.${i}.${i + 1}`));
    }
    expect(statuses).toEqual([...Array(10).fill(403), ...Array(4).fill(429)]);
  });
});

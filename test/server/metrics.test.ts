// /metrics as Prometheus reads it: real servers, real y-websocket screens editing, the scrape read
// by a real parser of Prometheus's text format. Off unless asked for, and never public by accident.

import { afterEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { CloseReasons } from '../../board/close-codes.ts';
import type { Role } from '../../board/roles.ts';
import { ConfigError, readConfig } from '../../server/config.ts';
import { deviceToken } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { freePort } from '../helpers/free-port.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { scrape } from '../helpers/scrape.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';

const servers: TestServer[] = [];
const clients: SyncClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.close();
});

async function serve(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer(env);
  servers.push(server);
  return server;
}

async function screen(server: TestServer, role: Role, kind: 'board' | 'staff' = 'board') {
  const houseId = server.firstHouse.id;
  const client = await connectSynced(
    server.url,
    houseId,
    kind,
    await deviceToken(server, houseId, role),
  );
  clients.push(client);
  return client;
}

const titles = (client: SyncClient) =>
  choreRecords(client.doc)
    .values()
    .map((chore) => chore.title);

describe('/metrics', () => {
  test('counts the screens by role, the documents, and every edit accepted, stored and relayed', async () => {
    const server = await serve({ METRICS: 'true' });
    const metricsUrl = `${server.url}/metrics`;
    expect(server.metricsUrl).toBe(metricsUrl);
    const before = await scrape(metricsUrl);
    expect(before.value('houseboard_connections', { role: 'admin' })).toBe(0);
    expect(before.value('houseboard_documents_loaded')).toBe(0);
    expect(before.value('houseboard_updates_accepted_total')).toBe(0);
    expect(before.histogram('houseboard_relay_seconds')).toEqual({ count: 0, sum: 0 });

    const admin = await screen(server, 'admin');
    const kiosk = await screen(server, 'kiosk');
    const member = await screen(server, 'member');
    const memberOnStaff = await screen(server, 'member', 'staff');
    const edits = 12;
    for (let i = 0; i < edits; i++) {
      choreRecords(admin.doc).add({
        title: `Sweep ${i}`,
        schedule: { kind: 'daily' },
        createdAt: i,
      });
    }
    await eventually(() =>
      expect(titles(kiosk).filter((t) => t.startsWith('Sweep '))).toHaveLength(edits),
    );
    await eventually(() =>
      expect(titles(member).filter((t) => t.startsWith('Sweep '))).toHaveLength(edits),
    );

    const after = await scrape(metricsUrl);
    expect(after.value('houseboard_connections', { role: 'admin' })).toBe(1);
    expect(after.value('houseboard_connections', { role: 'kiosk' })).toBe(1);
    expect(after.value('houseboard_connections', { role: 'member' })).toBe(2);
    expect(after.value('houseboard_connections', { role: 'staff' })).toBe(0);
    // The board, the settings it holds with it, and the staff document.
    expect(after.value('houseboard_documents_loaded')).toBe(3);
    expect(after.value('houseboard_updates_accepted_total')).toBe(edits);
    const relays = after.histogram('houseboard_relay_seconds')!;
    expect(relays.count).toBe(edits);
    expect(relays.sum).toBeGreaterThan(0);
    expect(relays.sum / relays.count).toBeLessThan(1); // an edit reaches the others within a blink
    const writes = after.histogram('houseboard_store_write_seconds')!;
    // Edits that arrive together are stored in one write.
    expect(writes.count).toBeGreaterThanOrEqual(1);
    expect(writes.count).toBeLessThanOrEqual(edits);
    expect(writes.sum).toBeGreaterThan(0);
    expect(after.value('houseboard_updates_refused_total', { reason: 'ReadOnly' })).toBe(0);

    // A member's screen writing the staff document: dropped, and counted.
    memberOnStaff.doc.getMap('shifts').set('s1', new Y.Map());
    await eventually(async () =>
      expect(
        (await scrape(metricsUrl)).value('houseboard_updates_refused_total', {
          reason: 'ReadOnly',
        }),
      ).toBe(1),
    );

    // An edit the board's rules refuse: the screen is closed, and the refusal counted.
    const attacker = await screen(server, 'member');
    const closed = new Promise<number>((resolve) =>
      attacker.provider.on('connection-close', (event) => {
        attacker.provider.shouldConnect = false; // no second try with the same edit
        resolve(event?.code ?? 0);
      }),
    );
    const bad = new Y.Map<unknown>();
    bad.set('title', 42);
    attacker.doc.getMap('chores').set('bad1', bad);
    expect(await closed).toBe(CloseReasons.InvalidUpdate.code);
    const refused = await scrape(metricsUrl);
    expect(refused.value('houseboard_updates_refused_total', { reason: 'InvalidUpdate' })).toBe(1);
    expect(refused.value('houseboard_updates_accepted_total')).toBe(edits);

    // Event-loop delay and memory, from Node itself, under the same prefix.
    expect(refused.value('houseboard_process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(refused.value('houseboard_nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    expect(refused.value('houseboard_nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    // Not on Redis: no stream lag to show.
    expect(refused.value('houseboard_redis_stream_lag_seconds')).toBeUndefined();

    for (const client of [admin, kiosk, member, memberOnStaff]) client.destroy();
    await eventually(async () =>
      expect((await scrape(metricsUrl)).value('houseboard_connections', { role: 'member' })).toBe(
        0,
      ),
    );
  }, 60_000);

  test('is not there by default: 404, with nothing measured', async () => {
    const server = await serve();
    expect(server.metricsUrl).toBeUndefined();
    for (const method of ['GET', 'HEAD', 'POST']) {
      const response = await fetch(`${server.url}/metrics`, { method });
      expect(response.status, method).toBe(404);
      expect(await response.text()).not.toContain('houseboard_');
    }
  });

  test('METRICS_PORT serves it only there, on 127.0.0.1, and the house port gives 404', async () => {
    const port = await freePort();
    const server = await serve({ METRICS_PORT: String(port) });
    expect(server.metricsUrl).toBe(`http://127.0.0.1:${port}/metrics`);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    const scraped = await scrape(`http://127.0.0.1:${port}/metrics`);
    expect(scraped.value('houseboard_documents_loaded')).toBe(0);
    // The metrics port says nothing else: not the board, not the health check, not by a detour.
    for (const [method, path] of [
      ['GET', '/'],
      ['GET', '/healthz'],
      ['GET', '/metrics/../healthz'],
      ['GET', '/metricsx'],
      ['POST', '/metrics'],
      ['DELETE', '/metrics'],
    ] as const) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { method });
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(await response.text()).not.toContain('houseboard_');
    }
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    // Stopping the server closes its metrics port too.
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });

  test('two servers in one process keep their own counts', async () => {
    const one = await serve({ METRICS: 'true' });
    const two = await serve({ METRICS: 'true' });
    const admin = await screen(one, 'admin');
    const watcher = await screen(one, 'kiosk');
    choreRecords(admin.doc).add({
      title: 'Only on one',
      schedule: { kind: 'daily' },
      createdAt: 1,
    });
    await eventually(() => expect(titles(watcher)).toContain('Only on one'));
    expect((await scrape(`${one.url}/metrics`)).value('houseboard_updates_accepted_total')).toBe(1);
    const other = await scrape(`${two.url}/metrics`);
    expect(other.value('houseboard_updates_accepted_total')).toBe(0);
    expect(other.value('houseboard_connections', { role: 'admin' })).toBe(0);
  });
});

describe('the metrics settings', () => {
  const base = { DATA_DIR: '/tmp', PORT: '8080', HOUSE_TIME_ZONE: 'UTC' };
  const read = (env: Record<string, string>) => readConfig({ ...base, ...env });

  test('say where /metrics answers: nowhere by default', () => {
    expect(read({}).metrics).toEqual({ where: 'off' });
    expect(read({ METRICS: 'false' }).metrics).toEqual({ where: 'off' });
    expect(read({ METRICS: 'true' }).metrics).toEqual({ where: 'main' });
    expect(read({ METRICS_PORT: '9464' }).metrics).toEqual({
      where: 'port',
      port: 9464,
      host: '127.0.0.1',
    });
    // A port of its own wins: then the main port never shows it.
    expect(
      read({ METRICS: 'true', METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5' }).metrics,
    ).toEqual({
      where: 'port',
      port: 9464,
      host: '10.0.0.5',
    });
  });

  test.each([
    [{ METRICS: 'yes' }, /^METRICS must be one of true, false, not "yes"\.$/],
    [{ METRICS: 'TRUE ' }, /^METRICS must be one of true, false/],
    [
      { METRICS_PORT: 'ninety' },
      /^METRICS_PORT must be a whole number from 1 to 65535, not "ninety"\.$/,
    ],
    [{ METRICS_PORT: '0' }, /^METRICS_PORT must be a whole number from 1 to 65535/],
    [{ METRICS_PORT: '70000' }, /^METRICS_PORT must be a whole number from 1 to 65535/],
    [{ METRICS_PORT: '8080' }, /^METRICS_PORT must differ from PORT \(8080\)/],
    [{ METRICS_HOST: '0.0.0.0' }, /^METRICS_HOST needs METRICS_PORT/],
    [
      { METRICS_PORT: '9464', METRICS_HOST: 'evil host; rm -rf /' },
      /^METRICS_HOST must be an address such as 127\.0\.0\.1, not "evil host; rm -rf \/"\.$/,
    ],
    [{ LOG_FORMAT: 'xml' }, /^LOG_FORMAT must be one of json, pretty, not "xml"\.$/],
  ])('refuse %o with one clear line', (env, message) => {
    expect(() => read(env)).toThrow(ConfigError);
    expect(() => read(env)).toThrow(message);
  });
});

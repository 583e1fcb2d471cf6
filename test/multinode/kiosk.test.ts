// socket.io across server nodes: a kiosk paired through one node and connected to another is
// asked to reload from a third, and when the admin lets it go on one node its sockets close on
// the node it is connected to. Real processes: three servers and a redis-server of the test's own.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cookieFor } from '../helpers/device-tokens.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { adminToken, outputs, startNodes } from './nodes.ts';
import { Phone, within } from './phones.ts';

const ready = redisServerReady();

describe.skipIf(!ready)('socket.io events across server nodes', () => {
  let redis: RedisServer | undefined;
  const started: ServerProcess[] = [];
  let admin: string;
  const sockets: Socket[] = [];
  const phones: Phone[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    await startNodes(redis, 3, started);
    admin = await adminToken(started);
  });

  afterAll(async () => {
    for (const socket of sockets.splice(0)) socket.disconnect();
    for (const p of phones.splice(0)) p.destroy();
    await Promise.allSettled(started.map((node) => node.stop('SIGKILL')));
    await redis?.dispose();
  });

  const asAdmin = (node: ServerProcess, route: string, body?: unknown) =>
    fetch(`${node.url}/api/${route}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie: cookieFor(admin), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  test('a kiosk on node C gets "reload" asked on node A, and revoking it on node B closes its sockets on C within a second', async () => {
    const [a, b, c] = started as [ServerProcess, ServerProcess, ServerProcess];

    // The kiosk asks node A for a pairing code; the admin enters it on node B.
    const pairing = await fetch(`${a.url}/api/pairing`, { method: 'POST' });
    expect(pairing.status).toBe(200);
    const { code } = (await pairing.json()) as { code: string };
    const kioskToken = pairing.headers.get('set-cookie')?.match(/hb_device=([^;]+)/)?.[1];
    expect(kioskToken).toBeTruthy();
    const paired = await asAdmin(b, 'kiosks/pair', { code });
    expect(paired.status).toBe(200);
    const { device } = (await paired.json()) as { device: { id: string; role: string } };
    expect(device.role).toBe('kiosk');

    // The kiosk's screen connects to node C: socket.io, and its board over sync.
    const socket = io(c.url, {
      transports: ['websocket'],
      extraHeaders: { cookie: cookieFor(kioskToken!) },
      reconnection: false,
    });
    sockets.push(socket);
    const hello = new Promise((resolve) => socket.once('hello', resolve));
    const joinCode = new Promise((resolve) => socket.once('join-code', resolve));
    await within(hello, 5000, 'the kiosk was greeted on node C');
    await within(joinCode, 5000, 'the kiosk was sent a join code on node C');
    const board = new Phone('kiosk', c, kioskToken!);
    phones.push(board);
    await within(
      new Promise<void>((resolve) => {
        if (board.synced) resolve();
        board.provider.on('sync', (synced) => synced && resolve());
      }),
      5000,
      'the kiosk board synced on node C',
    );

    // The admin on node A sees it online and asks every kiosk of the house to reload.
    const online = await asAdmin(a, 'kiosks');
    expect(await online.json()).toEqual({ online: 1 });
    // And the device list on node B says the kiosk, connected to C, is connected now.
    const listed = (await (await asAdmin(b, 'devices')).json()) as {
      devices: Array<{ id: string; connected: boolean }>;
    };
    expect(listed.devices.find((d) => d.id === device.id)?.connected).toBe(true);
    const reload = new Promise<number>((resolve) =>
      socket.once('reload', () => resolve(Date.now())),
    );
    const askedAt = Date.now();
    expect((await asAdmin(a, 'kiosks/reload', {})).status).toBe(202);
    const reloadedAt = await within(reload, 5000, `"reload" reached node C\n${outputs(started)}`);

    // The admin lets the kiosk go on node B: its sockets on node C close within a second.
    const disconnected = new Promise<{ at: number; reason: string }>((resolve) =>
      socket.once('disconnect', (reason) => resolve({ at: Date.now(), reason })),
    );
    const syncClosed = new Promise<{ at: number; code: number }>((resolve) =>
      board.provider.on('connection-close', (event) =>
        resolve({ at: Date.now(), code: event?.code ?? 0 }),
      ),
    );
    const revokedAt = Date.now();
    const revoke = await asAdmin(b, `devices/${device.id}/revoke`, {});
    expect(revoke.status).toBe(200);
    const [socketGone, syncGone] = await Promise.all([
      within(disconnected, 3000, 'the kiosk socket.io socket on node C closed'),
      within(syncClosed, 3000, 'the kiosk sync socket on node C closed'),
    ]);
    console.log(
      `socket.io across nodes: reload A→C in ${reloadedAt - askedAt} ms; revoke on B closed ` +
        `socket.io on C in ${socketGone.at - revokedAt} ms (${socketGone.reason}) and sync on C ` +
        `in ${syncGone.at - revokedAt} ms (code ${syncGone.code})`,
    );
    expect(socketGone.reason).toBe('io server disconnect');
    expect(socketGone.at - revokedAt).toBeLessThan(1000);
    expect(syncGone.code).toBe(4401);
    expect(syncGone.at - revokedAt).toBeLessThan(1000);

    // It cannot come back on node C either.
    const again = io(c.url, {
      transports: ['websocket'],
      extraHeaders: { cookie: cookieFor(kioskToken!) },
      reconnection: false,
    });
    sockets.push(again);
    const refused = await within(
      new Promise<string>((resolve) => {
        again.once('connect_error', (error) => resolve(error.message));
        again.once('connect', () => resolve('connected'));
      }),
      5000,
      'a revoked kiosk reconnecting to node C was answered',
    );
    expect(refused).toBe('not joined');
  });
});

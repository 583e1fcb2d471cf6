// The server speaking https itself when given a certificate and key: the health check, a
// y-websocket sync over wss and socket.io over it, with a self-signed certificate made for the
// test; and the two settings refused, in one line, when only one is given or they do not match.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { choreRecords } from '../../board/chore.ts';
import { selfSignedCertificate } from '../helpers/certificate.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { eventually } from '../helpers/eventually.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { REPO_ROOT } from '../helpers/server-process.ts';
import { connectClient, type SyncClient } from '../helpers/sync-client.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const dir = tempDir('houseboard-tls-');
let certFile = '';
let keyFile = '';

/** A self-signed certificate for localhost, written into the test's own folder. */
function makeCertificate(): void {
  ({ certFile, keyFile } = selfSignedCertificate(dir));
}

/** GET over https, trusting the test's own certificate. */
function getJson(url: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { rejectUnauthorized: false }, (response) => {
        let text = '';
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }),
        );
      })
      .on('error', reject);
  });
}

describe('https with a certificate and key', () => {
  let server: TestServer;
  const clients: SyncClient[] = [];

  beforeAll(async () => {
    makeCertificate();
    server = await startTestServer({ TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile });
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the health check answers over https', async () => {
    expect(server.url).toMatch(/^https:\/\//);
    const health = await getJson(`${server.url}/healthz`);
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  test('two devices sync a chore over wss', async () => {
    const options = { token: server.adminToken, selfSigned: true };
    const [writer, reader] = [0, 1].map(() =>
      connectClient(server.url, server.firstHouse.id, 'board', options),
    ) as [SyncClient, SyncClient];
    clients.push(writer, reader);
    await eventually(() => expect(writer.provider.synced && reader.provider.synced).toBe(true));
    choreRecords(writer.doc).add({
      title: 'Sweep the porch',
      schedule: { kind: 'daily' },
      createdAt: Date.now(),
    });
    await eventually(() =>
      expect(
        choreRecords(reader.doc)
          .values()
          .map((c) => c.title),
      ).toContain('Sweep the porch'),
    );
  });

  test('socket.io connects over https', async () => {
    const socket = io(server.url, {
      transports: ['websocket'],
      reconnection: false,
      rejectUnauthorized: false,
      extraHeaders: { cookie: cookieFor(server.adminToken) },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      expect(socket.connected).toBe(true);
    } finally {
      socket.close();
    }
  });
});

describe('the https settings, when wrong', () => {
  const dataDir = tempDir('houseboard-tls-data-');
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function startWith(env: Record<string, string>) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        ...env,
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
  }

  beforeAll(() => {
    fs.mkdirSync(dir, { recursive: true });
    makeCertificate();
  });

  test.each([
    [
      'only a certificate',
      () => ({ TLS_CERT_FILE: certFile }),
      /TLS_CERT_FILE and TLS_KEY_FILE go together/,
    ],
    ['only a key', () => ({ TLS_KEY_FILE: keyFile }), /TLS_CERT_FILE and TLS_KEY_FILE go together/],
    [
      'a key file that is not there',
      () => ({ TLS_CERT_FILE: certFile, TLS_KEY_FILE: `${keyFile}.missing` }),
      /^houseboard: TLS_KEY_FILE ".*" cannot be read \(ENOENT\)/,
    ],
    [
      'the certificate given as the key',
      () => ({ TLS_CERT_FILE: certFile, TLS_KEY_FILE: certFile }),
      /^houseboard: TLS_CERT_FILE and TLS_KEY_FILE must be a PEM certificate and its private key/,
    ],
  ])('refuses to start with %s, in one line', (_name, env, message) => {
    const result = startWith(env());
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(message);
  });
});

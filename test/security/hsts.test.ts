import fs from 'node:fs';
import https from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { selfSignedCertificate } from '../helpers/certificate.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const dir = tempDir('houseboard-hsts-');
let certFile = '';
let keyFile = '';
let server: TestServer | undefined;

beforeAll(() => {
  ({ certFile, keyFile } = selfSignedCertificate(dir));
});

afterEach(async () => {
  await server?.close();
  server = undefined;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The Strict-Transport-Security header of the phone app's health check, over https. */
function hstsOverHttps(url: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    https
      .get(`${url}/healthz`, { rejectUnauthorized: false }, (response) => {
        response.resume();
        resolve(response.headers['strict-transport-security']);
      })
      .on('error', reject);
  });
}

describe('HSTS', () => {
  test("over the server's own https, browsers are told to come back over https only", async () => {
    server = await startTestServer({ TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile });
    expect(await hstsOverHttps(server.url)).toMatch(/^max-age=\d{7,}$/);
  });

  test('behind a proxy that keeps the certificate (PUBLIC_URL on https) the same is sent; on plain http it never is', async () => {
    server = await startTestServer({ PUBLIC_URL: 'https://board.example.org' });
    const proxied = await fetch(`${server.url}/healthz`);
    expect(proxied.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}$/);
    await server.close();

    server = await startTestServer();
    const plain = await fetch(`${server.url}/healthz`);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });
});

// The screens served like a real site, from a real build: the wall's page and scripts travel
// brotli or gzip as the browser asks (and decompress to exactly the built file), hashed files are
// kept for a year and pages asked for again every time, /favicon.ico is an icon, and odd
// Accept-Encoding headers or paths that try to leave the build never crash the server or leak.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ensureScreensBuilt } from '../../e2e/build-screens.ts';
import { startTestServer, type TestServer } from '../../helpers/in-process-server.ts';
import { REPO_ROOT } from '../../helpers/server-process.ts';

const DIST = path.join(REPO_ROOT, 'dist');
let server: TestServer;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One GET with exactly these headers (fetch would add its own Accept-Encoding and decode). */
function get(urlPath: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { hostname, port, path: urlPath, method: 'GET', headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function decoded(answer: Answer): Buffer {
  const encoding = answer.headers['content-encoding'];
  if (encoding === 'br') return zlib.brotliDecompressSync(answer.body);
  if (encoding === 'gzip') return zlib.gunzipSync(answer.body);
  expect(encoding).toBeUndefined();
  return answer.body;
}

/** What the wall's page loads: its scripts, the ones they preload, and any styles. */
function kioskFiles(): string[] {
  const page = fs.readFileSync(path.join(DIST, 'kiosk/index.html'), 'utf8');
  return [...page.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

beforeAll(async () => {
  ensureScreensBuilt();
  server = await startTestServer();
}, 120_000);

afterAll(() => server.close());

describe('the wall page and its scripts travel compressed', () => {
  const asked: Array<[string, string | undefined, string | undefined]> = [
    ['br', 'br', 'br'],
    ['gzip', 'gzip', 'gzip'],
    ['gzip, deflate, br, zstd (as Chromium asks)', 'gzip, deflate, br, zstd', 'br'],
    ['nothing', undefined, undefined],
  ];

  test.each(asked)('asked for %s', async (_what, acceptEncoding, expected) => {
    const headers = acceptEncoding ? { 'accept-encoding': acceptEncoding } : undefined;
    const scripts = kioskFiles();
    expect(scripts.some((file) => /\/assets\/kiosk-[\w-]+\.js$/.test(file))).toBe(true);
    for (const [urlPath, file, type] of [
      ['/kiosk', 'kiosk/index.html', /^text\/html/],
      ...scripts.map((s) => [s, s.slice(1), /^(text|application)\/javascript|^text\/css/]),
    ] as Array<[string, string, RegExp]>) {
      const answer = await get(urlPath, headers);
      expect(answer.status, urlPath).toBe(200);
      expect(answer.headers['content-encoding'], urlPath).toBe(expected);
      expect(answer.headers['content-type'], urlPath).toMatch(type);
      expect(answer.headers.vary, urlPath).toMatch(/accept-encoding/i);
      expect(decoded(answer).equals(fs.readFileSync(path.join(DIST, file))), urlPath).toBe(true);
    }
  });

  test('the phone page is compressed too', async () => {
    const answer = await get('/', { 'accept-encoding': 'br' });
    expect(answer.headers['content-encoding']).toBe('br');
    const built = fs.readFileSync(path.join(DIST, 'client/index.html'));
    expect(decoded(answer).equals(built)).toBe(true);
  });

  test('the wall page with its scripts weighs a small part of itself on the wire', async () => {
    const paths = ['/kiosk', ...kioskFiles()];
    const total = async (acceptEncoding?: string) => {
      let bytes = 0;
      for (const urlPath of paths) {
        const answer = await get(
          urlPath,
          acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
        );
        bytes += answer.body.length;
      }
      return bytes;
    };
    const [plain, gzip, br] = [await total(), await total('gzip'), await total('br')];
    console.info(
      `kiosk page (HTML+JS+CSS, ${paths.length} files): ${plain} bytes as built, ${gzip} gzip, ${br} brotli`,
    );
    expect(br).toBeLessThan(plain * 0.35);
    expect(gzip).toBeLessThan(plain * 0.4);
  });
});

describe('how long each file may be kept', () => {
  test('hashed build files are kept for a year and never asked for again', async () => {
    for (const file of kioskFiles()) {
      const answer = await get(file, { 'accept-encoding': 'br' });
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  test('pages and the service worker are asked for again every time, so a release shows', async () => {
    for (const page of ['/kiosk', '/', '/join', '/admin', '/sw.js']) {
      const answer = await get(page, { 'accept-encoding': 'gzip' });
      expect(answer.status, page).toBe(200);
      expect(answer.headers['cache-control'], page).toBe('no-cache');
    }
  });
});

describe('the site icon', () => {
  test('/favicon.ico is an icon file holding the house at 16, 32 and 48 pixels', async () => {
    const answer = await get('/favicon.ico');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^image\//);
    expect([...answer.body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);
    const widths = [0, 1, 2].map((i) => answer.body[6 + i * 16]);
    expect(widths).toEqual([16, 32, 48]);
    // Each entry's PNG starts where it says.
    for (let i = 0; i < 3; i++) {
      const offset = answer.body.readUInt32LE(6 + i * 16 + 12);
      expect(answer.body.subarray(offset + 1, offset + 4).toString('ascii')).toBe('PNG');
    }
  });

  test('/favicon.svg is the same house as SVG, and both pages link it', async () => {
    const answer = await get('/favicon.svg', { 'accept-encoding': 'gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(decoded(answer).toString()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const page of ['/kiosk', '/']) {
      const html = decoded(await get(page, { 'accept-encoding': 'br' })).toString();
      expect(html).toContain('<link rel="icon" href="/favicon.ico"');
      expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
    }
  });
});

describe('odd requests', () => {
  test.each([
    ['every encoding refused but identity', 'br;q=0, gzip;q=0', undefined],
    ['a ten-kilobyte header', `${'x-made-up;q=0.5, '.repeat(600)}gzip;q=0.1`, 'gzip'],
    ['gibberish', ';;;,,=q=abc, br;q=nope', undefined],
    ['gzip preferred by q-value', 'br;q=0.2, gzip;q=0.9', 'gzip'],
    ['anything at all', '*', 'br'],
    ['identity refused, brotli fine', 'identity;q=0, br', 'br'],
  ])('%s gets a correct answer', async (_what, acceptEncoding, expected) => {
    const [script] = kioskFiles();
    const answer = await get(script!, { 'accept-encoding': acceptEncoding });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(expected);
    expect(decoded(answer).equals(fs.readFileSync(path.join(DIST, script!.slice(1))))).toBe(true);
  });

  test('when nothing at all is acceptable the answer says so, and the server carries on', async () => {
    const answer = await get('/kiosk', { 'accept-encoding': 'identity;q=0' });
    expect(answer.status).toBe(406);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect((await get('/kiosk')).status).toBe(200);
  });

  test.each([
    '/assets/../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/install/..%5c..%5cpackage.json',
    '/assets/%252e%252e%252fpackage.json',
    '/assets/kiosk.js%00.png',
    '/assets/%E0%A4%A',
    '/install/../../server/main.ts',
  ])('%s does not leave the build', async (urlPath) => {
    const answer = await get(urlPath, { 'accept-encoding': 'br' });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).not.toMatch(/houseboard|startServer/);
  });

  test('a compressed copy is not a file of its own, and a missing file is plainly missing', async () => {
    const [script] = kioskFiles();
    for (const urlPath of [`${script}.br`, `${script}.gz`, '/assets/not-built-abc123.js']) {
      const answer = await get(urlPath, { 'accept-encoding': 'br' });
      expect(answer.status, urlPath).toBe(404);
      expect(answer.headers['content-encoding'], urlPath).toBeUndefined();
      expect(JSON.parse(answer.body.toString())).toHaveProperty('error');
    }
  });
});

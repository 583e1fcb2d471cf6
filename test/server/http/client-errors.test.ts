// A screen's report of a script error nobody caught: logged with its house and device, bad ones
// refused with a sentence, a flood turned away — and the server answers everyone else meanwhile.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPORTS_PER_MINUTE } from '../../../server/http/client-errors.ts';
import { cookieFor, deviceToken } from '../../helpers/device-tokens.ts';
import { startTestServer, type TestServer } from '../../helpers/in-process-server.ts';

let server: TestServer;
const lines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  server = await startTestServer({}, { log: pino({ level: 'info', base: undefined }, sink) });
});

afterAll(() => server.close());

function report(body: unknown, token?: string, raw = false) {
  return fetch(`${server.url}/api/client-errors`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { cookie: cookieFor(token) } : {}),
    },
    body: raw ? (body as string) : JSON.stringify(body),
  });
}

const good = {
  screen: 'kiosk',
  kind: 'error',
  message: 'Cannot read properties of undefined',
  source: 'http://house.local/assets/kiosk.js',
  line: 12,
  column: 40,
  stack: 'TypeError: Cannot read properties of undefined\n    at render (kiosk.js:12:40)',
};

const reported = () => lines.filter((line) => line.msg === 'a screen reported an error');

describe('POST /api/client-errors', () => {
  test('a report from a joined screen is logged with its house and device', async () => {
    const token = await deviceToken(server, server.firstHouse.id, 'kiosk');
    const device = await server.access.authenticate(token);
    const response = await report(good, token);
    expect(response.status).toBe(204);
    const line = reported().at(-1)!;
    expect(line).toMatchObject({
      level: 40,
      house: server.firstHouse.id,
      device: device!.id,
      screen: 'kiosk',
      kind: 'error',
      message: good.message,
      line: 12,
    });
    expect(JSON.stringify(line)).not.toContain(token);
  });

  test('a screen not joined yet is heard too, by its address', async () => {
    const response = await report({ ...good, screen: 'phone', kind: 'rejection' });
    expect(response.status).toBe(204);
    expect(reported().at(-1)).toMatchObject({ screen: 'phone', address: expect.any(String) });
    expect(reported().at(-1)!.device).toBeUndefined();
  });

  const bad: Record<string, unknown> = {
    'no message': { screen: 'kiosk', kind: 'error' },
    'an empty message': { ...good, message: '' },
    'an unknown screen': { ...good, screen: 'toaster' },
    'an unknown kind': { ...good, kind: 'panic' },
    'a message as long as a book': { ...good, message: 'x'.repeat(5000) },
    'a field nobody asked for': { ...good, cookie: 'hb_device=stolen' },
    'a line that is not a number': { ...good, line: 'twelve' },
    'a list instead of a report': [good],
    'nothing at all': null,
  };
  for (const [what, body] of Object.entries(bad)) {
    test(`${what} is refused with a sentence`, async () => {
      const before = reported().length;
      const response = await report(body, server.adminToken);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: string };
      expect(error).toMatch(/^[A-Z].+\.$/);
      expect(reported().length).toBe(before);
    });
  }

  test('a body that is not JSON, or too big, is refused with a sentence', async () => {
    const broken = await report('{"screen": "kiosk", ', server.adminToken, true);
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error).toMatch(/^[A-Z].+\.$/);
    const huge = await report({ ...good, stack: 'y'.repeat(20_000) }, server.adminToken);
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: string }).error).toMatch(/^[A-Z].+\.$/);
  });

  test('a flood from one screen is turned away; other screens are still heard', async () => {
    const flooding = await deviceToken(server, server.firstHouse.id, 'member');
    const statuses: number[] = [];
    for (let i = 0; i < REPORTS_PER_MINUTE + 10; i++) {
      statuses.push((await report({ ...good, message: `loop ${i}` }, flooding)).status);
    }
    expect(statuses.filter((s) => s === 204).length).toBe(REPORTS_PER_MINUTE);
    expect(statuses.slice(REPORTS_PER_MINUTE).every((s) => s === 429)).toBe(true);
    const refused = await report(good, flooding);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^[A-Z].+\.$/);

    const other = await deviceToken(server, server.firstHouse.id, 'member');
    expect((await report(good, other)).status).toBe(204);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

// Hole: behind a reverse proxy, a client's own X-Forwarded-For made every wrong guess look like
// a new address, so the guess limiter never turned it away. The attack goes through a real
// proxy in the test that does what the README's old nginx example did: it passes the client's
// header on and adds the address it saw.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { readConfig } from '../../server/config.ts';
import { cookieFor, deviceToken } from '../helpers/device-tokens.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';

const servers: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

/** A proxy on 127.0.0.1 in front of the server, appending the caller's address to X-Forwarded-For. */
async function proxyTo(target: string): Promise<string> {
  const proxy = http.createServer((req, res) => {
    const passed = req.headers['x-forwarded-for'];
    const seen = req.socket.remoteAddress ?? '';
    const forwarded = passed ? `${passed}, ${seen}` : seen;
    const upstream = http.request(
      `${target}${req.url}`,
      { method: req.method, headers: { ...req.headers, 'x-forwarded-for': forwarded } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  servers.push({ close: () => new Promise((resolve) => proxy.close(resolve)) });
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

/** A wrong staff code from a phone on 127.0.0.2, saying it is `claimed`; the answer's status. */
function wrongStaffCode(proxy: string, token: string, claimed: string): Promise<number> {
  const body = JSON.stringify({ code: 'WRONG-CODE' });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${proxy}/api/staff`,
      {
        method: 'POST',
        localAddress: '127.0.0.2',
        headers: {
          cookie: cookieFor(token),
          'content-type': 'application/json',
          'x-forwarded-for': claimed,
        },
      },
      (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      },
    );
    request.once('error', reject);
    request.end(body);
  });
}

async function fortyWrongCodes(env: Record<string, string>): Promise<number[]> {
  const server: TestServer = await startTestServer({ GUESSES_PER_MINUTE: '10', ...env });
  servers.push(server);
  const proxy = await proxyTo(server.url);
  const member = await deviceToken(server, server.firstHouse.id, 'member');
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) {
    statuses.push(await wrongStaffCode(proxy, member, `10.9.${i}.${i + 1}`));
  }
  return statuses;
}

const afterTen = [...Array(10).fill(403), ...Array(30).fill(429)];

describe('the guess limiter behind a proxy', () => {
  test('with TRUST_PROXY=true, 40 wrong staff codes each claiming a new address are told to wait after 10', async () => {
    expect(await fortyWrongCodes({ TRUST_PROXY: 'true' })).toEqual(afterTen);
  });

  test("with TRUST_PROXY naming the proxy's address, the address the proxy saw is the one counted", async () => {
    expect(await fortyWrongCodes({ TRUST_PROXY: '127.0.0.1' })).toEqual(afterTen);
  });

  test('TRUST_PROXY takes a number of proxies or their addresses, and anything else stops the start with one line', () => {
    const read = (value: string) => readConfig({ TRUST_PROXY: value, DATA_DIR: '/tmp' }).trustProxy;
    expect(read('1')).toBe(1);
    expect(read('true')).toBe(1);
    expect(read('false')).toBe(false);
    expect(read('loopback, 10.0.0.0/8,192.168.1.5')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.5',
    ]);
    for (const wrong of ['everyone', '10.0.0.999', '10.0.0.0/40', 'yes']) {
      expect(() => read(wrong)).toThrow(/^TRUST_PROXY must be false, a number of proxies/);
    }
  });
});

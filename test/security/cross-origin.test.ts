// Hole: any website could log a device out, and a page on the same host but another port had
// full use of the admin's cookie. A page of another site auto-submitted a form to /api/pairing
// (which replaced hb_device), revoked a member with a no-cors POST and opened the admin's /sync
// socket; Origin: http://evil.example was accepted by the API, the sync upgrade and socket.io.
// Now every change, socket and cookie must come from the board's own pages.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { refusal } from '../../board/wire.ts';
import { E2E_ENV, joinAsAdmin, PageWatch, sessionOf } from '../e2e/browser-devices.ts';
import { ensureScreensBuilt } from '../e2e/build-screens.ts';
import { chromiumReady, launchChromium } from '../helpers/chromium.ts';
import { cookieFor } from '../helpers/device-tokens.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';

const EVIL = 'http://evil.example';

describe('requests naming another origin', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  const staffCode = (origin: string) =>
    fetch(`${server.url}/api/staff-code`, {
      method: 'POST',
      headers: { cookie: cookieFor(server.adminToken), origin },
    });

  test("another site cannot make a new staff code with the admin's cookie; the board's own page can", async () => {
    const refused = await staffCode(EVIL);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual(refusal('otherSite'));
    expect((await staffCode(server.url)).status).toBe(200);
  });

  test('a browser saying the request is cross-site gets no device cookie, so it cannot replace the one it holds', async () => {
    const answer = await fetch(`${server.url}/api/pairing`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('set-cookie')).toBeNull();
  });

  test("another site cannot open a sync socket with the admin's cookie", async () => {
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(
        `${server.url.replace('http', 'ws')}/sync/${server.firstHouse.id}/board`,
        { headers: { cookie: cookieFor(server.adminToken), origin: EVIL } },
      );
      socket.once('open', () => {
        socket.close();
        resolve(101);
      });
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode!));
      socket.once('error', () => resolve(0));
    });
    expect(status).toBe(403);
  });

  test("another site cannot open a socket.io connection with the admin's cookie", async () => {
    const socket = io(server.url, {
      transports: ['websocket'],
      reconnection: false,
      extraHeaders: { cookie: cookieFor(server.adminToken), origin: EVIL },
    });
    try {
      const connected = await new Promise<boolean>((resolve) => {
        socket.once('connect', () => resolve(true));
        socket.once('connect_error', () => resolve(false));
      });
      expect(connected).toBe(false);
    } finally {
      socket.close();
    }
  });
});

describe('the device cookie over https', () => {
  test('behind an https proxy the device cookie carries the __Host- prefix, so no other host or plain-http page can set or replace it', async () => {
    const server = await startTestServer({ TRUST_PROXY: 'true' });
    try {
      const pairing = await fetch(`${server.url}/api/pairing`, {
        method: 'POST',
        headers: { 'x-forwarded-proto': 'https' },
      });
      const cookie = pairing.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^__Host-hb_device=[^;]+; Max-Age=\d+; Path=\/; HttpOnly; Secure;/);
      const { code } = await pairing.json();
      const session = await fetch(`${server.url}/api/session`, {
        headers: { cookie: cookie.split(';')[0]! },
      });
      expect((await session.json()).pairing.code).toBe(code);
    } finally {
      await server.close();
    }
  });
});

/** A page server on another port: one page auto-submits a form to the board, one is blank. */
async function otherSite(board: string): Promise<{ port: number; close(): Promise<void> }> {
  const site = http.createServer((req, res) => {
    res.setHeader('content-type', 'text/html');
    if (req.url === '/form') {
      return res.end(
        `<form method="post" action="${board}/api/pairing" enctype="text/plain">` +
          '<input name="x" value="y"></form><script>document.forms[0].submit()</script>',
      );
    }
    res.end('<p>Nothing to see here.</p>');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  return {
    port: (site.address() as AddressInfo).port,
    close: () => new Promise((resolve) => site.close(() => resolve())),
  };
}

describe.runIf(chromiumReady())(
  "other sites' pages in the admin's browser",
  () => {
    let server: ServerProcess;
    let browser: Browser;
    let admin: Page;
    let site: Awaited<ReturnType<typeof otherSite>>;
    const watch = new PageWatch();

    beforeAll(async () => {
      ensureScreensBuilt();
      server = await startServerProcess({ env: E2E_ENV });
      site = await otherSite(server.url);
      browser = await launchChromium();
      admin = await joinAsAdmin(browser, server, watch);
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await site?.close();
      await server?.stop();
    });

    /** A member of the house, joined the way a phone does, through the paired kiosk's join link. */
    async function joinMember(): Promise<{ id: string; token: string }> {
      const pairing = await fetch(`${server.url}/api/pairing`, { method: 'POST' });
      const kioskToken = /hb_device=([^;]+)/.exec(pairing.headers.get('set-cookie') ?? '')![1]!;
      const { code } = await pairing.json();
      await admin.evaluate(async (code) => {
        const answer = await fetch('/api/kiosks/pair', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code }),
        });
        if (!answer.ok) throw new Error(`pairing refused: ${answer.status}`);
      }, code);
      const kiosk = io(server.url, {
        transports: ['websocket'],
        reconnection: false,
        extraHeaders: { cookie: cookieFor(kioskToken) },
      });
      const joinLink = await new Promise<{ url: string }>((resolve) =>
        kiosk.once('join-code', resolve),
      );
      kiosk.close();
      const joined = await fetch(`${server.url}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: new URL(joinLink.url).hash.slice(1) }),
      });
      const token = /hb_device=([^;]+)/.exec(joined.headers.get('set-cookie') ?? '')![1]!;
      return { id: (await joined.json()).device.id, token };
    }

    test('a no-cors POST and a WebSocket from another port, then a form on another site, leave the admin joined, the member in and no socket open', async () => {
      const before = await sessionOf(admin);
      expect(before.joined).toBe(true);
      const member = await joinMember();

      // A page on the same host, another port: a no-cors revoke, and the admin's sync socket.
      const samePage = watch.watch(await admin.context().newPage());
      await samePage.goto(`http://127.0.0.1:${site.port}/blank`);
      const socket = await samePage.evaluate(
        async ({ board, memberId, houseId }) => {
          await fetch(`${board}/api/devices/${memberId}/revoke`, {
            method: 'POST',
            mode: 'no-cors',
            credentials: 'include',
          }).catch(() => undefined);
          return new Promise<string>((resolve) => {
            const ws = new window.WebSocket(`${board.replace('http', 'ws')}/sync/${houseId}/board`);
            ws.onopen = () => resolve('open');
            ws.onclose = () => resolve('refused');
          });
        },
        { board: server.url, memberId: member.id, houseId: before.device!.houseId },
      );

      // Then another site (localhost is not 127.0.0.1) auto-submits a form to start a pairing.
      const formPage = watch.watch(await admin.context().newPage());
      await formPage.goto(`http://localhost:${site.port}/form`);
      await formPage.waitForURL(`${server.url}/api/pairing`);
      const formAnswer = (await formPage.textContent('body')) ?? '';

      // The admin is still the same joined device, and its own page still changes things.
      const after = await sessionOf(admin);
      const staffCode = await admin.evaluate(
        async () => (await fetch('/api/staff-code', { method: 'POST' })).status,
      );
      const memberSession = await fetch(`${server.url}/api/session`, {
        headers: { cookie: cookieFor(member.token) },
      });
      expect({
        formAnswer,
        socket,
        adminDevice: after.device?.id,
        staffCode,
        memberJoined: (await memberSession.json()).joined,
      }).toEqual({
        formAnswer: JSON.stringify(refusal('otherSite')),
        socket: 'refused',
        adminDevice: before.device!.id,
        staffCode: 200,
        memberJoined: true,
      });
    });
  },
  120_000,
);

// Hole: once an address had used up its wrong tries, even the right join link or admin link was
// answered "wait" — so one person fumbling, or someone guessing, behind the house's one router
// kept everyone else from joining. Tokens nobody can guess are now checked first.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { refusal } from '../../board/wire.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ GUESSES_PER_MINUTE: '10' });
});

afterAll(async () => {
  await server.close();
});

const post = (path: string, token: string) =>
  fetch(`${server.url}/api${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });

/** Wrong tokens from this address until the limiter answers "wait". */
async function useUpWrongTries(path: string): Promise<void> {
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await post(path, `${i}.wrong.token`)).status);
  expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
  const limited = await post(path, 'one.more.guess');
  expect(limited.status).toBe(429);
  expect(await limited.json()).toEqual(refusal('tooManyTries'));
}

describe('the guess limiter', () => {
  test("a phone with the kiosk's real join link still joins while wrong links from the same address are told to wait", async () => {
    await useUpWrongTries('/join');
    const joined = await post('/join', server.access.joinToken(server.firstHouse.id).token);
    expect(joined.status).toBe(200);
    expect(joined.headers.get('set-cookie')).toMatch(/hb_device=/);
    expect((await joined.json()).joined).toBe(true);
  });

  test("the admin's one-time link still works while wrong admin links from the same address are told to wait", async () => {
    await useUpWrongTries('/admin-invite');
    const invite = await server.access.createAdminInvite(server.firstHouse.id);
    const joined = await post('/admin-invite', invite);
    expect(joined.status).toBe(200);
    expect((await joined.json()).device.role).toBe('admin');
  });
});

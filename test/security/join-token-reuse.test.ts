// Hole: one join token — one photo of the kiosk's QR code — made 200 devices in half a second.
// Now each token lets in a house's worth of phones; the kiosk's next code lets in the next ones.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { refusal } from '../../board/wire.ts';
import { JOINS_PER_TOKEN } from '../../server/access/access.ts';
import { startTestServer, type TestServer } from '../helpers/in-process-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

const join = (token: string) =>
  fetch(`${server.url}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });

describe('one join code', () => {
  test('200 joins at once with one QR code let in a house of phones, not 200 devices, and the next code still works', async () => {
    const houseId = server.firstHouse.id;
    const before = (await server.access.listDevices(houseId)).length;
    const { token } = server.access.joinToken(houseId);
    const answers = await Promise.all(Array.from({ length: 200 }, () => join(token)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(JOINS_PER_TOKEN);
    expect(statuses.filter((status) => status === 429)).toHaveLength(200 - JOINS_PER_TOKEN);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(await refused.json()).toEqual(refusal('joinCodeFull'));
    expect((await server.access.listDevices(houseId)).length).toBe(before + JOINS_PER_TOKEN);

    // The kiosk shows a new code every few minutes; people arriving then join with it.
    const next = server.access.joinToken(houseId, Date.now() + 3 * 60_000).token;
    expect(next).not.toBe(token);
    expect((await join(next)).status).toBe(200);
  });
});

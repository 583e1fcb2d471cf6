// Several server nodes sharing one Redis, the way a provider with many houses runs Houseboard:
// phones on different nodes see one board, a node killed without warning or a Redis restart
// loses no edit that another phone had already received, and a new node loads everything.
// Real processes throughout: three `node server/main.ts` and a redis-server of the test's own.

import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { adminLinkIn } from '../helpers/admin-link.ts';
import { eventually } from '../helpers/eventually.ts';
import { type RedisServer, redisServerReady, startRedisServer } from '../helpers/redis-server.ts';
import { type ServerProcess, startServerProcess } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import {
  adminToken,
  createHouse,
  health,
  nodeEnv,
  outputs,
  startNodes,
  storedMarks,
} from './nodes.ts';
import { editStream, freshMarks, HOUSE, Ledger, missingFrom, Phone } from './phones.ts';

const ready = redisServerReady();

describe.skipIf(!ready)('three server nodes on one Redis', () => {
  let redis: RedisServer | undefined;
  /** Every node ever started, for afterAll. */
  const started: ServerProcess[] = [];
  /** The nodes up now. */
  let live: ServerProcess[] = [];
  let token: string;
  /** A second house, for the Redis restart: each house's board holds at most 500 chores. */
  let second: { house: string; token: string };
  const phones: Phone[] = [];
  const ledger = new Ledger();
  const scratch: string[] = [];
  const others: RedisServer[] = [];

  const phone = (name: string, node: ServerProcess, house = { house: HOUSE, token }) => {
    const p = new Phone(name, node, house.token, house.house);
    ledger.watch(p);
    phones.push(p);
    return p;
  };
  const allSynced = (group: Phone[]) =>
    eventually(
      () => {
        const waiting = group.filter((p) => !p.synced).map((p) => p.name);
        if (waiting.length > 0) throw new Error(`not synced: ${waiting.join(', ')}`);
      },
      { timeoutMs: 15_000 },
    );
  const converged = (group: Phone[], marks: string[], timeoutMs = 20_000) =>
    eventually(
      () => {
        for (const p of group) {
          const missing = missingFrom(p.marks(), marks);
          if (missing.length > 0)
            throw new Error(`${p.name} lacks ${missing.length} edits, e.g. ${missing[0]}`);
        }
      },
      { timeoutMs },
    );
  const release = (group: Phone[]) => {
    for (const p of group) {
      p.destroy();
      phones.splice(phones.indexOf(p), 1);
    }
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    live = await startNodes(redis, 3, started);
    token = await adminToken(live);
    second = await createHouse(redis, 'Second house', live[0]!);
  });

  afterAll(async () => {
    for (const p of phones.splice(0)) p.destroy();
    await Promise.allSettled(started.map((node) => node.stop('SIGKILL')));
    await Promise.allSettled([...others, ...(redis ? [redis] : [])].map((r) => r.dispose()));
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('phones on three different nodes editing the same house end up with the same board', async () => {
    const trio = live.map((node, i) => phone(`trio ${i}`, node));
    await allSynced(trio);
    for (let round = 1; round <= 10; round++) {
      for (const p of trio) ledger.add(p, `Converge ${p.name} #${round}`);
      await sleep(5);
    }
    const written = ledger.written('Converge ');
    await converged(trio, written, 10_000);
    const boards = trio.map((p) => [...p.marks()].sort());
    expect(written).toHaveLength(30);
    expect(boards[1]).toEqual(boards[0]);
    expect(boards[2]).toEqual(boards[0]);
    release(trio);
  });

  test('kill -9 of a node in the middle of 1,000 edits from ten phones: its phones move to another node and every edit another phone had received is on every node', async () => {
    const [first, victim, third] = live as [ServerProcess, ServerProcess, ServerProcess];
    const ten = Array.from({ length: 10 }, (_, i) => phone(`phone ${i}`, live[i % 3]!));
    await allSynced(ten);

    const stream = editStream(ten, ledger, { prefix: 'Kill ', paceMs: 25, perPhone: 100 });
    await eventually(() => expect(stream.written).toBeGreaterThanOrEqual(400), {
      timeoutMs: 20_000,
    });
    const killedAt = Date.now();
    await victim.stop('SIGKILL');
    const writtenAtKill = stream.written;
    // Before any phone moves: what was relayed must already be in Redis (durable before relay),
    // not merely still on its author's phone.
    const seenBeforeKill = ledger.seenBefore('Kill ', killedAt);
    const notStoredAtKill = missingFrom(
      await storedMarks(redis!.url, `${HOUSE}/board`),
      seenBeforeKill,
    );
    live = [first, third];
    // The load balancer sends each of the dead node's phones to a node that is up, with the
    // phone's own copy of the board: whatever the dead node never stored goes out again.
    const moved = ten.filter((p) => p.node === victim);
    for (const [i, p] of moved.entries()) p.moveTo(live[i % live.length]!);
    await stream.done;

    const written = ledger.written('Kill ');
    expect(written).toHaveLength(1000);
    await converged(ten, written).catch((error) => {
      throw new Error(`${(error as Error).message}\n${outputs(live)}`);
    });
    const seen = ledger.seenBefore('Kill ');
    const onEveryNode = await Promise.all(live.map((node) => freshMarks(node, token)));
    const stored = await storedMarks(redis!.url, `${HOUSE}/board`);
    const lost = new Set(onEveryNode.flatMap((marks) => missingFrom(marks, seen)));
    console.log(
      `kill -9 of a node: ${written.length} edits (${writtenAtKill} written before the kill, ` +
        `${moved.length} phones moved), ${seen.length} seen by another client ` +
        `(${seenBeforeKill.length} before the kill, ${notStoredAtKill.length} of those not in Redis ` +
        `at the kill), ${lost.size} lost; in Redis at the end: ` +
        `${written.length - missingFrom(stored, written).length}`,
    );
    expect(notStoredAtKill).toEqual([]);
    expect([...lost]).toEqual([]);
    for (const marks of onEveryNode) expect(missingFrom(marks, written)).toEqual([]);
    expect(missingFrom(stored, written)).toEqual([]);
    expect(moved.every((p) => p.synced)).toBe(true);
    release(ten);
  });

  test('redis-server killed and restarted during a stream of edits: nodes refuse writes while it is down, phones reconnect by themselves, and no acknowledged edit is lost', async () => {
    const six = Array.from({ length: 6 }, (_, i) =>
      phone(`screen ${i}`, live[i % live.length]!, second),
    );
    await allSynced(six);
    const stream = editStream(six, ledger, { prefix: 'Restart ', paceMs: 75, perPhone: 200 });
    await eventually(() => expect(ledger.seenBefore('Restart ').length).toBeGreaterThan(100), {
      timeoutMs: 20_000,
    });

    await redis!.stop('SIGKILL');
    const downAt = Date.now();
    const writtenBeforeDown = stream.written;
    let restartAt = downAt;
    let upAt = downAt;
    // What is observed is gathered first and checked at the end, so one failure does not hide
    // the rest of the picture (and Redis always comes back for the next test).
    const healthWhileDown = { statuses: [] as number[] };
    const notDisconnected = { phones: [] as string[] };
    let newcomerSynced = -1;
    let inAof = new Set<string>();
    try {
      // What the AOF holds at this moment, read later from a copy by a redis-server of its own.
      const copy = tempDir('houseboard-redis-copy-');
      scratch.push(copy);
      fs.cpSync(redis!.dir, copy, { recursive: true });

      // While Redis is down: /healthz says so, and every phone is let go (4503) or kept out.
      const deadline = Date.now() + 5000;
      do {
        healthWhileDown.statuses = await Promise.all(live.map(health));
      } while (healthWhileDown.statuses.some((s) => s !== 503) && Date.now() < deadline);
      do {
        notDisconnected.phones = six.filter((p) => p.provider.wsconnected).map((p) => p.name);
        await sleep(50);
      } while (notDisconnected.phones.length > 0 && Date.now() < deadline);
      const newcomer = new Phone('newcomer', live[0]!, second.token, second.house);
      await sleep(1000);
      newcomerSynced = newcomer.syncs;
      newcomer.destroy();

      const aof = await startRedisServer({ dir: copy });
      others.push(aof);
      inAof = await storedMarks(aof.url, `${second.house}/board`);
      await aof.dispose();
      // Down for two seconds at least, so the phones try (and fail) to come back meanwhile.
      await sleep(downAt + 2000 - Date.now());
    } finally {
      restartAt = Date.now();
      await redis!.restart();
      upAt = Date.now();
    }
    const writtenWhileDown = stream.written - writtenBeforeDown;
    const with4503 = six.filter((p) => p.closeCodes.includes(4503)).length;
    // Nothing written after Redis died may reach another phone before it is back.
    const relayedWhileDown = [...ledger.seen]
      .filter(([mark, at]) => (ledger.writtenAt.get(mark) ?? 0) >= downAt && at < restartAt)
      .map(([mark]) => mark);

    await sleep(1500);
    stream.stop();
    await stream.done;

    let healthAfter: number[] = [];
    const backBy = Date.now() + 10_000;
    do {
      healthAfter = await Promise.all(live.map(health));
    } while (healthAfter.some((s) => s !== 200) && Date.now() < backBy);
    const written = ledger.written('Restart ');
    const convergence = await converged(six, written, 10_000).then(
      () => 'every phone has every edit',
      (error) => (error as Error).message,
    );
    const seenBeforeDown = ledger.seenBefore('Restart ', downAt);
    const seen = ledger.seenBefore('Restart ');
    const onEveryNode = await Promise.all(
      live.map((node) =>
        freshMarks(node, second.token, second.house).catch((error: Error) => error),
      ),
    );
    const answered = onEveryNode.filter((m): m is Set<string> => m instanceof Set);
    const lost = new Set(answered.flatMap((marks) => missingFrom(marks, seen)));
    const lostFromAof = missingFrom(inAof, seenBeforeDown);
    console.log(
      `redis-server SIGKILL and restart: ${written.length} edits (${writtenWhileDown} while it was down ` +
        `for ${restartAt - downAt} ms; it answered again after ${upAt - restartAt} ms), ` +
        `${seen.length} seen by another client, ${lost.size} lost ` +
        `(${answered.length}/${live.length} nodes answered a fresh screen); ` +
        `${seenBeforeDown.length} seen before the kill, ${lostFromAof.length} of those missing from the AOF; ` +
        `${with4503}/${six.length} phones closed with 4503, ${relayedWhileDown.length} edits relayed while down; ` +
        `/healthz while down: ${healthWhileDown.statuses.join(', ')} (0 = no answer in 3 s), ` +
        `after: ${healthAfter.join(', ')}; ${convergence}`,
    );
    const problems = [
      healthWhileDown.statuses.every((s) => s === 503)
        ? undefined
        : `/healthz while Redis was down answered ${healthWhileDown.statuses.join(', ')} (0 = no answer in 3 s), not 503`,
      notDisconnected.phones.length === 0
        ? undefined
        : `phones still connected 5 s after Redis died: ${notDisconnected.phones.join(', ')}`,
      with4503 > 0 ? undefined : 'no phone was closed with 4503',
      newcomerSynced === 0 ? undefined : 'a new phone synced while Redis was down',
      healthAfter.every((s) => s === 200)
        ? undefined
        : `/healthz 10 s after Redis came back: ${healthAfter.join(', ')}`,
      convergence === 'every phone has every edit' ? undefined : convergence,
      ...onEveryNode.map((m, i) =>
        m instanceof Error ? `node ${live[i]!.url}: ${m.message}` : undefined,
      ),
    ].filter(Boolean);
    expect(writtenWhileDown).toBeGreaterThan(0);
    expect(relayedWhileDown).toEqual([]);
    expect(lostFromAof).toEqual([]);
    expect([...lost]).toEqual([]);
    if (problems.length > 0) {
      throw new Error(
        `the nodes did not ride out the Redis restart:\n- ${problems.join('\n- ')}\n${outputs(live)}`,
      );
    }
    for (const marks of answered) expect(missingFrom(marks, written)).toEqual([]);
    release(six);
  }, 60_000);

  test('a brand-new node started after all that loads the complete board of every house', async () => {
    const newcomer = await startServerProcess({ env: nodeEnv(redis!) });
    started.push(newcomer);
    expect(adminLinkIn(newcomer.output())).toBeUndefined();
    expect(newcomer.output()).not.toContain('Made a new house');
    const counts: string[] = [];
    const houses = [
      { house: HOUSE, token, prefixes: ['Converge ', 'Kill '] },
      { ...second, prefixes: ['Restart '] },
    ];
    for (const house of houses) {
      const fresh = await freshMarks(newcomer, house.token, house.house);
      const stored = await storedMarks(redis!.url, `${house.house}/board`);
      const acknowledged = house.prefixes.flatMap((prefix) => ledger.seenBefore(prefix));
      counts.push(
        `${house.house}: ${fresh.size} records (${acknowledged.length} acknowledged edits)`,
      );
      expect(missingFrom(fresh, acknowledged)).toEqual([]);
      expect([...fresh].sort()).toEqual([...stored].sort());
      for (const node of live) {
        const elsewhere = await freshMarks(node, house.token, house.house).catch(
          (error: Error) => new Error(`${error.message}\n${outputs([node])}`),
        );
        if (elsewhere instanceof Error) throw elsewhere;
        expect([...fresh].sort()).toEqual([...elsewhere].sort());
      }
    }
    console.log(`a new node loads ${counts.join(', ')} — the same as the ${live.length} others`);
  });
});

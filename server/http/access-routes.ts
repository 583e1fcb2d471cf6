// The small JSON API behind joining, pairing, staff codes and the admin's device list.
import express from 'express';
import * as z from 'zod/mini';
import { PERSON_ID_PATTERN } from '../../board/ids.ts';
import { profileSchema } from '../../board/profile-schema.ts';
import { firstProblem } from '../../board/records.ts';
import type { Role } from '../../board/roles.ts';
import {
  type DeviceListing,
  type DeviceRecord,
  formatCode,
  type OwnDevice,
  type PersonListing,
  refusal,
  type Session,
} from '../../board/wire.ts';
import { type Access, AccessError, type PeopleMerged } from '../access/access.ts';
import type { Departures } from '../access/departures.ts';
import type { Logger } from '../log.ts';
import { AttemptLimiter } from './attempt-limiter.ts';
import { deviceCookie, deviceToken } from './cookies.ts';
import { otherOrigin } from './same-origin.ts';

export interface AccessRoutesOptions {
  access: Access;
  houseName: (houseId: string) => Promise<string | undefined>;
  build: string;
  log: Logger;
  kiosksOnline: (houseId: string) => Promise<number>;
  /** Someone leaving the house, and forgetting them after the house's wait. */
  leaving: Departures;
  /** The ids of a house's devices that have a screen open right now. */
  devicesOnline: (houseId: string) => Promise<ReadonlySet<string>>;
  reloadKiosks: (houseId: string) => void;
  /** Tries per address per minute at codes and tokens. */
  attemptsPerMinute: number;
  /** Where the house reaches the server, if set: its pages are the board's own. */
  publicUrl?: string;
  /** Makes the house's documents name `into` wherever they named `from` (board/merge-people). */
  mergeDocuments: (merged: PeopleMerged) => Promise<void>;
}

type Handler = (req: express.Request, res: express.Response) => Promise<unknown>;

/**
 * How a route meets the guess limiter. `code`: an 8-character code a person types, short enough
 * that every try waits once the address is limited (a right answer let through would tell a
 * guesser it was right). `token`: a long signed or random token nobody can guess, so it is
 * checked first and a right one works even while wrong ones from the same address are limited.
 */
type Guard = 'none' | 'code' | 'token';

const tokenBody = z.strictObject({ token: z.string().check(z.maxLength(200)) });
const codeBody = z.strictObject({ code: z.string().check(z.maxLength(40)) });
const personId = z.string().check(z.regex(PERSON_ID_PATTERN));
const mergeBody = z.strictObject({ from: personId, into: personId });
/** Move codes one device may make in ten minutes: a few tries at a new phone, never a flood. */
const MOVE_CODES_PER_DEVICE = 5;

function body<T>(schema: z.ZodMiniType<T>, req: express.Request): T {
  const result = schema.safeParse(req.body ?? {});
  if (!result.success) throw new AccessError(400, firstProblem(result.error).sentence, 'bad body');
  return result.data;
}

function publicDevice(device: DeviceRecord): DeviceListing {
  const { id, personId, role, name, nameDisplay, createdAt, lastSeenAt, revokedAt } = device;
  return { id, personId, role, name, nameDisplay, createdAt, lastSeenAt, revokedAt };
}

function ownDevice(device: DeviceRecord, me: DeviceRecord): OwnDevice {
  const { id, role, createdAt, lastSeenAt, revokedAt } = device;
  return { id, role, createdAt, lastSeenAt, revokedAt, thisOne: id === me.id };
}

/**
 * The house's people as staff and the admin see them to confirm a new phone is someone: each
 * person once, however many devices they have, with when they first and last joined. Kiosks are
 * nobody.
 */
export function peopleOf(devices: DeviceRecord[]): PersonListing[] {
  const people = new Map<string, PersonListing>();
  for (const d of devices) {
    if (d.role === 'kiosk') continue;
    const person = people.get(d.personId) ?? {
      personId: d.personId,
      nameDisplay: d.nameDisplay,
      role: d.role,
      firstJoinedAt: d.createdAt,
      lastJoinedAt: d.createdAt,
      devices: 0,
    };
    if (d.name !== undefined) {
      person.name = d.name;
      person.nameDisplay = d.nameDisplay;
    }
    if (RANK[d.role] > RANK[person.role]) person.role = d.role;
    person.firstJoinedAt = Math.min(person.firstJoinedAt, d.createdAt);
    person.lastJoinedAt = Math.max(person.lastJoinedAt, d.createdAt);
    if (!d.revokedAt) person.devices += 1;
    people.set(d.personId, person);
  }
  return [...people.values()].sort((a, b) => b.lastJoinedAt - a.lastJoinedAt);
}

const RANK: Record<Role, number> = { kiosk: 0, member: 1, staff: 2, admin: 3 };

export function accessRoutes(options: AccessRoutesOptions): express.Router {
  const { access, log } = options;
  const router = express.Router();
  const guesses = new AttemptLimiter(options.attemptsPerMinute, 60_000);
  const moveCodesMade = new AttemptLimiter(MOVE_CODES_PER_DEVICE, 10 * 60_000);

  const device = (res: express.Response) => res.locals.device as DeviceRecord;
  const setCookie = (req: express.Request, res: express.Response, token: string) =>
    res.append('Set-Cookie', deviceCookie(token, req.secure));
  const session = async (d: DeviceRecord): Promise<Session> => ({
    joined: true,
    build: options.build,
    device: {
      ...publicDevice(d),
      houseId: d.houseId,
      houseName: await options.houseName(d.houseId),
    },
  });

  /** Runs a handler; an AccessError becomes its status and sentence, anything else a 500. */
  const handle =
    (handler: Handler, guard: Guard = 'none'): express.RequestHandler =>
    async (req, res) => {
      const guessKey = `${req.path} ${req.ip ?? 'unknown'}`;
      const limited = () => new AccessError(429, { key: 'tooManyTries' }, 'rate limited');
      try {
        if (guard === 'code' && !guesses.allow(guessKey)) throw limited();
        await handler(req, res);
      } catch (caught) {
        if (!(caught instanceof AccessError)) throw caught;
        let error = caught;
        if (guard !== 'none' && error.status !== 429) {
          if (guard === 'token' && !guesses.allow(guessKey)) error = limited();
          else guesses.recordFailure(guessKey);
        }
        log.warn(
          {
            house: res.locals.device?.houseId,
            device: res.locals.device?.id,
            reason: error.reason,
            said: error.message,
            path: req.path,
          },
          'refused',
        );
        res.status(error.status).json(refusal(error.sentence.key, error.sentence.values));
      }
    };

  const needs =
    (...roles: Role[]): express.RequestHandler =>
    (_req, res, next) => {
      const d = res.locals.device as DeviceRecord | undefined;
      if (!d) return void res.status(401).json(refusal('notJoined'));
      if (roles.length > 0 && !roles.includes(d.role)) {
        return void res.status(403).json(refusal('adminOnly'));
      }
      next();
    };

  router.use(async (req, res, next) => {
    try {
      res.locals.device = await access.authenticate(deviceToken(req));
    } catch (error) {
      // The access store is not answering (Redis down): a wait, not a fault of the request.
      log.warn({ err: error, path: req.path }, 'refused: the store is not answering');
      return void res.status(503).json(refusal('serverTryAgain'));
    }
    next();
  });

  router.get(
    '/session',
    handle(async (req, res) => {
      const d = res.locals.device as DeviceRecord | undefined;
      if (d) return res.json(await session(d));
      res.json({
        joined: false,
        build: options.build,
        pairing: await access.pendingPairing(deviceToken(req)),
      });
    }),
  );

  router.post(
    '/join',
    handle(async (req, res) => {
      const joined = await access.joinByLink(body(tokenBody, req).token);
      setCookie(req, res, joined.token);
      res.json(await session(joined.device));
    }, 'token'),
  );

  router.post(
    '/admin-invite',
    handle(async (req, res) => {
      const joined = await access.redeemAdminInvite(body(tokenBody, req).token);
      setCookie(req, res, joined.token);
      res.json(await session(joined.device));
    }, 'token'),
  );

  router.post(
    '/pairing',
    handle(async (req, res) => {
      const pairing = await access.startPairing();
      setCookie(req, res, pairing.token);
      res.json({ code: formatCode(pairing.code), expiresAt: pairing.expiresAt });
    }, 'code'),
  );

  router.post(
    '/me',
    needs(),
    handle(async (req, res) => {
      res.json(await session(await access.setProfile(device(res), body(profileSchema, req))));
    }),
  );

  // A person's own devices, for "What the board holds about me": read only from the board's own
  // pages (what a person's devices are is theirs), and never by the kiosk, which is nobody's.
  router.get(
    '/me/devices',
    needs(),
    handle(async (req, res) => {
      const me = device(res);
      const elsewhere = otherOrigin(req, options.publicUrl);
      if (elsewhere) throw new AccessError(403, { key: 'otherSite' }, elsewhere);
      if (me.role === 'kiosk') throw new AccessError(403, { key: 'kioskIsNobodys' }, 'kiosk');
      const devices = await access.devicesOf(me.houseId, me.personId);
      res.set('Cache-Control', 'no-store');
      res.json({ devices: devices.map((d) => ownDevice(d, me)) });
    }),
  );

  router.post(
    '/staff',
    needs(),
    handle(async (req, res) => {
      res.json(await session(await access.becomeStaff(device(res), body(codeBody, req).code)));
    }, 'code'),
  );

  router.get(
    '/devices',
    needs('admin'),
    handle(async (_req, res) => {
      const houseId = device(res).houseId;
      const [devices, online] = await Promise.all([
        access.listDevices(houseId),
        options.devicesOnline(houseId),
      ]);
      res.json({
        devices: devices.map((d) => ({ ...publicDevice(d), connected: online.has(d.id) })),
      });
    }),
  );

  router.post(
    '/devices/:id/revoke',
    needs('admin'),
    handle(async (req, res) => {
      const revoked = await access.revoke(device(res).houseId, String(req.params.id));
      res.json({ device: publicDevice(revoked) });
    }),
  );

  router.post(
    '/kiosks/pair',
    needs('admin'),
    handle(async (req, res) => {
      const kiosk = await access.pairKiosk(device(res).houseId, body(codeBody, req).code);
      res.json({ device: publicDevice(kiosk) });
    }, 'code'),
  );

  router.post(
    '/staff-code',
    needs('admin'),
    handle(async (_req, res) => {
      res.json({ code: formatCode(await access.rotateStaffCode(device(res).houseId)) });
    }),
  );

  router.post(
    '/move-code',
    needs(),
    handle(async (_req, res) => {
      if (!moveCodesMade.take(device(res).id)) {
        throw new AccessError(429, { key: 'tooManyTries' }, 'move codes flooded');
      }
      const made = await access.createMoveCode(device(res));
      res.json({ code: formatCode(made.code), expiresAt: made.expiresAt });
    }),
  );

  router.post(
    '/move',
    handle(async (req, res) => {
      const already = res.locals.device as DeviceRecord | undefined;
      const moved = await access.moveToNewPhone(body(codeBody, req).code, already);
      setCookie(req, res, moved.token);
      // The device this phone was until now has no cookie left anywhere: it goes.
      if (already) await access.revoke(already.houseId, already.id);
      res.json(await session(moved.device));
    }, 'code'),
  );

  router.post(
    '/me/devices/:id/revoke',
    needs(),
    handle(async (req, res) => {
      const revoked = await access.revokeOwn(device(res), String(req.params.id));
      res.json({ device: publicDevice(revoked) });
    }),
  );

  router.get(
    '/people',
    needs('staff', 'admin'),
    handle(async (_req, res) => {
      res.json({ people: peopleOf(await access.listDevices(device(res).houseId)) });
    }),
  );

  router.post(
    '/people/merge',
    needs(),
    handle(async (req, res) => {
      const { from, into } = body(mergeBody, req);
      const merged = await access.mergePeople(device(res), from, into);
      await options.mergeDocuments(merged);
      log.info({ house: merged.houseId, from, into, by: device(res).id }, 'people merged');
      res.json({ into, moved: merged.moved.map(publicDevice) });
    }),
  );

  router.get(
    '/kiosks',
    needs('admin', 'staff'),
    handle(async (_req, res) => {
      res.json({ online: await options.kiosksOnline(device(res).houseId) });
    }),
  );

  /** A person id from a path, checked before it reaches a store. */
  const personParam = (req: express.Request) => {
    const id = String(req.params.personId);
    if (!PERSON_ID_PATTERN.test(id))
      throw new AccessError(404, { key: 'personNotHere' }, 'malformed person id');
    return id;
  };

  router.post(
    '/me/leave',
    needs('member', 'staff', 'admin'),
    handle(async (_req, res) => {
      const me = device(res);
      await options.leaving.leave(me.houseId, me.personId);
      res.json({ left: true });
    }),
  );

  router.get(
    '/people/left',
    needs('staff', 'admin'),
    handle(async (_req, res) => {
      res.json({ left: await options.leaving.leftFrom(device(res).houseId) });
    }),
  );

  router.post(
    '/people/:personId/leave',
    needs('staff', 'admin'),
    handle(async (req, res) => {
      const me = device(res);
      const personId = personParam(req);
      const theirs = await access.devicesOf(me.houseId, personId);
      // Staff say someone has left; whether the admin has is the admin's to say.
      if (me.role !== 'admin' && theirs.some((d) => d.role === 'admin'))
        throw new AccessError(403, { key: 'adminLeavesOwnWay' }, 'staff marked the admin as left');
      await options.leaving.leave(me.houseId, personId);
      res.json({ left: true });
    }),
  );

  router.post(
    '/people/:personId/forget',
    needs('admin'),
    handle(async (req, res) => {
      await options.leaving.forget(device(res).houseId, personParam(req));
      res.json({ forgotten: true });
    }),
  );

  router.post(
    '/kiosks/reload',
    needs('admin'),
    handle(async (_req, res) => {
      options.reloadKiosks(device(res).houseId);
      res.status(202).json({ status: 'asked' });
    }),
  );

  return router;
}

// The house's calendar feed for people's own calendar apps, read only, at an address nobody can
// guess (/calendar/<token>.ics); and the admin's two calls about it: see the link, make a new one
// (the old one then finds nothing). A wrong token gets the same 404 as any unknown address, and
// wrong guesses from one address are limited like codes and tokens elsewhere.
import express from 'express';
import type { ICalCalendar, ICalWeekday } from 'ical-generator';
import type * as Y from 'yjs';
import { type FeedEvent, feedEvents, feedWords } from '../../board/calendar-feed.ts';
import { readSettings } from '../../board/settings.ts';
import { type DeviceRecord, refusal } from '../../board/wire.ts';
import type { Access } from '../access/access.ts';
import { CALENDAR_TOKEN_PATTERN, type CalendarLinks } from '../access/calendar-links.ts';
import type { Logger } from '../log.ts';
import { AttemptLimiter } from './attempt-limiter.ts';
import { deviceToken } from './cookies.ts';
import { vtimezone, wallTime } from './ical-zone.ts';
import { otherOrigin } from './same-origin.ts';

export interface CalendarFeedOptions {
  access: Access;
  calendarLinks: CalendarLinks;
  /** Reads a house's board and settings documents (loaded from the store if need be). */
  readHouse: <T>(houseId: string, read: (board: Y.Doc, settings: Y.Doc) => T) => Promise<T>;
  log: Logger;
  attemptsPerMinute: number;
  publicUrl?: string;
}

/** How far ahead the feed's zone data (and its care for skipped times) reaches. */
const FEED_YEARS_AHEAD = 10;

const FEED_PATH = new RegExp(`^/(${CALENDAR_TOKEN_PATTERN.source.slice(1, -1)})\\.ics$`);

/**
 * The house's feed as iCalendar text, with the house's zone on every time. ical-generator is
 * loaded on the first feed asked for, not at start: most servers are asked for none.
 */
export async function writeFeed(
  events: FeedEvent[],
  house: { name: string; timeZone: string; language: 'en' | 'es' },
  now = Date.now(),
): Promise<string> {
  const { default: ical, ICalEventRepeatingFreq } = await import('ical-generator');
  const zone = house.timeZone;
  const words = feedWords(house.language);
  const thisYear = new Date(now).getUTCFullYear();
  const years = events.map((e) => Number(e.day.slice(0, 4)));
  const fromYear = Math.min(thisYear, ...years) - 1;
  const toYear = Math.max(thisYear, ...years) + FEED_YEARS_AHEAD;
  const calendar: ICalCalendar = ical({
    name: house.name,
    prodId: { company: 'Houseboard', product: 'House calendar', language: house.language },
    timezone: { name: zone, generator: (tz) => vtimezone(tz, fromYear, toYear) },
  });
  const stamp = new Date(now);
  for (const event of events) {
    const common = {
      id: `${event.groupId}@houseboard`,
      stamp,
      timezone: zone,
      summary: event.title,
      categories: [{ name: words.kinds[event.kind] }],
      ...(event.leader ? { description: `${words.ledBy} ${event.leader}` } : {}),
    };
    calendar.createEvent({
      ...common,
      start: wallTime(event.day, event.start, zone),
      end: wallTime(event.day, event.end, zone),
      ...(event.place ? { location: event.place } : {}),
      repeating: event.rule
        ? {
            freq: ICalEventRepeatingFreq[event.rule.freq],
            ...(event.rule.interval ? { interval: event.rule.interval } : {}),
            ...(event.rule.byDay ? { byDay: event.rule.byDay as ICalWeekday[] } : {}),
            ...(event.cancelled.length
              ? { exclude: event.cancelled.map((day) => wallTime(day, event.start, zone)) }
              : {}),
          }
        : null,
    });
    for (const move of event.moved) {
      calendar.createEvent({
        ...common,
        recurrenceId: wallTime(move.day, event.start, zone),
        start: wallTime(move.day, move.start, zone),
        end: wallTime(move.day, move.end, zone),
        ...(move.place ? { location: move.place } : {}),
      });
    }
  }
  return calendar.toString();
}

export function calendarFeedRoutes(options: CalendarFeedOptions): express.Router {
  const { access, calendarLinks, log } = options;
  const router = express.Router();
  const guesses = new AttemptLimiter(options.attemptsPerMinute, 60_000);

  // The feed: a long random token, so a right one is served even while the same address is
  // limited for wrong ones (a house's phones behind one router all subscribe).
  // Matched by hand, not by a route pattern: no path parameter to decode, so no odd address can
  // make the router itself fail.
  router.use('/calendar', async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    try {
      const token = FEED_PATH.exec(req.path)?.[1];
      const houseId = token ? await calendarLinks.houseOf(token) : undefined;
      if (!houseId) {
        const key = req.ip ?? 'unknown';
        if (!guesses.allow(key)) return void res.status(429).json(refusal('tooManyTries'));
        guesses.recordFailure(key);
        return void res.status(404).json(refusal('nothingHere'));
      }
      const { events, settings } = await options.readHouse(houseId, (board, settingsDoc) => {
        const settings = readSettings(settingsDoc);
        const until = `${new Date().getUTCFullYear() + FEED_YEARS_AHEAD}-12-31`;
        return { settings, events: feedEvents(board, settings.timeZone, until) };
      });
      const text = await writeFeed(events, {
        name: settings.houseName,
        timeZone: settings.timeZone,
        language: settings.language,
      });
      res.set({
        'Content-Type': 'text/calendar; charset=utf-8',
        'Cache-Control': 'private, no-cache',
        'X-Robots-Tag': 'noindex',
      });
      res.send(text);
    } catch (error) {
      next(error);
    }
  });

  /** The admin's device from the board's own pages, or the refusal already sent. */
  const admin = async (req: express.Request, res: express.Response) => {
    const elsewhere = otherOrigin(req, options.publicUrl);
    if (elsewhere) {
      log.warn({ path: req.path, reason: elsewhere }, 'refused a request from another site');
      return void res.status(403).json(refusal('otherSite'));
    }
    let device: DeviceRecord | undefined;
    try {
      device = await access.authenticate(deviceToken(req));
    } catch (error) {
      log.warn({ err: error, path: req.path }, 'refused: the store is not answering');
      return void res.status(503).json(refusal('serverTryAgain'));
    }
    if (!device) return void res.status(401).json(refusal('notJoined'));
    if (device.role !== 'admin') return void res.status(403).json(refusal('adminOnly'));
    return device;
  };

  const linkOf = (req: express.Request, token: string) => {
    const base = options.publicUrl ?? `${req.protocol}://${req.get('host')}`;
    return `${base.replace(/\/+$/, '')}/calendar/${token}.ics`;
  };

  const answer = (rotate: boolean): express.RequestHandler => {
    return async (req, res, next) => {
      try {
        const me = await admin(req, res);
        if (!me) return;
        const token = rotate
          ? await calendarLinks.rotate(me.houseId)
          : await calendarLinks.tokenOf(me.houseId);
        if (rotate) log.info({ house: me.houseId, by: me.id }, 'calendar feed link renewed');
        res.set('Cache-Control', 'no-store');
        res.json({ url: linkOf(req, token) });
      } catch (error) {
        next(error);
      }
    };
  };
  router.get('/api/calendar-link', answer(false));
  router.post('/api/calendar-link', answer(true));
  return router;
}

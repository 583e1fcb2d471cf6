// Where a screen reports a script error nobody caught, so whoever looks after the server hears
// of it while the screen itself carries on. Small, validated, and limited per device (or per
// address for a screen not joined yet); logged with the house and device. Never throws: a bad
// report is answered with a sentence and forgotten.
import express from 'express';
import * as z from 'zod/mini';
import type { Access } from '../access/access.ts';
import type { Logger } from '../log.ts';
import { AttemptLimiter } from './attempt-limiter.ts';
import { deviceToken } from './cookies.ts';

export interface ClientErrorsOptions {
  access: Access;
  log: Logger;
}

/** A screen's reports per minute; a page throwing in a loop is heard, not echoed forever. */
export const REPORTS_PER_MINUTE = 20;
/** The largest report accepted, in bytes. */
export const REPORT_LIMIT = '8kb';

const reportSchema = z.strictObject({
  screen: z.enum(['kiosk', 'phone']),
  kind: z.enum(['error', 'rejection']),
  message: z.string().check(z.minLength(1), z.maxLength(1000)),
  source: z.optional(z.string().check(z.maxLength(500))),
  line: z.optional(z.int().check(z.nonnegative())),
  column: z.optional(z.int().check(z.nonnegative())),
  stack: z.optional(z.string().check(z.maxLength(4000))),
});

export type ClientErrorReport = z.infer<typeof reportSchema>;

const UNREADABLE =
  'That error report could not be read: it needs the screen, the kind of error and its message.';
const TOO_MANY = 'This screen has sent many error reports just now; it can send more in a minute.';

export function clientErrorRoutes(options: ClientErrorsOptions): express.Router {
  const { access, log } = options;
  const router = express.Router();
  const reports = new AttemptLimiter(REPORTS_PER_MINUTE, 60_000);

  router.post('/client-errors', express.json({ limit: REPORT_LIMIT }), async (req, res) => {
    const device = await access.authenticate(deviceToken(req)).catch(() => undefined);
    const address = req.ip ?? 'unknown';
    if (!reports.take(device ? `device ${device.id}` : `address ${address}`)) {
      return void res.status(429).json({ error: TOO_MANY });
    }
    const report = reportSchema.safeParse(req.body);
    if (!report.success) return void res.status(400).json({ error: UNREADABLE });
    log.warn(
      {
        house: device?.houseId,
        device: device?.id,
        address: device ? undefined : address,
        ...report.data,
      },
      'a screen reported an error',
    );
    res.status(204).end();
  });
  return router;
}

// The schemas of announcement.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';
import { ID_PATTERN } from './ids.ts';
import { says } from './sentences.ts';
import { ANNOUNCEMENT_MAX, NAME_MAX } from './text.ts';
import { optionalName, requiredText } from './text-schema.ts';

export const announcementSchema = z
  .strictObject({
    text: requiredText('announcement', ANNOUNCEMENT_MAX),
    author: optionalName('theName', NAME_MAX),
    /** The person who posted it, shown as they chose (the kiosk posts without one). */
    by: z.optional(z.string().check(z.regex(ID_PATTERN))),
    createdAt: z.int().check(z.nonnegative()),
    expiresAt: z.int().check(z.nonnegative()),
    pinned: z.optional(z.boolean()),
    removedAt: z.optional(z.int().check(z.nonnegative())),
  })
  .check(
    z.refine((a) => a.expiresAt > a.createdAt, {
      message: says('announcementStay'),
      path: ['expiresAt'],
    }),
  );

export type Announcement = z.infer<typeof announcementSchema>;

// The schemas of visitor.ts's records: what one must look like to be written. Only the server and a
// screen's write path load them (rules.ts); the screens read without them (records.ts).
import * as z from 'zod/mini';

export const visitorSchema = z.strictObject({ until: z.optional(z.int().check(z.nonnegative())) });

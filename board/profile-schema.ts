// The schema of a person's own profile as their phone sends it: a name and how it shows.
import * as z from 'zod/mini';
import { NAME_DISPLAYS } from './roles.ts';
import { says } from './sentences.ts';
import { NAME_MAX } from './text.ts';
import { requiredName } from './text-schema.ts';

export const profileSchema = z.strictObject({
  name: requiredName('yourName', NAME_MAX, {
    missing: says('writeName'),
    tooLong: says('tooLong', { what: 'theName', max: NAME_MAX }),
  }),
  nameDisplay: z.enum(NAME_DISPLAYS, { error: says('chooseNameDisplay') }),
});

export type Profile = z.infer<typeof profileSchema>;

// House settings: its name and time zone. Lives in the settings document.
import type * as Y from 'yjs';
import { z } from 'zod';
import { firstProblem } from './section.ts';
import { requiredText } from './text.ts';
import { isTimeZone } from './time.ts';

export const DEFAULT_TIME_ZONE = 'UTC';

export const settingsSchema = z
  .object({
    houseName: requiredText('the name of the house', 80),
    timeZone: z.string().refine(isTimeZone, 'Please pick a time zone from the list.'),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

function settingsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('settings');
}

/** The house's settings; missing or broken values fall back to safe defaults. */
export function readSettings(doc: Y.Doc): Settings {
  const map = settingsMap(doc);
  const name = map.get('houseName');
  const zone = map.get('timeZone');
  return {
    houseName: typeof name === 'string' && name.trim() ? name : 'Our house',
    timeZone: typeof zone === 'string' && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE,
  };
}

export function writeSettings(doc: Y.Doc, patch: Partial<Settings>) {
  const result = settingsSchema.safeParse({ ...readSettings(doc), ...patch });
  if (!result.success) throw firstProblem(result.error);
  const next = result.data;
  doc.transact(() => {
    const map = settingsMap(doc);
    for (const [key, value] of Object.entries(next))
      if (map.get(key) !== value) map.set(key, value);
  });
}

export function observeSettings(doc: Y.Doc, callback: () => void): () => void {
  const map = settingsMap(doc);
  map.observe(callback);
  return () => map.unobserve(callback);
}

// The parts of the phone its first screen (Today) does not need, each fetched the first time it
// is wanted: a tab's section when the tab is touched (or its address opened), and all of them
// once the first screen is drawn, so a tab opens at once when tapped. The service worker keeps
// their files too, so they load with no connection after one visit.
import { loadEditors } from './later-editors.ts';

const PARTS = {
  week: () => import('./week-section.ts'),
  food: () => import('./food-section.ts'),
  list: () => import('./list-section.ts'),
  you: () => import('./this-phone-section.ts'),
  admin: () => import('./admin-section.ts'),
} as const;

export type LaterPart = keyof typeof PARTS;

const loading = new Map<LaterPart, Promise<unknown>>();

/** Whether `name` is a part loaded on demand. */
export function isLaterPart(name: string): name is LaterPart {
  return Object.hasOwn(PARTS, name);
}

/**
 * Fetches a part once; later calls share the first fetch. A failed fetch (no connection and no
 * kept copy) is forgotten, so the next touch tries again.
 */
export function loadPart(part: LaterPart): Promise<unknown> {
  let load = loading.get(part);
  if (!load) {
    load = PARTS[part]().catch((error: unknown) => {
      loading.delete(part);
      throw error;
    });
    loading.set(part, load);
  }
  return load;
}

/** Every part, fetched when the browser has a moment after the first screen. */
export function loadEveryPartSoon(): void {
  const all = () => {
    void loadEditors().catch(() => {});
    for (const part of Object.keys(PARTS) as LaterPart[]) void loadPart(part).catch(() => {});
  };
  if ('requestIdleCallback' in globalThis) requestIdleCallback(all, { timeout: 2_000 });
  else setTimeout(all, 200);
}

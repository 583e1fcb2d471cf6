// Node y-websocket clients that write a house's documents directly, with a browser device's own
// cookie: how a test sets up shifts, groups and settings at times a phone's form cannot reach
// (a fake night on the kiosk's clock) or at a pace no person types (a week of edits).
import type { Page } from 'playwright-core';
import type { DocKind } from '../../board/index.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { connectSynced, type SyncClient } from '../helpers/sync-client.ts';
import { sessionOf } from './browser-devices.ts';

export type HouseWriter = Record<'board' | 'staff' | 'settings', SyncClient> & {
  houseId: string;
  destroy(): void;
};

/** The house's documents, written as the device in `page` (an admin may write all three). */
export async function houseWriter(page: Page, server: ServerProcess): Promise<HouseWriter> {
  const session = await sessionOf(page);
  const houseId = session.device?.houseId;
  const token = (await page.context().cookies()).find((c) => c.name === 'hb_device')?.value;
  if (!houseId || !token) throw new Error('this page has not joined a house');
  const open = (kind: DocKind) => connectSynced(server.url, houseId, kind, token);
  const [board, staff, settings] = await Promise.all([
    open('board'),
    open('staff'),
    open('settings'),
  ]);
  return {
    houseId,
    board,
    staff,
    settings,
    destroy() {
      for (const client of [board, staff, settings]) client.destroy();
    },
  };
}

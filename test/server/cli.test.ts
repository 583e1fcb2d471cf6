// The command line a house's admin uses: make a house, list houses, make a new admin link.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { choreRecords } from '../../board/chore.ts';
import { type DocKind, docName } from '../../board/documents.ts';
import { readSettings } from '../../board/settings.ts';
import { readConfig } from '../../server/config.ts';
import { createLogger } from '../../server/log.ts';
import { openStores } from '../../server/store/open-stores.ts';
import { REPO_ROOT } from '../helpers/server-process.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const dataDir = tempDir('houseboard-cli-');

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function houseboard(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PUBLIC_URL: 'https://board.example.org' },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('the houseboard command', () => {
  test('makes a house and prints a one-time admin link; lists it; makes a new link', () => {
    const made = houseboard('house', 'create', 'Maple House', '--time-zone', 'Europe/London');
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/Made "Maple House" \(id (\w+), time zone Europe\/London\)/);
    expect(made.stdout).toMatch(
      /Admin link \(use once, within 7 days\): https:\/\/board\.example\.org\/admin#\S{40,}/,
    );
    const id = made.stdout.match(/id (\w+)/)![1]!;

    const list = houseboard('house', 'list');
    expect(list.stdout).toContain(`${id}  Maple House`);

    const link = houseboard('house', 'admin-link', id);
    expect(link.status).toBe(0);
    expect(link.stdout).toMatch(/Admin link for "Maple House"/);
  });

  test('makes a house in Spanish, seeded in Spanish, and a default house in English', async () => {
    const made = houseboard('house', 'create', 'Casa Arce', '--language', 'es');
    expect(made.status).toBe(0);
    expect(made.stdout).toContain('Language: es.');
    const id = made.stdout.match(/id (\w+)/)![1]!;
    const english = houseboard('house', 'create', 'Birch House');
    expect(english.stdout).toContain('Language: en.');

    const stores = await openStores(readConfig({ DATA_DIR: dataDir }), createLogger('silent'));
    try {
      const load = async (kind: DocKind) => {
        const doc = new Y.Doc();
        for (const update of (await stores.documents.load(docName(id, kind))).updates) {
          Y.applyUpdate(doc, update);
        }
        return doc;
      };
      expect(readSettings(await load('settings')).language).toBe('es');
      const titles = choreRecords(await load('board'))
        .values()
        .map((c) => c.title);
      expect(titles).toContain('Sacar el reciclaje');
    } finally {
      await stores.close();
    }
  });

  test.each([
    [['house', 'create'], /Please give the house a name/],
    [['house', 'create', 'Oak', '--time-zone', 'Nowhere/Here'], /not a time zone/],
    [
      ['house', 'create', 'Oak', '--language', 'fr'],
      /--language must be one of the languages Houseboard speaks \(en, es\), not "fr"/,
    ],
    [['house', 'admin-link', 'nosuchhouse'], /There is no house with id "nosuchhouse"/],
    [['garden', 'list'], /Usage:/],
    [['house', 'list', '--colour'], /Unknown option/],
  ])('%j is refused in plain words', (args, message) => {
    const result = houseboard(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

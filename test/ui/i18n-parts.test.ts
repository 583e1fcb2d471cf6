// A screen loads the words of the parts it shows (ui/i18n/words/): the board's and its own with
// its first code, the rest with the code that draws them. A module that drew a word of a part its
// screen had not loaded would show the key itself: every module here draws only words it has.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { english } from '../../ui/i18n/english.ts';
import type { WordsPart } from '../../ui/i18n/index.ts';
import { words as board } from '../../ui/i18n/words/board.ts';
import { words as night } from '../../ui/i18n/words/night.ts';
import { words as phone } from '../../ui/i18n/words/phone.ts';
import { words as phoneLater } from '../../ui/i18n/words/phone-later.ts';
import { words as wall } from '../../ui/i18n/words/wall.ts';

const PARTS: Record<WordsPart, object> = { board, wall, night, phone, phoneLater };
const root = path.resolve(import.meta.dirname, '../..');

function sources(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));
}

/** The parts whose words a module may draw: its screen's first ones, and those it waits for. */
function partsOf(file: string, source: string): WordsPart[] {
  const parts: WordsPart[] = ['board'];
  if (file.startsWith('kiosk/')) parts.push('wall');
  if (file.startsWith('client/')) parts.push('phone');
  if (/import '[./]*\/?(phone\/)?later-words\.ts';/.test(source)) parts.push('phoneLater');
  for (const [, part] of source.matchAll(/wordsFor\('(\w+)'/g)) parts.push(part as WordsPart);
  return parts;
}

/** The message keys a module names, whole or as a prefix it puts a value after. */
function keysDrawn(source: string): string[] {
  const keys = Object.keys(english);
  const whole = [...source.matchAll(/['`]([a-zA-Z]+\.[\w.]+)['`]/g)].map((found) => found[1] ?? '');
  const prefixes = [...source.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g)].map((found) => found[1] ?? '');
  return [
    ...whole.filter((key) => Object.hasOwn(english, key)),
    ...prefixes.flatMap((prefix) => keys.filter((key) => key.startsWith(prefix))),
  ];
}

describe("each screen's words", () => {
  it('every module draws only words of the parts its screen has loaded for it', () => {
    const files = [...sources('kiosk'), ...sources('client'), ...sources('ui')].filter(
      (file) => !file.startsWith('ui/i18n/'),
    );
    const missing: string[] = [];
    let drawn = 0;
    for (const file of files) {
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      const parts = partsOf(file, source);
      for (const key of keysDrawn(source)) {
        drawn += 1;
        if (!parts.some((part) => Object.hasOwn(PARTS[part], key))) missing.push(`${file}: ${key}`);
      }
    }
    expect(drawn).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  it('the wall never loads the phone’s own words with its first code, nor the phone the night view’s', () => {
    expect(Object.keys(wall).filter((key) => Object.hasOwn(phone, key))).toEqual([]);
    expect(Object.hasOwn(board, 'admin.unnamed')).toBe(false);
    expect(Object.hasOwn(phone, 'night.onShift')).toBe(false);
  });
});

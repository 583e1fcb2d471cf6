// The localisation layer: every message in every language, values put in, plurals, and a
// phone's own choice over the house's.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../board/index.ts';
import { agoWords, dayWords, instantWords, scheduleWords, timeWords } from '../../ui/house-time.ts';
import { catalog } from '../../ui/i18n/catalog.ts';
import {
  language,
  loadLanguage,
  setDeviceLanguage,
  setHouseLanguage,
  t,
} from '../../ui/i18n/index.ts';
import { say, sayClose } from '../../ui/i18n/say.ts';
import { listWords } from '../../ui/wall-names.ts';

// Spanish words load on demand on a screen; here they are fetched once, before the tests.
beforeAll(() => loadLanguage('es'));

afterEach(() => {
  setDeviceLanguage(undefined);
  setHouseLanguage('en');
});

describe('the catalog', () => {
  it('every language has every message English has, and none empty', () => {
    const keys = Object.keys(catalog.en).sort();
    expect(keys.length).toBeGreaterThan(0);
    for (const lang of LANGUAGES) {
      expect(Object.keys(catalog[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        const message = catalog[lang][key as keyof typeof catalog.en];
        const text = typeof message === 'function' ? message({ n: 2 }) : message;
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
      }
    }
  });

  it('every {value} English puts in a sentence, Spanish puts in too', () => {
    for (const [key, message] of Object.entries(catalog.en)) {
      if (typeof message !== 'string') continue;
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const spanish = catalog.es[key as keyof typeof catalog.es];
      expect(typeof spanish === 'string' ? names(spanish) : names(message), key).toEqual(
        names(message),
      );
    }
  });
});

describe('t', () => {
  it('speaks the house language, puts values in and counts', () => {
    expect(t('status.live')).toBe('Live');
    setHouseLanguage('es');
    expect(language()).toBe('es');
    expect(t('status.live')).toBe('En directo');
    expect(t('offline.since', { time: '14:05' })).toBe(
      'Sin conexión desde las 14:05 — mostrando lo que teníamos',
    );
    expect(agoWords(0, 3 * 60_000)).toBe('hace 3 min');
    expect(agoWords(0, 60 * 60_000)).toBe('hace 1 hora');
  });

  it("a phone's own language wins over the house's, until it goes back to the house's", () => {
    setHouseLanguage('es');
    setDeviceLanguage('en');
    expect(t('ago.justNow')).toBe('just now');
    setDeviceLanguage(undefined);
    expect(t('ago.justNow')).toBe('ahora mismo');
  });
});

describe('times and dates', () => {
  // 15:00 on Friday 27 November 2026 in Madrid is 14:00 UTC.
  const afternoon = Date.UTC(2026, 10, 27, 14, 0);

  it('English keeps "3 pm" and "Friday 27 November", in the house zone', () => {
    expect(instantWords(afternoon, 'Europe/Madrid')).toBe('3 pm');
    expect(timeWords('09:40')).toBe('9:40 am');
    expect(timeWords('00:00')).toBe('12 am');
    expect(dayWords('2026-11-27')).toBe('Friday 27 November');
    expect(scheduleWords({ kind: 'weekdays', weekdays: [4, 1] })).toBe('Mon, Thu');
    expect(listWords(['Sam', 'J.', 'Kit'])).toBe('Sam, J. and Kit');
  });

  it('Spanish writes 24-hour times and Spanish dates', () => {
    setHouseLanguage('es');
    expect(instantWords(afternoon, 'Europe/Madrid')).toBe('15:00');
    expect(timeWords('09:40')).toBe('09:40');
    expect(dayWords('2026-11-27')).toBe('viernes, 27 de noviembre');
    expect(scheduleWords({ kind: 'every', days: 3, from: '2026-11-27' })).toBe('cada 3 días');
    expect(listWords(['Sam', 'J.', 'Kit'])).toBe('Sam, J. y Kit');
  });
});

describe('sentences from the board, the server and the sync server', () => {
  it('are said in the screen language by their key and values, never read back from English', () => {
    const tooLong = { key: 'tooLong', values: { what: 'chore', max: 120 } } as const;
    expect(say(tooLong)).toBe('Please keep the chore to 120 characters or fewer.');
    expect(sayClose('TooLarge')).toBe('That change was too large to save.');
    setHouseLanguage('es');
    expect(say(tooLong)).toBe('Deja la tarea en 120 caracteres o menos, por favor.');
    expect(sayClose('TooLarge')).toBe('Ese cambio era demasiado grande para guardarlo.');
    expect(say({ key: 'staffCodeWrong' })).toBe(
      'Ese código del equipo no es correcto. Compruébalo con quien gestiona la casa.',
    );
    expect(say({ key: 'giveShiftStart' })).toBe('Di cuándo empieza tu turno, como HH:MM.');
  });
});

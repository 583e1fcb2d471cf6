// The localisation layer: every message in every language, values put in, plurals, and a
// phone's own choice over the house's.
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../board/index.ts';
import { agoWords } from '../../client/house-time.ts';
import { catalog } from '../../client/i18n/catalog.ts';
import { language, setDeviceLanguage, setHouseLanguage, t } from '../../client/i18n/index.ts';

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
    expect(t('status.reconnecting', { ago: agoWords(0, 3 * 60_000) })).toBe(
      'Reconectando — última sincronización hace 3 min',
    );
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

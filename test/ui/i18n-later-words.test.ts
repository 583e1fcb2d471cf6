// Spanish words come to a screen only when it speaks Spanish, and only for the parts it has
// opened; a part's English comes with its code. Until they have come, the screen keeps the
// language it speaks, whole: never a key, never half a screen in each language.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { words as night } from '../../ui/i18n/words/night.ts';
import { words as phone } from '../../ui/i18n/words/phone.ts';
import { words as phoneLater } from '../../ui/i18n/words/phone-later.ts';
import { words as wall } from '../../ui/i18n/words/wall.ts';

type I18n = typeof import('../../ui/i18n/index.ts');
let i18n: I18n;

beforeEach(async () => {
  // A fresh screen each time: nothing loaded but English.
  vi.resetModules();
  i18n = await import('../../ui/i18n/index.ts');
});

afterEach(() => {
  vi.doUnmock('../../ui/i18n/words/es/night.ts');
});

describe('a language loaded on demand', () => {
  it('a screen keeps speaking English until the Spanish words have come, then speaks Spanish', async () => {
    i18n.setHouseLanguage('es');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('status.live')).toBe('Live');
    expect(i18n.houseLanguage()).toBe('es');
    await i18n.loadLanguage('es');
    await vi.waitFor(() => expect(i18n.language()).toBe('es'));
    expect(i18n.t('status.live')).toBe('En directo');
    expect(i18n.locale()).toBe('es-ES');
  });

  it('a language no longer wanted by the time its words come is not switched to', async () => {
    i18n.setHouseLanguage('es');
    i18n.setHouseLanguage('en');
    await i18n.loadLanguage('es');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(i18n.language()).toBe('en');
    expect(i18n.t('status.live')).toBe('Live');
  });

  it("a phone's own choice loads its words too, and languageReady waits for them", async () => {
    i18n.setDeviceLanguage('es');
    expect(i18n.deviceLanguageChoice()).toBe('es');
    await i18n.wordsFor('phone', phone);
    await i18n.languageReady();
    expect(i18n.language()).toBe('es');
    expect(i18n.t('tab.today')).toBe('Hoy');
  });

  it('a part opened on the way to Spanish draws in English at once, and the screen turns to Spanish with it', async () => {
    await i18n.wordsFor('phone', phone);
    i18n.setDeviceLanguage('es');
    expect(i18n.language()).toBe('en');
    await i18n.wordsFor('phoneLater', phoneLater);
    expect(i18n.language()).toBe('en');
    expect(i18n.t('admin.unnamed')).toBe(phoneLater['admin.unnamed']);
    await vi.waitFor(() => expect(i18n.language()).toBe('es'));
    expect(i18n.t('admin.unnamed')).not.toBe(phoneLater['admin.unnamed']);
    expect(i18n.t('tab.today')).toBe('Hoy');
  });

  it('a part opened on a screen that speaks Spanish has its Spanish before it draws', async () => {
    i18n.setHouseLanguage('es');
    await i18n.wordsFor('wall', wall);
    await i18n.languageReady();
    expect(i18n.language()).toBe('es');
    await i18n.wordsFor('night', night);
    expect(i18n.language()).toBe('es');
    expect(i18n.t('night.onShift')).not.toBe(night['night.onShift']);
    expect(i18n.t('night.onShift')).not.toBe('night.onShift');
  });

  it('a screen turns to Spanish only once every part it has opened is in Spanish', async () => {
    await i18n.wordsFor('phone', phone);
    await i18n.wordsFor('phoneLater', phoneLater);
    i18n.setDeviceLanguage('es');
    expect(i18n.language()).toBe('en');
    expect(i18n.t('admin.unnamed')).toBe(phoneLater['admin.unnamed']);
    await vi.waitFor(() => expect(i18n.language()).toBe('es'));
    expect(i18n.t('admin.unnamed')).not.toBe(phoneLater['admin.unnamed']);
    expect(i18n.t('tab.today')).toBe('Hoy');
  });

  it('a part whose Spanish cannot come turns the whole screen to English, not half of it', async () => {
    vi.doMock('../../ui/i18n/words/es/night.ts', () => {
      throw new Error('no connection');
    });
    i18n.setHouseLanguage('es');
    await i18n.wordsFor('wall', wall);
    await i18n.languageReady();
    expect(i18n.language()).toBe('es');
    await i18n.wordsFor('night', night);
    expect(i18n.language()).toBe('en');
    expect(i18n.t('status.live')).toBe('Live');
    expect(i18n.t('night.onShift')).toBe(night['night.onShift']);
  });

  it('every key says words in both languages, never the key itself', async () => {
    await i18n.wordsFor('wall', wall);
    await i18n.wordsFor('night', night);
    await i18n.wordsFor('phone', phone);
    await i18n.wordsFor('phoneLater', phoneLater);
    await i18n.loadLanguage('es');
    const { catalog } = await import('../../ui/i18n/catalog.ts');
    for (const lang of ['en', 'es'] as const) {
      i18n.setHouseLanguage(lang);
      for (const key of Object.keys(catalog.en) as Array<keyof typeof catalog.en>) {
        expect(i18n.t(key, { n: 2 }), `${lang} ${key}`).not.toBe(key);
      }
    }
  });
});

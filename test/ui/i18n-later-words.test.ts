// Spanish words come to a screen only when it speaks Spanish. Until they have come, the screen
// keeps the language it speaks, whole: never a key, never half a screen in each language.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type I18n = typeof import('../../ui/i18n/index.ts');
let i18n: I18n;

beforeEach(async () => {
  // A fresh screen each time: nothing loaded but English.
  vi.resetModules();
  i18n = await import('../../ui/i18n/index.ts');
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
    await i18n.languageReady();
    expect(i18n.language()).toBe('es');
    expect(i18n.t('tab.today')).toBe('Hoy');
  });

  it('every key says words in both languages, never the key itself', async () => {
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

// The words on each "let go" button of the admin's device list: which device it is for, in
// English and Spanish, and never the same for two devices.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { deviceWords } from '../../client/phone/device-words.ts';
import { loadLanguage, setHouseLanguage } from '../../ui/i18n/index.ts';

// Spanish words load on demand on a screen; here they are fetched once, before the tests.
beforeAll(() => loadLanguage('es'));

const ZONE = 'Europe/Madrid';
/** 2 December 2026, 10:40 in Madrid. */
const JOINED = Date.UTC(2026, 11, 2, 9, 40);

type Role = 'kiosk' | 'admin' | 'staff' | 'member';
const device = (id: string, role: Role, name?: string, createdAt = JOINED) => ({
  id,
  role,
  name,
  createdAt,
});

afterEach(() => setHouseLanguage('en'));

describe('deviceWords', () => {
  it('says whose phone it is, the kiosk plainly, and a phone without a name by when it joined', () => {
    const words = deviceWords(
      [
        device('k', 'kiosk', 'Kiosk'),
        device('j', 'member', 'Jo'),
        device('r', 'staff', '  Rosa  '),
        device('u', 'member'),
        device('e', 'member', '   '),
      ],
      ZONE,
    );
    expect(words.get('k')).toBe('the kiosk');
    expect(words.get('j')).toBe("Jo's phone");
    expect(words.get('r')).toBe("Rosa's phone");
    expect(words.get('u')).toMatch(/^the unnamed phone that joined 2 Dec.*$/);
    expect(new Set(words.values()).size).toBe(5);
  });

  it('tells two of a name apart by the day they joined, then the time, then a number', () => {
    const day = 86_400_000;
    const words = deviceWords(
      [
        device('a', 'member', 'Jo', JOINED - 2 * day),
        device('b', 'member', 'Jo'),
        device('c', 'member', 'Jo', JOINED + 3_600_000),
        device('d', 'member', 'Jo', JOINED + 3_600_000),
        device('k1', 'kiosk', 'Kiosk', JOINED - day),
        device('k2', 'kiosk', 'Kiosk'),
        device('s', 'member', 'Sam'),
      ],
      ZONE,
    );
    expect(words.get('a')).toBe("Jo's phone that joined 30 Nov");
    expect(words.get('b')).toBe("Jo's phone that joined 2 Dec, 10:40");
    expect(words.get('c')).toBe("Jo's phone that joined 2 Dec, 11:40");
    expect(words.get('d')).toBe("Jo's phone that joined 2 Dec, 11:40 (2)");
    expect(words.get('k1')).toBe('the kiosk paired 1 Dec');
    expect(words.get('k2')).toBe('the kiosk paired 2 Dec');
    expect(words.get('s')).toBe("Sam's phone");
    expect(new Set(words.values()).size).toBe(7);
  });

  it('speaks Spanish when the house does', () => {
    setHouseLanguage('es');
    const words = deviceWords(
      [device('k', 'kiosk', 'Kiosk'), device('j', 'member', 'Jo'), device('u', 'member')],
      ZONE,
    );
    expect(words.get('k')).toBe('la pantalla');
    expect(words.get('j')).toBe('el móvil de Jo');
    expect(words.get('u')).toMatch(/^el móvil sin nombre que se unió el 2 dic/);
  });
});

// The wall's one-tap picks know a chore or note already on the board in either language.
import { describe, expect, it } from 'vitest';
import { openPicks, pickWords, sameWords } from '../../kiosk/quick-picks.ts';
import type { MessageKey } from '../../ui/i18n/catalog.ts';

const CHORES: MessageKey[] = [
  'touch.chip.dishwasher',
  'touch.chip.bins',
  'touch.chip.table',
  'touch.chip.hoover',
  'touch.chip.plants',
];

describe('openPicks', () => {
  it('does not offer "Take the bins out" when "Sacar la basura" is on the board', () => {
    const open = openPicks(CHORES, ['Sacar la basura']);
    expect(open).not.toContain('touch.chip.bins');
    expect(open).toHaveLength(4);
  });

  it('does not offer "Sacar la basura" when "Take the bins out" is on the board', () => {
    expect(openPicks(CHORES, ['Take the bins out'])).not.toContain('touch.chip.bins');
  });

  it('reads past case, spacing and a closing full stop', () => {
    expect(openPicks(CHORES, ['  regar   LAS plantas. '])).not.toContain('touch.chip.plants');
    expect(openPicks(CHORES, ['WATER THE PLANTS!'])).not.toContain('touch.chip.plants');
  });

  it("knows a new house's seeded chores in either language", () => {
    expect(openPicks(CHORES, ['Vaciar el lavavajillas', 'Limpiar la mesa de la cocina'])).toEqual([
      'touch.chip.bins',
      'touch.chip.hoover',
      'touch.chip.plants',
    ]);
    expect(openPicks(CHORES, ['Empty the dishwasher', 'Wipe the kitchen table'])).toEqual([
      'touch.chip.bins',
      'touch.chip.hoover',
      'touch.chip.plants',
    ]);
  });

  it('still offers a pick that only looks alike: another chore is not this one', () => {
    expect(openPicks(CHORES, ['Sacar la basura del jardín', 'bins'])).toEqual(CHORES);
  });

  it('works for announcements too', () => {
    const notes: MessageKey[] = ['touch.chip.dinner', 'touch.chip.cake'];
    expect(openPicks(notes, ['La cena está lista'])).toEqual(['touch.chip.cake']);
  });

  it('an empty board offers every pick, in the order given', () => {
    expect(openPicks(CHORES, [])).toEqual(CHORES);
  });
});

describe('pickWords', () => {
  it('has the pick in English and Spanish', () => {
    expect(pickWords('touch.chip.bins')).toEqual(['take the bins out', 'sacar la basura']);
  });

  it('sameWords keeps letters with accents as they are', () => {
    expect(sameWords('Pasar la aspiradora en el Salón.')).toBe('pasar la aspiradora en el salón');
  });
});

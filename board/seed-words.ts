// The words a new house starts with, in each language a house may speak. They live with the
// model because the server seeds them; the screens never show them except as the board's own.
import type { Language } from './settings.ts';

export interface SeedWords {
  /** Three daily kitchen chores, as someone in the house would write them. */
  chores: readonly [string, string, string];
  /** Where those chores happen. */
  area: string;
  welcome: (houseName: string) => string;
}

export const SEED_WORDS: Record<Language, SeedWords> = {
  en: {
    chores: ['Empty the dishwasher', 'Take out the recycling', 'Wipe the kitchen table'],
    area: 'kitchen',
    welcome: (houseName) =>
      `Welcome to the ${houseName} board. Anyone can add chores, groups and notes from their phone.`,
  },
  es: {
    chores: ['Vaciar el lavavajillas', 'Sacar el reciclaje', 'Limpiar la mesa de la cocina'],
    area: 'cocina',
    welcome: (houseName) =>
      `Te damos la bienvenida al tablón de ${houseName}. Cualquiera puede añadir tareas, grupos y avisos desde su móvil.`,
  },
};

// Spanish for ../announcements.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { announcements as english } from '../announcements.ts';

export const announcements = {
  'announcements.until': 'hasta el {day}',
  'announcements.pinned': 'Fijado',
  'announcements.this': 'este aviso',
  'announcements.recentlyRemoved': 'Avisos quitados hace poco',
  'announcements.add': 'Añadir un aviso',
  'announcements.change': 'Cambiar un aviso',
  'announcements.post': 'Publicar el aviso',
  'announcements.text': 'Aviso',
  'announcements.author': 'Tu nombre',
  'announcements.authorHint': 'Si lo dejas vacío, tu nombre sale como elegiste en Este móvil.',
  'announcements.keepFor': 'Dejarlo puesto',
  'announcements.today': 'Hoy',
  'announcements.threeDays': '3 días',
  'announcements.week': 'Una semana',
  'announcements.twoWeeks': 'Dos semanas',
  'announcements.keepUntil': 'Hasta el {day}',
  'announcements.onTheWall': 'En la pared',
  'announcements.withOthers': 'Con los demás',
  'announcements.pinnedOnTop': 'Fijado arriba',
} satisfies Translated<typeof english>;

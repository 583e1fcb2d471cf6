// Spanish for ../common.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { common as english } from '../common.ts';

export const common = {
  'app.name': 'Tablón de la casa',
  'app.waiting': 'Tablón de la casa — esperando al servidor',
  'status.live': 'En directo',
  'status.connecting': 'Conectando…',
  'ago.justNow': 'ahora mismo',
  'ago.minutes': ({ n }) => (n === 1 ? 'hace 1 min' : `hace ${n} min`),
  'ago.hours': ({ n }) => (n === 1 ? 'hace 1 hora' : `hace ${n} horas`),
  'ago.days': ({ n }) => (n === 1 ? 'hace 1 día' : `hace ${n} días`),
  'names.someone': 'Alguien',
  'names.hidden': 'Alguien (nombre oculto)',
  'names.you': '{name} (tú)',
  'common.qrCode': 'Código QR',
  'common.undoRefused': 'Alguien lo ha cambiado desde entonces, así que no se puede deshacer.',
  'schedule.once': 'una vez',
  'schedule.daily': 'cada día',
  'schedule.every': ({ n }) => (n === 1 ? 'cada día' : `cada ${n} días`),
  'visitor.until': 'Modo visita — nombres ocultos hasta las {time}',
  'form.optional': '(opcional)',
  'form.save': 'Guardar',
  'form.cancel': 'Cancelar',
  'form.remove': 'Quitar',
  'form.removeAgain': 'Toca otra vez para quitar',
} satisfies Translated<typeof english>;

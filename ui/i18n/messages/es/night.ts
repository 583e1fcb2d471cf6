// Spanish for ../night.ts: the same messages, said in Spanish. It loads only on a screen that
// speaks Spanish, so it imports nothing but types.
import type { Translated } from '../../define.ts';
import type { night as english } from '../night.ts';

export const night = {
  'night.label': 'Vista de noche. Toca en cualquier sitio para ver todo el tablón.',
  'night.onShift': 'De turno ahora',
  'night.onShiftOffline': 'De turno la última vez que la pantalla tuvo conexión',
  'night.nobodyDefault':
    'El equipo está en la casa esta noche. Si necesitas a alguien, llama a la puerta de la oficina.',
  'night.now': 'Ahora',
  'night.until': 'hasta las {time}',
  'night.firstTomorrow': 'Lo primero de mañana',
  'night.firstThisMorning': 'Lo primero de esta mañana',
  'night.groupAt': '{time} · {title}',
  'night.chore': 'Tarea: {title}',
  'night.nothingPlanned': 'Aún no hay nada previsto — un comienzo tranquilo.',
  'night.tapHint': 'Toca para ver todo el tablón',
  'night.form.nightHours': 'Horas de noche',
  'night.form.nightHint':
    'De noche, la pantalla se atenúa a una vista tranquila: la hora, quién está de turno y lo primero de mañana. Si el inicio y el final son iguales, no hay noche.',
  'night.form.nightStart': 'Desde',
  'night.form.nightEnd': 'Hasta',
  'night.form.byWeekday': 'Otras horas algunas noches',
  'night.form.weekdayNight': 'La noche del {day}',
  'night.form.nobodyWords': 'Lo que dice la pantalla de noche cuando no hay nadie marcado de turno',
  'night.form.nobodyWordsHint':
    'Una o dos frases, amables y útiles, como «El equipo está en la casa — llama a la puerta de la oficina». Sin números de teléfono ni correos: la pantalla es pública. Si lo dejas vacío, dice: «{words}»',
  'night.form.language': 'Idioma de la casa',
  'night.form.languageHint': 'La pantalla de la pared lo usa; cada móvil puede elegir el suyo.',
  'night.form.textSize': 'Tamaño del texto en la pared',
  'night.form.textSize1': 'Pequeño',
  'night.form.textSize2': 'Mediano',
  'night.form.textSize3': 'Grande',
  'night.form.textSize4': 'Muy grande',
  'night.weekday.mon': 'lunes',
  'night.weekday.tue': 'martes',
  'night.weekday.wed': 'miércoles',
  'night.weekday.thu': 'jueves',
  'night.weekday.fri': 'viernes',
  'night.weekday.sat': 'sábado',
  'night.weekday.sun': 'domingo',
} satisfies Translated<typeof english>;

// Words for a board that has lost the server, and for a part of it that could not be shown.
import { messages } from '../define.ts';

export const offline = messages(
  {
    'offline.since': 'Offline since {time} — showing what we had',
    'offline.sinceDay': 'Offline since {day}, {time} — showing what we had',
    'offline.unknown': 'Offline — showing what we had',
    'offline.notLiveYet': 'Not live yet',
    'offline.kept': 'Changes made here are kept, and join up when the connection is back.',
    'offline.partNotShown': 'This part of the board could not be shown. The rest is fine.',
  },
  {
    'offline.since': 'Sin conexión desde las {time} — mostrando lo que teníamos',
    'offline.sinceDay': 'Sin conexión desde el {day}, a las {time} — mostrando lo que teníamos',
    'offline.unknown': 'Sin conexión — mostrando lo que teníamos',
    'offline.notLiveYet': 'Aún no en directo',
    'offline.kept': 'Lo que cambies aquí se guarda y se une al resto cuando vuelva la conexión.',
    'offline.partNotShown': 'Esta parte del tablón no se pudo mostrar. El resto está bien.',
  },
);
